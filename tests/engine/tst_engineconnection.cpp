// The connection state follows a real engine going away and coming back. The engine here is a
// Podman API service this test starts on its own socket (never the user's daemon), which also
// shows that Podman is told apart from Docker.

#include "podmanfixture.h"
#include "testengine.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace dx;

class TestEngineConnection final : public QObject
{
    Q_OBJECT

private:
    test::PodmanService m_podman;

    QString socketPath() const { return m_podman.socketPath(); }
    bool startPodman() { return m_podman.start(); }
    void stopPodman() { m_podman.stop(); }

private slots:
    void initTestCase()
    {
        if (!test::PodmanService::available()) {
            if (test::engineRequired())
                QFAIL("podman is not installed (scripts/setup.sh --test installs it)");
            QSKIP("podman is not installed: install it to test losing and regaining an engine");
        }
    }

    void cleanupTestCase() { stopPodman(); }

    void noticesStopAndComeback()
    {
        Engine engine;
        engine.connectTo(Endpoint::fromHost(QStringLiteral("unix://") + socketPath()));
        QTRY_VERIFY_WITH_TIMEOUT(engine.info().state == EngineInfo::State::Disconnected, 3000);

        QVERIFY(startPodman());
        QElapsedTimer sinceStart;
        sinceStart.start();
        QTRY_VERIFY_WITH_TIMEOUT(engine.isConnected(), 20000);
        qInfo("connected %lld ms after the service was started", sinceStart.elapsed());
        QVERIFY(engine.info().podman);
        QCOMPARE(engine.info().product, QStringLiteral("Podman"));
        QVERIFY(!engine.info().buildKit);
        QVERIFY(engine.eventsLive());
        QSignalSpy live(&engine, &Engine::eventsLiveChanged);

        // Stop the engine: the state and the event stream say so within a second.
        QElapsedTimer sinceStop;
        stopPodman();
        sinceStop.start();
        // Figures, not timed assertions: the machine may be loaded; the bounds only stop a hang.
        QTRY_VERIFY_WITH_TIMEOUT(engine.info().state == EngineInfo::State::Disconnected, 5000);
        qInfo("noticed the stop after %lld ms", sinceStop.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(!engine.eventsLive(), 5000);
        QVERIFY(!engine.info().message.isEmpty());

        // Back again: reconnects by itself, re-opens the event stream.
        QVERIFY(startPodman());
        // Podman needs a while to come up; count from when it first answers a ping of its own.
        QElapsedTimer sinceBack;
        for (int i = 0; i < 600 && !sinceBack.isValid(); ++i) {
            if (QProcess::execute(QStringLiteral("curl"), {QStringLiteral("-sf"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                                           QStringLiteral("--unix-socket"), socketPath(),
                                                           QStringLiteral("http://localhost/_ping")}) == 0)
                sinceBack.start();
            else
                QTest::qWait(25);
        }
        QVERIFY2(sinceBack.isValid(), "the podman service did not come back");
        QTRY_VERIFY_WITH_TIMEOUT(engine.isConnected(), 10000);
        qInfo("noticed the comeback %lld ms after the engine answered again", sinceBack.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(engine.eventsLive(), 5000);
        QVERIFY(live.count() >= 2);

        // And requests work again.
        const EngineResponse r = test::call(engine, EngineRequest::get(QStringLiteral("/version")));
        QVERIFY2(r.ok(), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestEngineConnection)
#include "tst_engineconnection.moc"
