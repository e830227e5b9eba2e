// GET /system/df decoded from captured answers (Docker 20.10 with a dangling image, two stopped
// containers and a volume; the same without "BuildCache" as Podman answers; BuildKit records in
// the v1.41 shape), the `docker system df` table computed from it and the prune previews'
// rules: what each of the four clean-ups would remove, and how much comes back.

#include "api/resourcetypes.h"
#include "system/diskusagemodel.h"
#include "system/pruneplan.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace dx;

namespace {

DiskUsage load(const char *name)
{
    QFile file(QStringLiteral(DX_SYSTEM_TEST_DATA "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    DiskUsage usage;
    QString error;
    if (!DiskUsage::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &usage, &error))
        qFatal("%s: %s", name, qPrintable(error));
    return usage;
}

QStringList ids(const PrunePreview &p)
{
    QStringList out;
    for (const PruneItem &i : p.items)
        out << i.id;
    return out;
}

const QString Dangling = QStringLiteral("sha256:040830b16893fce6d6f1c54ceb912c614a8d2293946d399c6d003bcd90980864");

} // namespace

class TestDiskUsage final : public QObject
{
    Q_OBJECT

private slots:
    void decodesDockerAnswer()
    {
        const DiskUsage u = load("system-df-docker.json");
        QCOMPARE(u.layersSize, 2291372);
        QCOMPARE(u.images.size(), 2);
        QCOMPARE(u.containers.size(), 2);
        QCOMPARE(u.volumes.size(), 1);
        QVERIFY(u.hasBuildCache); // null: BuildKit has no records
        QVERIFY(u.buildCache.isEmpty());
        QCOMPARE(u.containers.at(0).name, QStringLiteral("dxsysfix-exited"));
        QCOMPARE(u.containers.at(0).sizeRw, 5);
        QCOMPARE(u.containers.at(1).sizeRw, 0); // "created": the engine leaves SizeRw out
        QCOMPARE(u.images.at(0).sharedSize, 1984172);
        QVERIFY(u.images.at(0).isDangling());
        QCOMPARE(u.volumes.at(0).refCount, 0);
    }

    void decodesAnswerWithoutBuildCache()
    {
        const DiskUsage u = load("system-df-nobuildcache.json");
        QVERIFY(!u.hasBuildCache);
        QCOMPARE(u.images.size(), 2);
        const PrunePreview cache = PrunePlan::preview(PruneKind::BuildCache, u);
        QVERIFY(!cache.supported);
        DiskUsageModel model;
        model.setUsage(u);
        QVERIFY(!model.entry(DiskUsageModel::BuildCacheRow).available);
        QCOMPARE(model.index(DiskUsageModel::BuildCacheRow, DiskUsageModel::SizeColumn).data().toString(), QStringLiteral("—"));
    }

    void decodesBuildCacheRecords()
    {
        const DiskUsage u = load("system-df-buildcache.json");
        QCOMPARE(u.buildCache.size(), 4);
        QCOMPARE(u.builderSize, 5900000);
        QCOMPARE(u.buildCache.at(1).parents, QStringList{QStringLiteral("hw53o5aio51xtltp5xjp8v7fx")});
        QVERIFY(u.buildCache.at(1).shared);
        QVERIFY(u.buildCache.at(2).inUse);
        QVERIFY(!u.buildCache.at(1).lastUsed.isValid());
        // `docker builder prune`: not in use, not shared, not BuildKit's own frontend/internal.
        const PrunePreview p = PrunePlan::preview(PruneKind::BuildCache, u);
        QVERIFY(p.supported);
        QCOMPARE(ids(p), QStringList{QStringLiteral("hw53o5aio51xtltp5xjp8v7fx")});
        QCOMPARE(p.bytes, 5000000);
        // Records carry no labels: a label-scoped clean-up cannot include them.
        QVERIFY(!PrunePlan::preview(PruneKind::BuildCache, u, {QStringLiteral("a=b")}).supported);
    }

