#include "appservices.h"

#include "session/enginesession.h"

namespace dx {

AppServices::AppServices(EngineSession *session, IconProvider *icons, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_engine(session->engine())
    , m_icons(icons)
{
}

AppServices::AppServices(Engine *engine, IconProvider *icons, QObject *parent)
    : AppServices(new EngineSession(engine), icons, parent)
{
    m_session->setParent(this);
}

void AppServices::setDockerfile(const QString &path, const QString &contextDir)
{
    if (path == m_dockerfilePath && contextDir == m_contextDir)
        return;
    m_dockerfilePath = path;
    m_contextDir = contextDir;
    emit dockerfileChanged(path, contextDir);
}

void AppServices::setLineLayers(const QList<LineLayerInfo> &layers)
{
    m_lineLayers = layers;
    emit lineLayersChanged();
}

void AppServices::setRequestedBuildTag(const QString &tag)
{
    if (tag == m_requestedBuildTag)
        return;
    m_requestedBuildTag = tag;
    emit requestedBuildTagChanged(tag);
}

} // namespace dx
