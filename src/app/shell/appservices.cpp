#include "appservices.h"

#include <QFileInfo>

#include <QDir>

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

namespace {
QString normalPath(const QString &path)
{
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}
} // namespace

void AppServices::setLineLayers(const QString &dockerfilePath, const QList<LineLayerInfo> &layers)
{
    m_lineLayers = layers;
    m_lineLayersFile = normalPath(dockerfilePath);
    emit lineLayersChanged();
}

QList<LineLayerInfo> AppServices::lineLayersFor(const QString &dockerfilePath) const
{
    if (m_lineLayersFile.isEmpty() || normalPath(dockerfilePath) != m_lineLayersFile)
        return {};
    return m_lineLayers;
}

void AppServices::addLayerFiles(const ImageLayersReport &report)
{
    constexpr int Kept = 4; // a few images: their file lists may be long
    for (qsizetype i = 0; i < m_layerFiles.size(); ++i) {
        if (m_layerFiles.at(i).imageId == report.imageId) {
            m_layerFiles.removeAt(i);
            break;
        }
    }
    m_layerFiles.prepend(report);
    while (m_layerFiles.size() > Kept)
        m_layerFiles.removeLast();
    emit layerFilesAdded();
}

const ImageLayer *AppServices::layerFiles(const QString &diffId) const
{
    for (const ImageLayersReport &report : m_layerFiles) {
        if (const ImageLayer *layer = report.layerByDiffId(diffId))
            return layer;
    }
    return nullptr;
}

void AppServices::setRequestedBuildTag(const QString &tag)
{
    if (tag == m_requestedBuildTag)
        return;
    m_requestedBuildTag = tag;
    emit requestedBuildTagChanged(tag);
}

} // namespace dx
