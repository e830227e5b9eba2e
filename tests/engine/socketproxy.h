#pragma once

// A forwarding proxy between the client and a real engine's unix socket, for tests of what
// the client does when the connection misbehaves while the engine itself is fine: it counts
// the requests that pass (by their request line), cuts connections (all, or those whose
// request matches), holds new /events requests back, holds a response back after so many
// bytes, and plays the engine going away (stop: every connection cut, the socket gone) and
// coming back (restart: the same socket path answers again).
// curl writes each request head in one piece and never pipelines, so a chunk from the client
// that starts with a method is the start of a request. What the engine sends is read at once
// and kept in the proxy until it is forwarded, so a response held back costs memory here,
// never the engine's patience.

#include <QElapsedTimer>
#include <QList>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTemporaryDir>

#include <algorithm>

namespace dx::test {

class SocketProxy final : public QObject
{
public:
    struct Request {
        QByteArray line; // "GET /v1.41/events?since=... HTTP/1.1"
        qint64 atMs;     // on the proxy's clock
    };

    explicit SocketProxy(const QString &target)
        : m_target(target)
    {
        m_clock.start();
        m_path = m_dir.path() + QStringLiteral("/proxy.sock");
        m_server.listen(m_path);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }
    ~SocketProxy() override { cut(); }

    bool isListening() const { return m_server.isListening(); }
    QString host() const { return QStringLiteral("unix://") + m_path; }
    qint64 now() const { return m_clock.elapsed(); }

    // Every request seen, in order (also the held ones).
    const QList<Request> &requests() const { return m_requests; }
    int count(const QByteArray &pathPart, qint64 sinceMs = 0) const
    {
        int n = 0;
        for (const Request &r : m_requests)
            n += r.atMs >= sinceMs && r.line.contains(pathPart) ? 1 : 0;
        return n;
    }

    // Closes the connections whose current request line contains pathPart (every connection
    // when empty): what was on its way ends as if the network between client and engine
    // broke. Returns how many were cut.
    int cut(const QByteArray &pathPart = {})
    {
        int cut = 0;
        for (Pair &p : m_pairs) {
            if (!isOpen(p.client) || (!pathPart.isEmpty() && !p.request.contains(pathPart)))
                continue;
            p.client->abort();
            if (p.upstream)
                p.upstream->abort();
            ++cut;
        }
        return cut;
    }
    // Closes every connection that carries GET /events.
    int cutEvents() { return cut(QByteArrayLiteral("/events")); }

    // The engine goes away: every connection is cut and the socket is gone (a new connection
    // finds nothing there, like a stopped daemon's).
    void stop()
    {
        m_server.close();
        cut();
    }
    // The engine is back at the same socket path.
    bool restart() { return m_server.isListening() || m_server.listen(m_path); }

    // New GET /events requests wait in the proxy until releaseEvents().
    void holdEvents() { m_hold = true; }
    void releaseEvents()
    {
        m_hold = false;
        for (Pair &p : m_pairs) {
            if (!p.held.isEmpty() && p.upstream) {
                p.upstream->write(p.held);
                p.held.clear();
            }
        }
    }

    // Responses to requests whose line contains pathPart stop after `bytes` (headers
    // included): the rest waits in the proxy until releaseResponses().
    void holdResponses(const QByteArray &pathPart, qint64 bytes)
    {
        m_holdPath = pathPart;
        m_holdAfter = bytes;
    }
    void releaseResponses()
    {
        m_holdPath.clear();
        for (int i = 0; i < m_pairs.size(); ++i)
            forward(i);
    }
    // The most bytes forwarded of one response to a request whose line contains pathPart.
    qint64 forwarded(const QByteArray &pathPart) const
    {
        qint64 most = 0;
        for (const Pair &p : m_pairs) {
            if (p.request.contains(pathPart))
                most = std::max(most, p.down);
        }
        return most;
    }

private:
    struct Pair {
        QPointer<QLocalSocket> client;
        QPointer<QLocalSocket> upstream;
        QByteArray request; // the line of the request on it now
        QByteArray held;    // of a held /events request
        QByteArray pending; // from the engine, not forwarded yet
        qint64 down = 0;    // bytes of the current response forwarded
        bool upstreamClosed = false;
    };

    static bool isOpen(const QLocalSocket *socket)
    {
        return socket && socket->state() == QLocalSocket::ConnectedState;
    }

    void accept(QLocalSocket *client)
    {
        auto *upstream = new QLocalSocket(this);
        client->setParent(this);
        const int index = int(m_pairs.size());
        m_pairs.append(Pair{client, upstream, {}, {}, {}, 0, false});
        upstream->connectToServer(m_target);
        upstream->waitForConnected(2000); // a local socket: at once, or not at all
        connect(client, &QLocalSocket::readyRead, this, [this, index] { fromClient(index); });
        connect(upstream, &QLocalSocket::readyRead, this, [this, index] { fromUpstream(index); });
        connect(client, &QLocalSocket::disconnected, this, [this, index] {
            if (Pair &p = m_pairs[index]; p.upstream)
                p.upstream->disconnectFromServer();
        });
        connect(upstream, &QLocalSocket::disconnected, this, [this, index] {
            Pair &p = m_pairs[index];
            p.upstreamClosed = true;
            fromUpstream(index); // the client gets what was sent before the engine closed
        });
    }

    void fromUpstream(int index)
    {
        Pair &p = m_pairs[index];
        if (p.upstream)
            p.pending += p.upstream->readAll();
        forward(index);
    }

    void forward(int index)
    {
        Pair &p = m_pairs[index];
        if (!isOpen(p.client))
            return;
        qint64 allowed = p.pending.size();
        if (!m_holdPath.isEmpty() && p.request.contains(m_holdPath))
            allowed = std::clamp(m_holdAfter - p.down, qint64(0), allowed);
        if (allowed > 0) {
            p.client->write(p.pending.constData(), allowed);
            p.pending.remove(0, allowed);
            p.down += allowed;
        }
        if (p.upstreamClosed && p.pending.isEmpty())
            p.client->disconnectFromServer(); // after the bytes written are out
    }

    void fromClient(int index)
    {
        Pair &p = m_pairs[index];
        if (!isOpen(p.client) || !p.upstream)
            return;
        const QByteArray data = p.client->readAll();
        static const QList<QByteArray> methods{"GET ", "POST ", "PUT ", "HEAD ", "DELETE "};
        const bool startsRequest = std::any_of(methods.cbegin(), methods.cend(),
                                               [&](const QByteArray &m) { return data.startsWith(m); });
        if (startsRequest) {
            const QByteArray line = data.left(data.indexOf("\r\n"));
            m_requests.append({line, now()});
            p.request = line;
            p.down = 0;
            if (line.startsWith("GET ") && line.contains("/events") && m_hold) {
                p.held += data;
                return;
            }
        }
        if (!p.held.isEmpty())
            p.held += data;
        else
            p.upstream->write(data);
    }

    QString m_target;
    QTemporaryDir m_dir;
    QString m_path;
    QLocalServer m_server;
    QElapsedTimer m_clock;
    QList<Pair> m_pairs;
    QList<Request> m_requests;
    bool m_hold = false;
    QByteArray m_holdPath;
    qint64 m_holdAfter = 0;
};

} // namespace dx::test
