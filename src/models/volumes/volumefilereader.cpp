#include "volumefilereader.h"

#include "volumehelper.h"

#include "engine/engine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <archive.h>
#include <archive_entry.h>

namespace dx {

namespace {
// Tar headers (including PAX records for long names) fit in this.
constexpr qsizetype HeaderSlack = 64 * 1024;
} // namespace

VolumeFileReader::VolumeFileReader(Engine *engine, QObject *parent)
    : QObject(parent), m_engine(engine)
{
    qRegisterMetaType<dx::FilePreview>();
}

VolumeFileReader::~VolumeFileReader()
{
    cancel();
    m_future.waitForFinished(); // bounded: at most one preview limit of local reading
}

void VolumeFileReader::cancel()
{
    ++m_generation;
    if (m_reply)
        m_reply->abort();
    m_reply = nullptr;
}

bool VolumeFileReader::firstFileOfTar(const QByteArray &tar, qint64 limit, QByteArray *data, qint64 *size,
                                      QString *error)
{
    archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    bool ok = false;
    if (archive_read_open_memory(a, tar.constData(), size_t(tar.size())) == ARCHIVE_OK) {
        archive_entry *entry = nullptr;
        if (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
            *size = archive_entry_size(entry);
            const qint64 want = qMin(limit, *size);
            data->resize(qsizetype(want));
            qint64 got = 0;
            while (got < want) {
                const la_ssize_t n = archive_read_data(a, data->data() + got, size_t(want - got));
                if (n <= 0)
                    break;
                got += n;
            }
            data->resize(qsizetype(got));
            ok = true;
        }
    }
    if (!ok && error)
        *error = QString::fromUtf8(archive_error_string(a) ? archive_error_string(a) : "not a tar archive");
    archive_read_free(a);
    return ok;
}

void VolumeFileReader::readRemote(const QString &helperId, const QString &path, qint64 limit)
{
    cancel();
    m_path = path;
    m_limit = limit < 0 ? FilePreview::limitFor(path) : limit;
    m_buffer.clear();
    m_done = false;
    if (!m_engine) {
        emit failed(tr("Not connected to an engine."));
        return;
    }
    EngineRequest request = EngineRequest::download(QStringLiteral("/containers/%1/archive").arg(helperId));
    request.addQueryItem(QStringLiteral("path"), VolumeHelper::containerPath(path));
    request.streaming = true;
    EngineReply *reply = m_engine->send(request);
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &EngineReply::dataReceived, this, [this, generation](const QByteArray &chunk) {
        if (generation != m_generation || m_done)
            return;
        m_buffer.append(chunk);
        if (m_buffer.size() >= m_limit + HeaderSlack) {
            // Enough for the preview: stop the transfer instead of pulling a huge file.
            finishRemote();
            cancel();
        }
    });
    connect(reply, &EngineReply::finished, this, [this, generation](const EngineResponse &r) {
        if (generation != m_generation || m_done)
            return;
        if (!r.ok()) {
            m_done = true;
            emit failed(r.message);
            return;
        }
        finishRemote();
    });
}

void VolumeFileReader::finishRemote()
{
    m_done = true;
    QByteArray data;
    qint64 size = 0;
    QString error;
    if (!firstFileOfTar(m_buffer, m_limit, &data, &size, &error)) {
        emit failed(tr("Could not read %1: %2").arg(m_path, error));
        return;
    }
    m_buffer.clear();
    emit finished(FilePreview::fromData(m_path, data, size));
}

void VolumeFileReader::readLocal(const QString &mountpoint, const QString &path, qint64 limit)
{
    cancel();
    const qint64 max = limit < 0 ? FilePreview::limitFor(path) : limit;
    const quint64 generation = m_generation;
    m_future.waitForFinished();
    m_future = QtConcurrent::run([this, mountpoint, path, max, generation] {
        const QString root = QFileInfo(mountpoint).canonicalFilePath();
        const QFileInfo info(QDir(mountpoint).filePath(path));
        QString error;
        QByteArray data;
        qint64 size = 0;
        // The volume belongs to containers: a link there could point anywhere on this host.
        if (info.isSymLink() || !info.canonicalFilePath().startsWith(root + QLatin1Char('/'))) {
            error = tr("%1 is a link and is not followed.").arg(path);
        } else {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly)) {
                error = file.errorString();
            } else {
                size = file.size();
                data = file.read(max);
            }
        }
        QMetaObject::invokeMethod(this, [this, generation, path, data, size, error] {
            if (generation != m_generation)
                return;
            if (!error.isEmpty())
                emit failed(tr("Could not read %1: %2").arg(path, error));
            else
                emit finished(FilePreview::fromData(path, data, size));
        }, Qt::QueuedConnection);
    });
}

} // namespace dx
