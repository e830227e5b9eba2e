// Against the real engine: ping and negotiation, version, listing, a stream cancelled
// mid-way, several streams at once, daemon errors verbatim, and an unreachable engine.

#include "testengine.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace dx;

class TestEngineClient final : public QObject
{
    Q_OBJECT

private:
    Engine *m_engine = nullptr;

    QString createContainer(const QStringList &cmd, const QString &name = {})
    {
        QJsonObject body{{QStringLiteral("Image"), test::baseImage()},
                         {QStringLiteral("Cmd"), QJsonArray::fromStringList(cmd)},
                         {QStringLiteral("Labels"), QJsonObject{{test::runLabelKey(), test::runId()}}}};
        QUrlQuery q;
        if (!name.isEmpty())
            q.addQueryItem(QStringLiteral("name"), name);
        const EngineResponse r = test::call(*m_engine, EngineRequest::post(QStringLiteral("/containers/create"), q,
                                                                           QJsonDocument(body).toJson()));
        if (!r.ok())
            qWarning() << "create failed:" << r.message;
        return test::json(r)[QLatin1String("Id")].toString();
    }

    // A started container printing lines, and an endless logs stream of it.
    QString startChatty(const QString &script)
    {
        const QString id = createContainer({QStringLiteral("sh"), QStringLiteral("-c"), script});
        if (id.isEmpty() || !test::call(*m_engine, EngineRequest::post(QStringLiteral("/containers/") + id + QStringLiteral("/start"))).ok())
            return {};
        return id;
    }

    static EngineRequest followLogs(const QString &id)
    {
        EngineRequest logs = EngineRequest::get(QStringLiteral("/containers/") + id + QStringLiteral("/logs"));
        logs.query.addQueryItem(QStringLiteral("follow"), QStringLiteral("1"));
        logs.query.addQueryItem(QStringLiteral("stdout"), QStringLiteral("1"));
        logs.streaming = true;
        logs.timeout = EngineRequest::Timeout::Idle;
        return logs;
    }

private slots:
    void initTestCase()
    {
        m_engine = new Engine(this);
        m_engine->connectToDefault();
    }

    void cleanupTestCase()
    {
        if (m_engine->isConnected())
            test::removeLabelled(*m_engine);
    }

    void connectsAndNegotiates()
    {
        DX_REQUIRE_ENGINE_OR_SKIP(*m_engine);
        const EngineInfo &info = m_engine->info();
        QVERIFY(!info.version.isEmpty());
        QVERIFY(ApiVersion::parse(info.apiVersion).isValid());
        QVERIFY(ApiVersion::parse(info.apiVersion) <= ApiVersion::clientMaximum());
        QVERIFY(ApiVersion::parse(info.apiVersion) <= ApiVersion::parse(info.serverApiVersion));
        QVERIFY(!info.product.isEmpty());
        QVERIFY(info.summary().contains(info.apiVersion));
    }

    void versionAndLists()
    {
        DX_REQUIRE_ENGINE_OR_SKIP(*m_engine);
        const EngineResponse version = test::call(*m_engine, EngineRequest::get(QStringLiteral("/version")));
        QVERIFY2(version.ok(), qPrintable(version.message));
        QCOMPARE(version.status, 200);
        QCOMPARE(test::json(version)[QLatin1String("ApiVersion")].toString(), m_engine->info().serverApiVersion);

        QUrlQuery all;
        all.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
        const QString id = createContainer({QStringLiteral("true")});
        QVERIFY(!id.isEmpty());
        const EngineResponse list = test::call(*m_engine, EngineRequest::get(QStringLiteral("/containers/json"), all));
        QVERIFY(list.ok());
        bool found = false;
        for (const QJsonValue &c : test::json(list).toArray())
            found = found || c[QLatin1String("Id")].toString() == id;
        QVERIFY(found);

        const EngineResponse images = test::call(*m_engine, EngineRequest::get(QStringLiteral("/images/json")));
        QVERIFY(images.ok());
        QVERIFY(test::json(images).isArray());
    }

    void daemonErrorsVerbatim()
    {
        DX_REQUIRE_ENGINE_OR_SKIP(*m_engine);
        const EngineResponse r = test::call(*m_engine, EngineRequest::get(QStringLiteral("/containers/dx-no-such-container-xyz/json")));
        QCOMPARE(r.error, EngineResponse::Error::Http);
        QCOMPARE(r.status, 404);
        QVERIFY2(r.message.contains(QLatin1String("dx-no-such-container-xyz")), qPrintable(r.message));
    }

