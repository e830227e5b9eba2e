// The lesson panel in the main window, offline (no engine objects are created): nine steps,
// each button reaches the right view or dialog prefilled with the lesson's names, every action
// logs its docker command, and the dock follows its shortcuts and is remembered.

#include "containers/rundialog.h"
#include "editor/editorview.h"
#include "engine/engine.h"
#include "lesson/lessonpanel.h"
#include "lesson/lessonprogress.h"
#include "lesson/lessonsteps.h"
#include "session/commandlogmodel.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"
#include "shell/theme.h"
#include "volumes/volumecreatedialog.h"

#include <Qsci/qsciscintilla.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dx;

namespace {

template<typename Dialog>
Dialog *visibleDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<Dialog *>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

} // namespace

class TestLessonPanel final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    std::unique_ptr<IconProvider> m_icons;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;

    LessonPanel *panel() const { return m_window->findChild<LessonPanel *>(); }
    // The lines the Docker Commands panel shows by default: the user's, not the plumbing.
    int userCommands() const
    {
        const QList<CommandRecord> records = m_services->session()->commandLog()->records();
        return int(std::count_if(records.cbegin(), records.cend(), [](const CommandRecord &r) { return !r.internal; }));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        Theme::apply(Theme::Mode::Light);
        // Test-mode settings outlive the run (~/.qttest): a run that crashed with the lesson
        // open must not make this one start with it open.
        Settings::lessonOpen.set(false);
        QVERIFY2(!LessonSteps::demoDir().isEmpty(), "resources/examples/demo must be found from the build tree");
    }

    void init()
    {
        m_icons = std::make_unique<IconProvider>();
        m_engine = std::make_unique<Engine>();
        m_services = std::make_unique<AppServices>(m_engine.get(), m_icons.get());
        m_window = std::make_unique<MainWindow>(m_services.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(panel());
    }

    void cleanup()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
                d->reject();
        }
        m_window.reset();
        m_services.reset();
        m_engine.reset();
        m_icons.reset();
    }

    void listsNineSteps()
    {
        QCOMPARE(panel()->stepCount(), 9);
        QCOMPARE(panel()->stepList()->count(), 9);
        const QVector<LessonStep> steps = LessonSteps::all();
        for (int i = 0; i < steps.size(); ++i) {
            QVERIFY(panel()->stepList()->item(i)->text().startsWith(QString::number(i + 1) + QLatin1Char('.')));
            QVERIFY(!steps.at(i).explanation.isEmpty());
            QVERIFY2(steps.at(i).command.startsWith(QLatin1String("docker ")) || i == 0, qPrintable(steps.at(i).command));
            QVERIFY(!steps.at(i).actionText.isEmpty());
        }
        QVERIFY(steps.at(1).command.contains(QLatin1String("docker build . -t demo_image")));
        QVERIFY(steps.at(1).command.contains(QLatin1String("--progress=plain")));
        // Offline, nothing is done yet; no check marks from nowhere.
        for (const LessonStep &s : steps)
            QVERIFY(!panel()->progress()->isDone(s.id));
    }

    void stepOneOpensTheDemo()
    {
        const int logged = userCommands();
        panel()->triggerStep(0);
        QCOMPARE(m_window->currentView(), ViewId::Editor);
        auto *editor = qobject_cast<EditorView *>(m_window->view(ViewId::Editor));
        QVERIFY(editor);
        QTRY_VERIFY(editor->editor()->text().contains(QLatin1String("append_line.py")));
        QVERIFY(m_services->dockerfilePath().endsWith(QLatin1String("demo/Dockerfile")));
        // Opening a file sends nothing to the engine: the Docker Commands panel stays as it was.
        QCOMPARE(userCommands(), logged);
        QVERIFY(panel()->progress()->isDone(LessonStep::Id::Recipe));

        panel()->triggerSecondAction(0);
        QCOMPARE(m_window->currentView(), ViewId::Recipe);
    }

    void stepTwoAsksForTheBuild()
    {
        QSignalSpy build(m_services.get(), &AppServices::buildRequested);
        panel()->triggerStep(1);
        QCOMPARE(m_services->requestedBuildTag(), QStringLiteral("demo_image"));
        // The demo is opened first; the build is asked for once its text is in the editor.
        QTRY_COMPARE(build.count(), 1);
        QCOMPARE(m_window->currentView(), ViewId::Build);
    }

    void stepThreeShowsTheImages()
    {
        QSignalSpy shown(m_services.get(), &AppServices::showImageRequested);
        panel()->triggerStep(2);
        QCOMPARE(m_window->currentView(), ViewId::Images);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().first().toString(), QStringLiteral("demo_image"));
        // Offline there is no image: the panel says how to get one.
        QVERIFY(panel()->messageText().contains(QLatin1String("demo_image")));
    }

    void stepFourOpensTheRunDialog()
    {
        const int logged = userCommands();
        panel()->triggerStep(3);
        QCOMPARE(m_window->currentView(), ViewId::Containers);
        RunDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<RunDialog>()));
        QCOMPARE(dialog->spec().image, QStringLiteral("demo_image"));
        QVERIFY(dialog->spec().mounts.isEmpty());
        dialog->reject();
        QTRY_VERIFY(!visibleDialog<RunDialog>());
        // The dialog was cancelled: no `docker run` ran, so none is in the Docker Commands panel.
        QCOMPARE(userCommands(), logged);
    }

    void stepEightMountsTheVolume()
    {
        panel()->triggerStep(7);
        RunDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<RunDialog>()));
        const RunSpec spec = dialog->spec();
        QCOMPARE(spec.image, QStringLiteral("demo_image"));
        QCOMPARE(spec.mounts.size(), 1);
        QCOMPARE(spec.mounts.first().source, QStringLiteral("new_volume"));
        QCOMPARE(spec.mounts.first().target, QStringLiteral("/demo"));
        QVERIFY(dialog->commandText().contains(QLatin1String("-v new_volume:/demo")));
        dialog->reject();
    }

    void stepSevenOpensCreateVolume()
    {
        panel()->triggerStep(6);
        QCOMPARE(m_window->currentView(), ViewId::Volumes);
        VolumeCreateDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<VolumeCreateDialog>()));
        QCOMPARE(dialog->name(), QStringLiteral("new_volume"));
        dialog->reject();
    }

    void stepNineExplainsAMissingVolume()
    {
        panel()->triggerStep(8);
        QCOMPARE(m_window->currentView(), ViewId::Volumes);
        QVERIFY(panel()->messageText().contains(QLatin1String("new_volume")));
        QVERIFY(!panel()->progress()->isDone(LessonStep::Id::LookInside));
    }

    void dockTogglesAndIsRemembered()
    {
        QDockWidget *dock = m_window->lessonDock();
        QVERIFY(dock);
        QVERIFY(!dock->isVisible()); // closed by default: the normal window is unchanged
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(Settings::lessonOpen.get());

        // Opened again on the next start.
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_services.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->lessonDock()->isVisible());

        QTest::keyClick(m_window.get(), Qt::Key_F1);
        QTRY_VERIFY(!m_window->lessonDock()->isVisible());
        QVERIFY(!Settings::lessonOpen.get());
    }
};

QTEST_MAIN(TestLessonPanel)
#include "tst_lessonpanel.moc"
