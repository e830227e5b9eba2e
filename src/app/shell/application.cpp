#include "application.h"

#include "appservices.h"
#include "buildctx/contextcommand.h"
#include "connectdialog.h"
#include "dockerfile/lintcommand.h"
#include "engine/engine.h"
#include "engine/enginelauncher.h"
#include "engine/podmanservice.h"
#include "engine/unixsignals.h"
#include "iconprovider.h"
#include "mainwindow.h"
#include "screenshotstage.h"
#include "screenshotter.h"
#include "session/enginesession.h"
#include "settings.h"
#include "theme.h"
#include "view.h"
#include "volumes/volumecommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <csignal>
#include <cstdlib>
#include <memory>

namespace dx {

namespace {

void installTranslators(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(app);
    if (ours->load(locale, QStringLiteral("docker-explorer"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DockerExplorer"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("dockerexplorer.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("docker-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DX_VERSION));
}

// Options that must be known before QApplication exists (scale factor, platform).
QString preScan(int argc, char *argv[], const char *name)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return {};
}

// Said on the terminal too, so whoever started the app from one knows what runs on their machine.
void reportPodman(PodmanService *podman)
{
    QObject::connect(podman, &PodmanService::stateChanged, podman, [podman](PodmanService::State state) {
        QTextStream err(stderr);
        switch (state) {
        case PodmanService::State::Running:
            err << QCoreApplication::translate("Application", "docker-explorer: started Podman %1 (pid %2) on %3; it ends when Docker Explorer quits")
                       .arg(podman->version()).arg(podman->processId()).arg(podman->endpoint().host) << Qt::endl;
            break;
        case PodmanService::State::Reused:
            err << QCoreApplication::translate("Application", "docker-explorer: using Podman %1 on %2, started by another Docker Explorer")
                       .arg(podman->version(), podman->endpoint().host) << Qt::endl;
            break;
        case PodmanService::State::Failed:
            err << "docker-explorer: " << podman->errorString() << Qt::endl;
            break;
        case PodmanService::State::Stopped:
        case PodmanService::State::Starting:
            break;
        }
    });
}

int runTool(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslators(&app, QString());
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString tool = args.takeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (tool == QLatin1String("lint"))
        return runLintCommand(args, out, err);
    if (tool == QLatin1String("volume"))
        return runVolumeCommand(args, Settings::engineChoice.get(), out, err); // the engine the app uses
    return runContextCommand(args, out, err); // run() only comes here for "lint", "volume" and "context"
}

} // namespace

int Application::run(int argc, char *argv[])
{
    if (argc > 1 && (qstrcmp(argv[1], "lint") == 0 || qstrcmp(argv[1], "context") == 0 || qstrcmp(argv[1], "volume") == 0))
        return runTool(argc, argv);

    const QString screenshot = preScan(argc, argv, "--screenshot");
    const QString zoom = preScan(argc, argv, "--zoom");
    if (!zoom.isEmpty()) {
        bool ok = false;
        const int percent = zoom.toInt(&ok);
        if (!ok || percent < 25 || percent > 400) {
            QTextStream(stderr) << "docker-explorer: --zoom takes a percentage from 25 to 400" << Qt::endl;
            return 2;
        }
        qputenv("QT_SCALE_FACTOR", QByteArray::number(percent / 100.0));
    }
    // A screenshot needs no display; a normal start without one gets the offscreen plugin
    // only when asked for, so a missing DISPLAY still says so.
    bool textOnly = false; // --help and --version print and exit: they need no display either
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-v", "--version", "--help-all"})
            textOnly = textOnly || qstrcmp(argv[i], flag) == 0;
    }
    if ((!screenshot.isEmpty() || textOnly) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Application",
        "Docker Explorer: edit a Dockerfile, build it, and explore images, containers and volumes.\n\n"
        "Commands without a window:\n"
        "  docker-explorer lint [--format text|json] FILE...\n"
        "  docker-explorer context [-f DOCKERFILE] DIR\n"
        "  docker-explorer volume download NAME[:PATH] DIR\n"
        "  docker-explorer volume export NAME FILE\n"
        "  docker-explorer volume import FILE NAME [--force]\n"
        "  docker-explorer volume --help"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate("Application", "Render a view to the PNG file FILE and exit."), QStringLiteral("FILE"));
    const QCommandLineOption stateOption(QStringLiteral("screenshot-state"),
        QCoreApplication::translate("Application",
            "With --screenshot: what to show. rundialog, logs, stats, changes, inspect, browse:VOLUME, "
            "file:VOLUME:PATH, select:VOLUME, export:VOLUME or lesson-step-N."),
        QStringLiteral("STATE"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        QCoreApplication::translate("Application", "The view to show: editor, recipe, build, images, containers, volumes."),
        QStringLiteral("NAME"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("Application", "The language: en or de."), QStringLiteral("CODE"));
    const QCommandLineOption zoomOption(QStringLiteral("zoom"),
        QCoreApplication::translate("Application", "Scale the window, in percent (200 for a projector)."), QStringLiteral("PERCENT"));
    const QCommandLineOption openOption(QStringLiteral("open"),
        QCoreApplication::translate("Application", "Open a Dockerfile or a folder."), QStringLiteral("PATH"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QCoreApplication::translate("Application", "The palette: light, dark or system."), QStringLiteral("THEME"));
    const QCommandLineOption lessonOption(QStringLiteral("lesson"),
        QCoreApplication::translate("Application", "Open the lesson panel at start."));
    parser.addOptions({screenshotOption, stateOption, viewOption, langOption, zoomOption, openOption, themeOption, lessonOption});
    parser.addPositionalArgument(QStringLiteral("path"),
        QCoreApplication::translate("Application", "A Dockerfile or folder to open."), QStringLiteral("[PATH]"));
    parser.process(app);

    QString language = parser.value(langOption);
    if (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("de")) {
        QTextStream(stderr) << "docker-explorer: --lang takes en or de" << Qt::endl;
        return 2;
    }
    if (language.isEmpty())
        language = Settings::language.get();
    installTranslators(&app, language);

    ViewId view = ViewId::Editor;
    if (parser.isSet(viewOption) && !ViewFactory::fromKey(parser.value(viewOption), &view)) {
        QTextStream(stderr) << QCoreApplication::translate("Application",
            "docker-explorer: unknown view \"%1\"; use editor, recipe, build, images, containers or volumes")
            .arg(parser.value(viewOption)) << Qt::endl;
        return 2;
    }

    const QString themeKey = parser.isSet(themeOption) ? parser.value(themeOption) : Settings::theme.get();
    Theme::apply(Theme::modeFromKey(themeKey));

    IconProvider icons;
    icons.setColor(QApplication::palette().color(QPalette::WindowText));
    Engine engine;
    EngineSession session(&engine);
    AppServices services(&session, &icons);
    PodmanService podman;
    reportPodman(&podman);
    EngineLauncher launcher(&engine, &podman);
    launcher.setAutoStartPodman(Settings::startPodman.get());
    services.setLauncher(&launcher);
    launcher.connectToChoice(Settings::engineChoice.get());
    // SIGTERM and SIGINT end the app the orderly way: a started Podman service ends with it,
    // the unsaved text stays in the crash-recovery snapshot.
    UnixSignals quitSignals({SIGTERM, SIGINT});
    QObject::connect(&quitSignals, &UnixSignals::raised, &app, &QCoreApplication::quit);

    auto window = std::make_unique<MainWindow>(&services);
    if (!screenshot.isEmpty())
        window->resize(1280, 800);
    QString openPath = parser.value(openOption);
    if (openPath.isEmpty() && !parser.positionalArguments().isEmpty())
        openPath = parser.positionalArguments().constFirst();
    if (openPath.isEmpty() && screenshot.isEmpty())
        window->reopenLastFile();
    if (!openPath.isEmpty()) {
        window->openPath(openPath);
        // A file named on the command line is what the user wants to see first.
        if (!parser.isSet(viewOption))
            window->showView(ViewId::Editor);
    }
    if (parser.isSet(viewOption) || !screenshot.isEmpty())
        window->showView(view);
    if (parser.isSet(lessonOption))
        window->setLessonVisible(true);
    else if (!screenshot.isEmpty())
        window->setLessonVisible(false); // screenshots show the normal window unless asked
    window->show();

    ScreenshotStage stage(window.get(), parser.value(stateOption));
    stage.prepare();
    Screenshotter shooter(window.get(), &engine, &stage, screenshot);
    shooter.setLauncher(&launcher);
    if (!screenshot.isEmpty())
        shooter.start();
    const int code = app.exec();
    // The orderly end: views let go of what they hold (a volume browser asks for its helper
    // container's removal), then long jobs are cancelled and those requests get a bounded
    // time to reach the engine before its thread stops.
    window.reset();
    session.shutdown(3000);
    return code;
}

} // namespace dx
