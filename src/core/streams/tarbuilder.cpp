#include "tarbuilder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace dx {

namespace {

constexpr size_t CopyBlock = 64 * 1024;

struct EntryDeleter
{
    void operator()(archive_entry *entry) const { archive_entry_free(entry); }
};
using EntryPtr = std::unique_ptr<archive_entry, EntryDeleter>;

EntryPtr newEntry(const QString &name, unsigned type, quint32 mode, qint64 mtime)
{
    EntryPtr entry(archive_entry_new());
    archive_entry_set_pathname_utf8(entry.get(), name.toUtf8().constData());
    archive_entry_set_filetype(entry.get(), type);
    archive_entry_set_perm(entry.get(), mode & 07777);
    archive_entry_set_mtime(entry.get(), mtime >= 0 ? mtime : QDateTime::currentSecsSinceEpoch(), 0);
    archive_entry_set_uid(entry.get(), 0);
    archive_entry_set_gid(entry.get(), 0);
    return entry;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

TarBuilder::TarBuilder(Sink sink)
    : m_sink(std::move(sink))
    , m_archive(archive_write_new())
{
    // pax: long names and big files without GNU extensions; "restricted" keeps plain ustar
    // headers whenever they suffice, which every engine and `tar` reads.
    archive_write_set_format_pax_restricted(m_archive);
    archive_write_set_bytes_in_last_block(m_archive, 1); // no padding to 10 KiB at the end
    archive_write_open(m_archive, this, nullptr, &TarBuilder::writeCallback, nullptr);
}

TarBuilder::~TarBuilder()
{
    // Freeing without finish() must not emit an end-of-archive: a cut upload stays invalid.
    // archive_write_fail() would skip the close, which is also what frees libarchive's output
    // buffer (a leak LeakSanitizer reported under scripts/sanitize.sh): close with the sink
    // cut off instead.
    m_sinkCut = !m_finished;
    archive_write_free(m_archive);
}

ssize_t TarBuilder::writeCallback(archive *, void *self, const void *buffer, size_t size)
{
    auto *builder = static_cast<TarBuilder *>(self);
    if (builder->m_sinkCut)
        return ssize_t(size);
    if (!builder->m_sink(static_cast<const char *>(buffer), qsizetype(size)))
        return -1;
    builder->m_bytesWritten += qint64(size);
    if (builder->m_progress)
        builder->m_progress(builder->m_bytesWritten);
    return ssize_t(size);
}

bool TarBuilder::checkArchive(int status)
{
    if (status >= ARCHIVE_WARN)
        return true;
    if (m_error.isEmpty()) {
        const char *message = archive_error_string(m_archive);
        m_error = message ? QString::fromLocal8Bit(message)
                          : QCoreApplication::translate("dx::TarBuilder", "Writing the archive failed");
    }
    return false;
}

bool TarBuilder::cancelled()
{
    if (!m_cancel || !m_cancel->load())
        return false;
    m_error = QCoreApplication::translate("dx::TarBuilder", "Cancelled");
    return true;
}

bool TarBuilder::writeHeader(archive_entry *entry)
{
    if (m_finished || !m_error.isEmpty() || cancelled())
        return false;
    return checkArchive(archive_write_header(m_archive, entry));
}

bool TarBuilder::addDirectory(const QString &nameInArchive, quint32 mode, qint64 mtime)
{
    return writeHeader(newEntry(nameInArchive, AE_IFDIR, mode, mtime).get());
}

bool TarBuilder::addFile(const QString &nameInArchive, const QByteArray &contents, quint32 mode, qint64 mtime)
{
    EntryPtr entry = newEntry(nameInArchive, AE_IFREG, mode, mtime);
    archive_entry_set_size(entry.get(), contents.size());
    if (!writeHeader(entry.get()))
        return false;
    return contents.isEmpty()
            || checkArchive(int(archive_write_data(m_archive, contents.constData(), size_t(contents.size()))));
}

bool TarBuilder::addPath(const QString &diskPath, const QString &nameInArchive)
{
    const QByteArray path = QFile::encodeName(diskPath);
    struct stat info;
    if (::lstat(path.constData(), &info) != 0) {
        m_error = QCoreApplication::translate("dx::TarBuilder", "Cannot read %1: %2")
                          .arg(diskPath, systemError(errno));
        return false;
    }
    const unsigned type = info.st_mode & S_IFMT;
    if (type == S_IFDIR)
        return addTree(diskPath, nameInArchive);
    if (type != S_IFREG && type != S_IFLNK) {
        m_skipped.append(diskPath);
        return true;
    }
    EntryPtr entry = newEntry(nameInArchive, type == S_IFREG ? AE_IFREG : AE_IFLNK, info.st_mode, info.st_mtime);
    if (type == S_IFLNK) {
        QByteArray target(qsizetype(info.st_size) + 1, Qt::Uninitialized);
        const ssize_t length = ::readlink(path.constData(), target.data(), size_t(target.size()));
        if (length < 0 || length >= target.size()) {
            m_error = QCoreApplication::translate("dx::TarBuilder", "Cannot read link %1").arg(diskPath);
            return false;
        }
        target.truncate(length);
        archive_entry_set_symlink(entry.get(), target.constData());
        return writeHeader(entry.get());
    }
    archive_entry_set_size(entry.get(), info.st_size);
    return addDiskFile(path, entry.get());
}

bool TarBuilder::addDiskFile(const QByteArray &diskPath, archive_entry *entry)
{
    const int fd = ::open(diskPath.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        m_error = QCoreApplication::translate("dx::TarBuilder", "Cannot read %1: %2")
                          .arg(QFile::decodeName(diskPath), systemError(errno));
        return false;
    }
    bool ok = writeHeader(entry);
    // The header promised st_size bytes: a file that grows or shrinks meanwhile is cut or
    // zero-padded, so the stream stays a valid tar either way.
    qint64 left = archive_entry_size(entry);
    std::unique_ptr<char[]> buffer(new char[CopyBlock]);
    while (ok && left > 0 && !cancelled()) {
        const ssize_t got = ::read(fd, buffer.get(), size_t(qMin<qint64>(left, CopyBlock)));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            m_error = QCoreApplication::translate("dx::TarBuilder", "Cannot read %1: %2")
                              .arg(QFile::decodeName(diskPath), systemError(errno));
            ok = false;
            break;
        }
        const size_t chunk = got > 0 ? size_t(got) : size_t(qMin<qint64>(left, CopyBlock));
        if (got == 0)
            std::memset(buffer.get(), 0, chunk);
        ok = checkArchive(int(archive_write_data(m_archive, buffer.get(), chunk)));
        left -= qint64(chunk);
    }
    ::close(fd);
    return ok && m_error.isEmpty();
}

bool TarBuilder::addTree(const QString &diskPath, const QString &nameInArchive)
{
    const QByteArray path = QFile::encodeName(diskPath);
    // A folder that cannot be listed is an error that names it, never an empty folder in the
    // archive (which is what a silent empty listing would upload).
    DIR *dir = ::opendir(path.constData());
    if (!dir) {
        m_error = QCoreApplication::translate("dx::TarBuilder", "Cannot read the folder %1: %2")
                          .arg(diskPath, systemError(errno));
        return false;
    }
    QStringList names;
    errno = 0;
    while (const dirent *d = ::readdir(dir)) {
        if (std::strcmp(d->d_name, ".") != 0 && std::strcmp(d->d_name, "..") != 0)
            names.append(QFile::decodeName(d->d_name));
        errno = 0;
    }
    const int readError = errno;
    struct stat info;
    const bool statOk = ::fstat(::dirfd(dir), &info) == 0;
    ::closedir(dir);
    if (readError != 0 || !statOk) {
        m_error = QCoreApplication::translate("dx::TarBuilder", "Cannot read the folder %1: %2")
                          .arg(diskPath, systemError(readError != 0 ? readError : EIO));
        return false;
    }
    if (!addDirectory(nameInArchive, info.st_mode, info.st_mtime))
        return false;
    // Sorted, so that the same folder always gives the same archive.
    std::sort(names.begin(), names.end());
    const QString prefix = nameInArchive.endsWith(QLatin1Char('/')) ? nameInArchive
                                                                    : nameInArchive + QLatin1Char('/');
    for (const QString &name : std::as_const(names)) {
        if (!addPath(diskPath + QLatin1Char('/') + name, prefix + name))
            return false;
    }
    return true;
}

bool TarBuilder::finish()
{
    if (m_finished || !m_error.isEmpty())
        return false;
    m_finished = true;
    return checkArchive(archive_write_close(m_archive));
}

QByteArray TarBuilder::directoryTar(const QString &name, quint32 mode)
{
    QByteArray tar;
    TarBuilder builder([&tar](const char *data, qsizetype size) {
        tar.append(data, size);
        return true;
    });
    if (!builder.addDirectory(name, mode) || !builder.finish())
        return {};
    return tar;
}

} // namespace dx