    void streamCancelledMidway()
    {
        DX_REQUIRE_ENGINE_OR_SKIP(*m_engine);
        // A container that prints a line every 50 ms; follow its logs, cancel after some data.
        const QString id = startChatty(QStringLiteral("i=0; while true; do echo line $i; i=$((i+1)); sleep 0.05; done"));
        QVERIFY(!id.isEmpty());

        const EngineRequest logs = followLogs(id);

        // Several streams at once: events and two log followers, none blocks the others.
        EngineReply *first = m_engine->send(logs);
        EngineReply *second = m_engine->send(logs);
        QSignalSpy firstData(first, &EngineReply::dataReceived);
        QSignalSpy secondData(second, &EngineReply::dataReceived);
        QSignalSpy firstDone(first, &EngineReply::finished);
        QTRY_VERIFY_WITH_TIMEOUT(firstData.count() >= 3 && secondData.count() >= 3, 10000);

        first->abort();
        QTRY_COMPARE_WITH_TIMEOUT(firstDone.count(), 1, 3000);
        QCOMPARE(firstDone.first().first().value<EngineResponse>().error, EngineResponse::Error::Cancelled);
        // The other stream goes on.
        const int before = secondData.count();
        QTRY_VERIFY_WITH_TIMEOUT(secondData.count() > before + 2, 5000);
        second->abort();

        // And the engine is still answering ordinary requests in between.
        QVERIFY(test::call(*m_engine, EngineRequest::get(QStringLiteral("/_ping"))).status == 200
                || test::call(*m_engine, EngineRequest::get(QStringLiteral("/version"))).ok());
    }

    void pausedStreamHoldsBack()
    {
        DX_REQUIRE_ENGINE_OR_SKIP(*m_engine);
        const QString id = startChatty(QStringLiteral("while true; do echo tick; sleep 0.05; done"));
        QVERIFY(!id.isEmpty());
        const EngineRequest logs = followLogs(id);
        EngineReply *reply = m_engine->send(logs);
        QSignalSpy data(reply, &EngineReply::dataReceived);
        QTRY_VERIFY_WITH_TIMEOUT(data.count() >= 2, 10000);

        reply->setReceivePaused(true);
        QTest::qWait(400); // what was already on its way still arrives
        const int held = data.count();
        QTest::qWait(1000); // ~20 lines are written meanwhile, none may arrive
        QCOMPARE(data.count(), held);

        reply->setReceivePaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(data.count() > held, 5000);
        reply->abort();
    }

    void eventsArrive()
    {
        DX_REQUIRE_ENGINE_OR_SKIP(*m_engine);
        QSignalSpy events(m_engine, &Engine::event);
        QTest::qWait(300); // the event stream opens right after connecting
        const QString name = QStringLiteral("dx-evt-") + test::runId();
        const QString id = createContainer({QStringLiteral("true")}, name);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(), [&](const QList<QVariant> &args) {
            const EngineEvent e = args.first().value<EngineEvent>();
            return e.action == QLatin1String("create") && e.actorId == id;
        }), 5000);
    }

    void unreachableEngine()
    {
        QTemporaryDir dir;
        Engine engine;
        QSignalSpy info(&engine, &Engine::infoChanged);
        engine.connectTo(Endpoint::fromHost(QStringLiteral("unix://") + dir.path() + QStringLiteral("/none.sock")));
        QTRY_VERIFY_WITH_TIMEOUT(engine.info().state == EngineInfo::State::Disconnected, 3000);
        QVERIFY(engine.info().message.contains(QLatin1String("none.sock")));
        const EngineResponse r = test::call(engine, EngineRequest::get(QStringLiteral("/containers/json")), 5000);
        QCOMPARE(r.error, EngineResponse::Error::SocketMissing);

        // A TCP port where nobody listens: refused, not hanging.
        Engine tcp;
        tcp.connectTo(Endpoint::fromHost(QStringLiteral("tcp://127.0.0.1:1")));
        QTRY_VERIFY_WITH_TIMEOUT(tcp.info().state == EngineInfo::State::Disconnected, 5000);
        QVERIFY(!tcp.info().message.isEmpty());
    }

    void invalidEndpointSaysWhy()
    {
        Engine engine;
        engine.connectTo(Endpoint::fromHost(QStringLiteral("npipe:////./pipe/docker_engine")));
        QTRY_VERIFY_WITH_TIMEOUT(engine.info().state == EngineInfo::State::Disconnected, 3000);
        QVERIFY(engine.info().message.contains(QLatin1String("npipe")));
        const EngineResponse r = test::call(engine, EngineRequest::get(QStringLiteral("/info")), 3000);
        QVERIFY(!r.ok());
    }
};

QTEST_GUILESS_MAIN(TestEngineClient)
#include "tst_engineclient.moc"
