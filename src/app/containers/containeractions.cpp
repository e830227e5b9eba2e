#include "containeractions.h"

#include "containers/containerlistmodel.h"
#include "containers/containersync.h"
#include "engine/engine.h"
#include "shell/appservices.h"

#include <QUrlQuery>

namespace dx {

ContainerActions::ContainerActions(AppServices *services, ContainerListModel *model, ContainerSync *sync, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_model(model)
    , m_sync(sync)
{
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

void ContainerActions::trigger(Action action, const QStringList &ids, const QStringList &names, bool removeVolumes)
{
    if (ids.isEmpty())
        return;
    const QString verb = cliVerb(action);
    QString flags;
    if (action == Action::Remove)
        flags = removeVolumes ? QStringLiteral(" -f -v") : QStringLiteral(" -f");
    const QStringList shown = names.size() == ids.size() ? names : ids;
    const QString description = [&] {
        switch (action) {
        case Action::Start: return tr("Start existing containers again (their writable layer is kept)");
        case Action::Stop: return tr("Stop: SIGTERM, then SIGKILL after the grace period");
        case Action::Restart: return tr("Stop and start again");
        case Action::Pause: return tr("Freeze every process (cgroup freezer)");
        case Action::Unpause: return tr("Let frozen processes go on");
        case Action::Kill: return tr("Send SIGKILL at once");
        case Action::Remove: return removeVolumes ? tr("Remove containers and their anonymous volumes")
                                                  : tr("Remove containers (their writable layer is lost)");
        }
        return QString();
    }();
    m_services->logCommand(QStringLiteral("docker %1%2 %3").arg(verb, flags, shown.join(QLatin1Char(' '))), description);

    for (int i = 0; i < ids.size(); ++i) {
        const QString id = ids.at(i);
        const QString name = shown.at(i);
        EngineReply *reply = nullptr;
        if (action == Action::Remove) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
            if (removeVolumes)
                query.addQueryItem(QStringLiteral("v"), QStringLiteral("1"));
            reply = m_services->engine()->del(QStringLiteral("/containers/") + id, query);
        } else {
            reply = m_services->engine()->post(QStringLiteral("/containers/%1/%2").arg(id, verb));
        }
        m_model->setBusy(id, busyText(action));
        ++m_inFlight;
        connect(reply, &EngineReply::finished, this, [this, action, id, name](const EngineResponse &r) {
            --m_inFlight;
            m_model->clearBusy(id);
            // 304: already started/stopped, which is what the user wanted.
            const bool ok = r.ok() || r.status == 304;
            if (!ok)
                emit failed(tr("Could not %1 %2: %3").arg(cliVerb(action), name, r.message));
            if (action == Action::Remove && ok)
                m_model->removeContainer(id);
            else
                m_sync->reload(id);
            emit finished(action, id, ok);
        });
    }
}

} // namespace dx
