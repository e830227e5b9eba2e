#include "viewfactory.h"

#include "build/buildview.h"
#include "containers/containersview.h"
#include "diagram/diagramview.h"
#include "editor/editorview.h"
#include "images/imagesview.h"
#include "recipe/recipeview.h"
#include "system/systemview.h"
#include "volumes/volumesview.h"

#include <QCoreApplication>

namespace dx {

QList<ViewId> ViewFactory::all()
{
    return {ViewId::Editor, ViewId::Recipe, ViewId::Build, ViewId::Images, ViewId::Containers, ViewId::Volumes,
            ViewId::Diagram, ViewId::System};
}

QString ViewFactory::key(ViewId id)
{
    switch (id) {
    case ViewId::Editor: return QStringLiteral("editor");
    case ViewId::Recipe: return QStringLiteral("recipe");
    case ViewId::Build: return QStringLiteral("build");
    case ViewId::Images: return QStringLiteral("images");
    case ViewId::Containers: return QStringLiteral("containers");
    case ViewId::Volumes: return QStringLiteral("volumes");
    case ViewId::Diagram: return QStringLiteral("diagram");
    case ViewId::System: return QStringLiteral("system");
    }
    return {};
}

bool ViewFactory::fromKey(const QString &key, ViewId *id)
{
    for (ViewId v : all()) {
        if (ViewFactory::key(v) == key.toLower()) {
            *id = v;
            return true;
        }
    }
    return false;
}

QString ViewFactory::title(ViewId id)
{
    switch (id) {
    case ViewId::Editor: return QCoreApplication::translate("ViewFactory", "Dockerfile");
    case ViewId::Recipe: return QCoreApplication::translate("ViewFactory", "Recipe");
    case ViewId::Build: return QCoreApplication::translate("ViewFactory", "Build");
    case ViewId::Images: return QCoreApplication::translate("ViewFactory", "Images");
    case ViewId::Containers: return QCoreApplication::translate("ViewFactory", "Containers");
    case ViewId::Volumes: return QCoreApplication::translate("ViewFactory", "Volumes");
    case ViewId::Diagram: return QCoreApplication::translate("ViewFactory", "Diagram");
    case ViewId::System: return QCoreApplication::translate("ViewFactory", "System");
    }
    return {};
}

QString ViewFactory::iconName(ViewId id)
{
    switch (id) {
    case ViewId::Editor: return QStringLiteral("dockerfile");
    case ViewId::Recipe: return QStringLiteral("recipe");
    case ViewId::Build: return QStringLiteral("build");
    case ViewId::Images: return QStringLiteral("image");
    case ViewId::Containers: return QStringLiteral("container");
    case ViewId::Volumes: return QStringLiteral("volume");
    case ViewId::Diagram: return QStringLiteral("diagram");
    case ViewId::System: return QStringLiteral("system");
    }
    return {};
}

bool ViewFactory::needsEngine(ViewId id)
{
    return id == ViewId::Build || id == ViewId::Images || id == ViewId::Containers || id == ViewId::Volumes
        || id == ViewId::Diagram || id == ViewId::System;
}

View *ViewFactory::create(ViewId id, AppServices *services, QWidget *parent)
{
    switch (id) {
    case ViewId::Editor: return new EditorView(services, parent);
    case ViewId::Recipe: return new RecipeView(services, parent);
    case ViewId::Build: return new BuildView(services, parent);
    case ViewId::Images: return new ImagesView(services, parent);
    case ViewId::Containers: return new ContainersView(services, parent);
    case ViewId::Volumes: return new VolumesView(services, parent);
    case ViewId::Diagram: return new DiagramView(services, parent);
    case ViewId::System: return new SystemView(services, parent);
    }
    Q_UNREACHABLE();
    return nullptr;
}

} // namespace dx
