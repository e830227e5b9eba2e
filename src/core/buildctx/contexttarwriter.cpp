#include "contexttarwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace dx {

namespace {

// Big enough that a read and a sink call cost little per byte, small enough for cache.
constexpr qint64 kChunk = 1024 * 1024;
constexpr int kBlock = 128 * 1024;

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};
struct EntryDeleter
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

struct TarWriterAccess
{
    static la_ssize_t onWrite(archive *a, void *self, const void *buffer, size_t length)
    {
        auto *w = static_cast<ContextTarWriter *>(self);
        if (w->isCanceled() || !(*w->m_sink)(static_cast<const char *>(buffer), qint64(length))) {
            w->m_canceled = true;
            archive_set_error(a, ECANCELED, "canceled");
            return -1;
        }
        w->m_bytes += qint64(length);
        return la_ssize_t(length);
    }

    static bool fail(ContextTarWriter *w, archive *a, const QString &what)
    {
        if (w->m_canceled || w->isCanceled()) {
            w->m_canceled = true;
            w->m_error = QCoreApplication::translate("dx::ContextTarWriter", "canceled");
        } else if (w->m_error.isEmpty()) {
            const char *detail = a ? archive_error_string(a) : nullptr;
            w->m_error = detail ? what + QStringLiteral(": ") + QString::fromLocal8Bit(detail) : what;
        }
        return false;
    }

    static void fillHeader(archive_entry *h, const ContextEntry &e)
    {
        using T = ContextEntry::Type;
        // Directories carry a trailing slash in the CLI's tar.
        const QString name = e.type == T::Directory ? e.path + QLatin1Char('/') : e.path;
        archive_entry_set_pathname_utf8(h, name.toUtf8().constData());
        archive_entry_set_uid(h, 0);
        archive_entry_set_gid(h, 0);
        archive_entry_set_mtime(h, time_t(e.mtime), 0);
        switch (e.type) {
        case T::File:
            archive_entry_set_filetype(h, AE_IFREG);
            archive_entry_set_size(h, e.size);
            break;
        case T::Directory:
            archive_entry_set_filetype(h, AE_IFDIR);
            break;
        case T::Symlink:
            archive_entry_set_filetype(h, AE_IFLNK);
            archive_entry_set_symlink_utf8(h, e.linkTarget.toUtf8().constData());
            break;
        case T::Hardlink:
            archive_entry_set_filetype(h, AE_IFREG);
            archive_entry_set_hardlink_utf8(h, e.linkTarget.toUtf8().constData());
            archive_entry_set_size(h, 0);
            break;
        case T::Other:
            archive_entry_set_filetype(h, e.fileType);
            break;
        }
        archive_entry_set_perm(h, e.mode);
    }

    // Keeps the directory of the previous file open: entries come grouped by
    // directory, and opening relative to it spares the kernel a full path walk.
    struct DirCache
    {
        QString path;
        int fd = -1;
        ~DirCache()
        {
            if (fd >= 0)
                ::close(fd);
        }
        int open(const QString &root, const QString &dir)
        {
            if (fd >= 0 && dir == path)
                return fd;
            if (fd >= 0)
                ::close(fd);
            path = dir;
            const QString abs = dir.isEmpty() ? root : root + QLatin1Char('/') + dir;
            fd = ::open(QFile::encodeName(abs).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            return fd;
        }
    };

