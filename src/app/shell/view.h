#pragma once

#include <QWidget>

namespace dx {

class AppServices;

// A page of the main window. Subclasses: EditorView, RecipeView, BuildView, ImagesView,
// ContainersView, VolumesView, SystemView (constructed as `View(AppServices *, QWidget *parent)`).
class View : public QWidget
{
    Q_OBJECT

public:
    explicit View(AppServices *services, QWidget *parent = nullptr)
        : QWidget(parent), m_services(services) {}

    // Opens a file or folder given with --open or dropped on the window. False if not handled.
    virtual bool openPath(const QString &) { return false; }
    // True while the view still waits for its first data (the screenshot mode waits for it).
    virtual bool isLoading() const { return false; }
    // Called when the view becomes the visible page.
    virtual void activated() {}
    // Actions the view adds to the main toolbar while visible.
    virtual QList<QAction *> toolBarActions() const { return {}; }
    // False when unsaved work would be lost by closing (the view then asks the user).
    virtual bool maybeClose() { return true; }

protected:
    AppServices *services() const { return m_services; }

private:
    AppServices *m_services;
};

} // namespace dx
