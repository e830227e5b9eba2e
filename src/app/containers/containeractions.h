#pragma once

#include <QObject>
#include <QStringList>

namespace dx {

class AppServices;
class ContainerListModel;
class ContainerSync;

// Sends start/stop/... for a set of containers, marks their rows busy while the engine
// works, logs the docker CLI equivalent, and reports engine errors. The row itself changes
// when the engine confirms (the event, or the reply followed by a reload of that container).
class ContainerActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerActions)

public:
    enum class Action { Start, Stop, Restart, Pause, Unpause, Kill, Remove };

    ContainerActions(AppServices *services, ContainerListModel *model, ContainerSync *sync, QObject *parent = nullptr);

    // ids and names are parallel lists (names for the command log and messages).
    void trigger(Action action, const QStringList &ids, const QStringList &names, bool removeVolumes = false);
    int inFlight() const { return m_inFlight; }

    static QString busyText(Action action);
    static QString cliVerb(Action action);

signals:
    void failed(const QString &message);
    void finished(dx::ContainerActions::Action action, const QString &id, bool ok);

private:
    AppServices *m_services;
    ContainerListModel *m_model;
    ContainerSync *m_sync;
    int m_inFlight = 0;
};

} // namespace dx
