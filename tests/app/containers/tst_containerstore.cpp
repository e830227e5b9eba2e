// ContainerStore against the fake engine, under QAbstractItemModelTester: the list on connect
// (sizes once after it), one targeted GET per burst of events (asserted on the fake engine's
// request log), events that change nothing cost nothing, a malformed answer keeps the last
// good state with a clear message, stale while the engine is gone, recovered with one list,
// and the Status column counting on by itself.

#include "api/dockerapi.h"
#include "containers/containerlistmodel.h"
#include "containers/containerstore.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "fakeengine.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dx;
using dx::test::FakeEngine;
using dx::test::FakeReply;

namespace {

QString captured(const char *which, const char *field = "id")
{
    return dx::test::fixtures::capture().value(QLatin1String(which)).toObject().value(QLatin1String(field)).toString();
}

QJsonObject containerEvent(const QString &action, const QString &id)
{
    return {{QStringLiteral("Type"), QStringLiteral("container")},
            {QStringLiteral("Action"), action},
            {QStringLiteral("Actor"), QJsonObject{{QStringLiteral("ID"), id},
                                                  {QStringLiteral("Attributes"), QJsonObject{{QStringLiteral("image"), QStringLiteral("docker-explorer-test-base:1")}}}}},
            {QStringLiteral("scope"), QStringLiteral("local")},
            {QStringLiteral("time"), 1796192520},
            {QStringLiteral("timeNano"), qint64(1796192520) * 1000000000}};
}

} // namespace

