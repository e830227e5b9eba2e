// EngineRequest without an engine: how paths and queries are encoded on the wire, which
// timeout kind each factory chooses, and what each kind does to a transfer that goes silent
// (against a local server on a unix socket that answers and then sends nothing).

#include "engine/curlmulti.h"
#include "engine/enginerequest.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace dx;

namespace {

// Answers every request with a chunked 200 and one chunk, then goes silent but keeps the
// connection open: a hung engine, as far as the client can tell.
class SilentServer final : public QObject
{
public:
    explicit SilentServer(const QString &path)
    {
        QLocalServer::removeServer(path);
        m_server.listen(path);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QLocalSocket::readyRead, socket, [socket] {
                    const QByteArray request = socket->readAll();
                    if (!request.contains("\r\n\r\n"))
                        return; // the rest of the head (or a body) is still coming
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                                  "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
                    socket->flush();
                });
            }
        });
    }
    bool isListening() const { return m_server.isListening(); }

private:
    QLocalServer m_server;
};

struct Outcome {
    EngineResponse response;
    QByteArray data;
    qint64 elapsedMs = -1; // -1: still running when the test stopped waiting
};

Outcome run(CurlMulti &curl, const Endpoint &endpoint, const EngineRequest &request, int waitMs)
{
    Outcome out;
    QElapsedTimer timer;
    timer.start();
    bool done = false;
    const quint64 id = curl.start(
        endpoint, QStringLiteral("http://localhost/x"), request, [&](const QByteArray &chunk) { out.data += chunk; },
        [&](const EngineResponse &r) {
            out.response = r;
            out.elapsedMs = timer.elapsed();
            done = true;
        });
    (void)QTest::qWaitFor([&] { return done; }, waitMs);
    if (!done)
        curl.abort(id); // calls the done handler: keep the figure of the still-running case
    if (out.response.error == EngineResponse::Error::Cancelled)
        out.elapsedMs = -1;
    return out;
}

} // namespace

