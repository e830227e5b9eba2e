#include "mainwindow.h"

#include "appservices.h"
#include "commandpanel.h"
#include "connectdialog.h"
#include "docktitlebar.h"
#include "engine/engine.h"
#include "engine/enginelauncher.h"
#include "enginemenu.h"
#include "enginepage.h"
#include "enginestatuswidget.h"
#include "iconprovider.h"
#include "language.h"
#include "settings.h"
#include "containers/containersview.h"
#include "diagram/diagramview.h"
#include "editor/editorview.h"
#include "images/imagesview.h"
#include "lesson/lessonpanel.h"
#include "presenteroverlay.h"
#include "theme.h"
#include "toolbarfitter.h"
#include "view.h"
#include "zoom.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QScreen>
#include <QScrollArea>
#include <QToolBar>

namespace dx {

MainWindow::MainWindow(AppServices *services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_viewToolBar(new QToolBar(this))
    , m_commandDock(new QDockWidget(this))
    , m_status(new EngineStatusWidget(this))
    , m_overlay(new PresenterOverlay(this))
{
    connect(services, &AppServices::dockerfileChanged, this, [this](const QString &path) {
        m_dockerfileName = QFileInfo(path).fileName();
        updateWindowTitle();
    });
    setWindowIcon(services->icons()->icon(QStringLiteral("app"), QColor(0x1d, 0x63, 0xed)));
    setAcceptDrops(true);

    createNavigation();
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_viewToolBar->setObjectName(QStringLiteral("viewToolBar"));
    m_viewToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_viewToolBar->setMovable(false);
    new ToolBarFitter(m_viewToolBar);
    addToolBar(m_viewToolBar);

    m_commandDock->setObjectName(QStringLiteral("commandDock"));
    m_commandDock->setWidget(new CommandPanel(services, m_commandDock));
    addDockWidget(Qt::BottomDockWidgetArea, m_commandDock);
    resizeDocks({m_commandDock}, {110}, Qt::Vertical);

    // The lesson beside the views, full height; closed unless the user opened it last time.
    m_lessonDock = new QDockWidget(this);
    m_lessonDock->setObjectName(QStringLiteral("lessonDock"));
    m_lessonDock->setWidget(new LessonPanel(services, this, m_lessonDock));
    for (QDockWidget *dock : {m_commandDock, m_lessonDock})
        dock->setTitleBarWidget(new DockTitleBar(dock, services->icons()));
    if (auto *panel = qobject_cast<CommandPanel *>(m_commandDock->widget()))
        static_cast<DockTitleBar *>(m_commandDock->titleBarWidget())->addTools(panel->titleTools());
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_lessonDock);
    m_lessonDock->hide();

    statusBar()->addPermanentWidget(m_status);
    connect(services->engine(), &Engine::infoChanged, m_status, &EngineStatusWidget::setInfo);
    m_status->setInfo(services->engine()->info());
    if (EngineLauncher *launcher = services->launcher()) {
        connect(launcher, &EngineLauncher::message, this, [this](const QString &text) {
            statusBar()->showMessage(text, 15000);
        });
    }

    connect(services, &AppServices::openInEditorRequested, this, [this] { showView(ViewId::Editor); });
    connect(services, &AppServices::showImageRequested, this, [this] { showView(ViewId::Images); });
    connect(services, &AppServices::showImageLayerRequested, this, [this] { showView(ViewId::Images); });
    connect(services, &AppServices::showContainerRequested, this, [this] { showView(ViewId::Containers); });
    connect(services, &AppServices::showVolumeRequested, this, [this] { showView(ViewId::Volumes); });
    connect(services, &AppServices::buildRequested, this, [this] { showView(ViewId::Build); });
    connect(services->icons(), &IconProvider::iconsChanged, this, &MainWindow::refreshIcons);

    createMenus();
    retranslate(this, [this] { retranslateUi(); });

    resize(1280, 800);
    restoreGeometry(Settings::windowGeometry.get());
    restoreState(Settings::windowState.get());
    setLessonVisible(Settings::lessonOpen.get());
    // Opened or closed by the user (menu, shortcut, the dock's close button): remember it.
    m_lessonToggled = connect(m_lessonDock->toggleViewAction(), &QAction::toggled, this, [this](bool on) {
        // Not while the window hides or goes away: that is no choice of the user.
        if (!m_lessonFromSettings && isVisible())
            Settings::lessonOpen.set(on);
    });
    ViewId start = ViewId::Editor;
    ViewFactory::fromKey(Settings::currentView.get(), &start);
    showView(start);
}

MainWindow::~MainWindow()
{
    // ~QWidget() closes the window after this object's members are gone, which hides the
    // dock and toggles its action: the handler would read a destroyed MainWindow (UBSan,
    // scripts/sanitize.sh on tst_lessonpanel).
    disconnect(m_lessonToggled);
}

void MainWindow::updateWindowTitle()
{
    // "[*]" shows the editor's unsaved state (it calls setWindowModified on its window).
    setWindowTitle(m_dockerfileName.isEmpty() ? tr("Docker Explorer") + QStringLiteral("[*]")
                                              : tr("%1[*] — Docker Explorer").arg(m_dockerfileName));
}

// Every text the window sets itself, again when the language changes while the app runs.
void MainWindow::retranslateUi()
{
    updateWindowTitle();
    m_viewToolBar->setWindowTitle(tr("View Actions"));
    m_commandDock->setWindowTitle(tr("Docker Commands"));
    m_lessonDock->setWindowTitle(tr("Lesson"));
    updateNavigationTexts();
    applyZoom(); // the zoom menu's title, the navigation's width for the new words
}

void MainWindow::updateNavigationTexts()
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        const QString title = ViewFactory::title(ViewFactory::all().value(row));
        QListWidgetItem *item = m_navigation->item(row);
        item->setText(m_narrow ? QString() : title);
        item->setToolTip(m_narrow ? title : QString());
    }
}

