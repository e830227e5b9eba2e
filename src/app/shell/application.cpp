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
#include "images/layerscommand.h"
#include "language.h"
#include "mainwindow.h"
#include "screenshotstage.h"
#include "screenshotter.h"
#include "session/enginesession.h"
#include "settings.h"
#include "startupprobe.h"
#include "theme.h"
#include "view.h"
#include "zoom.h"
#include "volumes/volumecommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <csignal>
#include <cstdlib>
#include <memory>

namespace dx {

namespace {

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

// "--size WIDTHxHEIGHT": the screen's size in device pixels (a projector's 1024x768), both
// from 320 to 7680. Empty when not given; an invalid size when the text is not one.
constexpr int MinSide = 320;
constexpr int MaxSide = 7680;

QSize parseSize(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    if (parts.size() != 2)
        return QSize(0, 0);
    bool okWidth = false;
    bool okHeight = false;
    const QSize size(parts.at(0).toInt(&okWidth), parts.at(1).toInt(&okHeight));
    if (!okWidth || !okHeight || size.width() < MinSide || size.height() < MinSide || size.width() > MaxSide
        || size.height() > MaxSide)
        return QSize(0, 0);
    return size;
}

// The offscreen platform's one screen at that size, so dialogs fit what the projector offers
// (the plugin's own screen is 800x600). The file lives as long as the process.
QString offscreenPlatform(const QSize &size)
{
    static QTemporaryDir dir;
    if (size.isEmpty() || !dir.isValid())
        return QStringLiteral("offscreen");
    const QString path = dir.filePath(QStringLiteral("screen.json"));
    QFile file(path);
    const QJsonObject screen{{QStringLiteral("name"), QStringLiteral("Projector")},
                             {QStringLiteral("x"), 0},
                             {QStringLiteral("y"), 0},
                             {QStringLiteral("width"), size.width()},
                             {QStringLiteral("height"), size.height()}};
    const QJsonObject config{{QStringLiteral("screens"), QJsonArray{screen}}};
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) < 0)
        return QStringLiteral("offscreen");
    return QStringLiteral("offscreen:configfile=") + path;
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
    Language::instance()->apply(QString());
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString tool = args.takeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (tool == QLatin1String("lint"))
        return runLintCommand(args, out, err);
    if (tool == QLatin1String("volume"))
        return runVolumeCommand(args, Settings::engineChoice.get(), out, err); // the engine the app uses
    if (tool == QLatin1String("layers"))
        return runLayersCommand(args, Settings::engineChoice.get(), out, err);
    return runContextCommand(args, out, err); // run() only comes here for "lint", "volume", "layers" and "context"
}

} // namespace

