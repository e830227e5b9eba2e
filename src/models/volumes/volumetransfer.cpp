#include "volumetransfer.h"

#include "pipebodysource.h"
#include "volumeentry.h"
#include "volumehelper.h"

#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "streams/chunkqueue.h"
#include "streams/containerpathstat.h"
#include "streams/progressthrottle.h"
#include "streams/safeextractor.h"
#include "streams/tarbuilder.h"

#include <QDirIterator>
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

VolumeTransfer::VolumeTransfer(DockerApi *api, Kind kind, const QString &title, QObject *parent)
    : VolumeJob(api, title, parent)
    , m_kind(kind)
{
}

VolumeTransfer *VolumeTransfer::download(DockerApi *api, const QString &helperId, const QString &volumePath,
                                         const QString &targetDir, bool overwrite, qint64 expectedBytes,
                                         QObject *parent)
{
    auto *job = new VolumeTransfer(api, Kind::Download, tr("Download %1").arg(volumePath), parent);
    job->m_helperId = helperId;
    job->m_volumePath = volumePath;
    job->m_targetDir = targetDir;
    job->m_overwrite = overwrite;
    job->m_expectedBytes = expectedBytes;
    return job;
}

VolumeTransfer *VolumeTransfer::upload(DockerApi *api, const QString &helperId, const QString &volumeDir,
                                       const QStringList &localPaths, QObject *parent)
{
    auto *job = new VolumeTransfer(api, Kind::Upload, tr("Upload %n item(s)", nullptr, int(localPaths.size())), parent);
    job->m_helperId = helperId;
    job->m_volumePath = volumeDir;
    job->m_localPaths = localPaths;
    return job;
}

VolumeTransfer *VolumeTransfer::createFolder(DockerApi *api, const QString &helperId, const QString &volumeDir,
                                             const QString &name, QObject *parent)
{
    auto *job = new VolumeTransfer(api, Kind::CreateFolder, tr("New folder %1").arg(name), parent);
    job->m_helperId = helperId;
    job->m_volumePath = volumeDir;
    job->m_name = name;
    return job;
}

VolumeTransfer::~VolumeTransfer()
{
    m_cancel->store(true);
    if (m_queue)
        m_queue->abort();
    if (m_body)
        m_body->cancel();
    if (m_reply)
        m_reply->abort();
    m_future.waitForFinished(); // the worker stops at the next chunk: flag set, queue aborted
}

void VolumeTransfer::run()
{
    if (!api()) {
        fail(tr("Not connected to an engine."));
        return;
    }
    switch (m_kind) {
    case Kind::Download: runDownload(); break;
    case Kind::Upload: runUpload(); break;
    case Kind::CreateFolder: runCreateFolder(); break;
    }
}

void VolumeTransfer::abortWork()
{
    m_cancel->store(true);
    if (m_queue)
        m_queue->abort();
    if (m_body)
        m_body->cancel();
    if (m_reply)
        m_reply->abort();
    // The ending follows once the worker and the request have stopped (confirmCancelled).
}

void VolumeTransfer::stat(DockerApi *api, QObject *context, const QString &helperId, const QString &volumePath,
                          const std::function<void(const std::optional<ContainerPathStat> &, const QString &)> &done,
                          const QString &root)
{
    api->containers()
        .statPath(helperId, VolumeHelper::containerPath(root, volumePath), CallContext::internal())
        .then(context, [done](const ApiResult<ContainerPathStat> &r) {
            if (r.error.isNotFound())
                done(std::nullopt, {});
            else if (!r.ok())
                done(std::nullopt, r.message().isEmpty() ? QStringLiteral("HTTP %1").arg(r.error.status) : r.message());
            else
                done(r.value, {});
        });
}

void VolumeTransfer::existingTargets(DockerApi *api, QObject *context, const QString &helperId, const QString &dir,
                                     const QStringList &localPaths,
                                     const std::function<void(const QStringList &, const QString &)> &done,
                                     const QString &root)
{
    struct Pending
    {
        qsizetype left = 0;
        QStringList existing;
        QString error;
    };
    auto state = std::make_shared<Pending>();
    state->left = localPaths.size();
    if (state->left == 0) {
        done({}, {});
        return;
    }
    for (const QString &local : localPaths) {
        const QString target = joinVolumePath(dir, QFileInfo(local).fileName());
        stat(api, context, helperId, target,
             [state, target, done](const std::optional<ContainerPathStat> &st, const QString &error) {
                 if (st)
                     state->existing.append(target);
                 if (!error.isEmpty())
                     state->error = error;
                 if (--state->left == 0)
                     done(state->existing, state->error);
             }, root);
    }
}

