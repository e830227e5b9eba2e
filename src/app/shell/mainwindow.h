#pragma once

#include "viewfactory.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QDockWidget;

namespace dx {

class AppServices;
class EngineStatusWidget;
class PresenterOverlay;
class View;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppServices *services, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showView(ViewId id);
    View *view(ViewId id) const { return m_views.value(id); }
    ViewId currentView() const;
    // True while a view still waits for its first data.
    bool isLoading() const;
    bool openPath(const QString &path);
    // The Dockerfile edited last, as at the end of the previous session.
    void reopenLastFile();
    // The lesson panel (View > Lesson, F1 / Ctrl+L). `remember` stores the choice for the next start.
    QDockWidget *lessonDock() const { return m_lessonDock; }
    void setLessonVisible(bool visible, bool remember = false);
    // View > Show Internal Objects: the app's helper image and containers in the lists, remembered.
    void setShowInternalObjects(bool show);

    // Presentation mode (View menu, Ctrl+F11): full screen, the zoom at 150 % at least, a
    // taller Docker Commands panel and clicks and shortcuts shown to the room; turned off, all
    // of it is as it was before.
    void setPresentationMode(bool on);
    // A screenshot sizes the window to its screen exactly (no frame around it): not refitted.
    void setFitsScreenOnShow(bool on) { m_fitOnShow = on; }
    bool isPresentationMode() const { return m_presentation.active; }
    PresenterOverlay *presenterOverlay() const { return m_overlay; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createNavigation();
    void retranslateUi();
    void updateCompactLayout();
    void updateNavigationTexts();
    void updateWindowTitle();
    void createMenus();
    void onCurrentViewChanged(int row);
    void chooseEngine();
    void setTheme(const QString &key);
    void setLanguage(const QString &code);
    void refreshIcons();
    void showAbout();
    void createViewMenu(QMenu *viewMenu);
    void applyZoom();
    void setFullScreen(bool on);
    void restoreCommandsHeight();
    void fitScreen();

    AppServices *m_services;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QToolBar *m_viewToolBar;
    QDockWidget *m_commandDock;
    QDockWidget *m_lessonDock = nullptr;
    bool m_lessonFromSettings = false;
    QMetaObject::Connection m_lessonToggled;
    EngineStatusWidget *m_status;
    QHash<ViewId, View *> m_views;
    QHash<ViewId, QWidget *> m_pages;
    PresenterOverlay *m_overlay;
    QMenu *m_zoomMenu = nullptr;
    QString m_dockerfileName;
    bool m_shownOnce = false;
    bool m_fitOnShow = true;
    bool m_narrow = false; // the navigation shows icons only
    bool m_short = false;  // the Docker Commands panel keeps to a few rows
    QAction *m_fullScreenAction = nullptr;
    QAction *m_presentationAction = nullptr;
    QAction *m_showInputAction = nullptr;
    struct Before
    {
        bool active = false;
        int zoom = 100;
        bool fullScreen = false;
        bool showInput = false;
        bool commandsVisible = true;
        int commandsHeight = 0;
    } m_presentation;
    int m_pendingCommandsHeight = 0; // set back after presentation mode, once the window settled
};

} // namespace dx