class TestEngineRequest final : public QObject
{
    Q_OBJECT

private slots:
    void queryEncoding_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plus") << QStringLiteral("a+b") << QByteArray("a%2Bb");
        QTest::newRow("space") << QStringLiteral("a b") << QByteArray("a%20b");
        QTest::newRow("separators") << QStringLiteral("x;y&z=1") << QByteArray("x%3By%26z%3D1");
        QTest::newRow("fragment and query") << QStringLiteral("#?/") << QByteArray("%23%3F%2F");
        QTest::newRow("percent") << QStringLiteral("100%") << QByteArray("100%25");
        QTest::newRow("percent escape") << QStringLiteral("%41%zz") << QByteArray("%2541%25zz");
        QTest::newRow("umlaut") << QStringLiteral("ä") << QByteArray("%C3%A4");
        QTest::newRow("unreserved") << QStringLiteral("AZaz09-._~") << QByteArray("AZaz09-._~");
        QTest::newRow("json filter") << QStringLiteral("{\"label\":[\"k=x+y\"]}")
                                     << QByteArray("%7B%22label%22%3A%5B%22k%3Dx%2By%22%5D%7D");
    }

    void queryEncoding()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, encoded);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("k+;"), value);
        const EngineRequest request = EngineRequest::get(QStringLiteral("/x"), query);
        QCOMPARE(request.encodedQuery(), QByteArray("k%2B%3B=") + encoded);
        // And what a server decodes (split at '&' and '=', then unescape) is the value again.
        const QList<QByteArray> pair = request.encodedQuery().split('=');
        QCOMPARE(pair.size(), 2);
        QCOMPARE(QUrl::fromPercentEncoding(pair[0]), QStringLiteral("k+;"));
        QCOMPARE(QUrl::fromPercentEncoding(pair[1]), value);
    }

    // QUrlQuery reads a valid %XX in what it is given as an escape; addQueryItem() and
    // queryLiteral() keep it literal.
    void literalPercent_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("valid escape") << QStringLiteral("5%41") << QByteArray("5%2541");
        QTest::newRow("escaped percent") << QStringLiteral("%25") << QByteArray("%2525");
        QTest::newRow("utf-8 escape") << QStringLiteral("%C3%A4") << QByteArray("%25C3%25A4");
        QTest::newRow("invalid escape") << QStringLiteral("a%zz") << QByteArray("a%25zz");
        QTest::newRow("file name") << QStringLiteral("/tmp/x y#1;2&3=4?5%41+ä.txt")
                                   << QByteArray("%2Ftmp%2Fx%20y%231%3B2%263%3D4%3F5%2541%2B%C3%A4.txt");
    }

    void literalPercent()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, encoded);
        EngineRequest request = EngineRequest::get(QStringLiteral("/x"));
        request.addQueryItem(QStringLiteral("k%41"), value);
        QCOMPARE(request.encodedQuery(), QByteArray("k%2541=") + encoded);
        QUrlQuery byHand;
        byHand.addQueryItem(QStringLiteral("k%41"), value);
        // What QUrlQuery alone would have sent for the key.
        QVERIFY(EngineRequest::get(QStringLiteral("/x"), byHand).encodedQuery().startsWith("kA="));
        QUrlQuery literal;
        literal.addQueryItem(EngineRequest::queryLiteral(QStringLiteral("k%41")), EngineRequest::queryLiteral(value));
        QCOMPARE(EngineRequest::get(QStringLiteral("/x"), literal).encodedQuery(), request.encodedQuery());
    }

    void repeatedAndEmptyItems()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("changes"), QStringLiteral("LABEL a=1"));
        query.addQueryItem(QStringLiteral("changes"), QStringLiteral("LABEL b=2"));
        query.addQueryItem(QStringLiteral("all"), QString());
        QCOMPARE(EngineRequest::get(QStringLiteral("/x"), query).encodedQuery(),
                 QByteArray("changes=LABEL%20a%3D1&changes=LABEL%20b%3D2&all="));
        QCOMPARE(EngineRequest::get(QStringLiteral("/x")).encodedQuery(), QByteArray());
    }

    void pathEncoding()
    {
        QCOMPARE(EngineRequest::get(QStringLiteral("/containers/abc/archive")).encodedPath(),
                 QByteArray("/containers/abc/archive"));
        // Image references keep ':' and '@'; what would end or change the path is encoded.
        QCOMPARE(EngineRequest::get(QStringLiteral("/images/reg:5000/a/b@sha256:00/json")).encodedPath(),
                 QByteArray("/images/reg:5000/a/b@sha256:00/json"));
        QCOMPARE(EngineRequest::get(QStringLiteral("/volumes/a b?c#d/ä")).encodedPath(),
                 QByteArray("/volumes/a%20b%3Fc%23d/%C3%A4"));
        // Segments the caller encoded already stay as they are.
        QCOMPARE(EngineRequest::get(QStringLiteral("/volumes/a%20b%3Fc/json")).encodedPath(),
                 QByteArray("/volumes/a%20b%3Fc/json"));
    }

    void factoriesChooseTheKind()
    {
        using T = EngineRequest::Timeout;
        const EngineRequest get = EngineRequest::get(QStringLiteral("/containers/json"));
        QCOMPARE(get.timeout, T::Short);
        QCOMPARE(get.timeoutMs, EngineRequest::DefaultTimeoutMs);
        QVERIFY(get.hasTotalLimit());
        QVERIFY(!get.hasStallLimit());
        QCOMPARE(EngineRequest::post(QStringLiteral("/containers/x/stop")).timeoutMs, EngineRequest::WorkTimeoutMs);
        QCOMPARE(EngineRequest::del(QStringLiteral("/images/x")).timeoutMs, EngineRequest::WorkTimeoutMs);

        const EngineRequest events = EngineRequest::stream(QStringLiteral("/events"));
        QCOMPARE(events.timeout, T::Idle);
        QVERIFY(events.streaming);
        QVERIFY(!events.hasTotalLimit());
        QVERIFY(!events.hasStallLimit());

        const EngineRequest archive = EngineRequest::download(QStringLiteral("/containers/x/archive"));
        QCOMPARE(archive.timeout, T::Bulk);
        QVERIFY(archive.streaming);
        QVERIFY(!archive.hasTotalLimit());
        QVERIFY(archive.hasStallLimit());

        QCOMPARE(EngineRequest::post(QStringLiteral("/build")).withTimeout(T::Upload).timeout, T::Upload);
        QVERIFY(EngineRequest::post(QStringLiteral("/build")).withTimeout(T::Upload).hasStallLimit());
        // The old spelling of "no limit" still means no limit.
        EngineRequest old = EngineRequest::get(QStringLiteral("/containers/x/logs"));
        old.timeoutMs = 0;
        QVERIFY(!old.hasTotalLimit());
    }

    // What each kind does when the engine answers and then goes silent.
    void silentTransfer()
    {
        QTemporaryDir dir;
        const QString socket = dir.path() + QStringLiteral("/silent.sock");
        SilentServer server(socket);
        QVERIFY(server.isListening());
        const Endpoint endpoint = Endpoint::fromHost(QStringLiteral("unix://") + socket);
        CurlMulti curl;

        // Short: the whole transfer is cut at timeoutMs.
        EngineRequest shortCall = EngineRequest::get(QStringLiteral("/x"));
        shortCall.timeoutMs = 800;
        const Outcome s = run(curl, endpoint, shortCall, 5000);
        QCOMPARE(s.response.error, EngineResponse::Error::Timeout);
        QVERIFY2(s.elapsedMs >= 700 && s.elapsedMs < 3000, qPrintable(QString::number(s.elapsedMs)));

        // Bulk: no total limit, but a stall ends it after stallTimeoutMs without a byte.
        EngineRequest bulk = EngineRequest::download(QStringLiteral("/x"));
        bulk.stallTimeoutMs = 1200;
        const Outcome b = run(curl, endpoint, bulk, 8000);
        QCOMPARE(b.data, QByteArray("hello"));
        QCOMPARE(b.response.error, EngineResponse::Error::Timeout);
        QVERIFY2(b.response.message.contains(QLatin1String("stalled")), qPrintable(b.response.message));
        QVERIFY2(b.elapsedMs >= 1100 && b.elapsedMs < 4000, qPrintable(QString::number(b.elapsedMs)));

        // Upload: the body went out, so the silent answer is waited for like Idle.
        EngineRequest upload = EngineRequest::post(QStringLiteral("/x"), {}, QByteArray(1000, 'x'))
                                   .withTimeout(EngineRequest::Timeout::Upload);
        upload.streaming = true;
        upload.stallTimeoutMs = 600;
        const Outcome u = run(curl, endpoint, upload, 2500);
        QCOMPARE(u.data, QByteArray("hello"));
        QCOMPARE(u.elapsedMs, -1);

        // Idle: silent for as long as the test waits, never cut.
        const Outcome i = run(curl, endpoint, EngineRequest::stream(QStringLiteral("/x")), 2500);
        QCOMPARE(i.data, QByteArray("hello"));
        QCOMPARE(i.elapsedMs, -1);
    }

    // A consumer that holds the data back (setReceivePaused) is not a stalled engine.
    void pausedBulkIsNotStalled()
    {
        QTemporaryDir dir;
        const QString socket = dir.path() + QStringLiteral("/silent.sock");
        SilentServer server(socket);
        QVERIFY(server.isListening());
        const Endpoint endpoint = Endpoint::fromHost(QStringLiteral("unix://") + socket);
        CurlMulti curl;
        EngineRequest bulk = EngineRequest::download(QStringLiteral("/x"));
        bulk.stallTimeoutMs = 600;
        bool done = false;
        QByteArray data;
        const quint64 id = curl.start(
            endpoint, QStringLiteral("http://localhost/x"), bulk, [&](const QByteArray &chunk) { data += chunk; },
            [&](const EngineResponse &) { done = true; });
        QTRY_COMPARE_WITH_TIMEOUT(data, QByteArray("hello"), 3000);
        curl.setReceivePaused(id, true);
        QTest::qWait(1800);
        QVERIFY(!done);
        curl.setReceivePaused(id, false);
        QTRY_VERIFY_WITH_TIMEOUT(done, 3000); // silent again after the resume: now it counts
    }
};

QTEST_GUILESS_MAIN(TestEngineRequest)
#include "tst_enginerequest.moc"
