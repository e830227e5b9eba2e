#include "volumejob.h"

#include "volumehelper.h"

#include "api/dockerapi.h"

namespace dx {

VolumeJob::VolumeJob(DockerApi *api, const QString &title, QObject *parent)
    : Job(title, parent)
    , m_api(api)
    , m_root(QString::fromLatin1(VolumeHelper::MountPoint))
{
    if (api)
        api->trackJob(this);
    connect(this, &Job::ended, this, &VolumeJob::closeGroup);
}

VolumeJob::~VolumeJob()
{
    // Destroyed while still running (its owner went): the command ends as cancelled.
    if (m_group != 0 && m_api) {
        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        m_api->endGroup(std::exchange(m_group, 0), cancelled);
    }
}

DockerApi *VolumeJob::api() const
{
    return m_api;
}

void VolumeJob::setUserCommand(const QString &cli, const QString &description)
{
    m_cli = cli;
    m_description = description;
}

QString VolumeJob::containerPath(const QString &path) const
{
    return VolumeHelper::containerPath(m_root, path);
}

CallContext VolumeJob::callContext()
{
    if (m_cli.isEmpty() || !m_api)
        return CallContext::internal();
    if (m_group == 0)
        m_group = m_api->beginGroup(m_cli, m_description);
    return CallContext::inGroup(m_group);
}

void VolumeJob::failWith(const ApiError &error)
{
    m_error = error;
    fail(error.message);
}

void VolumeJob::closeGroup()
{
    if (m_group == 0 || !m_api)
        return;
    ApiError error;
    switch (state()) {
    case State::Finished: break;
    case State::Cancelled: error.kind = ApiError::Kind::Cancelled; break;
    default:
        if (!m_error.isNone()) {
            error = m_error;
        } else {
            // The engine answered, but the job failed on this side (a refused entry, a full
            // disk): the record still says failed, with the job's own message.
            error.kind = ApiError::Kind::Transport;
            error.transport = EngineResponse::Error::Other;
            error.message = errorString();
        }
        break;
    }
    m_api->endGroup(std::exchange(m_group, 0), error);
}

} // namespace dx
