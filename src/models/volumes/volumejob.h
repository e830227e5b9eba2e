#pragma once

#include "api/apiresult.h"
#include "api/commandrecord.h"
#include "api/job.h"

#include <QPointer>

namespace dx {

class DockerApi;

// A Job on a volume's files (a listing, a file read, a transfer). It is tracked by the API,
// so quitting cancels it and waits for it. What the user asked for is reported once in the
// Docker Commands panel as the command it corresponds to (`docker cp ...`), with the job's
// own outcome; a job without a user command (polling, re-reads) is plumbing.
class VolumeJob : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeJob)

public:
    VolumeJob(DockerApi *api, const QString &title, QObject *parent = nullptr);
    ~VolumeJob() override;

    // Set before start(). A job that never sends a request (a local listing) reports nothing.
    void setUserCommand(const QString &cli, const QString &description);
    bool isUserCommand() const { return !m_cli.isEmpty(); }
    // The folder of the container that the job's paths are relative to: the helper's
    // mount of the volume (/v) unless set; "" for a container's own files (its "/").
    void setRoot(const QString &root) { m_root = root; }
    QString root() const { return m_root; }
    // A job's path as the container sees it ("a/b" -> "/v/a/b").
    QString containerPath(const QString &path) const;

protected:
    DockerApi *api() const;
    // The context for each request of this job: its user command's group, or internal.
    CallContext callContext();
    // Fails with the API's error, so the command's record carries the engine's own words.
    void failWith(const ApiError &error);

private:
    void closeGroup();

    QPointer<DockerApi> m_api;
    QString m_cli;
    QString m_description;
    QString m_root;
    quint64 m_group = 0;
    ApiError m_error;
};

} // namespace dx
