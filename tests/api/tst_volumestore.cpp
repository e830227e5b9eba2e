// VolumeStore against the fake engine: listed on connect with its users and (after the list)
// its sizes; a volume event is one targeted GET, never a re-list; sizes are not fetched per
// event; bad answers keep the last good state; stale while the engine is gone, then one
// refresh. Everything it sends is plumbing (internal) in the Docker Commands panel.
#include "api/dockerapi.h"
#include "containers/containerstore.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "fakeengine.h"
#include "volumes/volumelistmodel.h"
#include "volumes/volumestore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace dx;
using dx::test::FakeEngine;
using dx::test::FakeReply;

namespace {

// The captured volume (fixtures/capture.json), mounted by the captured running and exited
// containers, 9 bytes in /system/df.
const QString Captured = QStringLiteral("dx-capture-179619921522113-vol");
const QString Running = QStringLiteral("dx-capture-179619921522113-running");
const QString Exited = QStringLiteral("dx-capture-179619921522113-exited");

QJsonObject volumeEvent(const QString &action, const QString &name)
{
    return {{QStringLiteral("Type"), QStringLiteral("volume")},
            {QStringLiteral("Action"), action},
            {QStringLiteral("Actor"), QJsonObject{{QStringLiteral("ID"), name}}},
            {QStringLiteral("time"), 1},
            {QStringLiteral("timeNano"), 1000000000}};
}

QJsonObject volumeJson(const QString &name)
{
    return {{QStringLiteral("Name"), name},
            {QStringLiteral("Driver"), QStringLiteral("local")},
            {QStringLiteral("Mountpoint"), QStringLiteral("/var/lib/docker/volumes/%1/_data").arg(name)},
            {QStringLiteral("CreatedAt"), QStringLiteral("2026-12-02T08:13:59Z")},
            {QStringLiteral("Scope"), QStringLiteral("local")},
            {QStringLiteral("Labels"), QJsonValue::Null}};
}

} // namespace

class TestVolumeStore final : public QObject
{
    Q_OBJECT

    // Lists of the containers, not counting the container store's list with sizes (its own
    // business, sent a while after the list).
    int containerLists() const
    {
        const QList<dx::test::FakeRequest> lists = m_fake->requests("GET", QStringLiteral("/containers/json"));
        return int(std::count_if(lists.cbegin(), lists.cend(), [](const dx::test::FakeRequest &r) {
            return r.queryItem(QStringLiteral("size")).isEmpty();
        }));
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeEngine>();
        m_fake->routeFixtures();
        m_engine = std::make_unique<Engine>();
        m_api = std::make_unique<DockerApi>(m_engine.get());
        m_commands = std::make_unique<QSignalSpy>(m_api.get(), &DockerApi::commandStarted);
        m_containers = std::make_unique<ContainerStore>(m_api.get());
        m_store = std::make_unique<VolumeStore>(m_api.get(), m_containers.get());
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
        m_containers.reset();
        m_commands.reset();
        m_api.reset();
        m_engine.reset();
        m_fake.reset();
    }

    void listsOnConnectWithUsersAndSizes()
    {
        QVERIFY(!m_store->isStale());
        QCOMPARE(m_store->model()->rowCount(), 1);
        QTRY_VERIFY(m_store->find(Captured)->usedBy.size() == 2);
        const VolumeInfo v = *m_store->find(Captured);
        QCOMPARE(v.driver, QStringLiteral("local"));
        QCOMPARE(v.usedBy, (QStringList{Exited, Running}));
        QCOMPARE(v.runningUsers, QStringList{Running});
        QCOMPARE(v.references, 2);
        QTRY_VERIFY(m_store->sizesLoaded());
        QCOMPARE(m_store->find(Captured)->size, qint64(9));
        QCOMPARE(m_fake->count("GET", QStringLiteral("/volumes")), 1);
        QCOMPARE(containerLists(), 1); // the container store's; the volume store reads that one
        QCOMPARE(m_fake->count("GET", QStringLiteral("/system/df")), 1);
        // The store's requests are plumbing: none is the user's command.
        QVERIFY(!m_commands->isEmpty());
        for (const QList<QVariant> &args : std::as_const(*m_commands))
            QVERIFY2(args.first().value<CommandRecord>().internal, qPrintable(args.first().value<CommandRecord>().cli));
    }

