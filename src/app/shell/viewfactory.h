#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace dx {

class AppServices;
class View;

// The views of the main window, in navigation order.
enum class ViewId { Editor, Recipe, Build, Images, Containers, Volumes, Diagram, System };

class ViewFactory final
{
public:
    static QList<ViewId> all();
    static QString key(ViewId id);          // "editor", ... as used by --view
    static bool fromKey(const QString &key, ViewId *id);
    static QString title(ViewId id);        // translated
    static QString iconName(ViewId id);
    static bool needsEngine(ViewId id);
    // A new view of the kind `id`, owned by `parent`.
    static View *create(ViewId id, AppServices *services, QWidget *parent);
};

} // namespace dx