// A small screen or a large zoom leaves few lines of text: measured in lines of the current
// font, so both look the same. Narrow: the navigation shows its icons only (names as tool
// tips). Short: the Docker Commands panel keeps to a few rows and its option becomes a button.
void MainWindow::updateCompactLayout()
{
    const int line = QFontMetrics(QApplication::font()).lineSpacing(); // the zoom's, also before it reached the widgets
    const bool narrow = width() < 50 * line;
    const bool shortOfHeight = height() < 32 * line;
    if (narrow != m_narrow) {
        m_narrow = narrow;
        updateNavigationTexts();
        applyZoom();
    }
    if (shortOfHeight != m_short) {
        m_short = shortOfHeight;
        if (auto *panel = qobject_cast<CommandPanel *>(m_commandDock->widget()))
            panel->setCompact(shortOfHeight);
        if (shortOfHeight && !m_presentation.active) {
            // After the layout settled (a first resize may still be under way).
            QTimer::singleShot(0, this, [this, line] {
                resizeDocks({m_commandDock}, {m_commandDock->titleBarWidget()->sizeHint().height() + 4 * line},
                            Qt::Vertical);
            });
        }
        applyZoom();
    }
}

void MainWindow::createNavigation()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    Zoom::setIconSize(m_navigation, QSize(28, 28));
    m_navigation->setViewMode(QListView::ListMode);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // its width follows its items
    for (ViewId id : ViewFactory::all()) {
        auto *item = new QListWidgetItem(m_services->icons()->icon(ViewFactory::iconName(id)), ViewFactory::title(id));
        item->setData(Qt::UserRole, int(id));
        m_navigation->addItem(item);

        View *view = ViewFactory::create(id, m_services, m_stack);
        m_views.insert(id, view);
        QWidget *page = view;
        if (ViewFactory::needsEngine(id)) {
            auto *enginePage = new EnginePage(m_services, view, m_stack);
            connect(enginePage, &EnginePage::connectRequested, this, &MainWindow::chooseEngine);
            page = enginePage;
        }
        // At a high zoom on a small screen a view may need more room than the window has: it
        // scrolls inside instead of making the window larger than the screen.
        auto *scroll = new QScrollArea(m_stack);
        scroll->setObjectName(ViewFactory::key(id) + QStringLiteral("Scroll"));
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setWidget(page);
        m_pages.insert(id, scroll);
        m_stack->addWidget(scroll);
    }
    applyZoom();
    connect(Zoom::instance(), &Zoom::changed, this, [this] {
        applyZoom();
        updateCompactLayout();
        // Larger text must not push the window past the screen's edges: once the layouts
        // settled, a window that no longer fits is made to fit (its views scroll inside).
        QTimer::singleShot(0, this, &MainWindow::fitScreen);
    });
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onCurrentViewChanged);
}