void VolumeTransfer::runDownload()
{
    m_queue = std::make_shared<ChunkQueue>(QueueCapacity);
    m_reply = VolumeHelper::streamArchive(api(), m_helperId, m_volumePath, m_queue, this, &m_httpError,
                                          callContext(), root());
    m_future = QtConcurrent::run([this, queue = m_queue, targetDir = m_targetDir, overwrite = m_overwrite,
                                  expectedBytes = m_expectedBytes, cancel = m_cancel] {
        SafeExtractOptions options;
        options.overwrite = overwrite;
        SafeExtractor extractor(targetDir, options);
        extractor.setCancelFlag(cancel.get());
        ProgressThrottle throttle;
        extractor.setProgressCallback([&](qint64 bytes, qint64) {
            if (!throttle.due())
                return;
            QMetaObject::invokeMethod(this, [this, bytes, expectedBytes] { reportProgress(bytes, expectedBytes); },
                                      Qt::QueuedConnection);
        });
        const SafeExtractResult result = extractor.extract(queue.get());
        QStringList refused;
        for (const ExtractIssue &issue : result.refused)
            refused.append(issue.message);
        QMetaObject::invokeMethod(this, [this, result, refused] {
            m_refusals = refused;
            if (result.cancelled || m_cancel->load()) {
                confirmCancelled();
            } else if (!m_httpError.isNone()) {
                failWith(m_httpError);
            } else if (!result.error.isEmpty()) {
                fail(result.error);
            } else if (!refused.isEmpty()) {
                m_refusedOnly = true;
                fail(tr("%n entry(s) refused for safety: %1", nullptr, int(refused.size()))
                         .arg(refused.join(QLatin1String("; "))));
            } else {
                reportProgress(result.bytesWritten, result.bytesWritten);
                succeed(tr("Downloaded %n entry(s)", nullptr, int(result.extractedEntries)));
            }
        }, Qt::QueuedConnection);
    });
}

void VolumeTransfer::runUpload()
{
    m_body = std::make_shared<PipeBodySource>();
    const ApiCall<NoContent> call = api()->containers().putArchive(
        m_helperId, containerPath(m_volumePath), m_body, callContext());
    m_reply = call.reply();
    call.then(this, [this](const ApiResult<NoContent> &r) {
        if (!r.ok() && r.error.kind != ApiError::Kind::Cancelled)
            m_httpError = r.error;
        m_httpDone = true;
        if (!r.ok())
            m_body->cancel(); // unblocks the packer if the engine gave up early
        uploadStepDone();
    });
    m_future = QtConcurrent::run([this, localPaths = m_localPaths, body = m_body, cancel = m_cancel] {
        const qint64 total = diskSize(localPaths);
        TarBuilder builder([body](const char *data, qsizetype size) { return body->write(data, size); });
        builder.setCancelFlag(cancel.get());
        ProgressThrottle throttle;
        builder.setProgressCallback([&](qint64 bytes) {
            if (!throttle.due())
                return;
            QMetaObject::invokeMethod(this, [this, bytes, total] { reportProgress(qMin(bytes, total), total); },
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
        QMetaObject::invokeMethod(this, [this, ok, message, total] {
            m_workerDone = true;
            m_workerOk = ok;
            m_workerMessage = message;
            if (ok)
                reportProgress(total, total);
            uploadStepDone();
        }, Qt::QueuedConnection);
    });
}

// An upload ends when both the request and the packer have.
void VolumeTransfer::uploadStepDone()
{
    if (!m_httpDone || !m_workerDone)
        return;
    if (m_cancel->load())
        confirmCancelled();
    else if (!m_httpError.isNone())
        failWith(m_httpError);
    else if (!m_workerOk)
        fail(m_workerMessage);
    else
        succeed(m_workerMessage);
}

void VolumeTransfer::runCreateFolder()
{
    // A tar holding one empty folder, unpacked by the engine into the helper's /v. It is tiny:
    // the pipe takes it whole without blocking.
    const QByteArray tar = TarBuilder::directoryTar(m_name);
    m_body = std::make_shared<PipeBodySource>();
    m_body->write(tar.constData(), tar.size());
    m_body->finish();
    const ApiCall<NoContent> call = api()->containers().putArchive(
        m_helperId, containerPath(m_volumePath), m_body, callContext());
    m_reply = call.reply();
    call.then(this, [this](const ApiResult<NoContent> &r) {
        if (r.ok())
            succeed(tr("Created folder %1").arg(m_name));
        else if (r.error.kind == ApiError::Kind::Cancelled)
            confirmCancelled();
        else
            failWith(r.error);
    });
}

} // namespace dx
