#pragma once

// A forwarding proxy between the client and a real engine's unix socket, for tests of what
// the client does when the connection misbehaves while the engine itself is fine: it counts
// the requests that pass (by their request line), cuts the connections that carry GET /events,
// or holds new /events requests back for a while.
// curl writes each request head in one piece and never pipelines, so a chunk from the client
// that starts with a method is the start of a request.

#include <QElapsedTimer>
#include <QList>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTemporaryDir>

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
        m_server.listen(m_dir.path() + QStringLiteral("/proxy.sock"));
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }
    ~SocketProxy() override
    {
        for (const Pair &p : std::as_const(m_pairs)) {
            if (p.client)
                p.client->abort();
            if (p.upstream)
                p.upstream->abort();
        }
    }

    bool isListening() const { return m_server.isListening(); }
    QString host() const { return QStringLiteral("unix://") + m_server.fullServerName(); }
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

    // Closes every connection that has carried GET /events: the stream ends as if the network
    // between client and engine broke. Returns how many were cut.
    int cutEvents()
    {
        int cut = 0;
        for (Pair &p : m_pairs) {
            if (p.events && p.client) {
                p.client->abort();
                if (p.upstream)
                    p.upstream->abort();
                ++cut;
            }
        }
        return cut;
    }
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

private:
    struct Pair {
        QPointer<QLocalSocket> client;
        QPointer<QLocalSocket> upstream;
        QByteArray held;
        bool events = false;
    };

    void accept(QLocalSocket *client)
    {
        auto *upstream = new QLocalSocket(this);
        client->setParent(this);
        const int index = int(m_pairs.size());
        m_pairs.append(Pair{client, upstream, {}, false});
        upstream->connectToServer(m_target);
        upstream->waitForConnected(2000); // a local socket: at once, or not at all
        connect(client, &QLocalSocket::readyRead, this, [this, index] { fromClient(index); });
        connect(upstream, &QLocalSocket::readyRead, this, [this, index] {
            Pair &p = m_pairs[index];
            if (p.client && p.upstream)
                p.client->write(p.upstream->readAll());
        });
        const auto close = [this, index] {
            Pair &p = m_pairs[index];
            if (p.client)
                p.client->disconnectFromServer();
            if (p.upstream)
                p.upstream->disconnectFromServer();
        };
        connect(client, &QLocalSocket::disconnected, this, close);
        connect(upstream, &QLocalSocket::disconnected, this, close);
    }

    void fromClient(int index)
    {
        Pair &p = m_pairs[index];
        if (!p.client || !p.upstream)
            return;
        const QByteArray data = p.client->readAll();
        static const QList<QByteArray> methods{"GET ", "POST ", "PUT ", "HEAD ", "DELETE "};
        const bool startsRequest = std::any_of(methods.cbegin(), methods.cend(),
                                               [&](const QByteArray &m) { return data.startsWith(m); });
        if (startsRequest) {
            const QByteArray line = data.left(data.indexOf("\r\n"));
            m_requests.append({line, now()});
            if (line.startsWith("GET ") && line.contains("/events")) {
                p.events = true;
                if (m_hold) {
                    p.held += data;
                    return;
                }
            }
        }
        if (!p.held.isEmpty())
            p.held += data;
        else
            p.upstream->write(data);
    }

    QString m_target;
    QTemporaryDir m_dir;
    QLocalServer m_server;
    QElapsedTimer m_clock;
    QList<Pair> m_pairs;
    QList<Request> m_requests;
    bool m_hold = false;
};

} // namespace dx::test
