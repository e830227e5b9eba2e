#include "volumetransfer.h"

#include "pipebodysource.h"
#include "volumehelper.h"

#include "engine/engine.h"
#include "streams/chunkqueue.h"
#include "streams/containerpathstat.h"
#include "streams/safeextractor.h"
#include "streams/tarbuilder.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace dx {

namespace {
// Fed from the UI thread, which must never wait for the disk: see VolumeTreeLoader.
constexpr qsizetype QueueCapacity = qsizetype(256) * 1024 * 1024;

qint64 diskSize(const QStringList &paths)
{
    qint64 total = 0;
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        if (fi.isFile() && !fi.isSymLink())
            total += fi.size();
        if (!fi.isDir() || fi.isSymLink())
            continue;
        QDirIterator it(p, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            if (!it.fileInfo().isSymLink())
                total += it.fileInfo().size();
        }
    }
    return total;
}
} // namespace

VolumeTransfer::VolumeTransfer(Engine *engine, QObject *parent)
    : QObject(parent), m_engine(engine)
{
}

VolumeTransfer::~VolumeTransfer()
{
    cancel();
    m_future.waitForFinished(); // the worker stops at the next chunk: flag set, queue aborted
}

void VolumeTransfer::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_queue)
        m_queue->abort();
    if (m_body)
        m_body->cancel();
    if (m_reply)
        m_reply->abort();
}

void VolumeTransfer::finish(bool ok, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    emit finished(ok, message);
}

void VolumeTransfer::stat(Engine *engine, QObject *context, const QString &helperId, const QString &volumePath,
                          const std::function<void(const std::optional<ContainerPathStat> &, const QString &)> &done)
{
    EngineRequest request;
    request.method = "HEAD";
    request.path = QStringLiteral("/containers/%1/archive").arg(helperId);
    request.addQueryItem(QStringLiteral("path"), VolumeHelper::containerPath(volumePath));
    EngineReply *reply = engine->send(request);
    QObject::connect(reply, &EngineReply::finished, context, [done](const EngineResponse &r) {
        if (r.status == 404) {
            done(std::nullopt, {});
        } else if (!r.ok()) {
            done(std::nullopt, r.message.isEmpty() ? QStringLiteral("HTTP %1").arg(r.status) : r.message);
        } else {
            done(ContainerPathStat::fromHeader(r.header("X-Docker-Container-Path-Stat")), {});
        }
    });
}

void VolumeTransfer::download(const QString &helperId, const QString &volumePath, const QString &targetDir,
                              bool overwrite, qint64 expectedBytes)
{
    m_running = true;
    m_refusals.clear();
    m_httpError.clear();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_queue = std::make_shared<ChunkQueue>(QueueCapacity);
    m_reply = VolumeHelper::streamArchive(m_engine, helperId, volumePath, m_queue, this, &m_httpError);
    std::shared_ptr<ChunkQueue> queue = m_queue;
    m_future = QtConcurrent::run([this, queue, targetDir, overwrite, expectedBytes, cancel = m_cancel] {
        SafeExtractOptions options;
        options.overwrite = overwrite; // only after the user said yes
        SafeExtractor extractor(targetDir, options);
        extractor.setCancelFlag(cancel.get());
        QElapsedTimer throttle;
        throttle.start();
        extractor.setProgressCallback([&](qint64 bytes, qint64) {
            if (throttle.elapsed() < 100)
                return;
            throttle.restart();
            QMetaObject::invokeMethod(this, [this, bytes, expectedBytes] { emit progress(bytes, expectedBytes); },
                                      Qt::QueuedConnection);
        });
        const SafeExtractResult result = extractor.extract(queue.get());
        QStringList refused;
        for (const ExtractIssue &issue : result.refused)
            refused.append(issue.message);
        QMetaObject::invokeMethod(this, [this, result, refused] {
            m_refusals = refused;
            if (result.cancelled || (m_cancel && m_cancel->load())) {
                finish(false, tr("Cancelled"));
            } else if (!m_httpError.isEmpty()) {
                finish(false, m_httpError);
            } else if (!result.error.isEmpty()) {
                finish(false, result.error);
            } else if (!refused.isEmpty()) {
                finish(false, tr("%n entry(s) refused for safety: %1", nullptr, int(refused.size()))
                                      .arg(refused.join(QLatin1String("; "))));
            } else {
                emit progress(result.bytesWritten, result.bytesWritten);
                finish(true, tr("Downloaded %n entry(s)", nullptr, int(result.extractedEntries)));
            }
        }, Qt::QueuedConnection);
    });
}

