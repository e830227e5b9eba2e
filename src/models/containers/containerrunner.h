#pragma once

#include "runspec.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace dx {

class Engine;
class EngineReply;
struct EngineResponse;

// Runs a RunSpec as `docker run -d` does: creates missing named volumes (labelled), creates
// the container, starts it. Failures name the form field they belong to, so the dialog can
// show them next to it. A container that was created but could not start is removed again,
// so that pressing Run once more does not trip over its name. Widgets-free.
class ContainerRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerRunner)

public:
    enum class Field { None, Image, Name, Ports, Mounts, Command };
    Q_ENUM(Field)

    // Label put on the volumes the runner creates, so one can tell where they came from.
    static QString createdByLabel() { return QStringLiteral("io.github.dockerexplorer.created-by"); }

    explicit ContainerRunner(Engine *engine, QObject *parent = nullptr);

    void run(const RunSpec &spec);
    bool isRunning() const { return m_busy; }
    void cancel();

    // Where an engine message about a create/start belongs in the form.
    static Field fieldForError(int status, const QString &message, bool duringStart);

signals:
    void progress(const QString &text);
    // The docker CLI equivalent of each engine call, for the command log.
    void commandIssued(const QString &command, const QString &description);
    void started(const QString &id, const QString &name);
    void failed(dx::ContainerRunner::Field field, const QString &message);

private:
    void nextVolume();
    void create();
    void start();
    void fail(Field field, const QString &message);

    Engine *m_engine;
    RunSpec m_spec;
    QStringList m_volumesLeft;
    QString m_id;
    QPointer<EngineReply> m_reply;
    bool m_busy = false;
};

} // namespace dx
