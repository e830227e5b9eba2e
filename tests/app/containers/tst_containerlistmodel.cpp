// ContainerListModel, its filter, the locally counted Status column and ContainerStore's
// event triage (without an engine), on lists captured from a real engine
// (data/containers_list.json: docker 20.10, one container with a published port and a named
// volume, one without SizeRw).

#include "api/dockerapi.h"
#include "api/jsonfields.h"
#include "containers/containerfiltermodel.h"
#include "containers/containerlistmodel.h"
#include "containers/containerstore.h"
#include "engine/engineevent.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace dx;

namespace {

QJsonArray captured()
{
    QFile file(QStringLiteral(CONTAINERS_DATA_DIR "/containers_list.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

QList<ContainerSummary> parse(const QJsonArray &array)
{
    QList<ContainerSummary> list;
    QString error;
    if (!json::parseList<ContainerSummary>(QJsonDocument(array).toJson(), &list, &error, &ContainerSummary::fromJson))
        qWarning() << error;
    return list;
}

ContainerSummary synthetic(int n, const QString &state = QStringLiteral("running"))
{
    QJsonObject o = captured().at(0).toObject();
    o.insert(QStringLiteral("Id"), QStringLiteral("%1").arg(n, 64, 10, QLatin1Char('0')));
    o.insert(QStringLiteral("Names"), QJsonArray{QStringLiteral("/c%1").arg(n)});
    o.insert(QStringLiteral("State"), state);
    return parse({o}).value(0);
}

EngineEvent makeEvent(const QString &action, const QString &id, const QString &type = QStringLiteral("container"))
{
    EngineEvent e;
    e.type = type;
    e.action = action;
    e.actorId = id;
    return e;
}

} // namespace

class TestContainerListModel final : public QObject
{
    Q_OBJECT

private slots:
    void parsesCapturedList()
    {
        const QList<ContainerSummary> list = parse(captured());
        QCOMPARE(list.size(), 2);
        const ContainerSummary &web = list.at(0);
        QCOMPARE(web.name, QStringLiteral("h6cap2"));
        QCOMPARE(web.state, QStringLiteral("running"));
        QVERIFY(web.status.startsWith(QLatin1String("Up ")));
        QCOMPARE(web.portsText(), QStringLiteral("127.0.0.1:38917→80/tcp"));
        QCOMPARE(web.mountsText(), QStringLiteral("h6capvol→/data"));
        QCOMPARE(web.sizeRw, 8);
        QVERIFY(web.hasSize);
        // SizeRw missing (nothing written yet) means 0, not "unknown".
        const ContainerSummary &plain = list.at(1);
        QVERIFY(plain.hasSize);
        QCOMPARE(plain.sizeRw, 0);
        QVERIFY(plain.sizeRootFs > 0);
    }

    void modelTesterAndDiffs()
    {
        ContainerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ContainerFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        QList<ContainerSummary> list;
        for (int i = 0; i < 10; ++i)
            list.append(synthetic(i));
        model.setContainers(list);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(inserts.size(), 1);

        // Same list again: nothing to say.
        model.setContainers(list);
        QCOMPARE(changes.size(), 0);

        // 2 and 3 gone, 5 exited, 10 new.
        list.remove(2, 2);
        list[3] = synthetic(5, QStringLiteral("exited"));
        list.append(synthetic(10));
        model.setContainers(list);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(removes.size(), 1);
        QCOMPARE(inserts.size(), 2);
        QCOMPARE(changes.size(), 1);
        const int row5 = model.rowOf(synthetic(5).id);
        QVERIFY(row5 >= 0);
        QCOMPARE(model.containerAt(row5).state, QStringLiteral("exited"));
        QCOMPARE(model.data(model.index(row5, ContainerListModel::State), ContainerListModel::StateRole).toString(),
                 QStringLiteral("exited"));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(model.containerAt(row).id), row);

        // One container after an event.
        model.upsert(synthetic(11));
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(model.removeContainer(synthetic(0).id));
        QCOMPARE(model.rowOf(synthetic(11).id), 8);

        // Busy text shows in the State column, the raw state stays in StateRole.
        model.setBusy(synthetic(11).id, QStringLiteral("stopping…"));
        QCOMPARE(model.data(model.index(8, ContainerListModel::State)).toString(), QStringLiteral("stopping…"));
        model.clearBusy(synthetic(11).id);
        QCOMPARE(model.data(model.index(8, ContainerListModel::State)).toString(), ContainerListModel::stateText(QStringLiteral("running")));

        // Sizes arrive later: only the Size column changes; a later list without sizes keeps them.
        QList<ContainerSummary> sized = list;
        for (ContainerSummary &c : sized) {
            c.hasSize = true;
            c.sizeRw = 4096;
        }
        changes.clear();
        model.applySizes(sized);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex().column(), int(ContainerListModel::Size));
        QList<ContainerSummary> unsized = sized;
        for (ContainerSummary &c : unsized)
            c.hasSize = false;
        model.setContainers(unsized);
        QCOMPARE(model.containerAt(0).sizeRw, 4096);
        QCOMPARE(resets.size(), 0);
    }

    void filters()
    {
        ContainerListModel model;
        ContainerFilterModel filter;
        filter.setSourceModel(&model);
        model.setContainers({synthetic(1), synthetic(2, QStringLiteral("exited")), synthetic(3, QStringLiteral("paused")),
                             synthetic(4, QStringLiteral("created"))});
        QCOMPARE(filter.rowCount(), 4);
        filter.setStateFilter(ContainerFilterModel::StateFilter::Running);
        QCOMPARE(filter.rowCount(), 1);
        filter.setStateFilter(ContainerFilterModel::StateFilter::Stopped);
        QCOMPARE(filter.rowCount(), 2);
        filter.setStateFilter(ContainerFilterModel::StateFilter::Paused);
        QCOMPARE(filter.rowCount(), 1);
        filter.setStateFilter(ContainerFilterModel::StateFilter::All);
        filter.setText(QStringLiteral("c3"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(QStringLiteral("38917"));
        QCOMPARE(filter.rowCount(), 4);
        filter.setText(QStringLiteral("nothing-like-this"));
        QCOMPARE(filter.rowCount(), 0);
    }

    void eventTriage()
    {
        // No engine: what the store would fetch stays pending, so the triage itself is visible.
        DockerApi api(nullptr);
        ContainerStore store(&api);
        QAbstractItemModelTester tester(store.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.model()->setContainers({synthetic(1), synthetic(2)});
        QSignalSpy removed(&store, &ContainerStore::removed);
        store.handleEvent(makeEvent(QStringLiteral("destroy"), synthetic(1).id));
        QCOMPARE(store.model()->rowCount(), 1);
        QCOMPARE(removed.size(), 1);
        QVERIFY(!store.isFetching(synthetic(1).id)); // a destroy needs no GET
        // Other types and what changes nothing listed are ignored.
        store.handleEvent(makeEvent(QStringLiteral("destroy"), synthetic(2).id, QStringLiteral("image")));
        QCOMPARE(store.model()->rowCount(), 1);
        for (const char *noise : {"exec_create: sh", "exec_start: sh -c ls", "exec_die", "attach", "resize", "top",
                                  "archive-path", "extract-to-dir", "copy", "kill", "stop", "restart"}) {
            store.handleEvent(makeEvent(QString::fromLatin1(noise), synthetic(2).id));
            QVERIFY2(!store.isFetching(synthetic(2).id), noise);
        }
        // What the list shows changes: one targeted fetch, however many events.
        store.handleEvent(makeEvent(QStringLiteral("health_status: healthy"), synthetic(2).id));
        QVERIFY(store.isFetching(synthetic(2).id));
        QCOMPARE(store.find(QStringLiteral("c2"))->id, synthetic(2).id);
        QCOMPARE(store.find(synthetic(2).id.left(20))->name, QStringLiteral("c2"));
        QVERIFY(!store.find(QStringLiteral("c1")));
    }

    void humanDurationAsDockerWordsIt_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("words");
        // go-units HumanDuration, threshold by threshold.
        QTest::newRow("0") << qint64(0) << QStringLiteral("Less than a second");
        QTest::newRow("1") << qint64(1) << QStringLiteral("1 second");
        QTest::newRow("59") << qint64(59) << QStringLiteral("59 seconds");
        QTest::newRow("60") << qint64(60) << QStringLiteral("About a minute");
        QTest::newRow("119") << qint64(119) << QStringLiteral("About a minute");
        QTest::newRow("120") << qint64(120) << QStringLiteral("2 minutes");
        QTest::newRow("59m59") << qint64(3599) << QStringLiteral("59 minutes");
        QTest::newRow("1h") << qint64(3600) << QStringLiteral("About an hour");
        QTest::newRow("1h29") << qint64(5399) << QStringLiteral("About an hour");
        QTest::newRow("1h30") << qint64(5400) << QStringLiteral("2 hours");
        QTest::newRow("47h29") << qint64(47 * 3600 + 29 * 60) << QStringLiteral("47 hours");
        QTest::newRow("47h30") << qint64(47 * 3600 + 30 * 60) << QStringLiteral("2 days");
        QTest::newRow("13d") << qint64(13 * 86400) << QStringLiteral("13 days");
        QTest::newRow("14d") << qint64(14 * 86400) << QStringLiteral("2 weeks");
        QTest::newRow("59d") << qint64(59 * 86400) << QStringLiteral("8 weeks");
        QTest::newRow("60d") << qint64(60 * 86400) << QStringLiteral("2 months");
        QTest::newRow("729d") << qint64(729 * 86400) << QStringLiteral("24 months");
        QTest::newRow("730d") << qint64(730 * 86400) << QStringLiteral("2 years");
    }

    void humanDurationAsDockerWordsIt()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, words);
        QCOMPARE(humanDuration(seconds), words);
        // Read back, the estimate is worded the same.
        const qint64 estimate = parseHumanDuration(words);
        QVERIFY(estimate >= 0);
        QCOMPARE(humanDuration(estimate), words);
    }

    void everyWordingReadsBack()
    {
        // What a list said is read back into a time that is worded the same, and the estimate
        // is off by no more than it claims.
        for (qint64 seconds = 0; seconds < qint64(6) * 365 * 86400; seconds = seconds * 21 / 20 + 1) {
            const QString words = humanDuration(seconds);
            qint64 halfSpan = -1;
            const qint64 estimate = parseHumanDuration(words, &halfSpan);
            QVERIFY2(estimate >= 0, qPrintable(words));
            QCOMPARE(humanDuration(estimate), words);
            QVERIFY2(std::abs(estimate - seconds) <= halfSpan + 3600, qPrintable(words));
        }
    }

    void statusDerivedFromTheListsWords()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        ContainerSummary up;
        up.state = QStringLiteral("running");
        up.status = QStringLiteral("Up 5 minutes (healthy)");
        QVERIFY(up.deriveTimes(now));
        QCOMPARE(up.health, QStringLiteral("healthy"));
        QCOMPARE(up.statusText(now), QStringLiteral("Up 5 minutes (healthy)"));
        QCOMPARE(up.statusText(now.addSecs(60)), QStringLiteral("Up 6 minutes (healthy)"));
        ContainerSummary exited;
        exited.state = QStringLiteral("exited");
        exited.status = QStringLiteral("Exited (137) About an hour ago");
        QVERIFY(exited.deriveTimes(now));
        QCOMPARE(exited.exitCode, 137);
        QCOMPARE(exited.statusText(now), QStringLiteral("Exited (137) About an hour ago"));
        QCOMPARE(exited.statusText(now.addSecs(3600)), QStringLiteral("Exited (137) 2 hours ago"));
        ContainerSummary paused;
        paused.state = QStringLiteral("paused");
        paused.status = QStringLiteral("Up 2 days (Paused)");
        QVERIFY(paused.deriveTimes(now));
        QCOMPARE(paused.statusText(now), QStringLiteral("Up 2 days (Paused)"));
        ContainerSummary created;
        created.state = QStringLiteral("created");
        created.status = QStringLiteral("Created");
        QVERIFY(!created.deriveTimes(now));
        QCOMPARE(created.statusText(now), QStringLiteral("Created"));
        QVERIFY(!created.hasClock());
    }

