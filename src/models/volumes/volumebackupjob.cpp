#include "volumebackupjob.h"

#include "pipebodysource.h"
#include "volumehelper.h"

#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "api/volumesapi.h"
#include "streams/chunkqueue.h"
#include "streams/gzipstream.h"
#include "streams/progressthrottle.h"
#include "streams/tarlisting.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace dx {

namespace {
// The archive endpoint's feed never makes the GUI thread wait: see VolumeHelper::streamArchive.
constexpr qsizetype QueueCapacity = qsizetype(32) * 1024 * 1024;
constexpr qsizetype ReadSize = 256 * 1024;
// "/v/." sends the volume's content with "./" names, as `tar -C /v -c .` writes it.
const QString WholeVolume = QStringLiteral(".");
} // namespace

VolumeBackupJob::VolumeBackupJob(DockerApi *api, VolumeHelper *helper, Kind kind, const QString &title, QObject *parent)
    : VolumeJob(api, title, parent)
    , m_helper(helper)
    , m_kind(kind)
{
}

VolumeBackupJob *VolumeBackupJob::exportVolume(DockerApi *api, VolumeHelper *helper, const QString &volume,
                                               const QString &file, QObject *parent)
{
    auto *job = new VolumeBackupJob(api, helper, Kind::Export, tr("Export %1").arg(volume), parent);
    job->m_source = volume;
    job->m_file = file;
    return job;
}

VolumeBackupJob *VolumeBackupJob::importVolume(DockerApi *api, VolumeHelper *helper, const QString &file,
                                               const QString &volume, bool overwrite, QObject *parent)
{
    auto *job = new VolumeBackupJob(api, helper, Kind::Import, tr("Import into %1").arg(volume), parent);
    job->m_file = file;
    job->m_target = volume;
    job->m_overwrite = overwrite;
    return job;
}

VolumeBackupJob *VolumeBackupJob::cloneVolume(DockerApi *api, VolumeHelper *helper, const QString &source,
                                              const QString &target, QObject *parent)
{
    auto *job = new VolumeBackupJob(api, helper, Kind::Clone, tr("Clone %1 to %2").arg(source, target), parent);
    job->m_source = source;
    job->m_target = target;
    return job;
}

VolumeBackupJob::~VolumeBackupJob()
{
    stopTransfers();
    m_future.waitForFinished();
    if (m_ending)
        return;
    // Destroyed while running (its view went): the helpers still go, also when the helper
    // object went first. The removal is essential, so quitting waits for it.
    for (const QString &id : {m_sourceHelper, m_targetHelper}) {
        if (id.isEmpty())
            continue;
        if (m_helper) {
            m_helper->release(id);
        } else if (api()) {
            const ApiCall<NoContent> call = api()->containers().remove(id, true, false, CallContext::internal());
            api()->markEssential(call.reply());
        }
    }
}

bool VolumeBackupJob::isGzipName(const QString &file)
{
    return file.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive)
        || file.endsWith(QLatin1String(".tgz"), Qt::CaseInsensitive);
}

QString VolumeBackupJob::helperPath(const QString &helperId) const
{
    return helperId.left(12) + QLatin1Char(':') + QLatin1String(VolumeHelper::MountPoint);
}

void VolumeBackupJob::run()
{
    if (!api()) {
        fail(tr("Not connected to an engine."));
        return;
    }
    if (!m_helper) {
        fail(tr("No helper for the volume's files."));
        return;
    }
    switch (m_kind) {
    case Kind::Export:
    case Kind::Clone:
        checkSource();
        break;
    case Kind::Import:
        // A stat, not a read: the content is read on the worker.
        if (!QFileInfo(m_file).isFile()) {
            fail(tr("%1 is not a file.").arg(m_file));
            return;
        }
        checkTarget();
        break;
    }
}

void VolumeBackupJob::checkSource()
{
    // A container mounting a missing named volume would create it: look first.
    api()->volumes().inspect(m_source, CallContext::internal()).then(this, [this](const ApiResult<VolumeSummary> &r) {
        if (stopIfCancelled())
            return;
        if (r.error.isNotFound())
            failAndEnd(tr("No such volume: %1").arg(m_source));
        else if (!r.ok())
            failAndEnd(r.error);
        else if (m_kind == Kind::Clone)
            checkTarget();
        else
            acquireHelpers();
    });
}