// What the zoom changes beyond fonts and the style's metrics: the navigation's padding and width.
void MainWindow::applyZoom()
{
    const Zoom *zoom = Zoom::instance();
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { padding: %1px %2px; outline: 0; }"
                                               "QListWidget#navigation::item { padding: %1px %3px; border-radius: %4px; }"
                                               "QListWidget#navigation::item:selected { background: palette(highlight);"
                                               " color: palette(highlighted-text); }")
                                    .arg(zoom->scaled(m_short ? 3 : 8))
                                    .arg(zoom->scaled(4))
                                    .arg(zoom->scaled(m_narrow ? 6 : 10))
                                    .arg(zoom->scaled(6)));
    // Short of height the icons get smaller, so that every view stays in reach without scrolling.
    Zoom::setIconSize(m_navigation, m_short ? QSize(20, 20) : QSize(28, 28));
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + zoom->scaled(m_narrow ? 16 : 28));
    if (m_zoomMenu)
        m_zoomMenu->setTitle(tr("&Zoom (%1 %)").arg(zoom->percent()));
}

void MainWindow::fitScreen()
{
    const QScreen *s = screen();
    if (!s || isFullScreen() || isMaximized() || !isVisible())
        return;
    const QRect room = s->availableGeometry();
    const QSize frame = frameGeometry().size() - geometry().size();
    const QSize fits = size().boundedTo(room.size() - frame);
    if (fits != size())
        resize(fits);
    const QRect now = frameGeometry();
    if (!room.contains(now))
        move(qBound(room.left(), now.left(), qMax(room.left(), room.right() - now.width() + 1)),
             qBound(room.top(), now.top(), qMax(room.top(), room.bottom() - now.height() + 1)));
}

