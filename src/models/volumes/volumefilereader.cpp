#include "volumefilereader.h"

#include "volumehelper.h"

#include "api/containersapi.h"
#include "api/dockerapi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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
    // No wait for a local read: the worker holds no pointer to this reader.
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
    EngineReply *reply = api()->containers().getArchive(m_helperId, containerPath(m_path), callContext());
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

namespace {

// Reads up to `max` bytes of a regular file without ever blocking on what is not one: the
// volume belongs to containers, which can swap a FIFO, a socket or a device in at any time.
QByteArray readRegularFile(const QString &file, qint64 max, qint64 *size, QString *error)
{
    const QByteArray native = QFile::encodeName(file);
    // O_NOFOLLOW: a link swapped in after the check is refused, not followed; O_NONBLOCK: opening
    // a FIFO does not wait for a writer.
    const int fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = errno == ELOOP ? VolumeFileReader::tr("it is a link and is not followed.")
                                : QString::fromLocal8Bit(std::strerror(errno));
        return {};
    }
    QByteArray data;
    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
    } else if (!S_ISREG(st.st_mode)) {
        *error = VolumeFileReader::tr("it is not a regular file.");
    } else {
        *size = qint64(st.st_size);
        data.resize(qsizetype(qMax<qint64>(0, qMin(max, *size))));
        qsizetype got = 0;
        while (got < data.size()) {
            const ssize_t n = ::read(fd, data.data() + got, size_t(data.size() - got));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                *error = QString::fromLocal8Bit(std::strerror(errno));
                break;
            }
            if (n == 0)
                break; // shrank since fstat
            got += n;
        }
        data.resize(got);
    }
    ::close(fd);
    return data;
}

} // namespace

void VolumeFileReader::runLocal()
{
    // The worker never touches `this`: the reader may be deleted meanwhile, and its destructor
    // does not wait for the worker (the GUI thread never blocks on a file system).
    const QPointer<VolumeFileReader> self(this);
    m_future = QtConcurrent::run([self, mountpoint = m_mountpoint, path = m_path, max = m_limit] {
        const QString root = QFileInfo(mountpoint).canonicalFilePath();
        const QFileInfo info(QDir(mountpoint).filePath(path));
        QString error;
        QByteArray data;
        qint64 size = 0;
        // The volume belongs to containers: a link there could point anywhere on this host.
        if (info.isSymLink() || !info.canonicalFilePath().startsWith(root + QLatin1Char('/')))
            error = tr("%1 is a link and is not followed.").arg(path);
        else
            data = readRegularFile(info.filePath(), max, &size, &error);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, path, data, size, error] {
            if (!self || self->hasEnded())
                return;
            if (self->m_aborted)
                self->confirmCancelled();
            else if (!error.isEmpty())
                self->fail(tr("Could not read %1: %2").arg(path, error));
            else
                self->succeed(QVariant::fromValue(FilePreview::fromData(path, data, size)));
        }, Qt::QueuedConnection);
    });
}

} // namespace dx
