// NetworkStore against the fake engine: the pattern every store follows (list on connect,
// one targeted fetch per event burst, last good state kept on bad answers, stale while the
// engine is gone).
#include "api/dockerapi.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "fakeengine.h"
#include "networks/networklistmodel.h"
#include "networks/networkstore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace dx;
using dx::test::FakeEngine;
using dx::test::FakeReply;

class TestNetworkStore final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeEngine>();
        m_fake->routeFixtures();
        m_engine = std::make_unique<Engine>();
        m_api = std::make_unique<DockerApi>(m_engine.get());
        m_store = std::make_unique<NetworkStore>(m_api.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_store->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_engine->connectTo(m_fake->endpoint());
        QVERIFY(dx::test::waitConnected(*m_engine));
        QTRY_VERIFY(m_store->isLoaded());
    }

    void cleanup()
    {
        m_tester.reset();
        m_store.reset();
        m_api.reset();
        m_engine.reset();
        m_fake.reset();
    }

    void listsOnConnect()
    {
        QVERIFY(!m_store->isStale());
        // The captured answer: bridge, host, none and the capture's own network.
        QVERIFY(m_store->model()->rowCount() >= 4);
        const std::optional<NetworkSummary> bridge = m_store->find(QStringLiteral("bridge"));
        QVERIFY(bridge.has_value());
        QCOMPARE(m_store->find(bridge->id)->name, QStringLiteral("bridge"));
        QCOMPARE(bridge->driver, QStringLiteral("bridge"));
        QCOMPARE(m_fake->count("GET", QStringLiteral("/networks")), 1);
    }

    void eventBurstIsOneTargetedFetch()
    {
        QVERIFY(m_store->find(QStringLiteral("bridge")).has_value());
        const NetworkSummary bridge = *m_store->find(QStringLiteral("bridge"));
        QVERIFY(m_fake->waitForStreams());
        m_fake->clearRequests();
        for (const char *action : {"connect", "disconnect", "connect"}) {
            m_fake->pushEvent(QJsonObject{{QStringLiteral("Type"), QStringLiteral("network")},
                                          {QStringLiteral("Action"), QLatin1String(action)},
                                          {QStringLiteral("Actor"), QJsonObject{{QStringLiteral("ID"), bridge.id}}},
                                          {QStringLiteral("time"), 1}, {QStringLiteral("timeNano"), 1000000000}});
        }
        QSignalSpy changed(m_store.get(), &NetworkStore::changed);
        QVERIFY(changed.wait(5000));
        QTest::qWait(200);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/networks/.+")), 1);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/networks")), 0);
    }

    // Every container start and stop sends a network connect or disconnect naming the
    // container: the members change without a request (one request per container start).
    void membershipEventsNeedNoRequest()
    {
        const NetworkSummary bridge = *m_store->find(QStringLiteral("bridge"));
        QVERIFY(m_fake->waitForStreams());
        m_fake->clearRequests();
        QSignalSpy changed(m_store.get(), &NetworkStore::changed);
        const auto push = [&](const char *action, const QString &container, int time) {
            m_fake->pushEvent(QJsonObject{{QStringLiteral("Type"), QStringLiteral("network")},
                                          {QStringLiteral("Action"), QLatin1String(action)},
                                          {QStringLiteral("Actor"),
                                           QJsonObject{{QStringLiteral("ID"), bridge.id},
                                                       {QStringLiteral("Attributes"),
                                                        QJsonObject{{QStringLiteral("container"), container},
                                                                    {QStringLiteral("name"), QStringLiteral("bridge")},
                                                                    {QStringLiteral("type"), QStringLiteral("bridge")}}}}},
                                          {QStringLiteral("time"), time}, {QStringLiteral("timeNano"), time * 1000000000LL}});
        };
        push("connect", QStringLiteral("c1"), 3);
        push("connect", QStringLiteral("c2"), 4);
        push("disconnect", QStringLiteral("c1"), 5);
        QTRY_COMPARE(changed.size(), 3);
        QCOMPARE(m_store->find(bridge.id)->containers, QStringList{QStringLiteral("c2")});
        QTest::qWait(200); // past the coalescing interval: nothing was asked
        QCOMPARE(m_fake->count("GET", QStringLiteral("/networks.*")), 0);
    }

    void destroyRemovesTheRowWithoutAsking()
    {
        const int before = m_store->model()->rowCount();
        const NetworkSummary victim = m_store->model()->networks().constLast();
        QVERIFY(m_fake->waitForStreams());
        m_fake->clearRequests();
        QSignalSpy removed(m_store.get(), &NetworkStore::removed);
        m_fake->pushEvent(QJsonObject{{QStringLiteral("Type"), QStringLiteral("network")},
                                      {QStringLiteral("Action"), QStringLiteral("destroy")},
                                      {QStringLiteral("Actor"), QJsonObject{{QStringLiteral("ID"), victim.id}}},
                                      {QStringLiteral("time"), 2}, {QStringLiteral("timeNano"), 2000000000}});
        QVERIFY(removed.wait(5000));
        QCOMPARE(m_store->model()->rowCount(), before - 1);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/networks.*")), 0);
    }

    void malformedAnswerKeepsTheLastGoodState()
    {
        const QList<NetworkSummary> before = m_store->all();
        m_fake->route("GET", QStringLiteral("/networks"), FakeReply::json(QByteArray("[{\"Id\": 7}]")));
        QSignalSpy errors(m_store.get(), &NetworkStore::errorOccurred);
        m_store->refresh();
        QVERIFY(errors.wait(5000));
        QVERIFY(errors.constFirst().constFirst().toString().contains(QLatin1String("\"Id\"")));
        QCOMPARE(m_store->all().size(), before.size());
        QVERIFY(m_store->lastError().contains(QLatin1String("/networks")));
    }

    void staleWhileTheEngineIsGoneThenRecovers()
    {
        QSignalSpy stale(m_store.get(), &NetworkStore::staleChanged);
        const int rows = m_store->model()->rowCount();
        m_fake->route("", QStringLiteral(".*"), FakeReply::dropConnection());
        m_fake->cutConnections();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->isStale(), 10000);
        QCOMPARE(m_store->model()->rowCount(), rows); // shown as it was, marked stale
        m_fake->resetRoutes();
        m_fake->routeFixtures();
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->isStale(), 10000);
        QVERIFY(stale.count() >= 2);
    }

private:
    std::unique_ptr<FakeEngine> m_fake;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<DockerApi> m_api;
    std::unique_ptr<NetworkStore> m_store;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestNetworkStore)
#include "tst_networkstore.moc"
