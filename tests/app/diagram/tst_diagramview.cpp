// The Diagram view against the real engine: a labelled image, two containers made from it (one
// running, one only created) and a labelled volume one of them mounts. The diagram shows the
// image as a class, the containers as its instances and the volume mounted at its path, with
// no two boxes overlapping; it follows the engine's events when a container is removed; it
// exports as SVG (a valid document with the boxes' words in it) and PNG, and a path that
// cannot be written is an error that leaves nothing behind. Fit to Window is on at first (all
// boxes show at once) and the view remembers both of its switches.
#include "diagram/diagramcanvas.h"
#include "diagram/diagrammodel.h"
#include "diagram/diagramview.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QScrollArea>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace dx;
using namespace dx::test;

class TestDiagramView final : public QObject
{
    Q_OBJECT

private:
    Engine m_engine;
    IconProvider m_icons;
    AppServices *m_services = nullptr;
    DiagramView *m_view = nullptr;
    QString m_image;
    QString m_volume;
    QString m_running;
    QString m_created;
    QTemporaryDir m_dir;
    QTemporaryDir m_config; // the settings this test writes, not the user's

    QString cli(const QStringList &args)
    {
        QByteArray out;
        if (dockerCli(args, {}, &out) != 0)
            return {};
        return QString::fromUtf8(out).trimmed();
    }

    const DiagramScene &scene() const { return m_view->model()->scene(); }

    int boxOf(DiagramBox::Kind kind, const QString &title) const
    {
        for (int i = 0; i < scene().boxes.size(); ++i) {
            if (scene().boxes.at(i).kind == kind && scene().boxes.at(i).title == title)
                return i;
        }
        return -1;
    }

    bool hasEdge(DiagramEdge::Kind kind, int from, int to, const QString &label = {}) const
    {
        for (const DiagramEdge &e : scene().edges) {
            if (e.kind == kind && e.from == from && e.to == to && (label.isEmpty() || e.label == label))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        m_engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_engine);
        m_services = new AppServices(&m_engine, &m_icons, this);
        const QString label = runLabelKey() + QLatin1Char('=') + runId();
        const QString suffix = runId().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
        m_image = QStringLiteral("dxtest-diagram:") + suffix;
        QCOMPARE(dockerCli({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("--label"), label, QStringLiteral("-t"),
                            m_image, QStringLiteral("-")},
                           "FROM " + baseImage().toUtf8() + "\nCMD [\"sleep\", \"600\"]\n"),
                 0);
        // Short names, so the boxes show them whole (long ones are elided in the middle); the
        // labels carry the run.
        const QString pid = QString::number(QCoreApplication::applicationPid());
        m_volume = QStringLiteral("dxd-v") + pid;
        QString error;
        createVolume(m_engine, m_volume, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_running = QStringLiteral("dxd-r") + pid;
        m_created = QStringLiteral("dxd-c") + pid;
        QVERIFY(!cli({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--label"), label, QStringLiteral("--name"), m_running,
                      QStringLiteral("-v"), m_volume + QStringLiteral(":/data"), m_image})
                     .isEmpty());
        QVERIFY(!cli({QStringLiteral("create"), QStringLiteral("--label"), label, QStringLiteral("--name"), m_created, m_image})
                     .isEmpty());

        m_view = new DiagramView(m_services);
        m_view->resize(1000, 700);
        m_view->show();
    }

    void cleanupTestCase()
    {
        if (!m_services)
            return;
        delete m_view;
        removeLabelled(m_engine);
        dockerCli({QStringLiteral("rmi"), QStringLiteral("-f"), m_image});
    }

    void showsClassesInstancesAndMounts()
    {
        QTRY_VERIFY_WITH_TIMEOUT(boxOf(DiagramBox::Kind::Container, m_created) >= 0
                                     && boxOf(DiagramBox::Kind::Container, m_running) >= 0
                                     && boxOf(DiagramBox::Kind::Volume, m_volume) >= 0,
                                 30000);
        const int image = boxOf(DiagramBox::Kind::Image, m_image);
        QVERIFY2(image >= 0, qPrintable(m_image));
        const int running = boxOf(DiagramBox::Kind::Container, m_running);
        const int created = boxOf(DiagramBox::Kind::Container, m_created);
        const int volume = boxOf(DiagramBox::Kind::Volume, m_volume);
        QVERIFY(hasEdge(DiagramEdge::Kind::InstanceOf, running, image));
        QVERIFY(hasEdge(DiagramEdge::Kind::InstanceOf, created, image));
        QVERIFY(hasEdge(DiagramEdge::Kind::Mount, running, volume, QStringLiteral("/data")));
        QVERIFY(!hasEdge(DiagramEdge::Kind::Mount, created, volume));
        QCOMPARE(scene().boxes.at(running).state, QStringLiteral("running"));
        QCOMPARE(scene().boxes.at(created).state, QStringLiteral("created"));
        // Laid out without overlaps, inside the scene.
        const QRectF all(QPointF(0, 0), scene().size);
        for (int i = 0; i < scene().boxes.size(); ++i) {
            QVERIFY(all.contains(scene().boxes.at(i).rect));
            for (int j = i + 1; j < scene().boxes.size(); ++j)
                QVERIFY2(!scene().boxes.at(i).rect.intersects(scene().boxes.at(j).rect),
                         qPrintable(scene().boxes.at(i).title + QLatin1String(" / ") + scene().boxes.at(j).title));
        }
    }

    void exportsSvgAndPng()
    {
        const QString svg = m_dir.filePath(QStringLiteral("diagram.svg"));
        QVERIFY2(m_view->exportSvg(svg), qPrintable(m_view->lastError()));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(!renderer.defaultSize().isEmpty());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(m_running.toUtf8()));
        QVERIFY(text.contains(m_volume.toUtf8()));
        QVERIFY(text.contains("/data"));
        // DX_DIAGRAM_SVG=FILE keeps a copy, to open in a browser or another SVG renderer.
        if (qEnvironmentVariableIsSet("DX_DIAGRAM_SVG")) {
            QFile::remove(qEnvironmentVariable("DX_DIAGRAM_SVG"));
            QVERIFY(QFile::copy(svg, qEnvironmentVariable("DX_DIAGRAM_SVG")));
        }

        const QString png = m_dir.filePath(QStringLiteral("diagram.png"));
        QVERIFY2(m_view->exportPng(png), qPrintable(m_view->lastError()));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= int(scene().size.width()));

