#include "buildrunner.h"

#include "buildstreamworker.h"
#include "engine/engine.h"
#include "tarbodysource.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtConcurrent>

namespace dx {

namespace {

QString shellQuote(const QString &arg)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    if (safe.match(arg).hasMatch())
        return arg;
    QString quoted = arg;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QByteArray pairsToJson(const QList<QPair<QString, QString>> &pairs)
{
    QJsonObject o;
    for (const auto &p : pairs)
        o.insert(p.first, p.second);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QString BuildOptions::absoluteDockerfile() const
{
    if (dockerfilePath.isEmpty())
        return QDir(contextDir).filePath(QStringLiteral("Dockerfile"));
    return QFileInfo(dockerfilePath).isAbsolute() ? dockerfilePath : QDir(contextDir).filePath(dockerfilePath);
}

QString BuildOptions::commandLine(bool buildKit) const
{
    QStringList parts;
    parts << QStringLiteral("DOCKER_BUILDKIT=%1").arg(buildKit ? 1 : 0) << QStringLiteral("docker")
          << QStringLiteral("build");
    const QString df = absoluteDockerfile();
    const QString rel = QDir(contextDir).relativeFilePath(df);
    if (rel != QLatin1String("Dockerfile"))
        parts << QStringLiteral("-f") << shellQuote(rel.startsWith(QLatin1String("../")) ? df : QDir(contextDir).filePath(rel));
    for (const QString &t : tags)
        parts << QStringLiteral("-t") << shellQuote(t);
    for (const auto &a : buildArgs)
        parts << QStringLiteral("--build-arg") << shellQuote(a.first + QLatin1Char('=') + a.second);
    if (!target.isEmpty())
        parts << QStringLiteral("--target") << shellQuote(target);
    if (noCache)
        parts << QStringLiteral("--no-cache");
    if (pull)
        parts << QStringLiteral("--pull");
    for (const auto &l : labels)
        parts << QStringLiteral("--label") << shellQuote(l.first + QLatin1Char('=') + l.second);
    if (buildKit)
        parts << QStringLiteral("--progress=plain");
    parts << shellQuote(contextDir.isEmpty() ? QStringLiteral(".") : contextDir);
    return parts.join(QLatin1Char(' '));
}

QUrlQuery BuildOptions::query(const QString &dockerfile, bool buildKit) const
{
    QUrlQuery q;
    for (const QString &t : tags)
        q.addQueryItem(QStringLiteral("t"), t);
    if (!dockerfile.isEmpty())
        q.addQueryItem(QStringLiteral("dockerfile"), dockerfile);
    if (!buildArgs.isEmpty())
        q.addQueryItem(QStringLiteral("buildargs"), QString::fromUtf8(pairsToJson(buildArgs)));
    if (!target.isEmpty())
        q.addQueryItem(QStringLiteral("target"), target);
    if (noCache)
        q.addQueryItem(QStringLiteral("nocache"), QStringLiteral("1"));
    if (pull)
        q.addQueryItem(QStringLiteral("pull"), QStringLiteral("1"));
    if (!labels.isEmpty())
        q.addQueryItem(QStringLiteral("labels"), QString::fromUtf8(pairsToJson(labels)));
    q.addQueryItem(QStringLiteral("rm"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("forcerm"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("version"), buildKit ? QStringLiteral("2") : QStringLiteral("1"));
    return q;
}

BuildRunner::BuildRunner(Engine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_stream(std::make_unique<BuildStreamThread>())
{
    qRegisterMetaType<dx::BuildResult>();
    qRegisterMetaType<dx::BuildEvent>();
    connect(m_stream->worker(), &BuildStreamWorker::eventsReady, this, &BuildRunner::onEventsReady);
    connect(m_stream->worker(), &BuildStreamWorker::ended, this, &BuildRunner::onStreamEnded);
}

BuildRunner::~BuildRunner()
{
    if (m_reply)
        m_reply->abort();
    if (m_source)
        m_source->cancel();
}

bool BuildRunner::wouldUseBuildKit(const BuildOptions &options) const
{
    if (!m_engine || m_engine->info().podman)
        return false; // Podman streams buildah's output through the classic endpoint
    switch (options.builder) {
    case BuildOptions::Builder::Classic: return false;
    case BuildOptions::Builder::BuildKit: return true;
    case BuildOptions::Builder::Auto: return m_engine->info().buildKit;
    }
    return false;
}

ContextScan BuildRunner::scanContext(const BuildOptions &options)
{
    const bool inline_ = options.useDockerfileText;
    const QString df = options.dockerfilePath.isEmpty() ? QString() : options.absoluteDockerfile();
    // With inline text the file on disk may not exist (yet): scan without it then.
    const bool fileExists = !df.isEmpty() && QFileInfo::exists(df);
    ContextScan scan = BuildContext::scan(options.contextDir, inline_ && !fileExists ? QString() : df);
    if (!scan.ok() || !inline_)
        return scan;
    for (ContextEntry &e : scan.entries) {
        if (e.path == scan.dockerfile && !scan.dockerfile.isEmpty()) {
            e.inlineData = options.dockerfileText;
            e.isInline = true;
            e.size = e.inlineData.size();
            e.type = ContextEntry::Type::File;
            return scan;
        }
    }
    // Not in the context (unsaved new file): add it under a name nothing else uses.
    ContextEntry e;
    e.path = QStringLiteral(".dx-dockerfile");
    e.mode = 0644;
    e.mtime = QDateTime::currentSecsSinceEpoch();
    e.inlineData = options.dockerfileText;
    e.isInline = true;
    e.size = e.inlineData.size();
    scan.entries.append(e);
    scan.dockerfile = e.path;
    ++scan.fileCount;
    scan.totalBytes += e.size;
    return scan;
}

void BuildRunner::start(const BuildOptions &options)
{
    if (m_running)
        return;
    m_options = options;
    m_running = true;
    m_canceled = false;
    m_note.clear();
    m_previousText.clear();
    m_text.clear();
    m_uploaded = 0;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_buildKit = wouldUseBuildKit(options);
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<ContextScan>(this);
    connect(watcher, &QFutureWatcher<ContextScan>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            onScanned(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([options] { return scanContext(options); }));
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
    if (!m_engine) {
        BuildResult r;
        r.error = tr("No engine");
        finish(r);
        return;
    }
    m_stream->begin(++m_streamGeneration);
    m_source = std::make_shared<TarBodySource>(m_scan);
    m_source->start([this](qint64 bytes, qint64) { m_uploaded.store(bytes); });

    EngineRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/build");
    request.query = m_options.query(m_scan.dockerfile, m_buildKit);
    request.bodySource = m_source;
    request.contentType = "application/x-tar";
    request.streaming = true;
    request.timeoutMs = 0;
    m_reply = m_engine->send(request);
    connect(m_reply, &EngineReply::dataReceived, this, &BuildRunner::onData);
    connect(m_reply, &EngineReply::finished, this, &BuildRunner::onFinished);
}

void BuildRunner::onData(const QByteArray &chunk)
{
    m_stream->feed(m_streamGeneration, chunk);
}

void BuildRunner::onEventsReady(quint64 generation)
{
    if (generation != m_streamGeneration)
        return;
    const QList<BuildEvent> events = m_stream->worker()->take(generation);
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
    if (generation != m_streamGeneration || !m_running)
        return;
    onEventsReady(generation); // the tail, before the result
    const EngineResponse response = std::exchange(m_response, EngineResponse());

    BuildResult r;
    r.buildKit = m_buildKit;
    const QString error = !response.ok() ? response.message : summary.error;
    // Some engines accept version=2 only with a client session (docker buildx's gRPC
    // stream); the plain API then refuses. Fall back once to the classic builder.
    if (m_buildKit && !m_canceled && !error.isEmpty() && error.contains(QLatin1String("session"), Qt::CaseInsensitive)
        && summary.imageId.isEmpty()) {
        m_note = tr("BuildKit needs a session on this engine; using the classic builder");
        emit noteAdded(m_note);
        m_previousText = summary.text;
        m_buildKit = false;
        m_source.reset();
        send();
        return;
    }
    m_text = m_previousText + summary.text;
    r.canceled = m_canceled;
    r.imageId = summary.imageId;
    if (m_canceled)
        r.error = tr("Build cancelled");
    else
        r.error = error;
    r.ok = !m_canceled && r.error.isEmpty();
    finish(r);
}

void BuildRunner::finish(BuildResult result)
{
    result.note = m_note;
    result.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    m_running = false;
    m_reply = nullptr;
    emit finished(result);
}

void BuildRunner::cancel()
{
    if (!m_running)
        return;
    m_canceled = true;
    if (m_source)
        m_source->cancel();
    if (m_reply)
        m_reply->abort(); // closing the connection makes the daemon cancel the build
}

} // namespace dx
