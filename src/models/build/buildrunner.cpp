#include "buildrunner.h"

#include "api/dockerapi.h"
#include "buildstreamworker.h"
#include "engine/engine.h"
#include "registry/registrycredentials.h"
#include "tarbodysource.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QtConcurrent>

namespace dx {

namespace {

// What a build needs from the disk before it can be sent: both read on a worker thread, as
// the context may be large and a credential helper may take its time.
struct Preparation
{
    ContextScan scan;
    RegistryAuthMap registryAuths;
    QStringList credentialProblems;
};

} // namespace

BuildRunner::BuildRunner(DockerApi *api, const BuildOptions &options, QObject *parent)
    : Job(tr("Build an image"), parent)
    , m_api(api)
    , m_options(options)
    , m_stream(std::make_unique<BuildStreamThread>())
{
    qRegisterMetaType<dx::BuildResult>();
    qRegisterMetaType<dx::BuildEvent>();
    Engine *engine = api ? api->engine() : nullptr;
    m_buildKit = engine && options.usesBuildKit(engine->info());
    connect(m_stream->worker(), &BuildStreamWorker::eventsReady, this, &BuildRunner::onEventsReady);
    connect(m_stream->worker(), &BuildStreamWorker::ended, this, &BuildRunner::onStreamEnded);
}

BuildRunner::~BuildRunner()
{
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    endCommand(cancelled);
    if (m_reply)
        m_reply->abort();
    if (m_source)
        m_source->cancel();
}

void BuildRunner::run()
{
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    auto *watcher = new QFutureWatcher<Preparation>(this);
    connect(watcher, &QFutureWatcher<Preparation>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Preparation prepared = watcher->result();
        m_registryAuths = prepared.registryAuths;
        for (const QString &problem : prepared.credentialProblems)
            addNote(problem);
        onScanned(prepared.scan);
    });
    watcher->setFuture(QtConcurrent::run([options = m_options] {
        Preparation prepared;
        prepared.scan = options.scanContext();
        if (prepared.scan.ok())
            prepared.registryAuths = RegistryCredentials::load().all(&prepared.credentialProblems);
        return prepared;
    }));
}

void BuildRunner::onScanned(const ContextScan &scan)
{
    m_scan = scan;
    if (m_canceled) {
        BuildResult r;
        r.canceled = true;
        r.error = tr("Build cancelled");
        finish(r);
        return;
    }
    if (!scan.ok()) {
        BuildResult r;
        r.error = scan.errorString;
        finish(r);
        return;
    }
    emit scanned(scan.fileCount, scan.totalBytes, scan.warnings);
    if (scan.dockerfile.isEmpty()) {
        BuildResult r;
        r.error = tr("Cannot locate a Dockerfile in %1").arg(scan.contextDir);
        finish(r);
        return;
    }
    send();
}

void BuildRunner::send()
{
    if (!m_api || !m_api->engine()) {
        BuildResult r;
        r.error = tr("No engine");
        finish(r);
        return;
    }
    m_stream->begin(++m_streamGeneration);
    m_source = std::make_shared<TarBodySource>(m_scan);
    m_source->start([this](qint64 bytes, qint64) { m_uploaded.store(bytes); });
    // The Docker Commands panel shows this build's own `docker build` once it is sent.
    BuildParameters parameters = m_options.parameters(m_buildKit, m_scan.dockerfile);
    parameters.registryAuths = m_registryAuths;
    m_command = m_api->beginGroup(parameters.commandLine(), tr("Build an image"));
    m_reply = m_api->build().build(parameters, m_source, CallContext::inGroup(m_command));
    const quint64 generation = m_streamGeneration;
    connect(m_reply, &EngineReply::dataReceived, this,
            [this, generation](const QByteArray &chunk) { m_stream->feed(generation, chunk); });
    connect(m_reply, &EngineReply::finished, this, &BuildRunner::onFinished);
}

void BuildRunner::onEventsReady(quint64 generation)
{
    if (generation != m_streamGeneration)
        return;
    const QList<BuildEvent> events = m_stream->worker()->take(generation);
    reportProgress(m_uploaded.load(), m_scan.totalBytes);
    if (!events.isEmpty())
        emit eventsReceived(events);
}

void BuildRunner::onFinished(const EngineResponse &response)
{
    if (m_source)
        m_source->cancel(); // stops the producer if the daemon answered before reading it all
    m_reply = nullptr;
    // The decoder may still hold chunks: the result is known once it drained them.
    m_response = response;
    m_stream->end(m_streamGeneration);
}

void BuildRunner::onStreamEnded(quint64 generation, const BuildStreamSummary &summary)
{
    if (generation != m_streamGeneration || !isRunning())
        return;
    onEventsReady(generation); // the tail, before the result
    const EngineResponse response = std::exchange(m_response, EngineResponse());

    BuildResult r;
    r.buildKit = m_buildKit;
    const QString error = !response.ok() ? response.message : summary.error;
    // Some engines accept version=2 only with a client session (docker buildx's gRPC
    // stream); the plain API then refuses. Fall back once to the classic builder, but only
    // for that exact refusal: any other failure is the user's build failing and is shown.
    if (m_buildKit && !m_canceled && isMissingSessionError(error) && summary.imageId.isEmpty()) {
        ApiError refused = ApiError::fromResponse(response);
        if (refused.isNone()) {
            refused.kind = ApiError::Kind::Http;
            refused.status = response.status;
            refused.message = error;
        }
        endCommand(refused); // what was sent failed; the classic build is a command of its own
        addNote(tr("BuildKit needs a session on this engine; using the classic builder"));
        m_buildKit = false;
        m_source.reset();
        send();
        return;
    }
    r.canceled = m_canceled;
    r.imageId = summary.imageId;
    r.error = m_canceled ? tr("Build cancelled") : ApiError::withRuntimeHint(error);
    r.ok = !m_canceled && r.error.isEmpty();
    finish(r);
}

bool BuildRunner::isMissingSessionError(const QString &error)
{
    // Anchored on both ends: the engine's whole message, not a line of build output.
    static const QRegularExpression missingSession(QStringLiteral(
        "^(?:failed to solve(?: with frontend [A-Za-z0-9._-]+)?: "
        "(?:failed to read dockerfile: |failed to create LLB definition: )?)?"
        "no active session(?:s| for [A-Za-z0-9]+(?:: context (?:deadline exceeded|canceled))?)$"));
    return missingSession.match(error.trimmed()).hasMatch();
}

void BuildRunner::addNote(const QString &note)
{
    m_notes.append(note);
    emit noteAdded(note);
}

void BuildRunner::endCommand(const ApiError &error)
{
    if (m_command != 0 && m_api)
        m_api->endGroup(std::exchange(m_command, 0), error);
}

void BuildRunner::finish(BuildResult result)
{
    ApiError outcome;
    if (result.canceled) {
        outcome.kind = ApiError::Kind::Cancelled;
    } else if (!result.ok) {
        outcome.kind = ApiError::Kind::Http;
        outcome.message = result.error;
    }
    endCommand(outcome);
    result.note = m_notes.join(QLatin1Char('\n'));
    result.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    m_reply = nullptr;
    m_result = result;
    if (result.ok)
        succeed(QVariant::fromValue(result));
    else if (result.canceled)
        confirmCancelled();
    else
        fail(result.error);
}

void BuildRunner::abortWork()
{
    m_canceled = true;
    if (m_source)
        m_source->cancel();
    if (m_reply)
        m_reply->abort(); // closing the connection makes the daemon cancel the build
    // While scanning there is nothing to abort: onScanned() ends the job as cancelled.
}

} // namespace dx