void VolumeBackupJob::checkTarget()
{
    api()->volumes().inspect(m_target, CallContext::internal()).then(this, [this](const ApiResult<VolumeSummary> &r) {
        if (stopIfCancelled())
            return;
        if (r.ok()) {
            if (m_kind == Kind::Clone)
                failAndEnd(tr("Volume %1 already exists: a clone goes into a new volume.").arg(m_target));
            else
                acquireHelpers();
            return;
        }
        if (!r.error.isNotFound()) {
            failAndEnd(r.error);
            return;
        }
        VolumeCreateOptions options;
        options.name = m_target;
        options.labels = m_helper->extraLabels(); // what marks the helpers marks the volume (tests)
        api()->volumes().create(options, m_reported ? CallContext::user() : CallContext::internal())
            .then(this, [this](const ApiResult<VolumeSummary> &created) {
                if (stopIfCancelled())
                    return;
                if (!created.ok()) {
                    failAndEnd(created.error);
                    return;
                }
                m_overwrite = true; // it is new, so empty: no need to look
                acquireHelpers();
            });
    });
}

void VolumeBackupJob::acquireHelpers()
{
    QList<std::pair<QString, bool>> wanted; // volume, is the source
    if (m_kind != Kind::Import)
        wanted.append({m_source, true});
    if (m_kind != Kind::Export)
        wanted.append({m_target, false});
    m_helpersPending = int(wanted.size());
    const QPointer<VolumeBackupJob> self(this);
    const QPointer<VolumeHelper> helper(m_helper);
    for (const auto &[volume, isSource] : wanted) {
        m_helper->acquire(volume, [self, helper, isSource = isSource](const QString &id, const QString &error) {
            if (!self) { // the job went while the engine made the helper
                if (helper && !id.isEmpty())
                    helper->release(id);
                return;
            }
            (isSource ? self->m_sourceHelper : self->m_targetHelper) = id;
            if (!error.isEmpty() && self->m_helperError.isEmpty())
                self->m_helperError = error;
            if (--self->m_helpersPending > 0)
                return;
            if (self->stopIfCancelled())
                return;
            if (!self->m_helperError.isEmpty())
                self->failAndEnd(tr("Cannot make a helper container: %1").arg(self->m_helperError));
            else if (self->m_kind == Kind::Import && !self->m_overwrite)
                self->probeTarget();
            else
                self->startTransfer();
        });
    }
}

void VolumeBackupJob::probeTarget()
{
    // Reads the target's listing only up to its first entry below the root, then stops.
    m_queue = std::make_shared<ChunkQueue>(qsizetype(1024) * 1024);
    m_getReply = VolumeHelper::streamArchive(api(), m_targetHelper, WholeVolume, m_queue, this, &m_getError,
                                             CallContext::internal());
    m_future = QtConcurrent::run([this, queue = m_queue, cancel = m_cancel] {
        bool found = false;
        TarListing::list(queue.get(), [&found](const TarEntry &e) {
            found = e.path != QLatin1String("./") && e.path != QLatin1String(".");
            return !found;
        }, cancel.get());
        queue->abort();
        QMetaObject::invokeMethod(this, [this, found] {
            if (m_getReply)
                m_getReply->abort();
            m_getReply = nullptr;
            m_queue.reset();
            if (stopIfCancelled())
                return;
            if (found) {
                m_refusedNotEmpty = true;
                failAndEnd(tr("Volume %1 is not empty: importing would mix the archive with the files it holds.")
                               .arg(m_target));
            } else if (!m_getError.isNone()) {
                failAndEnd(m_getError);
            } else {
                startTransfer();
            }
        }, Qt::QueuedConnection);
    });
}

void VolumeBackupJob::startTransfer()
{
    if (m_reported) {
        const QString file = shellQuote(m_file);
        switch (m_kind) {
        case Kind::Export:
            setUserCommand(shellJoin({QStringLiteral("docker"), QStringLiteral("cp"), helperPath(m_sourceHelper) + QStringLiteral("/."),
                                      QStringLiteral("-")})
                               + (isGzipName(m_file) ? QStringLiteral(" | gzip > ") : QStringLiteral(" > ")) + file,
                           tr("Export volume %1 to a file (through its helper container)").arg(m_source));
            break;
        case Kind::Import:
            setUserCommand((isGzipName(m_file) ? QStringLiteral("gunzip -c %1 | ").arg(file) : QString())
                               + shellJoin({QStringLiteral("docker"), QStringLiteral("cp"), QStringLiteral("-"),
                                            helperPath(m_targetHelper)})
                               + (isGzipName(m_file) ? QString() : QStringLiteral(" < ") + file),
                           tr("Import an archive into volume %1 (through its helper container)").arg(m_target));
            break;
        case Kind::Clone:
            setUserCommand(shellJoin({QStringLiteral("docker"), QStringLiteral("cp"), helperPath(m_sourceHelper) + QStringLiteral("/."),
                                      QStringLiteral("-")})
                               + QStringLiteral(" | ")
                               + shellJoin({QStringLiteral("docker"), QStringLiteral("cp"), QStringLiteral("-"),
                                            helperPath(m_targetHelper)}),
                           tr("Copy everything in volume %1 into volume %2 (through helper containers)")
                               .arg(m_source, m_target));
            break;
        }
    }
    m_getError = {};
    switch (m_kind) {
    case Kind::Export: startExport(); break;
    case Kind::Import: startImport(); break;
    case Kind::Clone: startClone(); break;
    }
}