void MainWindow::createMenus()
{
    IconProvider *icons = m_services->icons();
    QMenu *file = menuBar()->addMenu(QString());
    retranslate(file, [file] { file->setTitle(tr("&File")); });
    QAction *open = file->addAction(icons->icon(QStringLiteral("open")), QString());
    retranslate(open, [open] { open->setText(tr("&Open…")); });
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        showView(ViewId::Editor);
        view(ViewId::Editor)->openPath({});
    });
    // The Images view's own "Pull…", here too: Ctrl+P works from every view.
    if (auto *images = qobject_cast<ImagesView *>(view(ViewId::Images))) {
        file->addAction(images->pullAction());
        connect(images->pullAction(), &QAction::triggered, this, [this] { showView(ViewId::Images); });
    }
    file->addSeparator();
    QAction *quit = file->addAction(icons->icon(QStringLiteral("quit")), QString());
    retranslate(quit, [quit] { quit->setText(tr("&Quit")); });
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *viewMenu = menuBar()->addMenu(QString());
    retranslate(viewMenu, [viewMenu] { viewMenu->setTitle(tr("&View")); });
    createViewMenu(viewMenu);

    auto *engine = new EngineMenu(m_services, this);
    menuBar()->addMenu(engine);
    connect(engine, &EngineMenu::connectRequested, this, &MainWindow::chooseEngine);

    QMenu *help = menuBar()->addMenu(QString());
    QAction *about = help->addAction(icons->icon(QStringLiteral("info")), QString());
    retranslate(help, [help, about] {
        help->setTitle(tr("&Help"));
        about->setText(tr("&About Docker Explorer"));
    });
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createViewMenu(QMenu *viewMenu)
{
    IconProvider *icons = m_services->icons();
    int n = 1;
    for (ViewId id : ViewFactory::all()) {
        QAction *a = viewMenu->addAction(icons->icon(ViewFactory::iconName(id)), QString());
        retranslate(a, [a, id] { a->setText(ViewFactory::title(id)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n++)));
        connect(a, &QAction::triggered, this, [this, id] { showView(id); });
    }
    viewMenu->addSeparator();
    viewMenu->addAction(m_commandDock->toggleViewAction());
    m_commandDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *lesson = m_lessonDock->toggleViewAction();
    lesson->setIcon(icons->icon(QStringLiteral("lesson")));
    lesson->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_L)});
    retranslate(lesson, [lesson] {
        lesson->setToolTip(tr("Show the lesson: Docker step by step, with a button for each step (F1 or Ctrl+L)"));
    });
    viewMenu->addAction(lesson);
    // The volume browser's helper image and containers are the app's, not the user's.
    QAction *internal = viewMenu->addAction(QString());
    internal->setObjectName(QStringLiteral("showInternalAction"));
    internal->setCheckable(true);
    internal->setChecked(Settings::showInternalObjects.get());
    retranslate(internal, [internal] {
        internal->setText(tr("Show &Internal Objects"));
        internal->setToolTip(tr("List Docker Explorer's own helper image and containers (docker-explorer-helper, used to "
                                "browse volumes) among the images and containers"));
    });
    connect(internal, &QAction::toggled, this, &MainWindow::setShowInternalObjects);

    viewMenu->addSeparator();
    m_zoomMenu = viewMenu->addMenu(tr("&Zoom (%1 %)").arg(Zoom::instance()->percent()));
    QAction *zoomIn = m_zoomMenu->addAction(icons->icon(QStringLiteral("zoom-in")), QString());
    zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    connect(zoomIn, &QAction::triggered, Zoom::instance(), &Zoom::zoomIn);
    QAction *zoomOut = m_zoomMenu->addAction(icons->icon(QStringLiteral("zoom-out")), QString());
    zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(zoomOut, &QAction::triggered, Zoom::instance(), &Zoom::zoomOut);
    QAction *zoomReset = m_zoomMenu->addAction(QString());
    retranslate(zoomReset, [zoomIn, zoomOut, zoomReset] {
        zoomIn->setText(tr("Zoom &In"));
        zoomOut->setText(tr("Zoom &Out"));
        zoomReset->setText(tr("&Actual Size"));
    });
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomReset, &QAction::triggered, Zoom::instance(), &Zoom::reset);
    m_zoomMenu->addSeparator();
    auto *zoomSteps = new QActionGroup(this);
    for (int percent : Zoom::steps()) {
        if (percent < 80)
            continue;
        QAction *a = m_zoomMenu->addAction(QString());
        retranslate(a, [a, percent] { a->setText(tr("%1 %").arg(percent)); });
        a->setCheckable(true);
        zoomSteps->addAction(a);
        connect(a, &QAction::triggered, this, [percent] { Zoom::instance()->setPercent(percent); });
        connect(m_zoomMenu, &QMenu::aboutToShow, a, [a, percent] { a->setChecked(Zoom::instance()->percent() == percent); });
    }
    // Window-wide shortcuts: the menus' actions live on the window, so they work in any view.
    for (QAction *a : {zoomIn, zoomOut, zoomReset})
        addAction(a);

    m_fullScreenAction = viewMenu->addAction(icons->icon(QStringLiteral("fullscreen")), QString());
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_fullScreenAction, &QAction::toggled, this, &MainWindow::setFullScreen);
    m_presentationAction = viewMenu->addAction(icons->icon(QStringLiteral("present")), QString());
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F11));

    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
    m_showInputAction = viewMenu->addAction(QString());
    retranslate(m_showInputAction, [this] {
        m_fullScreenAction->setText(tr("&Full Screen"));
        m_presentationAction->setText(tr("&Presentation Mode"));
        m_presentationAction->setToolTip(tr("Full screen, larger text, a taller Docker Commands panel and every click and "
                                            "shortcut shown to the room (Ctrl+F11)"));
        m_showInputAction->setText(tr("Show &Clicks and Shortcuts"));
    });
    m_showInputAction->setCheckable(true);
    connect(m_showInputAction, &QAction::toggled, m_overlay, &PresenterOverlay::setEnabled);
    for (QAction *a : {m_fullScreenAction, m_presentationAction})
        addAction(a);

    QMenu *theme = viewMenu->addMenu(QString());
    retranslate(theme, [theme] { theme->setTitle(tr("&Theme")); });
    auto *themes = new QActionGroup(this);
    const QString currentTheme = Theme::modeKey(Theme::current());
    const QList<QPair<QString, const char *>> themeItems{
        {QStringLiteral("system"), QT_TR_NOOP("Follow the System")},
        {QStringLiteral("light"), QT_TR_NOOP("Light")},
        {QStringLiteral("dark"), QT_TR_NOOP("Dark")},
        {QStringLiteral("contrast-light"), QT_TR_NOOP("High Contrast Light")},
        {QStringLiteral("contrast-dark"), QT_TR_NOOP("High Contrast Dark")}};
    for (const auto &[key, label] : themeItems) {
        QAction *a = theme->addAction(QString());
        retranslate(a, [a, label = label] { a->setText(tr(label)); });
        a->setCheckable(true);
        a->setChecked(key == currentTheme);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, key = key] { setTheme(key); });
    }
    QMenu *language = viewMenu->addMenu(QString());
    auto *languages = new QActionGroup(this);
    const QString currentLanguage = Settings::language.get();
    // Each language by its own name, so it can be found whatever the current one is.
    const QList<QPair<QString, QString>> languageItems{{QString(), QString()},
                                                       {QStringLiteral("en"), QStringLiteral("English")},
                                                       {QStringLiteral("de"), QStringLiteral("Deutsch")}};
    for (const auto &[code, label] : languageItems) {
        QAction *a = language->addAction(label);
        if (code.isEmpty())
            retranslate(a, [a] { a->setText(tr("System Language")); });
        a->setCheckable(true);
        a->setChecked(code == currentLanguage);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }
    retranslate(language, [language] { language->setTitle(tr("&Language")); });
}

