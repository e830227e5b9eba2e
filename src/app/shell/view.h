#pragma once

#include <QScrollArea>
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

    // Scrolls the page (MainWindow puts each view in a scroll area, which scrolls when a high
    // zoom leaves the page less room than it needs) so that `child` shows: its top, and as
    // much of it below as fits; or, with `bottomFirst`, its bottom (a terminal's prompt) and
    // as much of it above as fits.
    void revealInPage(QWidget *child, bool bottomFirst = false) const
    {
        for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                if (!scroll->widget() || !scroll->widget()->isAncestorOf(child))
                    return;
                const QPoint top = child->mapTo(scroll->widget(), QPoint(0, 0));
                if (bottomFirst) {
                    scroll->ensureVisible(top.x(), top.y(), 0, 0);
                    scroll->ensureVisible(top.x(), top.y() + child->height(), 0, 0);
                    return;
                }
                const int bottom = top.y() + qMin(child->height(), scroll->viewport()->height());
                scroll->ensureVisible(top.x(), bottom, 0, 0);
                scroll->ensureVisible(top.x(), top.y(), 0, 0);
                return;
            }
        }
    }

private:
    AppServices *m_services;
};

} // namespace dx
