// ContainerListModel, its filter and ContainerSync's event handling, on lists captured from
// a real engine (data/containers_list.json: docker 20.10, one container with a published
// port and a named volume, one without SizeRw).

#include "containers/containerfiltermodel.h"
#include "containers/containerlistmodel.h"
#include "containers/containersync.h"

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

QVector<ContainerInfo> parse(const QJsonArray &array)
{
    QVector<ContainerInfo> list;
    for (const QJsonValue &v : array)
        list.append(ContainerInfo::fromJson(v.toObject()));
    return list;
}

ContainerInfo synthetic(int n, const QString &state = QStringLiteral("running"))
{
    QJsonObject o = captured().at(0).toObject();
    o.insert(QStringLiteral("Id"), QStringLiteral("%1").arg(n, 64, 10, QLatin1Char('0')));
    o.insert(QStringLiteral("Names"), QJsonArray{QStringLiteral("/c%1").arg(n)});
    o.insert(QStringLiteral("State"), state);
    return ContainerInfo::fromJson(o);
}

} // namespace

class TestContainerListModel final : public QObject
{
    Q_OBJECT

private slots:
    void parsesCapturedList()
    {
        const QVector<ContainerInfo> list = parse(captured());
        QCOMPARE(list.size(), 2);
        const ContainerInfo &web = list.at(0);
        QCOMPARE(web.name, QStringLiteral("h6cap2"));
        QCOMPARE(web.state, QStringLiteral("running"));
        QVERIFY(web.status.startsWith(QLatin1String("Up ")));
        QCOMPARE(web.portsText(), QStringLiteral("127.0.0.1:38917→80/tcp"));
        QCOMPARE(web.mountsText(), QStringLiteral("h6capvol→/data"));
        QCOMPARE(web.sizeRw, 8);
        QVERIFY(web.hasSize);
        // SizeRw missing (nothing written yet) means 0, not "unknown".
        const ContainerInfo &plain = list.at(1);
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

        QVector<ContainerInfo> list;
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
        QVector<ContainerInfo> sized = list;
        for (ContainerInfo &c : sized) {
            c.hasSize = true;
            c.sizeRw = 4096;
        }
        changes.clear();
        model.applySizes(sized);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex().column(), int(ContainerListModel::Size));
        QVector<ContainerInfo> unsized = sized;
        for (ContainerInfo &c : unsized)
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

    void destroyEventRemovesRow()
    {
        ContainerListModel model;
        ContainerSync sync(nullptr, &model);
        model.setContainers({synthetic(1), synthetic(2)});
        QSignalSpy applied(&sync, &ContainerSync::containerApplied);
        QJsonObject event{{QStringLiteral("Type"), QStringLiteral("container")},
                          {QStringLiteral("Action"), QStringLiteral("destroy")},
                          {QStringLiteral("Actor"), QJsonObject{{QStringLiteral("ID"), synthetic(1).id}}}};
        sync.handleEvent(event);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(applied.size(), 1);
        // Other types and exec noise are ignored.
        event.insert(QStringLiteral("Type"), QStringLiteral("image"));
        sync.handleEvent(event);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestContainerListModel)
#include "tst_containerlistmodel.moc"
