// The app's own helper image and containers (the volume browser's, labelled
// io.github.dockerexplorer.helper) are left out of the images and containers lists unless
// View > Show Internal Objects is on; the choice is remembered for the next start.
#include "containers/containerfiltermodel.h"
#include "containers/containerlistmodel.h"
#include "containers/containersview.h"
#include "engine/engine.h"
#include "images/imagefiltermodel.h"
#include "images/imagelistmodel.h"
#include "images/imagesview.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"
#include "shell/theme.h"
#include "volumes/volumehelper.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dx;

namespace {

QMap<QString, QString> helperLabels()
{
    return {{QString::fromLatin1(VolumeHelper::LabelKey), QStringLiteral("1")}};
}

ImageSummary image(const QString &id, const QString &tag, const QMap<QString, QString> &labels = {})
{
    ImageSummary i;
    i.id = QStringLiteral("sha256:") + id.repeated(64 / id.size());
    i.repoTags = {tag};
    i.labels = labels;
    return i;
}

ContainerSummary container(const QString &id, const QString &name, const QMap<QString, QString> &labels = {})
{
    ContainerSummary c;
    c.id = id.repeated(64 / id.size());
    c.name = name;
    c.state = QStringLiteral("running");
    c.labels = labels;
    return c;
}

} // namespace

class TestInternalObjects final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        Theme::apply(Theme::Mode::Light);
        Settings::showInternalObjects.reset();
    }

    void imagesHideTheHelperImage()
    {
        ImageListModel images;
        ImageFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&images);
        images.upsert(image(QStringLiteral("a"), QStringLiteral("alpine:3")));
        images.upsert(image(QStringLiteral("b"), QStringLiteral("docker-explorer-helper:2-abc"), helperLabels()));
        // A user's image that merely has a similar name is the user's.
        images.upsert(image(QStringLiteral("c"), QStringLiteral("docker-explorer-helper-copy:1")));
        QCOMPARE(images.rowCount(), 3);
        QCOMPARE(filter.rowCount(), 2);
        for (int row = 0; row < filter.rowCount(); ++row)
            QVERIFY(!filter.index(row, 0).data().toString().startsWith(QLatin1String("docker-explorer-helper:")));
        filter.setShowInternal(true);
        QCOMPARE(filter.rowCount(), 3);
        filter.setShowInternal(false);
        QCOMPARE(filter.rowCount(), 2);
        // Made while the list is shown (the first volume browsed): hidden as it arrives.
        images.upsert(image(QStringLiteral("d"), QStringLiteral("docker-explorer-helper:2-def"), helperLabels()));
        QCOMPARE(filter.rowCount(), 2);
    }

    void containersHideTheHelpers()
    {
        ContainerListModel containers;
        ContainerFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&containers);
        containers.setContainers({container(QStringLiteral("1"), QStringLiteral("web")),
                                  container(QStringLiteral("2"), QStringLiteral("dx-helper-1"), helperLabels())});
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, ContainerListModel::Name).data(ContainerListModel::NameRole).toString(), QStringLiteral("web"));
        filter.setShowInternal(true);
        QCOMPARE(filter.rowCount(), 2);
        // The search text and the state filter still apply to internal objects.
        filter.setText(QStringLiteral("dx-helper"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setShowInternal(false);
        QCOMPARE(filter.rowCount(), 0);
    }

    void viewMenuToggleIsRemembered()
    {
        IconProvider icons;
        Engine engine;
        AppServices services(&engine, &icons);
        {
            MainWindow window(&services);
            auto *toggle = window.findChild<QAction *>(QStringLiteral("showInternalAction"));
            QVERIFY(toggle);
            QVERIFY(toggle->isCheckable());
            QVERIFY(!toggle->isChecked()); // hidden by default
            auto *images = qobject_cast<ImagesView *>(window.view(ViewId::Images));
            auto *containers = qobject_cast<ContainersView *>(window.view(ViewId::Containers));
            QVERIFY(images && containers);
            auto *imageFilter = qobject_cast<ImageFilterModel *>(images->table()->model());
            QVERIFY(imageFilter);
            QVERIFY(!imageFilter->showsInternal());
            QVERIFY(!containers->filterModel()->showsInternal());
            toggle->trigger();
            QVERIFY(imageFilter->showsInternal());
            QVERIFY(containers->filterModel()->showsInternal());
            QVERIFY(Settings::showInternalObjects.get());
        }
        // The next start shows them from the beginning.
        MainWindow again(&services);
        auto *toggle = again.findChild<QAction *>(QStringLiteral("showInternalAction"));
        QVERIFY(toggle->isChecked());
        auto *images = qobject_cast<ImagesView *>(again.view(ViewId::Images));
        QVERIFY(qobject_cast<ImageFilterModel *>(images->table()->model())->showsInternal());
        QVERIFY(qobject_cast<ContainersView *>(again.view(ViewId::Containers))->filterModel()->showsInternal());
        toggle->trigger();
        QVERIFY(!Settings::showInternalObjects.get());
    }
};

QTEST_MAIN(TestInternalObjects)
#include "tst_internalobjects.moc"
