#include "dockerapi.h"

#include "buildapi.h"
#include "containersapi.h"
#include "engine/engine.h"
#include "execapi.h"
#include "imagesapi.h"
#include "job.h"
#include "networksapi.h"
#include "systemapi.h"
#include "volumesapi.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>

namespace dx {

ApiError ApiError::fromResponse(const EngineResponse &response)
{
    ApiError error;
    if (response.ok())
        return error;
    error.transport = response.error;
    error.status = response.status;
    error.message = response.error == EngineResponse::Error::Http ? withRuntimeHint(response.message)
                                                                   : response.message;
    switch (response.error) {
    case EngineResponse::Error::Http: error.kind = Kind::Http; break;
    case EngineResponse::Error::Cancelled: error.kind = Kind::Cancelled; break;
    default: error.kind = Kind::Transport; break;
    }
    return error;
}

QString ApiError::runtimeHint(const QString &engineMessage)
{
    // Both read as the engines wrote them: Podman 4.3's start ("crun: cgroups in hybrid mode not
    // supported, drop all controllers from cgroupv2: OCI runtime error") and its buildah RUN
    // step ("building at STEP \"RUN …\": while running runtime: exit status 1").
    if (engineMessage.contains(QLatin1String("cgroups in hybrid mode not supported"))
        || engineMessage.contains(QLatin1String("while running runtime: exit status 1"))) {
        return QCoreApplication::translate(
            "dx::DockerApi",
            "The engine's container runtime could not start the process. Podman's crun refuses machines "
            "with hybrid or version 1 cgroups: install runc and set runtime = \"runc\" under [engine] in "
            "~/.config/containers/containers.conf (or /etc/containers/containers.conf), then restart the "
            "Podman service.");
    }
    // runc under Podman 4.3: "error setting rlimits for ready process: error setting rlimit type 7:
    // operation not permitted"; crun says "setrlimit `RLIMIT_NOFILE`".
    if (engineMessage.contains(QLatin1String("error setting rlimit")) || engineMessage.contains(QLatin1String("setrlimit"))) {
        return QCoreApplication::translate(
            "dx::DockerApi",
            "The engine could not apply its default process limits here. For Podman, set default_ulimits = "
            "[\"nofile=20000:20000\", \"nproc=32768:32768\"] under [containers] in containers.conf, then "
            "restart the Podman service.");
    }
    return {};
}

QString ApiError::registryHint(const QString &engineMessage)
{
    // As Docker 20.10 and docker-registry 2.8 say it: no credentials sent ("Head
    // \"http://host/v2/a/manifests/1\": no basic auth credentials"), wrong ones
    // ("unauthorized: authentication required"), Docker Hub's ("unauthorized: incorrect username
    // or password", "denied: requested access to the resource is denied").
    if (engineMessage.contains(QLatin1String("no basic auth credentials"))
        || engineMessage.contains(QLatin1String("unauthorized:"))
        || engineMessage.contains(QLatin1String("authentication required"))
        || engineMessage.contains(QLatin1String("requested access to the resource is denied"))) {
        return QCoreApplication::translate(
            "dx::DockerApi",
            "The registry wants credentials it accepts. Docker Explorer sends the ones the docker command "
            "line stored: run docker login with the registry's address in a terminal (it writes config.json "
            "in DOCKER_CONFIG or ~/.docker, or hands them to the credential helper named there), then try "
            "again.");
    }
    return {};
}

QString ApiError::withRuntimeHint(const QString &engineMessage)
{
    QString hint = runtimeHint(engineMessage);
    if (hint.isEmpty())
        hint = registryHint(engineMessage);
    return hint.isEmpty() ? engineMessage : engineMessage + QStringLiteral("\n\n") + hint;
}

ApiError ApiError::malformed(const QString &what, const QString &detail)
{
    ApiError error;
    error.kind = Kind::Malformed;
    error.message = QCoreApplication::translate("dx::DockerApi", "The engine's answer to %1 was not understood: %2")
                        .arg(what, detail);
    return error;
}

DockerApi::DockerApi(Engine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_containers(std::make_unique<ContainersApi>(this))
    , m_images(std::make_unique<ImagesApi>(this))
    , m_volumes(std::make_unique<VolumesApi>(this))
    , m_networks(std::make_unique<NetworksApi>(this))
    , m_exec(std::make_unique<ExecApi>(this))
    , m_system(std::make_unique<SystemApi>(this))
    , m_build(std::make_unique<BuildApi>(this))
{
    qRegisterMetaType<CommandRecord>();
}

DockerApi::~DockerApi() = default;

QString DockerApi::segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, "/:@"));
}

