#include "imagearchivejob.h"

#include "api/dockerapi.h"
#include "api/imagesapi.h"
#include "session/replyqueue.h"
#include "streams/chunkqueue.h"
#include "streams/gzipstream.h"
#include "streams/progressthrottle.h"
#include "volumes/pipebodysource.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace dx {

namespace {

constexpr qsizetype QueueCapacity = qsizetype(8) * 1024 * 1024;
constexpr qint64 ReadBlock = 1024 * 1024;
} // namespace

ImageArchiveJob::ImageArchiveJob(DockerApi *api, Kind kind, const QString &title, QObject *parent)
    : Job(title, parent)
    , m_api(api)
    , m_kind(kind)
{
    if (api)
        api->trackJob(this);
}

ImageArchiveJob *ImageArchiveJob::save(DockerApi *api, const QStringList &images, const QString &file, qint64 expectedBytes,
                                       QObject *parent)
{
    auto *job = new ImageArchiveJob(api, Kind::Save,
                                    tr("Save %1 to %2").arg(QLocale().createSeparatedList(images), QFileInfo(file).fileName()), parent);
    job->m_images = images;
    job->m_file = file;
    job->m_expected = expectedBytes;
    return job;
}

ImageArchiveJob *ImageArchiveJob::load(DockerApi *api, const QString &file, QObject *parent)
{
    auto *job = new ImageArchiveJob(api, Kind::Load, tr("Load images from %1").arg(QFileInfo(file).fileName()), parent);
    job->m_file = file;
    job->m_expected = QFileInfo(file).size();
    return job;
}

ImageArchiveJob::~ImageArchiveJob()
{
    stopTransfers();
    m_future.waitForFinished(); // the worker stops at its next chunk: flag set, queue and pipe closed
}

bool ImageArchiveJob::isGzipName(const QString &file)
{
    return file.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive) || file.endsWith(QLatin1String(".tgz"), Qt::CaseInsensitive);
}

void ImageArchiveJob::run()
{
    if (!m_api) {
        fail(tr("Not connected to an engine."));
        return;
    }
    if (m_kind == Kind::Save)
        runSave();
    else
        runLoad();
}

void ImageArchiveJob::stopTransfers()
{
    m_cancel->store(true);
    if (m_queue)
        m_queue->abort();
    if (m_body)
        m_body->cancel();
    if (m_reply)
        m_reply->abort();
}

void ImageArchiveJob::abortWork()
{
    stopTransfers();
    // The ending follows once the request and the worker have stopped (stepDone).
}

void ImageArchiveJob::runSave()
{
    m_stepsLeft = 2;
    m_queue = std::make_shared<ChunkQueue>(QueueCapacity);
    m_reply = m_api->images().save(m_images, CallContext::user());
    feedReplyToQueue(m_reply, m_queue, this, &m_httpError);
    connect(m_reply, &EngineReply::finished, this, &ImageArchiveJob::stepDone);
    m_future = QtConcurrent::run([this, queue = m_queue, cancel = m_cancel, file = m_file, total = m_expected] {
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
                queue->abort(); // the engine need not send any more
                break;
            }
            bytes += chunk.size();
            if (throttle.due())
                QMetaObject::invokeMethod(this, [this, bytes, total] { reportProgress(bytes, qMax(bytes, total)); }, Qt::QueuedConnection);
        }
        // Complete only when the engine ended its answer: an aborted queue is a cut transfer.
        const bool complete = error.isEmpty() && !cancel->load() && !queue->isAborted();
        if (complete && !(writer.finish() && out.commit()))
            error = tr("Cannot write %1: %2").arg(file, writer.errorString().isEmpty() ? out.errorString() : writer.errorString());
        if (!complete || !error.isEmpty())
            out.cancelWriting();
        const bool ok = complete && error.isEmpty();
        QMetaObject::invokeMethod(this, [this, ok, error, bytes] {
            m_workerOk = ok;
            m_workerMessage = error;
            if (ok)
                reportProgress(bytes, bytes);
            stepDone();
        }, Qt::QueuedConnection);
    });
}

void ImageArchiveJob::runLoad()
{
    m_stepsLeft = 2;
    m_body = std::make_shared<PipeBodySource>();
    const ApiCall<ImageLoadReport> call = m_api->images().load(m_body, CallContext::user());
    m_reply = call.reply();
    call.then(this, [this](const ApiResult<ImageLoadReport> &r) {
        if (!r.ok() && r.error.kind != ApiError::Kind::Cancelled)
            m_httpError = r.error;
        m_loaded = r.value.loaded;
        m_engineError = r.value.error;
        if (!r.ok())
            m_body->cancel(); // unblocks the reader if the engine gave up early
        stepDone();
    });
    m_future = QtConcurrent::run([this, body = m_body, cancel = m_cancel, file = m_file, total = m_expected] {
        QFile in(file);
        QString error;
        qint64 bytes = 0;
        if (!in.open(QIODevice::ReadOnly)) {
            error = tr("Cannot read %1: %2").arg(file, in.errorString());
        } else {
            QByteArray block(ReadBlock, Qt::Uninitialized);
            ProgressThrottle throttle;
            for (;;) {
                if (cancel->load())
                    break;
                const qint64 n = in.read(block.data(), block.size());
                if (n < 0) {
                    error = tr("Cannot read %1: %2").arg(file, in.errorString());
                    break;
                }
                if (n == 0)
                    break;
                if (!body->write(block.constData(), n))
                    break; // the transfer ended (the engine refused, or cancel)
                bytes += n;
                if (throttle.due())
                    QMetaObject::invokeMethod(this, [this, bytes, total] { reportProgress(bytes, total); }, Qt::QueuedConnection);
            }
        }
        body->finish(error);
        QMetaObject::invokeMethod(this, [this, error, bytes] {
            m_workerOk = error.isEmpty();
            m_workerMessage = error;
            if (m_workerOk)
                reportProgress(bytes, qMax(bytes, m_expected));
            stepDone();
        }, Qt::QueuedConnection);
    });
}

void ImageArchiveJob::stepDone()
{
    if (--m_stepsLeft > 0)
        return;
    if (m_cancel->load()) {
        confirmCancelled();
    } else if (!m_workerOk && !m_workerMessage.isEmpty()) {
        fail(m_workerMessage);
    } else if (!m_httpError.isNone()) {
        fail(m_kind == Kind::Save ? tr("Cannot save %1: %2").arg(QLocale().createSeparatedList(m_images), m_httpError.message)
                                  : tr("Cannot load %1: %2").arg(QFileInfo(m_file).fileName(), m_httpError.message));
    } else if (!m_engineError.isEmpty()) {
        fail(tr("Cannot load %1: %2").arg(QFileInfo(m_file).fileName(), m_engineError));
    } else if (m_kind == Kind::Load && m_loaded.isEmpty()) {
        fail(tr("The engine loaded nothing from %1.").arg(QFileInfo(m_file).fileName()));
    } else if (!m_workerOk) {
        fail(tr("The transfer was cut."));
    } else if (m_kind == Kind::Save) {
        succeed(tr("Saved %1 to %2").arg(QLocale().createSeparatedList(m_images), m_file));
    } else {
        succeed(tr("Loaded %1").arg(QLocale().createSeparatedList(m_loaded)));
    }
}

} // namespace dx