class TestContainerStore final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeEngine>();
        m_fake->routeFixtures();
        m_engine = std::make_unique<Engine>();
        m_api = std::make_unique<DockerApi>(m_engine.get());
        m_store = std::make_unique<ContainerStore>(m_api.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_store->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_engine->connectTo(m_fake->endpoint());
        QVERIFY(dx::test::waitConnected(*m_engine));
        QTRY_VERIFY(m_store->isLoaded());
        QVERIFY(m_fake->waitForStreams());
        m_running = captured("runningContainer");
        m_exited = captured("exitedContainer");
        // The sizes follow the first list; wait for them, so later counts start clean.
        QTRY_VERIFY(m_store->find(m_running) && m_store->find(m_running)->hasSize);
    }

    void cleanup()
    {
        m_tester.reset();
        m_store.reset();
        m_api.reset();
        m_engine.reset();
        m_fake.reset();
    }

    void listsOnConnectThenSizesOnce()
    {
        QVERIFY(!m_store->isStale());
        QCOMPARE(m_store->model()->rowCount(), 2);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/containers/json")), 2);
        const QList<dx::test::FakeRequest> lists = m_fake->requests("GET", QStringLiteral("/containers/json"));
        QCOMPARE(lists.at(0).queryItem(QStringLiteral("all")), QStringLiteral("1"));
        QVERIFY(!lists.at(0).hasQueryItem(QStringLiteral("size")));
        QCOMPARE(lists.at(1).queryItem(QStringLiteral("size")), QStringLiteral("1"));

        const ContainerSummary running = *m_store->find(captured("runningContainer", "name"));
        QCOMPARE(running.id, m_running);
        const QJsonObject port = dx::test::fixtures::json(QStringLiteral("containers.json")).array().at(0)
                                     .toObject().value(QLatin1String("Ports")).toArray().at(0).toObject();
        QCOMPARE(running.portsText(), QStringLiteral("127.0.0.1:%1→8080/tcp").arg(port.value(QLatin1String("PublicPort")).toInt()));
        // The list's words were read back into times once: the column counts from there.
        QVERIFY(running.startedAt.isValid());
        const QString status = m_store->model()->index(m_store->model()->rowOf(m_running), ContainerListModel::Status).data().toString();
        QVERIFY2(status.startsWith(QLatin1String("Up ")), qPrintable(status));
        const ContainerSummary exited = *m_store->find(m_exited);
        QCOMPARE(exited.exitCode, dx::test::fixtures::capture().value(QLatin1String("exitedContainer")).toObject()
                                      .value(QLatin1String("exitCode")).toInt());
        QVERIFY(exited.finishedAt.isValid());
    }

    void eventBurstIsOneTargetedFetch()
    {
        m_fake->clearRequests();
        const ContainerSummary listed = *m_store->find(m_running);
        QSignalSpy changed(m_store.get(), &ContainerStore::changed);
        QSignalSpy details(m_store.get(), &ContainerStore::detailsChanged);
        for (const char *action : {"create", "attach", "start", "exec_create: sh", "exec_start: sh", "exec_die", "resize"})
            m_fake->pushEvent(containerEvent(QLatin1String(action), m_running));
        QVERIFY(changed.wait(5000));
        QTest::qWait(300); // a second fetch would have been sent by now
        QCOMPARE(m_fake->count("GET", QStringLiteral("/containers/[^/]+/json")), 1);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/containers/json")), 0);
        QVERIFY(!m_fake->lastRequest("GET", QStringLiteral("/containers/[^/]+/json")).hasQueryItem(QStringLiteral("size")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(details.size(), 1);
        // The fetch made the row exact (the inspect's times) with the columns the list had.
        const ContainerSummary running = *m_store->find(m_running);
        QVERIFY(running.hasTimes);
        QCOMPARE(running.command, listed.command);
        QCOMPARE(running.portsText(), listed.portsText());
        QVERIFY(running.ports == listed.ports);
        QVERIFY(running.mounts == listed.mounts);
        QCOMPARE(running.image, listed.image);
        QCOMPARE(running.imageId, listed.imageId);
        QCOMPARE(running.created, listed.created);
        QCOMPARE(running.labels, listed.labels);
        QCOMPARE(m_store->details(m_running)->id, m_running);
    }

    void noiseCostsNothing()
    {
        m_fake->clearRequests();
        for (const char *action : {"exec_create: sh", "exec_start: sh", "exec_die", "attach", "resize", "top",
                                   "archive-path", "extract-to-dir", "copy", "kill", "stop", "detach"})
            m_fake->pushEvent(containerEvent(QLatin1String(action), m_running));
        QTest::qWait(400);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/containers/.*")), 0);
    }

    void dieFetchesTheSizes()
    {
        m_fake->clearRequests();
        QSignalSpy changed(m_store.get(), &ContainerStore::changed);
        m_fake->pushEvent(containerEvent(QStringLiteral("die"), m_exited));
        m_fake->pushEvent(containerEvent(QStringLiteral("stop"), m_exited));
        QVERIFY(changed.wait(5000));
        QTest::qWait(200);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/containers/[^/]+/json")), 1);
        QCOMPARE(m_fake->lastRequest("GET", QStringLiteral("/containers/[^/]+/json")).queryItem(QStringLiteral("size")),
                 QStringLiteral("1"));
    }

    void destroyRemovesTheRowWithoutAsking()
    {
        m_fake->clearRequests();
        QSignalSpy removed(m_store.get(), &ContainerStore::removed);
        QSignalSpy resets(m_store->model(), &QAbstractItemModel::modelReset);
        m_fake->pushEvent(containerEvent(QStringLiteral("destroy"), m_exited));
        QVERIFY(removed.wait(5000));
        QCOMPARE(removed.constFirst().constFirst().toString(), m_exited);
        QCOMPARE(m_store->model()->rowCount(), 1);
        QVERIFY(!m_store->find(m_exited));
        QCOMPARE(m_fake->count("GET", QStringLiteral("/containers.*")), 0);
        QCOMPARE(resets.size(), 0);
    }

    void goneBeforeTheFetchIsRemoved()
    {
        // An event for a container the engine no longer knows: its 404 removes the row.
        m_fake->route("GET", QStringLiteral("/containers/%1/json").arg(m_exited),
                      FakeReply::error(404, QStringLiteral("No such container: ") + m_exited));
        QSignalSpy removed(m_store.get(), &ContainerStore::removed);
        m_fake->pushEvent(containerEvent(QStringLiteral("start"), m_exited));
        QVERIFY(removed.wait(5000));
        QVERIFY(!m_store->find(m_exited));
        QVERIFY(m_store->lastError().isEmpty());
    }

    void malformedListKeepsTheLastGoodState()
    {
        const QList<ContainerSummary> before = m_store->all();
        m_fake->route("GET", QStringLiteral("/containers/json"), FakeReply::json(QByteArray("[{\"Id\": 7}]")));
        QSignalSpy errors(m_store.get(), &ContainerStore::errorOccurred);
        QSignalSpy removes(m_store->model(), &QAbstractItemModel::rowsRemoved);
        m_store->refresh();
        QVERIFY(errors.wait(5000));
        const QString message = errors.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QLatin1String("\"Id\"")) && message.contains(QLatin1String("/containers/json")),
                 qPrintable(message));
        QCOMPARE(m_store->all().size(), before.size());
        QCOMPARE(removes.size(), 0);
        QCOMPARE(m_store->lastError(), message);
        QVERIFY(!m_store->isStale());

        // Not even JSON: the same.
        m_fake->route("GET", QStringLiteral("/containers/json"), FakeReply::malformedJson());
        errors.clear();
        m_store->refresh();
        QVERIFY(errors.wait(5000));
        QCOMPARE(m_store->all().size(), before.size());
    }

    void malformedInspectKeepsTheRow()
    {
        const ContainerSummary before = *m_store->find(m_running);
        m_fake->route("GET", QStringLiteral("/containers/%1/json").arg(m_running),
                      FakeReply::json(QByteArray("{\"Id\": \"x\", \"State\": \"running\"}")));
        QSignalSpy failed(m_store.get(), &ContainerStore::detailsFailed);
        m_fake->pushEvent(containerEvent(QStringLiteral("start"), m_running));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.constFirst().constFirst().toString(), m_running);
        QVERIFY(m_store->find(m_running)->sameAs(before));
        QVERIFY(m_store->lastError().contains(QLatin1String("State")));
    }

    void staleWhileTheEngineIsGoneThenRecovers()
    {
        QSignalSpy stale(m_store.get(), &ContainerStore::staleChanged);
        const int rows = m_store->model()->rowCount();
        m_fake->route("", QStringLiteral(".*"), FakeReply::dropConnection());
        m_fake->cutConnections();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->isStale(), 10000);
        QCOMPARE(m_store->model()->rowCount(), rows); // shown as it was, marked stale
        m_fake->clearRequests();
        m_fake->resetRoutes();
        m_fake->routeFixtures();
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->isStale(), 15000);
        QVERIFY(stale.count() >= 2);
        QTest::qWait(300);
        // Back: one list catches up (the sizes were known already).
        QCOMPARE(m_fake->count("GET", QStringLiteral("/containers/json")), 1);
    }

    void eventStreamFlapIsReplayedWithoutAList()
    {
        // The connection stays, the event stream ends and is opened again with since= the last
        // event: the engine replays what happened in between, so the store is never stale and
        // lists nothing (no full re-list per flap).
        QVERIFY(m_fake->waitForStreams());
        m_fake->clearRequests();
        QSignalSpy stale(m_store.get(), &ContainerStore::staleChanged);
        m_fake->closeEventStreams();
        QVERIFY(m_fake->waitForRequest("GET", QStringLiteral("/events"), 1, 10000));
        QVERIFY(m_fake->lastRequest("GET", QStringLiteral("/events")).hasQueryItem(QStringLiteral("since")));
        QTest::qWait(ContainerStore::CatchUpMs + 200);
        QCOMPARE(stale.count(), 0);
        QVERIFY(!m_store->isStale());
        QCOMPARE(m_fake->count("GET", QStringLiteral("/containers/json")), 0);
        QCOMPARE(m_store->model()->rowCount(), 2);
    }

    void statusTextTicks()
    {
        ContainerListModel *model = m_store->model();
        const int row = model->rowOf(m_running);
        const QModelIndex status = model->index(row, ContainerListModel::Status);
        const QDateTime startedAt = m_store->find(m_running)->startedAt;
        QDateTime now = startedAt.addSecs(30);
        model->setClock([&now] { return now; });
        QCOMPARE(status.data().toString(), QStringLiteral("Up 30 seconds"));
        QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
        now = startedAt.addSecs(3 * 3600);
        model->tick();
        QCOMPARE(status.data().toString(), QStringLiteral("Up 3 hours"));
        QVERIFY(!changes.isEmpty()); // the Status cells, nothing else
        for (const QList<QVariant> &change : std::as_const(changes)) {
            QCOMPARE(change.at(0).toModelIndex().column(), int(ContainerListModel::Status));
            QCOMPARE(change.at(1).toModelIndex().column(), int(ContainerListModel::Status));
        }
        QCOMPARE(m_fake->count("GET", QStringLiteral("/containers/json")), 2); // nobody asked the engine
        model->setClock([] { return QDateTime::currentDateTimeUtc(); });
    }

private:
    std::unique_ptr<FakeEngine> m_fake;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<DockerApi> m_api;
    std::unique_ptr<ContainerStore> m_store;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_running;
    QString m_exited;
};

QTEST_GUILESS_MAIN(TestContainerStore)
#include "tst_containerstore.moc"