EngineReply *DockerApi::send(const EngineRequest &request, const Command &command, const CallContext &context)
{
    Q_ASSERT(m_engine);
    QString wire = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    if (!request.query.isEmpty())
        wire += QLatin1Char('?') + request.query.toString(QUrl::PrettyDecoded);
    EngineReply *reply = m_engine->send(request); // EngineRequest encodes every query character itself

    if (context.group != 0) {
        const auto it = m_groups.find(context.group);
        if (it != m_groups.end()) {
            Group &group = it.value();
            ++group.record.requests;
            group.record.request = wire;
            if (!group.sent) {
                group.sent = true;
                group.timer.start();
                group.record.started = QDateTime::currentDateTime();
                emit commandStarted(group.record);
            }
            return reply;
        }
    }

    CommandRecord record;
    record.id = m_nextId++;
    record.cli = command.cli;
    record.description = context.description.isEmpty() ? command.description : context.description;
    switch (context.visibility) {
    case CallContext::Visibility::Default: record.internal = command.internal; break;
    case CallContext::Visibility::User: record.internal = false; break;
    case CallContext::Visibility::Internal: record.internal = true; break;
    }
    record.request = wire;
    record.started = QDateTime::currentDateTime();
    record.requests = 1;
    emit commandStarted(record);
    QElapsedTimer timer;
    timer.start();
    connect(reply, &EngineReply::finished, this, [this, record, timer](const EngineResponse &response) {
        finishRecord(record, timer.elapsed(), ApiError::fromResponse(response));
    });
    return reply;
}

quint64 DockerApi::beginGroup(const QString &cli, const QString &description)
{
    Group group;
    group.record.id = m_nextId++;
    group.record.cli = cli;
    group.record.description = description;
    m_groups.insert(group.record.id, group);
    return group.record.id;
}

void DockerApi::endGroup(quint64 id, const ApiError &error)
{
    const auto it = m_groups.find(id);
    if (it == m_groups.end())
        return;
    const Group group = it.value();
    m_groups.erase(it);
    if (group.sent)
        finishRecord(group.record, group.timer.elapsed(), error);
}

void DockerApi::finishRecord(CommandRecord record, qint64 elapsedMs, const ApiError &error)
{
    record.elapsedMs = elapsedMs;
    switch (error.kind) {
    case ApiError::Kind::None: record.state = CommandRecord::State::Done; break;
    case ApiError::Kind::Cancelled: record.state = CommandRecord::State::Cancelled; break;
    default:
        record.state = CommandRecord::State::Failed;
        record.message = error.message;
        break;
    }
    emit commandFinished(record);
}

void DockerApi::trackJob(Job *job)
{
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
}

void DockerApi::markEssential(EngineReply *reply)
{
    if (!reply || reply->isFinished())
        return;
    m_essential.insert(reply);
    connect(reply, &EngineReply::finished, this, [this, reply] { m_essential.remove(reply); });
    connect(reply, &QObject::destroyed, this, [this, reply] { m_essential.remove(reply); });
}

int DockerApi::pendingEssential() const
{
    return int(m_essential.size());
}

bool DockerApi::drain(int timeoutMs)
{
    m_jobs.removeAll(nullptr);
    const QList<QPointer<Job>> jobs = m_jobs;
    for (const QPointer<Job> &job : jobs) {
        if (job)
            job->cancel();
    }
    const auto busy = [this] {
        if (!m_essential.isEmpty())
            return true;
        for (const QPointer<Job> &job : std::as_const(m_jobs)) {
            if (job && job->isRunning())
                return true;
        }
        return false;
    };
    QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(10);
    connect(&tick, &QTimer::timeout, &loop, [&] {
        if (!busy() || deadline.hasExpired())
            loop.quit();
    });
    if (busy()) {
        tick.start();
        loop.exec();
    }
    return !busy();
}

} // namespace dx
