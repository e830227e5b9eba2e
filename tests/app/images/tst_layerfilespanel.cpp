// The files of each layer in the Images view, against the real engine: an image built for the
// test is read off the UI thread, a click on a history step shows that step's layer, a
// metadata step shows none, the tree marks added / modified / removed entries, the report is
// shared for the editor's line tooltips, a jump to a layer by its digest, and an image removed
// while shown says so.
#include "engine/testengine.h"

#include "editor/editordecorator.h"
#include "engine/engine.h"
#include "images/imagehistorymodel.h"
#include "images/imagelistmodel.h"
#include "images/imagesview.h"
#include "images/imagestore.h"
#include "images/layerfilesmodel.h"
#include "images/layerfilespanel.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace dx;

namespace {

const char *const Dockerfile = R"(FROM %1
RUN mkdir -p /app/data && echo v1 > /app/version && echo old > /app/data/old.log && echo keep > /app/data/keep
ENV MODE=test
RUN echo v2 > /app/version && rm /app/data/old.log && echo new > /app/data/new.log
)";

} // namespace

class TestLayerFilesPanel final : public QObject
{
    Q_OBJECT

private:
    Engine m_engine;
    IconProvider m_icons;
    AppServices *m_services = nullptr;
    QString m_image;

    bool build(const QString &tag, const QString &extraLabel = {})
    {
        QTemporaryDir context;
        const QByteArray dockerfile = QString::fromLatin1(Dockerfile).arg(test::baseImage()).toUtf8();
        QStringList args{QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("--label"),
                         test::runLabelKey() + QLatin1Char('=') + test::runId(), QStringLiteral("-t"), tag,
                         QStringLiteral("-f"), QStringLiteral("-")};
        if (!extraLabel.isEmpty())
            args << QStringLiteral("--label") << extraLabel;
        return test::dockerCli(args << context.path(), dockerfile) == 0;
    }

    void removeImage(const QString &reference)
    {
        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
        test::call(m_engine, EngineRequest::del(QStringLiteral("/images/") + reference, force));
    }

    int rowOfStep(ImagesView &view, const QString &text)
    {
        for (int row = 0; row < view.historyModel()->rowCount(); ++row) {
            if (view.historyModel()->rowAt(row).createdBy.contains(text))
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        m_engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_engine);
        m_services = new AppServices(&m_engine, &m_icons, this);
        m_image = QStringLiteral("dxtest-layerfiles:") + test::runId().toLower();
        QVERIFY(build(m_image));
    }

    void cleanupTestCase()
    {
        if (!m_services)
            return;
        removeImage(m_image);
        test::removeLabelled(m_engine);
    }