        // A folder that does not exist: an error, and no file.
        const QString bad = m_dir.filePath(QStringLiteral("missing/diagram.svg"));
        QVERIFY(!m_view->exportSvg(bad));
        QVERIFY(!m_view->lastError().isEmpty());
        QVERIFY(!QFile::exists(bad));
    }

    void fitsTheWindowAndRemembersTheSwitches()
    {
        QAction *fit = nullptr;
        QAction *inUse = nullptr;
        for (QAction *action : m_view->toolBarActions()) {
            if (action->text() == QLatin1String("Fit to Window"))
                fit = action;
            if (action->text() == QLatin1String("Only Images in Use"))
                inUse = action;
        }
        QVERIFY(fit && inUse);
        QVERIFY(fit->isChecked());
        QVERIFY(!inUse->isChecked());
        auto *canvas = m_view->findChild<DiagramCanvas *>();
        auto *scroll = m_view->findChild<QScrollArea *>();
        QVERIFY(canvas && scroll);

        // A window smaller than the diagram: with Fit, all of it shows; without, it scrolls.
        m_view->resize(360, 260);
        QTRY_VERIFY(canvas->width() <= scroll->viewport()->width() && canvas->height() <= scroll->viewport()->height());
        QVERIFY(scene().size.width() > scroll->viewport()->width() || scene().size.height() > scroll->viewport()->height());
        fit->setChecked(false);
        QTRY_COMPARE(canvas->size(), scene().size.toSize());

        // A new view (the next start) has the switches as they were left.
        inUse->setChecked(true);
        {
            DiagramView again(m_services);
            for (QAction *action : again.toolBarActions()) {
                if (action->text() == fit->text())
                    QVERIFY(!action->isChecked());
                if (action->text() == inUse->text())
                    QVERIFY(action->isChecked());
            }
        }
        fit->setChecked(true);
        inUse->setChecked(false);
        m_view->resize(1000, 700);
    }

    void followsARemoval()
    {
        QCOMPARE(dockerCli({QStringLiteral("rm"), m_created}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(boxOf(DiagramBox::Kind::Container, m_created) < 0, 15000);
        QVERIFY(boxOf(DiagramBox::Kind::Container, m_running) >= 0);
    }
};

QTEST_MAIN(TestDiagramView)
#include "tst_diagramview.moc"
