#pragma once

#include "commitspec.h"
#include "runspec.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace dx {

class ContainerStore;
class DockerApi;
struct ApiError;
struct ContainerSummary;

// What the user does to containers: start, stop, ..., remove, rename and run. Each is the
// typed API call (which logs its `docker …` line) plus the row's "stopping…" while the engine
// works. An action never re-reads the container after its POST: the engine's event makes the
// store fetch it, once. Several containers at once are one command (`docker stop a b`).
class ContainerActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerActions)

public:
    enum class Action { Start, Stop, Restart, Pause, Unpause, Kill, Remove };
    Q_ENUM(Action)

    // How long a finished action's row may say "starting…" while the event's fetch is due.
    static constexpr int SettleMs = 250;

    ContainerActions(DockerApi *api, ContainerStore *store, QObject *parent = nullptr);

    // `ids` as the store knows them; the command line shows their names.
    void trigger(Action action, const QStringList &ids, bool removeVolumes = false);
    // `docker stop -t SECONDS`: SIGTERM, then SIGKILL after `timeoutSeconds`.
    void stopAfter(const QStringList &ids, int timeoutSeconds);
    void rename(const QString &id, const QString &newName);
    // `docker commit`: the container's writable layer becomes the top layer of a new image.
    void commit(const CommitSpec &spec);
    // A new container from `image` with this one's settings and volumes, in its place
    // (ContainerRecreator); `start`: start the new one.
    void recreate(const QString &id, const QString &image, int stopTimeout, bool start);
    // Why `name` cannot be a container's name (the engine's rule), or that another container
    // of the store has it; empty when it can.
    QString nameProblem(const QString &id, const QString &name) const;
    // `docker run -d`: create + start (+ its named volumes) as one command. `spec.image` is the
    // reference the user chose (demo_image:latest), which becomes the container's Config.Image.
    void run(const RunSpec &spec);
    int inFlight() const { return m_inFlight; }

    // Whether `action` makes sense for a container in its state (Stop for a running one, ...).
    static bool appliesTo(Action action, const ContainerSummary &container);
    static QString busyText(Action action);
    static QString cliVerb(Action action);

signals:
    void failed(const QString &message);
    void finished(dx::ContainerActions::Action action, const QString &id, bool ok);
    void containerStarted(const QString &id, const QString &name);
    void renamed(const QString &id, const QString &newName);
    void committed(const QString &imageId, const QString &reference);
    void recreateProgress(const QString &id, const QString &text);
    void recreated(const QString &oldId, const QString &newId, const QString &name);

private:
    QString displayName(const QString &id) const;
    void send(Action action, const QStringList &ids, bool removeVolumes, int timeoutSeconds);
    void onAnswer(Action action, const QString &id, const QString &name, const ApiError &error);
    void settle(const QString &id);

    DockerApi *m_api;
    ContainerStore *m_store;
    QHash<QString, int> m_waiting;  // id -> requests not answered yet
    QSet<QString> m_reread;         // re-read by the store while its request was on its way
    QHash<QString, int> m_settling; // id -> actions answered, row not yet re-read
    int m_inFlight = 0;
};

} // namespace dx