    void computesSystemDfTable()
    {
        DiskUsageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.isLoaded());
        model.setUsage(load("system-df-buildcache.json"));
        const auto images = model.entry(DiskUsageModel::ImagesRow);
        QCOMPARE(images.count, 2);
        QCOMPARE(images.active, 1);
        QCOMPARE(images.size, 2291372);
        QCOMPARE(images.reclaimable, 2291372); // the base's own size is all shared: the CLI counts 0 as used
        const auto containers = model.entry(DiskUsageModel::ContainersRow);
        QCOMPARE(containers.count, 2);
        QCOMPARE(containers.active, 0);
        QCOMPARE(containers.size, 5);
        QCOMPARE(containers.reclaimable, 5);
        const auto volumes = model.entry(DiskUsageModel::VolumesRow);
        QCOMPARE(volumes.count, 1);
        QCOMPARE(volumes.active, 0);
        const auto cache = model.entry(DiskUsageModel::BuildCacheRow);
        QVERIFY(cache.available);
        QCOMPARE(cache.count, 4);
        QCOMPARE(cache.active, 1);
        QCOMPARE(cache.size, 5900000);
        QCOMPARE(cache.reclaimable, 5900000 - 700000);
        QCOMPARE(model.index(DiskUsageModel::ImagesRow, DiskUsageModel::CountColumn).data(DiskUsageModel::CountRole).toInt(), 2);
    }

    void previewsImagesAndContainers()
    {
        const DiskUsage u = load("system-df-docker.json");
        const PrunePreview dangling = PrunePlan::preview(PruneKind::DanglingImages, u);
        QCOMPARE(ids(dangling), QStringList{Dangling});
        QCOMPARE(dangling.bytes, 2291372 - 1984172); // its own layer; the base's stay
        QVERIFY(dangling.atLeast);
        // The base image is used by both (stopped) containers: not unused.
        QCOMPARE(ids(PrunePlan::preview(PruneKind::UnusedImages, u)), QStringList{Dangling});
        const PrunePreview stopped = PrunePlan::preview(PruneKind::StoppedContainers, u);
        QCOMPARE(stopped.items.size(), 2);
        QCOMPARE(stopped.items.at(0).name, QStringLiteral("dxsysfix-exited"));
        QCOMPARE(stopped.bytes, 5);
    }

    void labelFilterScopesPreviews()
    {
        const DiskUsage u = load("system-df-docker.json");
        const QStringList ours{QStringLiteral("dx.test.run=sysfix6345")};
        const QStringList other{QStringLiteral("dx.test.run=someone-else")};
        QCOMPARE(PrunePlan::preview(PruneKind::DanglingImages, u, ours).items.size(), 1);
        QCOMPARE(PrunePlan::preview(PruneKind::StoppedContainers, u, ours).items.size(), 2);
        QCOMPARE(PrunePlan::preview(PruneKind::DanglingImages, u, other).items.size(), 0);
        QCOMPARE(PrunePlan::preview(PruneKind::StoppedContainers, u, other).items.size(), 0);
        QVERIFY(PrunePlan::labelsMatch({{QStringLiteral("a"), QStringLiteral("1")}}, {QStringLiteral("a")}));
        QVERIFY(!PrunePlan::labelsMatch({{QStringLiteral("a"), QStringLiteral("1")}}, {QStringLiteral("a=2")}));
        QVERIFY(!PrunePlan::labelsMatch({}, {QStringLiteral("a")}));
    }

    void runningContainersHoldTheirImages()
    {
        DiskUsage u = load("system-df-docker.json");
        u.containers[0].state = QStringLiteral("running");
        u.containers[1].state = QStringLiteral("paused");
        QVERIFY(PrunePlan::preview(PruneKind::StoppedContainers, u).items.isEmpty());
        u.containers[0].imageId = Dangling; // a container made from the dangling image
        u.images[0].containers = 1;
        QVERIFY(PrunePlan::preview(PruneKind::DanglingImages, u).items.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiskUsage)
#include "tst_diskusage.moc"
