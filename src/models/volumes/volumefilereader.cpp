#include "volumefilereader.h"

#include "volumehelper.h"

#include "api/containersapi.h"
#include "api/dockerapi.h"

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

VolumeFileReader::VolumeFileReader(DockerApi *api, const QString &path, qint64 limit, QObject *parent)
    : VolumeJob(api, tr("Read %1").arg(path), parent)
    , m_path(path)
    , m_limit(limit < 0 ? FilePreview::limitFor(path) : limit)
{
    qRegisterMetaType<dx::FilePreview>();
}

VolumeFileReader *VolumeFileReader::remote(DockerApi *api, const QString &helperId, const QString &path, qint64 limit,
                                           QObject *parent)
{
    auto *reader = new VolumeFileReader(api, path, limit, parent);
    reader->m_helperId = helperId;
    return reader;
}

VolumeFileReader *VolumeFileReader::local(DockerApi *api, const QString &mountpoint, const QString &path, qint64 limit,
                                          QObject *parent)
{
    auto *reader = new VolumeFileReader(api, path, limit, parent);
    reader->m_mountpoint = mountpoint;
    return reader;
}

VolumeFileReader::~VolumeFileReader()
{
    if (m_reply)
        m_reply->abort();
    m_future.waitForFinished(); // bounded: at most one preview limit of local reading
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

void VolumeFileReader::run()
{
    if (m_helperId.isEmpty())
        runLocal();
    else
        runRemote();
}

void VolumeFileReader::abortWork()
{
    // Remote: the reply's finished() confirms; local: the read ends within one preview
    // limit and confirms then.
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
}

void VolumeFileReader::runRemote()
{
    if (!api()) {
        fail(tr("Not connected to an engine."));
        return;
    }
    EngineReply *reply = api()->containers().getArchive(m_helperId, VolumeHelper::containerPath(m_path), callContext());
    m_reply = reply;
    connect(reply, &EngineReply::dataReceived, this, [this](const QByteArray &chunk) {
        if (hasEnded())
            return;
        m_buffer.append(chunk);
        if (m_buffer.size() >= m_limit + HeaderSlack) {
            // Enough for the preview: stop the transfer instead of pulling a huge file.
            finishRemote();
            if (m_reply)
                m_reply->abort();
        }
    });
    connect(reply, &EngineReply::finished, this, [this](const EngineResponse &r) {
        if (hasEnded())
            return;
        if (r.error == EngineResponse::Error::Cancelled)
            confirmCancelled();
        else if (!r.ok())
            failWith(ApiError::fromResponse(r));
        else
            finishRemote();
    });
}

void VolumeFileReader::finishRemote()
{
    QByteArray data;
    qint64 size = 0;
    QString error;
    const bool ok = firstFileOfTar(m_buffer, m_limit, &data, &size, &error);
    m_buffer.clear();
    if (!ok)
        fail(tr("Could not read %1: %2").arg(m_path, error));
    else
        succeed(QVariant::fromValue(FilePreview::fromData(m_path, data, size)));
}

void VolumeFileReader::runLocal()
{
    m_future = QtConcurrent::run([this, mountpoint = m_mountpoint, path = m_path, max = m_limit] {
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
        QMetaObject::invokeMethod(this, [this, path, data, size, error] {
            if (m_aborted)
                confirmCancelled();
            else if (!error.isEmpty())
                fail(tr("Could not read %1: %2").arg(path, error));
            else
                succeed(QVariant::fromValue(FilePreview::fromData(path, data, size)));
        }, Qt::QueuedConnection);
    });
}

} // namespace dx
