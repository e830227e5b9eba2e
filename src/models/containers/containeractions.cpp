#include "containeractions.h"

#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "containerlistmodel.h"
#include "containerrecreator.h"
#include "containerrunner.h"
#include "containerstore.h"

#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace dx {

namespace {

// While the event's fetch is on its way the row keeps its "starting…"; this long at most.
constexpr int FetchWaitMs = 3000;

QString groupDescription(ContainerActions::Action action, bool removeVolumes)
{
    using Action = ContainerActions::Action;
    switch (action) {
    case Action::Start: return ContainerActions::tr("Start existing containers again (their writable layer is kept)");
    case Action::Stop: return ContainerActions::tr("Stop: SIGTERM, then SIGKILL after the grace period");
    case Action::Restart: return ContainerActions::tr("Stop and start again");
    case Action::Pause: return ContainerActions::tr("Freeze every process (cgroup freezer)");
    case Action::Unpause: return ContainerActions::tr("Let frozen processes go on");
    case Action::Kill: return ContainerActions::tr("Send SIGKILL at once");
    case Action::Remove:
        return removeVolumes ? ContainerActions::tr("Remove containers and their anonymous volumes")
                             : ContainerActions::tr("Remove containers (their writable layer is lost)");
    }
    return {};
}

} // namespace

