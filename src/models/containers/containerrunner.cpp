#include "containerrunner.h"

#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "api/volumesapi.h"

namespace dx {

ContainerRunner::ContainerRunner(DockerApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

ContainerRunner::~ContainerRunner()
{
    if (m_group != 0) {
        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        m_api->endGroup(m_group, cancelled);
    }
}

ContainerRunner::Field ContainerRunner::fieldForError(int status, const QString &message, bool duringStart)
{
    const QString m = message.toLower();
    if (m.contains(QLatin1String("no such image")) || m.contains(QLatin1String("invalid reference format"))
        || m.contains(QLatin1String("pull access denied")))
        return Field::Image;
    if (status == 409 || m.contains(QLatin1String("is already in use by container")))
        return Field::Name;
    if (m.contains(QLatin1String("port is already allocated")) || m.contains(QLatin1String("address already in use"))
        || m.contains(QLatin1String("invalid port")) || m.contains(QLatin1String("hostport")))
        return Field::Ports;
    if (m.contains(QLatin1String("memory limit")) || m.contains(QLatin1String("memory swap")))
        return Field::Memory;
    if (m.contains(QLatin1String("range of cpus")) || m.contains(QLatin1String("nanocpus")))
        return Field::Cpus;
    if (m.contains(QLatin1String("hostname")))
        return Field::Hostname;
    if (m.contains(QLatin1String("network")) && (m.contains(QLatin1String("not found")) || status == 404))
        return Field::Network;
    if (m.contains(QLatin1String("unable to find user")) || m.contains(QLatin1String("no matching entries in passwd")))
        return Field::User;
    if (m.contains(QLatin1String("mount")) || m.contains(QLatin1String("bind source path"))
        || m.contains(QLatin1String("volume")))
        return Field::Mounts;
    if (duringStart && (m.contains(QLatin1String("executable file not found")) || m.contains(QLatin1String("exec:"))
                        || m.contains(QLatin1String("no such file or directory"))))
        return Field::Command;
    return Field::None;
}

void ContainerRunner::run(const RunSpec &spec)
{
    if (m_group != 0)
        return;
    const QStringList problems = spec.validate(); // the dialog shows them at their fields first
    if (!problems.isEmpty()) {
        emit failed(Field::None, problems.join(QLatin1Char('\n')));
        return;
    }
    m_spec = spec;
    m_id.clear();
    m_discardedId.clear();
    m_volumesLeft = spec.namedVolumes();
    // Nothing is reported until the first request really leaves.
    m_group = m_api->beginGroup(spec.dockerCommand(), tr("Create and start a new container from %1").arg(spec.image));
    nextVolume();
}

void ContainerRunner::cancel()
{
    if (m_reply)
        m_reply->abort(); // its answer ends the group as cancelled
}

void ContainerRunner::nextVolume()
{
    if (m_volumesLeft.isEmpty()) {
        create();
        return;
    }
    const QString name = m_volumesLeft.takeFirst();
    const auto call = m_api->volumes().inspect(name, CallContext::inGroup(m_group));
    m_reply = call.reply();
    call.then(this, [this, name](const ApiResult<VolumeSummary> &r) {
        if (r.ok())
            nextVolume(); // exists: `docker run -v` would reuse it as it is
        else if (r.error.isNotFound())
            createVolume(name);
        else
            finish(r.error, Field::Mounts);
    });
}

void ContainerRunner::createVolume(const QString &name)
{
    VolumeCreateOptions options;
    options.name = name;
    options.labels = m_spec.labels;
    options.labels.insert(createdByLabel(), QStringLiteral("run-dialog"));
    emit progress(tr("Creating volume %1…").arg(name));
    const auto call = m_api->volumes().create(options, CallContext::inGroup(m_group));
    m_reply = call.reply();
    call.then(this, [this](const ApiResult<VolumeSummary> &r) {
        if (r.ok())
            nextVolume();
        else
            finish(r.error, Field::Mounts);
    });
}

void ContainerRunner::create()
{
    emit progress(tr("Creating the container…"));
    const auto call = m_api->containers().create(m_spec.createBody(), m_spec.name, CallContext::inGroup(m_group));
    m_reply = call.reply();
    call.then(this, [this](const ApiResult<ContainerCreated> &r) {
        if (!r.ok()) {
            finish(r.error, fieldForError(r.error.status, r.error.message, false));
            return;
        }
        m_id = r.value.id;
        start();
    });
}

void ContainerRunner::start()
{
    emit progress(tr("Starting the container…"));
    const auto call = m_api->containers().start(m_id, CallContext::inGroup(m_group));
    m_reply = call.reply();
    call.then(this, [this](const ApiResult<NoContent> &r) {
        if (!r.ok()) {
            // Created but not running: remove it so the same name can be used on the next try.
            // That is our cleanup, not part of what the user ran.
            m_api->containers().remove(m_id, true, false, CallContext::internal());
            m_discardedId = m_id;
            finish(r.error, fieldForError(r.error.status, r.error.message, true));
            return;
        }
        finish({}, Field::None);
    });
}

void ContainerRunner::finish(const ApiError &error, Field field)
{
    const quint64 group = m_group;
    m_group = 0;
    m_reply = nullptr;
    m_api->endGroup(group, error);
    if (error.isNone())
        emit started(m_id, m_spec.name);
    else if (error.kind != ApiError::Kind::Cancelled)
        emit failed(field, error.message);
    else
        emit failed(Field::None, tr("Cancelled."));
}

} // namespace dx
