#pragma once

#include "viewfactory.h"

#include <QHash>
#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QToolBar;
class QDockWidget;

namespace dx {

class AppServices;
class EngineStatusWidget;
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

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createNavigation();
    void createMenus();
    void onCurrentViewChanged(int row);
    void chooseEngine();
    void setTheme(const QString &key);
    void setLanguage(const QString &code);
    void refreshIcons();
    void showAbout();

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
};

} // namespace dx
