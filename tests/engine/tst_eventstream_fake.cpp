// The /events stream's re-open policy against dx::test::FakeEngine: a refused stream (403, an
// authorization plugin) is retried after 0.25 s, 0.5 s, 1 s, 2 s, ... and the stream counts as
// not live meanwhile; a cut stream that had worked is re-opened after 0.25 s again.

#include "engine/engineclient.h"
#include "engine/testengine.h"
#include "fakeengine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace dx;
using namespace dx::test;

namespace {

// When each GET /events reached the fake, on one clock.
class EventsClock final : public QObject
{
public:
    explicit EventsClock(FakeEngine *fake)
    {
        m_clock.start();
        connect(fake, &FakeEngine::requestReceived, this, [this](const FakeRequest &r) {
            if (r.path == QLatin1String("/events"))
                m_times << m_clock.elapsed();
        });
    }
    const QList<qint64> &times() const { return m_times; }
    qint64 now() const { return m_clock.elapsed(); }

private:
    QElapsedTimer m_clock;
    QList<qint64> m_times;
};

QJsonObject volumeEvent(const QString &name, qint64 timeNano)
{
    return {{QStringLiteral("Type"), QStringLiteral("volume")},
            {QStringLiteral("Action"), QStringLiteral("create")},
            {QStringLiteral("Actor"), QJsonObject{{QStringLiteral("ID"), name}}},
            {QStringLiteral("time"), timeNano / 1000000000},
            {QStringLiteral("timeNano"), timeNano}};
}

// Whether the gaps between consecutive times match the expected delays: early by no more than
// a coarse QTimer may be (5 %), late by at most `slack` (the machine may be loaded).
bool gapsMatch(const QList<qint64> &times, const QList<int> &expected, int slack = 1500)
{
    if (times.size() <= expected.size())
        return false;
    bool ok = true;
    for (int i = 0; i < expected.size(); ++i) {
        const qint64 gap = times[i + 1] - times[i];
        qInfo("attempt %d came %lld ms after the one before (backoff %d ms)", i + 2, gap, expected[i]);
        ok = ok && gap >= expected[i] * 95 / 100 - 20 && gap <= expected[i] + slack;
    }
    return ok;
}

} // namespace

class TestEventStreamFake final : public QObject
{
    Q_OBJECT

private slots:
    void events403Backoff()
    {
        FakeEngine fake;
        EventsClock clock(&fake);
        fake.failEvents(5, 403, QStringLiteral("authorization denied by plugin dx-authz"));
        Engine engine;
        QSignalSpy live(&engine, &Engine::eventsLiveChanged);
        engine.connectTo(fake.endpoint());
        QVERIFY(waitConnected(engine));

        // Five refusals, then the stream is open: 6 requests, 0.25 + 0.5 + 1 + 2 + 4 s apart.
        QVERIFY(fake.waitForStreams(QStringLiteral("events"), 1, 20000));
        QCOMPARE(fake.count("GET", QStringLiteral("/events")), 6);
        QVERIFY(gapsMatch(clock.times(), {250, 500, 1000, 2000, 4000}));
        QCOMPARE(engine.eventStreamReconnects(), 5);
        QVERIFY(engine.isConnected()); // the engine answered throughout

        // Live at once after connecting (the ping showed the engine answers), not live from
        // the first refusal, live again when the engine accepted the stream.
        QTRY_VERIFY(engine.eventsLive());
        QCOMPARE(live.size(), 3);
        QCOMPARE(live.at(0).at(0).toBool(), true);
        QCOMPARE(live.at(1).at(0).toBool(), false);
        QCOMPARE(live.at(2).at(0).toBool(), true);

        QSignalSpy typed(&engine, &Engine::event);
        fake.pushEvent(volumeEvent(QStringLiteral("v1"), 1796193114306828486));
        QTRY_COMPARE(typed.size(), 1);
    }

    void workingStreamResetsBackoff()
    {
        FakeEngine fake;
        EventsClock clock(&fake);
        Engine engine;
        engine.connectTo(fake.endpoint());
        QVERIFY(waitConnected(engine));
        QVERIFY(fake.waitForStreams());

        // A stream that delivered a new event: the next cut is retried after 0.25 s.
        QSignalSpy typed(&engine, &Engine::event);
        fake.pushEvent(volumeEvent(QStringLiteral("v1"), 1796193114306828486));
        QTRY_COMPARE(typed.size(), 1);
        qint64 cutAt = clock.now();
        fake.cutStreams(QStringLiteral("events"));
        QVERIFY(fake.waitForStreams(QStringLiteral("events"), 1, 5000));
        QVERIFY(gapsMatch({cutAt, clock.times().last()}, {250}));

        // Re-opened with since = that event's time, to the nanosecond.
        QCOMPARE(fake.lastRequest("GET", QStringLiteral("/events")).queryItem(QStringLiteral("since")),
                 QStringLiteral("1796193114.306828486"));

        // Cut again before anything arrived: the delay doubles.
        QTest::qWait(300); // the headers are in
        cutAt = clock.now();
        fake.cutStreams(QStringLiteral("events"));
        QVERIFY(fake.waitForStreams(QStringLiteral("events"), 1, 5000));
        QVERIFY(gapsMatch({cutAt, clock.times().last()}, {500}));

        // The replayed event (since is inclusive) is not delivered twice.
        fake.pushEvent(volumeEvent(QStringLiteral("v1"), 1796193114306828486));
        fake.pushEvent(volumeEvent(QStringLiteral("v2"), 1796193115000000000));
        QTRY_COMPARE(typed.size(), 2);
        QTest::qWait(200);
        QCOMPARE(typed.size(), 2);
        QCOMPARE(typed.at(1).at(0).value<EngineEvent>().actorId, QStringLiteral("v2"));
        QCOMPARE(engine.eventStreamReconnects(), 2);
        QVERIFY(engine.eventsLive());
    }

    void noPingsWhileTheStreamIsOpen()
    {
        // /_ping runs only while the engine is unreachable or no /events stream is open: at
        // rest the open stream is the sign of life, and its end is checked with one ping.
        FakeEngine fake;
        Engine engine;
        engine.connectTo(fake.endpoint());
        QVERIFY(waitConnected(engine));
        QVERIFY(fake.waitForStreams());
        QTest::qWait(200);
        fake.clearRequests();
        QTest::qWait(3 * EngineClient::PingIntervalMs + 800);
        QCOMPARE(fake.count("GET", QStringLiteral("/_ping")), 0);
        QCOMPARE(fake.count("HEAD", QStringLiteral("/_ping")), 0);

        // The stream ends: a ping asks at once whether the engine is still there.
        fake.cutStreams(QStringLiteral("events"));
        QVERIFY(fake.waitForRequest("GET", QStringLiteral("/_ping"), 1, 3000));
        QVERIFY(fake.waitForStreams(QStringLiteral("events"), 1, 5000));
        QVERIFY(engine.isConnected());
        // Open again: quiet again.
        QTest::qWait(300);
        fake.clearRequests();
        QTest::qWait(3 * EngineClient::PingIntervalMs + 800);
        QCOMPARE(fake.count("GET", QStringLiteral("/_ping")), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventStreamFake)
#include "tst_eventstream_fake.moc"