ContainerActions::ContainerActions(DockerApi *api, ContainerStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
{
    // The row was re-read (or is gone): its own state speaks again.
    connect(store, &ContainerStore::changed, this, &ContainerActions::settle);
    connect(store, &ContainerStore::removed, this, &ContainerActions::settle);
}

QString ContainerActions::busyText(Action action)
{
    switch (action) {
    case Action::Start: return tr("starting…");
    case Action::Stop: return tr("stopping…");
    case Action::Restart: return tr("restarting…");
    case Action::Pause: return tr("pausing…");
    case Action::Unpause: return tr("resuming…");
    case Action::Kill: return tr("killing…");
    case Action::Remove: return tr("removing…");
    }
    return {};
}

QString ContainerActions::cliVerb(Action action)
{
    switch (action) {
    case Action::Start: return QStringLiteral("start");
    case Action::Stop: return QStringLiteral("stop");
    case Action::Restart: return QStringLiteral("restart");
    case Action::Pause: return QStringLiteral("pause");
    case Action::Unpause: return QStringLiteral("unpause");
    case Action::Kill: return QStringLiteral("kill");
    case Action::Remove: return QStringLiteral("rm");
    }
    return {};
}

bool ContainerActions::appliesTo(Action action, const ContainerSummary &c)
{
    const bool up = c.isRunning() || c.isPaused();
    switch (action) {
    case Action::Start: return !up;
    case Action::Stop:
    case Action::Kill: return up;
    case Action::Pause: return c.isRunning();
    case Action::Unpause: return c.isPaused();
    case Action::Restart:
    case Action::Remove: return true;
    }
    return false;
}

QString ContainerActions::displayName(const QString &id) const
{
    const std::optional<ContainerSummary> c = m_store->find(id);
    return c && !c->name.isEmpty() ? c->name : id.left(12);
}

void ContainerActions::trigger(Action action, const QStringList &ids, bool removeVolumes)
{
    send(action, ids, removeVolumes, -1);
}

void ContainerActions::stopAfter(const QStringList &ids, int timeoutSeconds)
{
    send(Action::Stop, ids, false, timeoutSeconds);
}

void ContainerActions::send(Action action, const QStringList &ids, bool removeVolumes, int timeoutSeconds)
{
    if (ids.isEmpty())
        return;
    QStringList names;
    for (const QString &id : ids)
        names.append(displayName(id));
    // `docker stop a b` is one command of several requests, as the CLI sends it.
    quint64 group = 0;
    if (ids.size() > 1) {
        QStringList cli{QStringLiteral("docker"), cliVerb(action)};
        if (action == Action::Remove)
            cli << QStringLiteral("-f");
        if (action == Action::Remove && removeVolumes)
            cli << QStringLiteral("-v");
        if (action == Action::Stop && timeoutSeconds >= 0)
            cli << QStringLiteral("-t") << QString::number(timeoutSeconds);
        group = m_api->beginGroup(shellJoin(cli + names), groupDescription(action, removeVolumes));
    }
    auto remaining = std::make_shared<int>(int(ids.size()));
    auto firstError = std::make_shared<ApiError>();
    ContainersApi &api = m_api->containers();
    for (int i = 0; i < ids.size(); ++i) {
        const QString id = ids.at(i);
        const QString name = names.at(i);
        const CallContext context = group ? CallContext::inGroup(group) : CallContext();
        ApiCall<NoContent> call;
        switch (action) {
        case Action::Start: call = api.start(name, context); break;
        case Action::Stop: call = api.stop(name, timeoutSeconds, context); break;
        case Action::Restart: call = api.restart(name, -1, context); break;
        case Action::Pause: call = api.pause(name, context); break;
        case Action::Unpause: call = api.unpause(name, context); break;
        case Action::Kill: call = api.kill(name, {}, context); break;
        case Action::Remove: call = api.remove(name, true, removeVolumes, context); break;
        }
        m_store->model()->setBusy(id, busyText(action));
        m_waiting[id] += 1;
        ++m_inFlight;
        call.then(this, [this, action, id, name, group, remaining, firstError](const ApiResult<NoContent> &r) {
            if (!r.ok() && firstError->isNone())
                *firstError = r.error;
            if (--*remaining == 0 && group)
                m_api->endGroup(group, *firstError);
            onAnswer(action, id, name, r.error);
        });
    }
}

void ContainerActions::onAnswer(Action action, const QString &id, const QString &name, const ApiError &error)
{
    --m_inFlight;
    if (--m_waiting[id] == 0)
        m_waiting.remove(id);
    const bool reread = m_reread.remove(id);
    const bool ok = error.isNone();
    if (!ok) {
        m_store->model()->clearBusy(id);
        if (error.kind != ApiError::Kind::Cancelled)
            emit failed(tr("Could not %1 %2: %3").arg(cliVerb(action), name, error.message));
    } else if (action == Action::Remove) {
        m_store->forget(id); // gone for sure: no need to wait for its destroy event
    } else if (reread && !m_store->isFetching(id)) {
        m_store->model()->clearBusy(id); // the event's fetch was quicker than this answer
    } else {
        // The engine's event re-reads the row; until then it keeps saying "starting…".
        m_settling[id] += 1;
        QTimer::singleShot(m_store->isFetching(id) ? FetchWaitMs : SettleMs, this, [this, id] {
            if (m_settling.contains(id) && --m_settling[id] == 0) {
                m_settling.remove(id);
                m_store->model()->clearBusy(id);
            }
        });
    }
    emit finished(action, id, ok);
}

void ContainerActions::settle(const QString &id)
{
    if (m_settling.remove(id))
        m_store->model()->clearBusy(id);
    else if (m_waiting.contains(id))
        m_reread.insert(id);
}

void ContainerActions::rename(const QString &id, const QString &newName)
{
    const QString name = displayName(id);
    m_api->containers().rename(name, newName).then(this, [this, id, name, newName](const ApiResult<NoContent> &r) {
        if (!r.ok())
            emit failed(tr("Could not rename %1 to %2: %3").arg(name, newName, r.message()));
        else
            emit renamed(id, newName);
    });
}

QString ContainerActions::nameProblem(const QString &id, const QString &name) const
{
    // The engine's validContainerNamePattern: at least two characters.
    static const QRegularExpression pattern(QStringLiteral("^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$"));
    if (name.isEmpty())
        return tr("Enter the new name.");
    if (!pattern.match(name).hasMatch())
        return tr("A name has at least two characters: letters, digits, \"_\", \".\" and \"-\", starting with a letter or digit.");
    const QString bare = name.startsWith(QLatin1Char('/')) ? name.mid(1) : name;
    for (int row = 0; row < m_store->model()->rowCount(); ++row) {
        const ContainerSummary &c = m_store->model()->containerAt(row);
        if (c.name == bare && c.id != id)
            return tr("The name \"%1\" is already used by container %2: rename or remove that one first.").arg(bare, c.shortId());
    }
    return {};
}

void ContainerActions::commit(const CommitSpec &spec)
{
    const QString reference = spec.reference.trimmed();
    m_api->containers().commit(spec.container, spec.options()).then(this, [this, spec, reference](const ApiResult<QString> &r) {
        if (!r.ok())
            emit failed(tr("Could not commit %1: %2").arg(spec.container, r.message()));
        else
            emit committed(r.value, reference);
    });
}

void ContainerActions::recreate(const QString &id, const QString &image, int stopTimeout, bool start)
{
    auto *recreator = new ContainerRecreator(m_api, this);
    const QString name = displayName(id);
    m_store->model()->setBusy(id, tr("recreating…"));
    ++m_inFlight;
    connect(recreator, &ContainerRecreator::progress, this, [this, id](const QString &text) { emit recreateProgress(id, text); });
    connect(recreator, &ContainerRecreator::finished, this, [this, recreator, id](const QString &newId, const QString &newName) {
        recreator->deleteLater();
        --m_inFlight;
        m_store->forget(id);
        emit recreated(id, newId, newName);
    });
    connect(recreator, &ContainerRecreator::failed, this, [this, recreator, id, name](const QString &message) {
        recreator->deleteLater();
        --m_inFlight;
        m_store->model()->clearBusy(id);
        emit failed(tr("Could not recreate %1: %2").arg(name, message));
    });
    recreator->recreate(name, image, stopTimeout, start);
}

void ContainerActions::run(const RunSpec &spec)
{
    auto *runner = new ContainerRunner(m_api, this);
    const QString image = spec.image;
    connect(runner, &ContainerRunner::started, this, [this, runner](const QString &id, const QString &name) {
        runner->deleteLater();
        emit containerStarted(id, name);
    });
    connect(runner, &ContainerRunner::failed, this, [this, runner, image](ContainerRunner::Field, const QString &message) {
        runner->deleteLater();
        emit failed(tr("Could not run %1: %2").arg(image, message));
    });
    runner->run(spec);
}

} // namespace dx