    void clickingAStepShowsItsLayer()
    {
        ImagesView view(m_services);
        view.resize(1200, 800);
        view.show();
        QAbstractItemModelTester tester(view.layerFiles()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(view.selectImage(m_image), 20000);
        LayerFilesPanel *files = view.layerFiles();
        QTRY_VERIFY_WITH_TIMEOUT(files->isLoaded() && !view.historyLoading(), 60000);
        const ImageLayersReport report = files->report();
        QCOMPARE(report.layers.size(), 3);
        QVERIFY(!files->summaryText().isEmpty());
        QCOMPARE(report.wastedBytes, qint64(3 + 4)); // "v1\n" and "old\n"

        // The newest layer is shown first.
        QCOMPARE(files->layerIndex(), 2);
        LayerFilesModel *model = files->model();
        QModelIndex version = model->indexOfPath(QStringLiteral("app/version"));
        QVERIFY(version.isValid());
        QCOMPARE(version.data(LayerFilesModel::KindRole).toInt(), int(LayerChange::Kind::Modified));
        QCOMPARE(version.siblingAtColumn(LayerFilesModel::ChangeColumn).data().toString(),
                 LayerFilesModel::kindText(LayerChange::Kind::Modified));
        const QModelIndex removed = model->indexOfPath(QStringLiteral("app/data/old.log"));
        QCOMPARE(removed.data(LayerFilesModel::KindRole).toInt(), int(LayerChange::Kind::Removed));
        QCOMPARE(model->indexOfPath(QStringLiteral("app/data/new.log")).data(LayerFilesModel::KindRole).toInt(),
                 int(LayerChange::Kind::Added));
        QCOMPARE(model->indexOfPath(QStringLiteral("app/data")).data(LayerFilesModel::KindRole).toInt(), LayerFilesModel::Folder);
        QVERIFY(files->tree()->isExpanded(model->indexOfPath(QStringLiteral("app/data"))));
        QVERIFY2(files->layerText().contains(QLatin1String("3")), qPrintable(files->layerText()));

        // A click on the first RUN step shows what it added.
        const int first = rowOfStep(view, QStringLiteral("echo v1"));
        QVERIFY(first >= 0);
        const QRect rect = view.historyTable()->visualRect(view.historyModel()->index(first, ImageHistoryModel::CreatedByColumn));
        QTest::mouseClick(view.historyTable()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(files->layerIndex(), 1);
        QCOMPARE(model->count(LayerChange::Kind::Added), 3);
        QCOMPARE(model->count(LayerChange::Kind::Modified), 0);
        QCOMPARE(model->indexOfPath(QStringLiteral("app/data/old.log")).data(LayerFilesModel::KindRole).toInt(),
                 int(LayerChange::Kind::Added));

        // The ENV step made no layer.
        const int env = rowOfStep(view, QStringLiteral("ENV MODE=test"));
        QVERIFY(env >= 0);
        view.historyTable()->selectionModel()->setCurrentIndex(view.historyModel()->index(env, 0),
                                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(files->layerText().contains(QLatin1String("No layer")));

        // The files are shared: a Dockerfile line that made the top layer shows them on hover.
        const ImageLayer &top = report.layers.at(2);
        const ImageLayer *shared = m_services->layerFiles(top.diffId);
        QVERIFY(shared);
        LineLayerInfo line;
        line.startLine = 4;
        line.endLine = 4;
        line.instruction = QStringLiteral("RUN echo v2 > /app/version");
        line.layerDigest = top.diffId;
        line.emptyLayer = false;
        line.size = top.size;
        const QString tip = EditorDecorator::layerToolTip(line, shared);
        QVERIFY2(tip.contains(QLatin1String("app/data/new.log")), qPrintable(tip));
        QVERIFY(tip.contains(QLatin1String("app/data/old.log")));
        QVERIFY(!EditorDecorator::layerToolTip(line, nullptr).contains(QLatin1String("new.log")));

        // Asked to show a layer by its digest (a click on the line's layer note).
        emit m_services->showImageLayerRequested(report.imageId, report.layers.at(1).diffId);
        QTRY_COMPARE(files->layerIndex(), 1);
    }

    void removedWhileShownSaysSo()
    {
        const QString doomed = QStringLiteral("dxtest-layerfiles-doomed:") + test::runId().toLower();
        QVERIFY(build(doomed, QStringLiteral("doomed=1"))); // an image of its own, not another tag of the first
        ImagesView view(m_services);
        view.resize(1200, 800);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.selectImage(doomed), 20000);
        LayerFilesPanel *files = view.layerFiles();
        QTRY_VERIFY_WITH_TIMEOUT(files->isLoaded(), 60000);
        const QString id = files->imageId();
        removeImage(doomed);
        // Another tag of the same image may keep it: this one had only the one name.
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOfId(id) < 0, 20000);
        QVERIFY2(view.messageText().contains(QLatin1String("removed")), qPrintable(view.messageText()));
        QVERIFY(files->imageId() != id);
    }

    void missingImageFailsClearly()
    {
        LayerFilesPanel panel(m_services);
        QSignalSpy failed(&panel, &LayerFilesPanel::loadFailed);
        panel.setImage(QStringLiteral("sha256:0000000000000000000000000000000000000000000000000000000000000000"),
                       QStringLiteral("dxtest-layerfiles-none:1"), 1000, true);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isLoading(), 20000);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(panel.messageText().contains(QLatin1String("removed")), qPrintable(panel.messageText()));
    }
};

QTEST_MAIN(TestLayerFilesPanel)
#include "tst_layerfilespanel.moc"
