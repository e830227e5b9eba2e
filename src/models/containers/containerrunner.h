#pragma once

#include "runspec.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace dx {

class DockerApi;
class EngineReply;
struct ApiError;

// Runs a RunSpec as `docker run -d` does: creates missing named volumes (labelled), creates
// the container, starts it. All of it is ONE command in the Docker Commands panel (an API
// group named by the spec's `docker run` line), reported only once a request was really sent.
// Failures name the form field they belong to, so the dialog can show them next to it. A
// container that was created but could not start is removed again, so that pressing Run once
// more does not trip over its name. Widgets-free.
class ContainerRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerRunner)

public:
    using Field = RunSpec::Field;

    // Label put on the volumes the runner creates, so one can tell where they came from.
    static QString createdByLabel() { return QStringLiteral("io.github.dockerexplorer.created-by"); }

    explicit ContainerRunner(DockerApi *api, QObject *parent = nullptr);
    ~ContainerRunner() override;

    void run(const RunSpec &spec);
    bool isRunning() const { return m_group != 0; }
    // The container this runner created and is removing again because it did not start (its
    // name is about to be free); empty otherwise.
    QString discardedId() const { return m_discardedId; }
    // Aborts the request on its way; the command is reported as cancelled if it was sent.
    void cancel();

    // Where an engine message about a create/start belongs in the form.
    static Field fieldForError(int status, const QString &message, bool duringStart);

signals:
    void progress(const QString &text);
    void started(const QString &id, const QString &name);
    void failed(dx::RunSpec::Field field, const QString &message);

private:
    void nextVolume();
    void createVolume(const QString &name);
    void create();
    void start();
    // Ends the group; an empty message with Field::None means success.
    void finish(const ApiError &error, Field field);

    DockerApi *m_api;
    RunSpec m_spec;
    QStringList m_volumesLeft;
    QString m_id;
    QString m_discardedId;
    QPointer<EngineReply> m_reply;
    quint64 m_group = 0;
};

} // namespace dx