void MainWindow::setShowInternalObjects(bool show)
{
    Settings::showInternalObjects.set(show);
    if (auto *images = qobject_cast<ImagesView *>(view(ViewId::Images)))
        images->setShowInternal(show);
    if (auto *containers = qobject_cast<ContainersView *>(view(ViewId::Containers)))
        containers->setShowInternal(show);
    if (auto *diagram = qobject_cast<DiagramView *>(view(ViewId::Diagram)))
        diagram->setShowInternal(show);
}

void MainWindow::restoreCommandsHeight()
{
    if (m_pendingCommandsHeight > 0)
        resizeDocks({m_commandDock}, {m_pendingCommandsHeight}, Qt::Vertical);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    updateCompactLayout();
    if (m_pendingCommandsHeight > 0) {
        QTimer::singleShot(0, this, [this] {
            restoreCommandsHeight();
            m_pendingCommandsHeight = 0;
        });
    }
}

void MainWindow::setFullScreen(bool on)
{
    if (on == isFullScreen())
        return;
    if (on)
        showFullScreen();
    else
        showNormal();
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation.active)
        return;
    if (on) {
        m_presentation = {true, Zoom::instance()->percent(), isFullScreen(), m_showInputAction->isChecked(),
                          m_commandDock->isVisible(), m_commandDock->height()};
        Zoom::instance()->setPercent(qMax(150, Zoom::instance()->percent()), false);
        m_fullScreenAction->setChecked(true);
        m_showInputAction->setChecked(true);
        m_commandDock->show();
        // The commands are what the room reads along: a third of the window.
        resizeDocks({m_commandDock}, {qMax(m_presentation.commandsHeight, height() / 3)}, Qt::Vertical);
    } else {
        const Before before = m_presentation;
        m_presentation.active = false;
        Zoom::instance()->setPercent(before.zoom);
        m_fullScreenAction->setChecked(before.fullScreen);
        m_showInputAction->setChecked(before.showInput);
        m_commandDock->setVisible(before.commandsVisible);
        // The panel's height once the window has its normal size and zoom again.
        if (before.commandsVisible) {
            m_pendingCommandsHeight = before.commandsHeight;
            QTimer::singleShot(0, this, &MainWindow::restoreCommandsHeight);
        }
    }
    m_presentationAction->setChecked(on);
}

void MainWindow::showView(ViewId id)
{
    m_navigation->setCurrentRow(ViewFactory::all().indexOf(id));
}

ViewId MainWindow::currentView() const
{
    return ViewFactory::all().value(qMax(0, m_navigation->currentRow()));
}