    void volumeEventBurstIsOneTargetedGet()
    {
        const QString name = QStringLiteral("fresh");
        m_fake->route("GET", QStringLiteral("/volumes/fresh"), FakeReply::json(volumeJson(name)));
        QVERIFY(m_fake->waitForStreams());
        m_fake->clearRequests();
        QSignalSpy reset(m_store->model(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_store->model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_store.get(), &VolumeStore::changed);
        m_fake->pushEvent(volumeEvent(QStringLiteral("create"), name));
        m_fake->pushEvent(volumeEvent(QStringLiteral("create"), name));
        QVERIFY(changed.wait(5000));
        QTest::qWait(200);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/volumes/fresh")), 1);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/volumes")), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_store->find(name)->mountpoint, QStringLiteral("/var/lib/docker/volumes/fresh/_data"));
        // The new row knows its users from the last container listing: none.
        QVERIFY(m_store->find(name)->usedBy.isEmpty());
    }

    void destroyRemovesTheRowWithoutAsking()
    {
        QVERIFY(m_fake->waitForStreams());
        m_fake->clearRequests();
        QSignalSpy removed(m_store.get(), &VolumeStore::removed);
        m_fake->pushEvent(volumeEvent(QStringLiteral("destroy"), Captured));
        QVERIFY(removed.wait(5000));
        QCOMPARE(removed.constFirst().constFirst().toString(), Captured);
        QCOMPARE(m_store->model()->rowCount(), 0);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/volumes.*")), 0);
    }

    // Unmounts come with every container stop: /system/df walks every volume on disk, so it
    // is asked at a modest rate (or on demand), never per event.
    void sizesAreNotFetchedPerEvent()
    {
        QTRY_VERIFY(m_store->sizesLoaded());
        QVERIFY(m_fake->waitForStreams());
        m_fake->clearRequests();
        for (int i = 0; i < 20; ++i)
            m_fake->pushEvent(volumeEvent(i % 2 ? QStringLiteral("unmount") : QStringLiteral("mount"), Captured));
        QTest::qWait(VolumeStore::SizeDelayMs + 500);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/system/df")), 0); // the last one was just now
        QCOMPARE(m_fake->count("GET", QStringLiteral("/volumes.*")), 0);
        m_store->refreshSizes(); // on demand
        QTRY_COMPARE(m_fake->count("GET", QStringLiteral("/system/df")), 1);
    }

    void containerEventsUpdateUsedBy()
    {
        QTRY_VERIFY(m_store->find(Captured)->usedBy.size() == 2);
        // A third container of the captured volume starts: the container store reads it (one
        // inspect) and the volume's users follow, with no request of the volume store's own.
        const QString thirdId = QStringLiteral("0123456789ab0123456789ab0123456789ab0123456789ab0123456789ab0123");
        QJsonObject extra = dx::test::fixtures::json(QStringLiteral("container-running.json")).object();
        extra.insert(QStringLiteral("Id"), thirdId);
        extra.insert(QStringLiteral("Name"), QStringLiteral("/third"));
        m_fake->route("GET", QStringLiteral("/containers/%1/json").arg(thirdId), FakeReply::json(extra));
        QVERIFY(m_fake->waitForStreams());
        m_fake->clearRequests();
        QSignalSpy reset(m_store->model(), &QAbstractItemModel::modelReset);
        m_fake->pushEvent(QJsonObject{{QStringLiteral("Type"), QStringLiteral("container")},
                                      {QStringLiteral("Action"), QStringLiteral("start")},
                                      {QStringLiteral("Actor"), QJsonObject{{QStringLiteral("ID"), thirdId},
                                                                            {QStringLiteral("Attributes"), QJsonObject{}}}},
                                      {QStringLiteral("time"), 1796192600}, {QStringLiteral("timeNano"), 1796192600000000000.0}});
        QTRY_COMPARE(m_store->find(Captured)->usedBy, (QStringList{Exited, Running, QStringLiteral("third")}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(containerLists(), 0);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/volumes.*")), 0);
    }

    void malformedAnswersKeepTheLastGoodState()
    {
        const QList<VolumeInfo> before = m_store->all();
        m_fake->route("GET", QStringLiteral("/volumes"), FakeReply::json(QByteArray("{\"Volumes\": [{\"Name\": 7}]}")));
        QSignalSpy errors(m_store.get(), &VolumeStore::errorOccurred);
        m_store->refresh();
        QVERIFY(errors.wait(5000));
        QVERIFY2(m_store->lastError().contains(QLatin1String("/volumes")), qPrintable(m_store->lastError()));
        QCOMPARE(m_store->all().size(), before.size());
        QCOMPARE(m_store->find(Captured)->name, Captured);

        // A targeted GET answered with garbage leaves the row as it was.
        m_fake->route("GET", QStringLiteral("/volumes/%1").arg(Captured), FakeReply::malformedJson());
        QVERIFY(m_fake->waitForStreams());
        errors.clear();
        m_fake->pushEvent(volumeEvent(QStringLiteral("create"), Captured));
        QVERIFY(errors.wait(5000));
        QCOMPARE(m_store->all().size(), before.size());
        QCOMPARE(m_store->find(Captured)->mountpoint, before.first().mountpoint);
    }

    void staleWhileTheEngineIsGoneThenOneRefresh()
    {
        QSignalSpy stale(m_store.get(), &VolumeStore::staleChanged);
        const int rows = m_store->model()->rowCount();
        m_fake->route("", QStringLiteral(".*"), FakeReply::dropConnection());
        m_fake->cutConnections();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->isStale(), 10000);
        QCOMPARE(m_store->model()->rowCount(), rows); // shown as it was, marked stale
        m_fake->resetRoutes();
        m_fake->routeFixtures();
        m_fake->clearRequests();
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->isStale(), 10000);
        QVERIFY(stale.count() >= 2);
        QTest::qWait(300);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/volumes")), 1);
    }

private:
    std::unique_ptr<FakeEngine> m_fake;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<DockerApi> m_api;
    std::unique_ptr<QSignalSpy> m_commands;
    std::unique_ptr<ContainerStore> m_containers;
    std::unique_ptr<VolumeStore> m_store;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestVolumeStore)
#include "tst_volumestore.moc"
