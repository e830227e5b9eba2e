// ContainerChangesModel on GET /containers/{id}/changes captured from a real engine
// (data/changes.json: /etc changed, /etc/profile, /newfile and /data added).

#include "api/jsonfields.h"
#include "containers/containerchangesmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

using namespace dx;

class TestContainerChangesModel final : public QObject
{
    Q_OBJECT

private slots:
    void treeFromCapturedJson()
    {
        QFile file(QStringLiteral(CONTAINERS_DATA_DIR "/changes.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        ContainerChangesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ContainerChange> changes;
        QString error;
        QVERIFY2(json::parseList<ContainerChange>(file.readAll(), &changes, &error, &ContainerChange::fromJson),
                 qPrintable(error));
        model.setChanges(changes);
        QCOMPARE(model.count(ContainerChangesModel::Added), 3);
        QCOMPARE(model.count(ContainerChangesModel::Modified), 1);
        QCOMPARE(model.count(ContainerChangesModel::Deleted), 0);
        QCOMPARE(model.rowCount(), 3); // data, etc, newfile
        const QModelIndexList etc = model.match(model.index(0, 0), ContainerChangesModel::PathRole, QStringLiteral("/etc"), 1,
                                                Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(etc.size(), 1);
        QCOMPARE(etc.first().data(ContainerChangesModel::KindRole).toInt(), int(ContainerChangesModel::Modified));
        QCOMPARE(model.rowCount(etc.first()), 1);
        const QModelIndex profile = model.index(0, 0, etc.first());
        QCOMPARE(profile.data().toString(), QStringLiteral("profile"));
        QCOMPARE(profile.data(ContainerChangesModel::KindRole).toInt(), int(ContainerChangesModel::Added));
        QCOMPARE(profile.siblingAtColumn(1).data().toString(), ContainerChangesModel::kindText(ContainerChangesModel::Added));

        // A deleted file deep down gets its (unchanged) parent folders.
        model.setChanges({{QStringLiteral("/usr/share/doc/x"), ContainerChange::Kind::Deleted}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ContainerChangesModel::KindRole).toInt(), int(ContainerChangesModel::Parent));
        QCOMPARE(model.count(ContainerChangesModel::Deleted), 1);
        QCOMPARE(model.count(ContainerChangesModel::Added), 0);
    }
};

QTEST_GUILESS_MAIN(TestContainerChangesModel)
#include "tst_containerchangesmodel.moc"
