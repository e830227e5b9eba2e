#pragma once

#include "api/job.h"
#include "buildctx/buildcontext.h"
#include "buildctx/buildevent.h"
#include "buildoptions.h"
#include "buildstreamworker.h"
#include "engine/enginerequest.h"
#include "registry/registryauth.h"

#include <QList>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>

namespace dx {

class DockerApi;
class EngineReply;
class TarBodySource;

struct BuildResult
{
    bool ok = false;
    bool canceled = false;
    bool buildKit = false;
    QString imageId;       // sha256:...
    QString error;         // the daemon's or our message, verbatim
    QString note;          // e.g. the BuildKit -> classic fallback, credentials that could not be read
    qint64 elapsedMs = 0;
};

// One build, as a Job: scans the context and reads the registry credentials the docker CLI
// would send (RegistryCredentials: config.json, credential helpers) off the GUI thread, streams it as the body of
// POST /build (api->build()) from a producer thread (bounded buffer), decodes the answer on a
// decoder thread as it arrives and reports the decoded events in batches. progress() is the
// context upload. cancel() aborts the upload and the response stream; closing the connection
// makes the engine stop the build. Ends with finished(BuildResult) | failed | cancelled;
// buildResult() has the details of every ending. Widgets-free, one object per build.
class BuildRunner final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildRunner)

public:
    BuildRunner(DockerApi *api, const BuildOptions &options, QObject *parent = nullptr);
    ~BuildRunner() override;

    const BuildOptions &options() const { return m_options; }
    BuildResult buildResult() const { return m_result; }
    // Whether this build uses BuildKit (false again after the fallback to the classic builder).
    bool usesBuildKit() const { return m_buildKit; }
    qint64 uploadedBytes() const { return m_uploaded.load(); }
    const ContextScan &scan() const { return m_scan; }

    // Whether an engine error is BuildKit's own "this build has no client session" answer, the
    // only error that justifies re-running on the classic builder. The whole message must be
    // that error (BuildKit's session manager: "no active sessions", "no active session for
    // ID: context deadline exceeded"), optionally wrapped by the solver's "failed to solve...:"
    // prefix (and the Dockerfile frontend's "failed to create LLB definition:", which is how
    // Docker 20.10 says it had no session to ask for a private base image's credentials); a
    // step's failure ("RUN ./session.sh", its output) never matches.
    static bool isMissingSessionError(const QString &error);

signals:
    void scanned(qint64 files, qint64 bytes, const QStringList &warnings);
    void eventsReceived(const QList<dx::BuildEvent> &events);
    void noteAdded(const QString &note);

protected:
    void run() override;
    void abortWork() override;

private:
    void onScanned(const ContextScan &scan);
    void addNote(const QString &note);
    void send();
    void onFinished(const EngineResponse &response);
    void onEventsReady(quint64 generation);
    void onStreamEnded(quint64 generation, const BuildStreamSummary &summary);
    void finish(BuildResult result);
    // The Docker Commands panel's line for the request in flight ends with the build's
    // outcome (read from the stream), not with the HTTP status, which is 200 for a failed build.
    void endCommand(const ApiError &error);

    QPointer<DockerApi> m_api;
    BuildOptions m_options;
    ContextScan m_scan;
    RegistryAuthMap m_registryAuths; // sent with every request of this build, never shown
    std::shared_ptr<TarBodySource> m_source;
    std::unique_ptr<BuildStreamThread> m_stream;
    quint64 m_streamGeneration = 0;
    EngineResponse m_response; // of the ended POST /build while the decoder drains
    QPointer<EngineReply> m_reply;
    std::atomic<qint64> m_uploaded{0};
    BuildResult m_result;
    QStringList m_notes;
    qint64 m_startedMs = 0;
    quint64 m_command = 0; // DockerApi group of the `docker build` in flight
    bool m_canceled = false;
    bool m_buildKit = false;
};

} // namespace dx

Q_DECLARE_METATYPE(dx::BuildResult)