int Application::run(int argc, char *argv[])
{
    if (argc > 1
        && (qstrcmp(argv[1], "lint") == 0 || qstrcmp(argv[1], "context") == 0 || qstrcmp(argv[1], "volume") == 0
            || qstrcmp(argv[1], "layers") == 0))
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
    const QString sizeText = preScan(argc, argv, "--size");
    const QSize screenSize = sizeText.isEmpty() ? QSize() : parseSize(sizeText);
    if (!sizeText.isEmpty() && screenSize.isEmpty()) {
        QTextStream(stderr) << "docker-explorer: --size takes WIDTHxHEIGHT in device pixels, each from "
                            << MinSide << " to " << MaxSide << " (1024x768 for a projector)" << Qt::endl;
        return 2;
    }
    // A screenshot needs no display; a normal start without one gets the offscreen plugin
    // only when asked for, so a missing DISPLAY still says so.
    bool textOnly = false; // --help and --version print and exit: they need no display either
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-v", "--version", "--help-all"})
            textOnly = textOnly || qstrcmp(argv[i], flag) == 0;
    }
    // A plain offscreen platform chosen by the caller gets the screen size too.
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if ((!screenshot.isEmpty() || textOnly) && (platform.isEmpty() || platform == "offscreen"))
        qputenv("QT_QPA_PLATFORM", offscreenPlatform(screenshot.isEmpty() ? QSize() : screenSize).toLocal8Bit());

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
        "  docker-explorer volume --help\n"
        "  docker-explorer layers IMAGE [--format text|json]"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption measureOption(QStringLiteral("measure-startup"),
        QCoreApplication::translate("Application",
            "Print the milliseconds from the process's start to the first painted window and to a filled "
            "container list, and the memory then, and quit (for benchmarks)."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate("Application", "Render a view to the PNG file FILE and exit."), QStringLiteral("FILE"));
    const QCommandLineOption stateOption(QStringLiteral("screenshot-state"),
        QCoreApplication::translate("Application",
            "With --screenshot: what to show. rundialog (rundialog:resources, rundialog:advanced: that tab in front), logs, stats, changes, files[:PATH], inspect, browse:VOLUME, "
            "file:VOLUME:PATH, select:VOLUME, export:VOLUME, lesson-step-N (lesson-step-N-end: scrolled to its end), "
            "layers:IMAGE[#N], terminal:CONTAINER:COMMAND (the Terminal tab of a running container, COMMAND typed "
            "into its shell), build-options or build-history (that tab in front when the build view is narrow) or "
            "pull:FILE[#N] (the Pull dialog showing the first N lines of a recorded docker pull stream)."),
        QStringLiteral("STATE"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        QCoreApplication::translate("Application",
            "The view to show: editor, recipe, build, images, containers, volumes, diagram, system, run-dialog (the containers "
            "with the run dialog open) or lesson (the editor with the lesson beside it)."),
        QStringLiteral("NAME"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QCoreApplication::translate("Application",
            "The screen's size in device pixels, e.g. 1024x768 for a projector: a screenshot is rendered "
            "at that size (with --zoom, the window holds fewer logical pixels), a window opens at it."),
        QStringLiteral("WIDTHxHEIGHT"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("Application", "The language: en or de."), QStringLiteral("CODE"));
    const QCommandLineOption zoomOption(QStringLiteral("zoom"),
        QCoreApplication::translate("Application", "Scale the window, in percent (200 for a projector)."), QStringLiteral("PERCENT"));
    const QCommandLineOption openOption(QStringLiteral("open"),
        QCoreApplication::translate("Application", "Open a Dockerfile or a folder."), QStringLiteral("PATH"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QCoreApplication::translate("Application", "The palette: light, dark, contrast-light, contrast-dark or system."), QStringLiteral("THEME"));
    const QCommandLineOption lessonOption(QStringLiteral("lesson"),
        QCoreApplication::translate("Application", "Open the lesson panel at start."));
    parser.addOptions({measureOption, screenshotOption, stateOption, viewOption, sizeOption, langOption, zoomOption, openOption,
                       themeOption, lessonOption});
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
    Language::instance()->apply(language);

    ViewId view = ViewId::Editor;
    // Two more things to show that are not views of their own: the run dialog over the
    // containers, and the lesson beside the editor.
    const QString viewKey = parser.value(viewOption);
    const bool runDialogView = viewKey == QLatin1String("run-dialog");
    const bool lessonView = viewKey == QLatin1String("lesson");
    if (runDialogView)
        view = ViewId::Containers;
    else if (parser.isSet(viewOption) && !lessonView && !ViewFactory::fromKey(viewKey, &view)) {
        QTextStream(stderr) << QCoreApplication::translate("Application",
            "docker-explorer: unknown view \"%1\"; use editor, recipe, build, images, containers, volumes, diagram, system, "
            "run-dialog or lesson")
            .arg(viewKey) << Qt::endl;
        return 2;
    }

    const QString themeKey = parser.isSet(themeOption) ? parser.value(themeOption) : Settings::theme.get();
    Theme::apply(Theme::modeFromKey(themeKey));
    // The zoom chosen in View > Zoom last time; a screenshot shows the app as it comes.
    if (screenshot.isEmpty())
        Zoom::instance()->setPercent(Settings::zoom.get(), false);

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
    window->setFitsScreenOnShow(screenshot.isEmpty());
    if (!screenSize.isEmpty()) {
        // Device pixels to the window's logical ones (QT_SCALE_FACTOR from --zoom).
        const qreal scale = qMax<qreal>(0.25, window->devicePixelRatioF());
        window->resize(QSize(qRound(screenSize.width() / scale), qRound(screenSize.height() / scale)));
    } else if (!screenshot.isEmpty()) {
        window->resize(1280, 800);
    }
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
    if (parser.isSet(lessonOption) || lessonView)
        window->setLessonVisible(true);
    else if (!screenshot.isEmpty())
        window->setLessonVisible(false); // screenshots show the normal window unless asked
    window->show();

    QString state = parser.value(stateOption);
    if (runDialogView && state.isEmpty())
        state = QStringLiteral("rundialog");
    ScreenshotStage stage(window.get(), state);
    stage.prepare();
    Screenshotter shooter(window.get(), &engine, &stage, screenshot);
    shooter.setLauncher(&launcher);
    if (!screenshot.isEmpty())
        shooter.start();
    std::unique_ptr<StartupProbe> probe;
    if (parser.isSet(measureOption)) {
        window->showView(ViewId::Containers);
        probe = std::make_unique<StartupProbe>(window.get(), session.containers());
    }
    const int code = app.exec();
    // The orderly end: views let go of what they hold (a volume browser asks for its helper
    // container's removal), then long jobs are cancelled and those requests get a bounded
    // time to reach the engine before its thread stops.
    window.reset();
    session.shutdown(3000);
    return code;
}

} // namespace dx
