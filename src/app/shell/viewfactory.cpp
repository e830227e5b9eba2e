#include "viewfactory.h"

#include "placeholderview.h"

#include <QCoreApplication>

// Each view is compiled in when its header exists, so views can land one at a time.
#if __has_include("editor/editorview.h")
#include "editor/editorview.h"
#define DX_HAVE_EDITOR 1
#endif
#if __has_include("recipe/recipeview.h")
#include "recipe/recipeview.h"
#define DX_HAVE_RECIPE 1
#endif
#if __has_include("build/buildview.h")
#include "build/buildview.h"
#define DX_HAVE_BUILD 1
#endif
#if __has_include("images/imagesview.h")
#include "images/imagesview.h"
#define DX_HAVE_IMAGES 1
#endif
#if __has_include("containers/containersview.h")
#include "containers/containersview.h"
#define DX_HAVE_CONTAINERS 1
#endif
#if __has_include("volumes/volumesview.h")
#include "volumes/volumesview.h"
#define DX_HAVE_VOLUMES 1
#endif

namespace dx {

QList<ViewId> ViewFactory::all()
{
    return {ViewId::Editor, ViewId::Recipe, ViewId::Build, ViewId::Images, ViewId::Containers, ViewId::Volumes};
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
    }
    return {};
}

bool ViewFactory::needsEngine(ViewId id)
{
    return id == ViewId::Build || id == ViewId::Images || id == ViewId::Containers || id == ViewId::Volumes;
}

View *ViewFactory::create(ViewId id, AppServices *services, QWidget *parent)
{
    switch (id) {
#ifdef DX_HAVE_EDITOR
    case ViewId::Editor: return new EditorView(services, parent);
#endif
#ifdef DX_HAVE_RECIPE
    case ViewId::Recipe: return new RecipeView(services, parent);
#endif
#ifdef DX_HAVE_BUILD
    case ViewId::Build: return new BuildView(services, parent);
#endif
#ifdef DX_HAVE_IMAGES
    case ViewId::Images: return new ImagesView(services, parent);
#endif
#ifdef DX_HAVE_CONTAINERS
    case ViewId::Containers: return new ContainersView(services, parent);
#endif
#ifdef DX_HAVE_VOLUMES
    case ViewId::Volumes: return new VolumesView(services, parent);
#endif
    default:
        break;
    }
    return new PlaceholderView(services, title(id), iconName(id), parent);
}

} // namespace dx
