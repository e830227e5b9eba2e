// The /events stream against the real engine, through a proxy (socketproxy.h) that cuts or
// holds back the stream while the engine itself stays fine: a cut is re-opened with
// since=<last event> and what was missed is replayed, each event once. (Refusals and the
// backoff are tested against the fake engine: tst_eventstream_fake.)

#include "socketproxy.h"
#include "testengine.h"

#include <QRegularExpression>
#include <QSignalSpy>

using namespace dx;

class TestEventStream final : public QObject
{
    Q_OBJECT

private:
    Engine *m_engine = nullptr; // straight to the engine: creates and removes what the tests use
    QString m_target;

    QString createVolume(const QString &name)
    {
        QString error;
        test::createVolume(*m_engine, name, &error);
        return error;
    }

    // An engine connected through a fresh proxy, its event stream open at the engine.
    bool connectThrough(test::SocketProxy &proxy, Engine &engine)
    {
        if (!proxy.isListening())
            return false;
        engine.connectTo(Endpoint::fromHost(proxy.host()));
        if (!test::waitConnected(engine))
            return false;
        if (!QTest::qWaitFor([&] { return engine.eventsLive() && proxy.count("/events") == 1; }, 5000))
            return false;
        // Let the engine's answer arrive: a stream cut before its headers is retried by curl
        // itself, at once, which is not what these tests are about.
        QTest::qWait(500);
        return true;
    }

private slots:
    void initTestCase()
    {
        m_engine = new Engine(this);
        m_engine->connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(*m_engine);
        if (m_engine->info().endpoint.kind != Endpoint::Kind::Unix)
            QSKIP("the proxy sits in front of a unix socket; this engine is reached otherwise");
        m_target = m_engine->info().endpoint.socketPath;
    }

    void cleanupTestCase()
    {
        if (m_engine && m_engine->isConnected())
            test::removeLabelled(*m_engine);
    }

    void replaysMissedEvents()
    {
        test::SocketProxy proxy(m_target);
        Engine engine;
        QVERIFY(connectThrough(proxy, engine));
        QSignalSpy live(&engine, &Engine::eventsLiveChanged);
        const QString prefix = QStringLiteral("dx-replay-") + test::runId() + u'-';
        QStringList created; // names of the volume create events, as delivered
        int raw = 0;
        connect(&engine, &Engine::event, this, [&](const EngineEvent &e) {
            raw += e.actorId.startsWith(prefix) ? 1 : 0; // every event of ours, duplicates included
            if (e.type == QLatin1String("volume") && e.action == QLatin1String("create") && e.actorId.startsWith(prefix))
                created << e.actorId.mid(prefix.size());
        });

        QCOMPARE(createVolume(prefix + QStringLiteral("a")), QString());
        QTRY_COMPARE_WITH_TIMEOUT(created, QStringList{QStringLiteral("a")}, 5000);

        // Cut the stream and hold its re-opening back while two more volumes are made.
        proxy.holdEvents();
        QCOMPARE(proxy.cutEvents(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(proxy.count("/events"), 2, 5000);
        QCOMPARE(createVolume(prefix + QStringLiteral("b")), QString());
        QCOMPARE(createVolume(prefix + QStringLiteral("c")), QString());
        QTest::qWait(300);
        QCOMPARE(created, QStringList{QStringLiteral("a")});

        // The re-opened stream asks for everything since the last event, in nanoseconds.
        QByteArray reopen;
        for (const test::SocketProxy::Request &r : proxy.requests()) {
            if (r.line.contains("/events"))
                reopen = r.line;
        }
        const QRegularExpression since(QStringLiteral("since=(\\d+)\\.(\\d{9})[& ]"));
        const QRegularExpressionMatch m = since.match(QString::fromLatin1(reopen));
        QVERIFY2(m.hasMatch(), reopen.constData());

        proxy.releaseEvents();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 3, 5000);
        QTest::qWait(500); // a duplicate would arrive with the rest of the replay
        QCOMPARE(created, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(raw, 3);
        QCOMPARE(engine.eventStreamReconnects(), 1);
        // The replay covered the gap: consumers were never told to re-list.
        QCOMPARE(live.count(), 0);
        QVERIFY(engine.eventsLive());
    }
};

QTEST_GUILESS_MAIN(TestEventStream)
#include "tst_eventstream.moc"
