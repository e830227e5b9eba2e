#include "enginesession.h"

#include "api/dockerapi.h"
#include "commandlogmodel.h"
#include "images/imagestore.h"
#include "containers/containerstore.h"
#include "networks/networkstore.h"
#include "volumes/volumestore.h"

namespace dx {

EngineSession::EngineSession(Engine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_api(new DockerApi(engine, this))
    , m_commandLog(new CommandLogModel(m_api, this))
    , m_networks(new NetworkStore(m_api, this))
    , m_images(new ImageStore(m_api, this))
    , m_containers(new ContainerStore(m_api, this))
    , m_volumes(new VolumeStore(m_api, m_containers, this))
{
    m_images->followContainers(m_containers);
}

EngineSession::~EngineSession() = default;

bool EngineSession::shutdown(int timeoutMs)
{
    return m_api->drain(timeoutMs);
}

} // namespace dx