    static bool writeContent(ContextTarWriter *w, archive *a, const ContextEntry &e,
                             char *buffer, qint64 files, DirCache &dirs)
    {
        if (e.isInline) {
            if (archive_write_data(a, e.inlineData.constData(), size_t(e.inlineData.size())) < 0)
                return fail(w, a, QCoreApplication::translate("dx::ContextTarWriter", "cannot write %1").arg(e.path));
            return true;
        }
        const qsizetype slash = e.path.lastIndexOf(QLatin1Char('/'));
        const int dirFd = dirs.open(w->m_scan.contextDir, slash < 0 ? QString() : e.path.left(slash));
        Fd file;
        if (dirFd >= 0) {
            file.fd = ::openat(dirFd, QFile::encodeName(e.path.mid(slash + 1)).constData(),
                               O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        }
        if (file.fd < 0)
            return fail(w, nullptr, QCoreApplication::translate("dx::ContextTarWriter", "cannot open %1: %2").arg(e.path, QString::fromLocal8Bit(strerror(errno))));
        if (e.size > kChunk)
            posix_fadvise(file.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
        qint64 left = e.size; // a file that grows while sent is cut at its scanned size
        while (left > 0) {
            const ssize_t n = ::read(file.fd, buffer, size_t(qMin(left, kChunk)));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return fail(w, nullptr, QCoreApplication::translate("dx::ContextTarWriter", "cannot read %1: %2").arg(e.path, QString::fromLocal8Bit(strerror(errno))));
            if (n == 0)
                break; // shrank: libarchive pads the rest with zeros, as the header promised
            if (archive_write_data(a, buffer, size_t(n)) < 0)
                return fail(w, a, QCoreApplication::translate("dx::ContextTarWriter", "cannot write %1").arg(e.path));
            left -= n;
            if (w->m_progress && left > 0)
                w->m_progress(w->m_bytes, files);
        }
        return true;
    }

    static bool run(ContextTarWriter *w)
    {
        std::unique_ptr<archive, ArchiveDeleter> a(archive_write_new());
        // pax_restricted = ustar unless a name or size needs a pax record, like Go's writer.
        archive_write_set_format_pax_restricted(a.get());
        archive_write_set_bytes_per_block(a.get(), kBlock);
        archive_write_set_bytes_in_last_block(a.get(), 1); // no padding after the end blocks
        if (archive_write_open2(a.get(), w, nullptr, &onWrite, nullptr, nullptr) != ARCHIVE_OK)
            return fail(w, a.get(), QCoreApplication::translate("dx::ContextTarWriter", "cannot start the archive"));

        std::unique_ptr<archive_entry, EntryDeleter> h(archive_entry_new());
        std::unique_ptr<char[]> buffer(new char[kChunk]);
        qint64 files = 0;
        DirCache dirs;
        for (const ContextEntry &e : w->m_scan.entries) {
            if (w->isCanceled())
                return fail(w, nullptr, QString());
            archive_entry_clear(h.get());
            fillHeader(h.get(), e);
            if (archive_write_header(a.get(), h.get()) < ARCHIVE_WARN)
                return fail(w, a.get(), QCoreApplication::translate("dx::ContextTarWriter", "cannot write the header of %1").arg(e.path));
            if (e.type == ContextEntry::Type::File && !writeContent(w, a.get(), e, buffer.get(), files, dirs))
                return false;
            if (archive_write_finish_entry(a.get()) < ARCHIVE_WARN)
                return fail(w, a.get(), QCoreApplication::translate("dx::ContextTarWriter", "cannot finish %1").arg(e.path));
            ++files;
            if (w->m_progress)
                w->m_progress(w->m_bytes, files);
        }
        if (archive_write_close(a.get()) != ARCHIVE_OK)
            return fail(w, a.get(), QCoreApplication::translate("dx::ContextTarWriter", "cannot finish the archive"));
        if (w->m_progress)
            w->m_progress(w->m_bytes, files);
        return true;
    }
};

ContextTarWriter::ContextTarWriter(const ContextScan &scan)
    : m_scan(scan)
{}

bool ContextTarWriter::write(const Sink &sink)
{
    m_error.clear();
    m_bytes = 0;
    m_canceled = false;
    m_sink = &sink;
    const bool ok = TarWriterAccess::run(this);
    m_sink = nullptr;
    return ok;
}

bool ContextTarWriter::write(QIODevice *device)
{
    bool deviceFailed = false;
    const bool ok = write([device, &deviceFailed](const char *data, qint64 size) {
        deviceFailed = device->write(data, size) != size;
        return !deviceFailed;
    });
    if (!ok && deviceFailed && !isCanceled()) {
        // A full disk or closed socket is an error, not a user cancel.
        m_canceled = false;
        m_error = QCoreApplication::translate("dx::ContextTarWriter", "cannot write the archive: %1").arg(device->errorString());
    }
    return ok;
}

} // namespace dx