void VolumeBackupJob::startExport()
{
    m_stepsLeft = 2;
    m_queue = std::make_shared<ChunkQueue>(QueueCapacity);
    m_getReply = VolumeHelper::streamArchive(api(), m_sourceHelper, WholeVolume, m_queue, this, &m_getError,
                                             callContext());
    connect(m_getReply, &EngineReply::finished, this, &VolumeBackupJob::stepDone);
    m_future = QtConcurrent::run([this, queue = m_queue, cancel = m_cancel, file = m_file,
                                  total = m_expectedBytes] {
        // QSaveFile: the file appears only when it is complete, so a cancelled or failed
        // export leaves nothing behind (and an existing file stays as it was).
        QSaveFile out(file);
        QString error;
        qint64 bytes = 0;
        if (!out.open(QIODevice::WriteOnly)) {
            error = tr("Cannot write %1: %2").arg(file, out.errorString());
            queue->abort();
        }
        GzipWriter writer(&out, isGzipName(file));
        ProgressThrottle throttle;
        while (error.isEmpty()) {
            const QByteArray chunk = queue->take();
            if (chunk.isEmpty() || cancel->load())
                break;
            if (!writer.write(chunk.constData(), chunk.size())) {
                error = tr("Cannot write %1: %2").arg(file, writer.errorString());
                queue->abort();
                break;
            }
            bytes += chunk.size();
            if (throttle.due())
                QMetaObject::invokeMethod(this, [this, bytes, total] { reportBytes(bytes, total); }, Qt::QueuedConnection);
        }
        const bool complete = error.isEmpty() && !cancel->load() && !queue->isAborted();
        if (complete && !(writer.finish() && out.commit()))
            error = tr("Cannot write %1: %2").arg(file, writer.errorString().isEmpty() ? out.errorString() : writer.errorString());
        if (!complete || !error.isEmpty())
            out.cancelWriting();
        const bool ok = complete && error.isEmpty();
        workerDone(ok, ok ? tr("Exported %1 to %2").arg(m_source, m_file) : error, bytes, bytes);
    });
}

void VolumeBackupJob::workerDone(bool ok, const QString &message, qint64 bytes, qint64 total)
{
    QMetaObject::invokeMethod(this, [this, ok, message, bytes, total] {
        m_workerOk = ok;
        m_workerMessage = message;
        m_bytesMoved = bytes;
        if (ok)
            reportBytes(total, total);
        stepDone();
    }, Qt::QueuedConnection);
}

void VolumeBackupJob::startPut()
{
    m_body = std::make_shared<PipeBodySource>();
    const ApiCall<NoContent> call = api()->containers().putArchive(
        m_targetHelper, QString::fromLatin1(VolumeHelper::MountPoint), m_body, callContext());
    m_putReply = call.reply();
    call.then(this, [this](const ApiResult<NoContent> &r) {
        if (!r.ok() && r.error.kind != ApiError::Kind::Cancelled)
            m_putError = r.error;
        if (!r.ok()) {
            m_body->cancel(); // unblocks the writer if the engine gave up early
            if (m_queue)
                m_queue->abort(); // a clone's source need not send any more
        }
        stepDone();
    });
}

