#include "mainwindow.h"

#include "appservices.h"
#include "commandpanel.h"
#include "connectdialog.h"
#include "engine/engine.h"
#include "engine/enginelauncher.h"
#include "enginemenu.h"
#include "enginepage.h"
#include "enginestatuswidget.h"
#include "iconprovider.h"
#include "settings.h"
#include "editor/editorview.h"
#include "lesson/lessonpanel.h"
#include "theme.h"
#include "view.h"

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
#include <QToolBar>

namespace dx {

MainWindow::MainWindow(AppServices *services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_viewToolBar(new QToolBar(tr("View Actions"), this))
    , m_commandDock(new QDockWidget(tr("Docker Commands"), this))
    , m_status(new EngineStatusWidget(this))
{
    // "[*]" shows the editor's unsaved state (it calls setWindowModified on its window).
    setWindowTitle(tr("Docker Explorer") + QStringLiteral("[*]"));
    connect(services, &AppServices::dockerfileChanged, this, [this](const QString &path) {
        const QString name = QFileInfo(path).fileName();
        setWindowTitle(name.isEmpty() ? tr("Docker Explorer") + QStringLiteral("[*]")
                                      : tr("%1[*] — Docker Explorer").arg(name));
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
    addToolBar(m_viewToolBar);

    m_commandDock->setObjectName(QStringLiteral("commandDock"));
    m_commandDock->setWidget(new CommandPanel(services, m_commandDock));
    addDockWidget(Qt::BottomDockWidgetArea, m_commandDock);
    resizeDocks({m_commandDock}, {110}, Qt::Vertical);

    // The lesson beside the views, full height; closed unless the user opened it last time.
    m_lessonDock = new QDockWidget(tr("Lesson"), this);
    m_lessonDock->setObjectName(QStringLiteral("lessonDock"));
    m_lessonDock->setWidget(new LessonPanel(services, this, m_lessonDock));
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
    connect(services, &AppServices::showContainerRequested, this, [this] { showView(ViewId::Containers); });
    connect(services, &AppServices::showVolumeRequested, this, [this] { showView(ViewId::Volumes); });
    connect(services, &AppServices::buildRequested, this, [this] { showView(ViewId::Build); });
    connect(services->icons(), &IconProvider::iconsChanged, this, &MainWindow::refreshIcons);

    createMenus();

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

void MainWindow::createNavigation()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(28, 28));
    m_navigation->setViewMode(QListView::ListMode);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { padding: 8px 4px; outline: 0; }"
                                               "QListWidget#navigation::item { padding: 8px 10px; border-radius: 6px; }"
                                               "QListWidget#navigation::item:selected { background: palette(highlight);"
                                               " color: palette(highlighted-text); }"));
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
        m_pages.insert(id, page);
        m_stack->addWidget(page);
    }
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 28);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onCurrentViewChanged);
}

void MainWindow::createMenus()
{
    IconProvider *icons = m_services->icons();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(icons->icon(QStringLiteral("open")), tr("&Open…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        showView(ViewId::Editor);
        view(ViewId::Editor)->openPath({});
    });
    file->addSeparator();
    QAction *quit = file->addAction(icons->icon(QStringLiteral("quit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    int n = 1;
    for (ViewId id : ViewFactory::all()) {
        QAction *a = viewMenu->addAction(icons->icon(ViewFactory::iconName(id)), ViewFactory::title(id));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n++)));
        connect(a, &QAction::triggered, this, [this, id] { showView(id); });
    }
    viewMenu->addSeparator();
    viewMenu->addAction(m_commandDock->toggleViewAction());
    m_commandDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *lesson = m_lessonDock->toggleViewAction();
    lesson->setIcon(icons->icon(QStringLiteral("lesson")));
    lesson->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_L)});
    lesson->setToolTip(tr("Show the lesson: Docker step by step, with a button for each step (F1 or Ctrl+L)"));
    viewMenu->addAction(lesson);

    QMenu *theme = viewMenu->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const QString currentTheme = Theme::modeKey(Theme::current());
    const QList<QPair<QString, QString>> themeItems{{QStringLiteral("system"), tr("Follow the System")},
                                                    {QStringLiteral("light"), tr("Light")},
                                                    {QStringLiteral("dark"), tr("Dark")}};
    for (const auto &[key, label] : themeItems) {
        QAction *a = theme->addAction(label);
        a->setCheckable(true);
        a->setChecked(key == currentTheme);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, key = key] { setTheme(key); });
    }
    QMenu *language = viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString currentLanguage = Settings::language.get();
    const QList<QPair<QString, QString>> languageItems{{QString(), tr("System Language")},
                                                       {QStringLiteral("en"), QStringLiteral("English")},
                                                       {QStringLiteral("de"), QStringLiteral("Deutsch")}};
    for (const auto &[code, label] : languageItems) {
        QAction *a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == currentLanguage);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }

    auto *engine = new EngineMenu(m_services, this);
    menuBar()->addMenu(engine);
    connect(engine, &EngineMenu::connectRequested, this, &MainWindow::chooseEngine);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(icons->icon(QStringLiteral("info")), tr("&About Docker Explorer"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
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
    QMessageBox::information(this, tr("Language"), tr("The language changes the next time Docker Explorer starts."));
}

void MainWindow::refreshIcons()
{
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

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_services->icons()->setColor(palette().color(QPalette::WindowText));
    QMainWindow::changeEvent(event);
}

} // namespace dx