    void statusColumnTicks()
    {
        QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        ContainerListModel model;
        model.setClock([&now] { return now; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ContainerSummary young = synthetic(1);
        young.startedAt = now.addSecs(-50);
        young.hasTimes = true;
        ContainerSummary old = synthetic(2, QStringLiteral("exited"));
        old.finishedAt = now.addDays(-30);
        old.exitCode = 0;
        model.setContainers({young, old});
        const QModelIndex status = model.index(0, ContainerListModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("Up 50 seconds"));
        QCOMPARE(model.index(1, ContainerListModel::Status).data().toString(), QStringLiteral("Exited (0) 4 weeks ago"));
        QCOMPARE(model.tickInterval(), 5000); // seconds are counting

        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.tick(); // the same second: nothing to say
        QCOMPARE(changes.size(), 0);
        now = now.addSecs(15);
        model.tick();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex(), status);
        QCOMPARE(changes.at(0).at(1).toModelIndex(), status); // the Status cell only
        QCOMPARE(status.data().toString(), QStringLiteral("Up About a minute"));
        QCOMPARE(model.tickInterval(), 20000);

        // Nothing running and nothing recent: no timer at all.
        ContainerSummary stopped = young;
        stopped.state = QStringLiteral("exited");
        stopped.finishedAt = now.addDays(-3);
        model.upsert(stopped);
        QCOMPARE(model.tickInterval(), 0);
    }
};

QTEST_GUILESS_MAIN(TestContainerListModel)
#include "tst_containerlistmodel.moc"