void VolumeTransfer::upload(const QString &helperId, const QString &volumeDir, const QStringList &localPaths)
{
    m_running = true;
    m_refusals.clear();
    m_httpError.clear();
    m_httpDone = m_workerDone = false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_body = std::make_shared<PipeBodySource>();
    EngineRequest request;
    request.method = "PUT";
    request.path = QStringLiteral("/containers/%1/archive").arg(helperId);
    request.addQueryItem(QStringLiteral("path"), VolumeHelper::containerPath(volumeDir));
    request.contentType = "application/x-tar";
    request.bodySource = m_body;
    request.timeout = EngineRequest::Timeout::Bulk;
    EngineReply *reply = m_engine->send(request);
    m_reply = reply;

    auto maybeDone = [this] {
        if (!m_httpDone || !m_workerDone)
            return;
        if (m_cancel->load())
            finish(false, tr("Cancelled"));
        else if (!m_httpError.isEmpty())
            finish(false, m_httpError);
        else if (!m_workerOk)
            finish(false, m_workerMessage);
        else
            finish(true, m_workerMessage);
    };
    connect(reply, &EngineReply::finished, this, [this, maybeDone](const EngineResponse &r) {
        if (!r.ok() && r.error != EngineResponse::Error::Cancelled)
            m_httpError = r.message;
        m_httpDone = true;
        if (!r.ok())
            m_body->cancel(); // unblocks the packer if the engine gave up early
        maybeDone();
    });
    m_future = QtConcurrent::run([this, localPaths, body = m_body, cancel = m_cancel, maybeDone] {
        const qint64 total = diskSize(localPaths);
        TarBuilder builder([body](const char *data, qsizetype size) { return body->write(data, size); });
        builder.setCancelFlag(cancel.get());
        QElapsedTimer throttle;
        throttle.start();
        builder.setProgressCallback([&](qint64 bytes) {
            if (throttle.elapsed() < 100)
                return;
            throttle.restart();
            QMetaObject::invokeMethod(this, [this, bytes, total] { emit progress(qMin(bytes, total), total); },
                                      Qt::QueuedConnection);
        });
        bool ok = true;
        for (const QString &p : localPaths) {
            ok = builder.addPath(p, QFileInfo(p).fileName());
            if (!ok)
                break;
        }
        if (ok)
            ok = builder.finish();
        body->finish(ok ? QString() : builder.errorString());
        QString message = ok ? tr("Uploaded %n item(s)", nullptr, int(localPaths.size())) : builder.errorString();
        if (ok && !builder.skipped().isEmpty())
            message = tr("Uploaded; skipped (not regular files): %1").arg(builder.skipped().join(QLatin1String(", ")));
        QMetaObject::invokeMethod(this, [this, ok, message, total, maybeDone] {
            m_workerDone = true;
            m_workerOk = ok;
            m_workerMessage = message;
            if (ok)
                emit progress(total, total);
            maybeDone();
        }, Qt::QueuedConnection);
    });
}

void VolumeTransfer::createFolder(const QString &helperId, const QString &volumeDir, const QString &name)
{
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    EngineRequest request;
    request.method = "PUT";
    request.path = QStringLiteral("/containers/%1/archive").arg(helperId);
    request.addQueryItem(QStringLiteral("path"), VolumeHelper::containerPath(volumeDir));
    request.contentType = "application/x-tar";
    request.body = TarBuilder::directoryTar(name);
    EngineReply *reply = m_engine->send(request);
    m_reply = reply;
    connect(reply, &EngineReply::finished, this, [this, name](const EngineResponse &r) {
        finish(r.ok(), r.ok() ? tr("Created folder %1").arg(name) : r.message);
    });
}

} // namespace dx