bool MainWindow::isLoading() const
{
    const View *v = view(currentView());
    return v && v->isLoading();
}

bool MainWindow::openPath(const QString &path)
{
    return view(ViewId::Editor)->openPath(path);
}

void MainWindow::reopenLastFile()
{
    if (auto *editor = qobject_cast<EditorView *>(view(ViewId::Editor)))
        editor->reopenLastFile();
}

void MainWindow::onCurrentViewChanged(int row)
{
    const ViewId id = ViewFactory::all().value(row);
    m_stack->setCurrentWidget(m_pages.value(id));
    m_viewToolBar->clear();
    View *v = view(id);
    m_viewToolBar->addActions(v->toolBarActions());
    m_viewToolBar->setVisible(!m_viewToolBar->actions().isEmpty());
    v->activated();
    Settings::currentView.set(ViewFactory::key(id));
}

void MainWindow::setLessonVisible(bool visible, bool remember)
{
    m_lessonFromSettings = !remember;
    m_lessonDock->setVisible(visible);
    if (visible)
        resizeDocks({m_lessonDock}, {380}, Qt::Horizontal);
    m_lessonFromSettings = false;
    if (remember)
        Settings::lessonOpen.set(visible);
}

void MainWindow::chooseEngine()
{
    ConnectDialog dialog(Settings::engineChoice.get(), this);
    if (m_services->engine()->isConnected())
        dialog.setEngineInUse(m_services->engine()->info().endpoint.displayName());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Settings::engineChoice.set(dialog.choice());
    if (EngineLauncher *launcher = m_services->launcher())
        launcher->connectToChoice(dialog.choice());
    else
        m_services->engine()->connectToChoice(dialog.choice());
}

void MainWindow::setTheme(const QString &key)
{
    Settings::theme.set(key);
    Theme::apply(Theme::modeFromKey(key));
    m_services->icons()->setColor(QApplication::palette().color(QPalette::WindowText));
}

void MainWindow::setLanguage(const QString &code)
{
    Settings::language.set(code);
    Language::instance()->apply(code);
}

void MainWindow::refreshIcons()
{
    for (QDockWidget *dock : {m_commandDock, m_lessonDock}) {
        if (auto *title = qobject_cast<DockTitleBar *>(dock->titleBarWidget()))
            title->refreshIcons();
    }
    for (int row = 0; row < m_navigation->count(); ++row) {
        const ViewId id = ViewFactory::all().value(row);
        m_navigation->item(row)->setIcon(m_services->icons()->icon(ViewFactory::iconName(id)));
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Docker Explorer"),
                       tr("<h3>Docker Explorer %1</h3><p>Edit a Dockerfile, build it and see what it produces: "
                          "images and their layers, containers and their writable layer, volumes and their files.</p>"
                          "<p>Connected to: %2</p>")
                           .arg(QStringLiteral(DX_VERSION), m_services->engine()->info().summary()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (View *v : std::as_const(m_views)) {
        if (!v->maybeClose()) {
            event->ignore();
            return;
        }
    }
    Settings::windowGeometry.set(saveGeometry());
    Settings::windowState.set(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        showView(ViewId::Editor);
        openPath(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The size remembered or chosen (1280x800) may be larger than this screen, or than the
    // zoom leaves room for (at 200 % a 1024x768 projector has 512x384 to offer): never open
    // past its edges. Once the window manager framed the window, it is fitted exactly.
    if (m_fitOnShow && !m_shownOnce && !isFullScreen() && !isMaximized()) {
        m_shownOnce = true;
        if (const QScreen *s = screen())
            resize(size().boundedTo(s->availableGeometry().size()));
        QTimer::singleShot(0, this, &MainWindow::fitScreen);
        QTimer::singleShot(300, this, &MainWindow::fitScreen); // the frame is known only once the window manager framed it
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange && m_fullScreenAction)
        m_fullScreenAction->setChecked(isFullScreen());
    if (event->type() == QEvent::PaletteChange) {
        m_services->icons()->setColor(palette().color(QPalette::WindowText));
        applyZoom(); // the navigation's style sheet reads palette(…) when it is set: set it again
    }
    QMainWindow::changeEvent(event);
}

} // namespace dx