void VolumeBackupJob::startImport()
{
    m_stepsLeft = 2;
    startPut();
    m_future = QtConcurrent::run([this, body = m_body, cancel = m_cancel, file = m_file] {
        QFile in(file);
        QString error;
        qint64 bytes = 0;
        const qint64 total = in.size();
        if (!in.open(QIODevice::ReadOnly))
            error = tr("Cannot read %1: %2").arg(file, in.errorString());
        GzipReader reader(&in);
        QByteArray buffer(ReadSize, Qt::Uninitialized);
        ProgressThrottle throttle;
        bool stopped = false;
        while (error.isEmpty()) {
            const qint64 n = reader.read(buffer.data(), buffer.size());
            if (n < 0) {
                error = tr("Cannot read %1: %2").arg(file, reader.errorString());
                break;
            }
            if (n == 0)
                break;
            if (cancel->load() || !body->write(buffer.constData(), qsizetype(n))) {
                stopped = true;
                break;
            }
            bytes += n;
            if (throttle.due()) {
                const qint64 position = in.pos();
                QMetaObject::invokeMethod(this, [this, position, total] { reportBytes(position, total); },
                                          Qt::QueuedConnection);
            }
        }
        // An error ends the body as failed, so the engine never takes a cut archive as whole.
        body->finish(error.isEmpty() && !stopped ? QString() : (error.isEmpty() ? tr("Stopped") : error));
        const bool ok = error.isEmpty() && !stopped;
        workerDone(ok, ok ? tr("Imported %1 into %2").arg(m_file, m_target) : error, bytes, total);
    });
}

void VolumeBackupJob::startClone()
{
    m_stepsLeft = 3;
    m_queue = std::make_shared<ChunkQueue>(QueueCapacity);
    m_getReply = VolumeHelper::streamArchive(api(), m_sourceHelper, WholeVolume, m_queue, this, &m_getError,
                                             callContext());
    connect(m_getReply, &EngineReply::finished, this, &VolumeBackupJob::stepDone);
    startPut();
    m_future = QtConcurrent::run([this, queue = m_queue, body = m_body, cancel = m_cancel,
                                  total = m_expectedBytes] {
        qint64 bytes = 0;
        ProgressThrottle throttle;
        for (;;) {
            const QByteArray chunk = queue->take();
            if (chunk.isEmpty() || cancel->load())
                break;
            if (!body->write(chunk.constData(), chunk.size())) {
                queue->abort();
                break;
            }
            bytes += chunk.size();
            if (throttle.due())
                QMetaObject::invokeMethod(this, [this, bytes, total] { reportBytes(bytes, total); }, Qt::QueuedConnection);
        }
        const bool ok = !cancel->load() && !queue->isAborted();
        body->finish(ok ? QString() : tr("Stopped"));
        workerDone(ok, ok ? tr("Cloned %1 to %2").arg(m_source, m_target) : tr("The copy stopped."), bytes, bytes);
    });
}

void VolumeBackupJob::stepDone()
{
    if (--m_stepsLeft > 0)
        return;
    if (stopIfCancelled())
        return;
    // The engine's words first: they say why the other side stopped.
    if (!m_getError.isNone())
        failAndEnd(m_getError);
    else if (!m_putError.isNone())
        failAndEnd(m_putError);
    else if (!m_workerOk)
        failAndEnd(m_workerMessage);
    else
        endWith([this, message = m_workerMessage] { succeed(message); });
}

void VolumeBackupJob::reportBytes(qint64 bytes, qint64 total)
{
    reportProgress(bytes, total > 0 ? qMax(bytes, total) : -1);
}

void VolumeBackupJob::abortWork()
{
    stopTransfers();
    // The ending follows once the steps have stopped and the helpers are gone.
}

void VolumeBackupJob::stopTransfers()
{
    m_cancel->store(true);
    if (m_queue)
        m_queue->abort();
    if (m_body)
        m_body->cancel();
    if (m_getReply)
        m_getReply->abort();
    if (m_putReply)
        m_putReply->abort();
}

bool VolumeBackupJob::stopIfCancelled()
{
    if (!m_cancel->load())
        return false;
    endWith([this] { confirmCancelled(); });
    return true;
}

void VolumeBackupJob::failAndEnd(const QString &message)
{
    endWith([this, message] { fail(message); });
}

void VolumeBackupJob::failAndEnd(const ApiError &error)
{
    endWith([this, error] { failWith(error); });
}

void VolumeBackupJob::endWith(const std::function<void()> &ending)
{
    if (m_ending)
        return;
    m_ending = true;
    QStringList helpers;
    for (const QString &id : {m_sourceHelper, m_targetHelper}) {
        if (!id.isEmpty())
            helpers.append(id);
    }
    if (helpers.isEmpty() || !m_helper) {
        ending();
        return;
    }
    auto left = std::make_shared<int>(int(helpers.size()));
    const QPointer<VolumeBackupJob> self(this);
    for (const QString &id : helpers) {
        m_helper->release(id, [self, left, ending] {
            if (--*left == 0 && self)
                ending();
        });
    }
}

} // namespace dx
