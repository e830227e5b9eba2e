#include "safeextractor.h"

#include "archiveinput.h"
#include "archivepath.h"
#include "diskpath.h"

#include <QCoreApplication>
#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dx {

namespace {

QString refusalText(ExtractRefusal reason)
{
    switch (reason) {
    case ExtractRefusal::AbsolutePath:
        return QCoreApplication::translate("dx::SafeExtractor", "absolute path");
    case ExtractRefusal::ParentComponent:
        return QCoreApplication::translate("dx::SafeExtractor", "path contains \"..\"");
    case ExtractRefusal::LinkOutside:
        return QCoreApplication::translate("dx::SafeExtractor", "link points outside the destination folder");
    case ExtractRefusal::ThroughSymlink:
        return QCoreApplication::translate("dx::SafeExtractor", "path goes through a symbolic link");
    case ExtractRefusal::SpecialFile:
        return QCoreApplication::translate("dx::SafeExtractor", "device, pipe or socket");
    case ExtractRefusal::Exists:
        return QCoreApplication::translate("dx::SafeExtractor", "already exists");
    case ExtractRefusal::NotADirectory:
        return QCoreApplication::translate("dx::SafeExtractor", "a parent is not a folder");
    }
    return {};
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The process umask. Linux (4.7+) shows it in /proc/self/status, which reads it without
// changing it; umask() can only be read by setting it, process-wide, so that is the fallback
// (files other threads create in that instant would get no umask).
quint32 processUmask()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.startsWith("Umask:"))
                continue;
            bool ok = false;
            const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
            if (ok)
                return mask & 0777;
        }
    }
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return quint32(mask) & 0777;
}

} // namespace

SafeExtractor::SafeExtractor(const QString &targetDirectory, const SafeExtractOptions &options)
    : m_targetDirectory(targetDirectory)
    , m_options(options)
{
    m_umask = processUmask();
}

SafeExtractResult SafeExtractor::extract(QIODevice *device)
{
    ArchiveInput input(device);
    return run(input);
}

SafeExtractResult SafeExtractor::extract(ChunkQueue *queue)
{
    ArchiveInput input(queue);
    return run(input);
}

SafeExtractResult SafeExtractor::run(ArchiveInput &input)
{
    SafeExtractResult result;
    m_symlinks.clear();
    m_links.clear();
    m_poppedPrefixes.clear();
    m_createdDirs.clear();
    m_changes.clear();
    m_knownDirs.clear();
    m_directoryIndex.clear();
    m_directories.clear();
    m_input = &input;

    // Resolve the folder once: the checks below are relative to its real location.
    char *real = ::realpath(QFile::encodeName(m_targetDirectory).constData(), nullptr);
    if (!real) {
        fail(result, QCoreApplication::translate("dx::SafeExtractor", "Cannot open the destination folder %1: %2")
                             .arg(m_targetDirectory, systemError(errno)));
        return result;
    }
    m_root = real;
    ::free(real);
    if (m_root == "/")
        m_root.clear(); // absolute() adds the slash

    input.setCancelFlag(m_cancel);
    archive *a = input.open();
    if (!a) {
        fail(result, input.errorString());
        return result;
    }
    archive_entry *entry = nullptr;
    while (!cancelled()) {
        const int status = archive_read_next_header(a, &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN) {
            if (!cancelled())
                fail(result, input.errorString());
            break;
        }
        if (!handleEntry(a, entry, result))
            break;
        if (m_progress)
            m_progress(input.bytesRead(), result.extractedEntries + result.refused.size());
    }
    result.cancelled = cancelled();

    // Before fixDirectories(), which may make folders read-only and so stop the removal.
    removeEscapingLinks(result);
    if (result.error.isEmpty() && !result.cancelled)
        commit();
    else
        rollBack();
    fixDirectories();
    m_input = nullptr;
    return result;
}

void SafeExtractor::removeEscapingLinks(SafeExtractResult &result)
{
    // Each link passed the lexical check when it was made, but links made after it (or already
    // in the folder) decide where it really leads: "0 -> a/c1/../../x" is inside on paper until
    // "a -> ." and "c1 -> ." arrive. So judge them all on the finished tree, and again after
    // every removal, since removing one link changes where others lead.
    bool removed = true;
    while (removed) {
        removed = false;
        for (qsizetype i = 0; i < m_links.size();) {
            const QByteArray path = absolute(m_links.at(i).relative);
            struct stat info;
            if (::lstat(path.constData(), &info) != 0 || !S_ISLNK(info.st_mode)) {
                m_links.removeAt(i); // replaced by a later entry
                continue;
            }
            if (DiskPath::resolve(m_root, path) == DiskPath::Where::Inside) {
                ++i;
                continue;
            }
            if (::unlink(path.constData()) != 0) {
                fail(result, QCoreApplication::translate("dx::SafeExtractor", "Cannot remove the unsafe link %1: %2")
                                     .arg(QString::fromUtf8(m_links.at(i).name), systemError(errno)));
                ++i;
                continue;
            }
            --result.extractedEntries;
            m_symlinks.remove(m_links.at(i).relative);
            refuse(result, m_links.at(i).name, ExtractRefusal::LinkOutside);
            m_links.removeAt(i);
            removed = true;
        }
    }
}

bool SafeExtractor::backUp(const QByteArray &path, bool keepInPlace, QByteArray *backup)
{
    // mkostemp reserves a name nobody else has (O_EXCL); the original then takes it over.
    const qsizetype slash = path.lastIndexOf('/');
    QByteArray name = path.left(slash + 1) + '.' + path.mid(slash + 1).left(200) + ".dx-orig-XXXXXX";
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0)
        return false;
    ::close(fd);
    // Where the file system has no hard links, the original moves aside instead.
    if ((keepInPlace && ::unlink(name.constData()) == 0 && ::link(path.constData(), name.constData()) == 0)
        || ::rename(path.constData(), name.constData()) == 0) {
        *backup = name;
        return true;
    }
    const int error = errno;
    ::unlink(name.constData());
    errno = error;
    return false;
}

void SafeExtractor::rollBack()
{
    // Newest first: a folder is empty again by the time its turn comes, and a name the run
    // replaced twice gets each earlier version back in turn, the original last.
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
        if (it->directory) {
            ::rmdir(it->path.constData());
        } else if (!it->backup.isEmpty()) {
            // rename() between two names of one file does nothing: drop the spare name then.
            if (::rename(it->backup.constData(), it->path.constData()) == 0)
                ::unlink(it->backup.constData());
        } else {
            ::unlink(it->path.constData());
        }
    }
    m_changes.clear();
}

void SafeExtractor::commit()
{
    for (const Change &change : qAsConst(m_changes)) {
        if (!change.backup.isEmpty())
            ::unlink(change.backup.constData());
    }
    m_changes.clear();
}

void SafeExtractor::fixDirectories()
{
    // Deepest first, and only now: a read-only folder must not stop its own contents. Opened
    // with O_NOFOLLOW so that a mode is never applied through a link.
    for (auto it = m_directories.crbegin(); it != m_directories.crend(); ++it) {
        const int fd = ::open(it->path.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            continue;
        ::fchmod(fd, it->mode);
        if (m_options.restoreMtime) {
            const timespec times[2] = {{0, UTIME_OMIT}, {time_t(it->mtime), 0}};
            ::futimens(fd, times);
        }
        ::close(fd);
    }
}

bool SafeExtractor::handleEntry(archive *a, archive_entry *entry, SafeExtractResult &result)
{
    const QByteArray name = archive_entry_pathname(entry);
    QByteArrayList components;
    switch (ArchivePath::split(name, &components)) {
    case ArchivePath::Verdict::Empty:
        return true; // "./": the destination folder itself
    case ArchivePath::Verdict::Absolute:
        refuse(result, name, ExtractRefusal::AbsolutePath);
        return result.error.isEmpty();
    case ArchivePath::Verdict::ParentComponent:
        refuse(result, name, ExtractRefusal::ParentComponent);
        return result.error.isEmpty();
    case ArchivePath::Verdict::Ok:
        break;
    }

    const char *hardlink = archive_entry_hardlink(entry);
    const auto type = archive_entry_filetype(entry);
    if (!hardlink && type != AE_IFREG && type != AE_IFDIR && type != AE_IFLNK) {
        refuse(result, name, ExtractRefusal::SpecialFile);
        return result.error.isEmpty();
    }

    // From here on, helpers return whether the entry was written; a refusal is not fatal
    // unless stopOnRefusal made it one (then it set result.error).
    const QByteArray relative = components.join('/');
    const QByteArray path = absolute(relative);
    // Folders are made one at a time from open ones, which works at any depth: stop where the
    // member itself could not be made, rather than leave folders nobody can reach by name.
    if (path.size() >= PATH_MAX)
        return fail(result, QCoreApplication::translate("dx::SafeExtractor", "Cannot create %1: %2").arg(QString::fromUtf8(path), systemError(ENAMETOOLONG)));
    if (!prepareParents(components, name, result))
        return result.error.isEmpty();
    const bool isFile = !hardlink && type == AE_IFREG;
    bool replace = false;
    if (!prepareLeaf(path, !hardlink && type == AE_IFDIR, name, result, isFile ? &replace : nullptr))
        return result.error.isEmpty();

    bool done = false;
    if (hardlink) {
        done = makeHardlink(path, hardlink, name, result);
    } else if (type == AE_IFLNK) {
        const char *target = archive_entry_symlink(entry);
        done = makeSymlink(components, target ? target : "", name, result);
        if (done && m_options.restoreMtime) {
            // The link's own time (lutimes), as tar -x keeps it; the target is not touched.
            const timespec times[2] = {{0, UTIME_OMIT}, {time_t(archive_entry_mtime(entry)), 0}};
            ::utimensat(AT_FDCWD, path.constData(), times, AT_SYMLINK_NOFOLLOW);
        }
    } else if (type == AE_IFDIR) {
        done = makeDirectory(entry, path, name, result);
    } else {
        done = writeFile(a, entry, path, replace, result);
    }
    if (done)
        ++result.extractedEntries;
    return result.error.isEmpty();
}

bool SafeExtractor::prepareParents(const QByteArrayList &components, const QByteArray &name,
                                   SafeExtractResult &result)
{
    // A folder this run checked or made stays a folder (no later entry replaces one), so the
    // members of a known folder need no system call here.
    if (components.size() < 2 || m_knownDirs.contains(components.mid(0, components.size() - 1).join('/')))
        return true;
    // One component at a time from an open folder: lstat() and mkdir() of absolute paths cost
    // the kernel a lookup per component of every prefix, which made a deep member quadratic
    // (one 2,000 levels deep took seconds, and each member beside it as long again).
    DiskFolder folder;
    QByteArray relative;
    bool open = folder.open(-1, m_root.isEmpty() ? "/" : m_root.constData());
    for (qsizetype i = 0; open && i + 1 < components.size(); ++i) {
        const QByteArray &component = components.at(i);
        if (!relative.isEmpty())
            relative += '/';
        relative += component;
        if (!m_knownDirs.contains(relative)) {
            struct stat info;
            if (::fstatat(folder.fd(), component.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
                if (errno != ENOENT)
                    return fail(result, QCoreApplication::translate("dx::SafeExtractor", "Cannot inspect %1: %2").arg(QString::fromUtf8(name), systemError(errno)));
                // Archives may list a file before (or without) its folder.
                if (::mkdirat(folder.fd(), component.constData(), 0755) != 0)
                    return fail(result, QCoreApplication::translate("dx::SafeExtractor", "Cannot create folder %1: %2")
                                                .arg(QString::fromUtf8(relative), systemError(errno)));
                m_createdDirs.insert(absolute(relative));
                m_changes.append({absolute(relative), {}, true});
            } else if (S_ISLNK(info.st_mode)) {
                return refuse(result, name, ExtractRefusal::ThroughSymlink);
            } else if (!S_ISDIR(info.st_mode)) {
                return refuse(result, name, ExtractRefusal::NotADirectory);
            }
            m_knownDirs.insert(relative);
        }
        open = folder.open(folder.fd(), component.constData());
    }
    if (!open)
        return fail(result, QCoreApplication::translate("dx::SafeExtractor", "Cannot inspect %1: %2").arg(QString::fromUtf8(name), systemError(errno)));
    return true;
}

bool SafeExtractor::prepareLeaf(const QByteArray &path, bool isDirectory, const QByteArray &name,
                                SafeExtractResult &result, bool *replace)
{
    struct stat info;
    if (::lstat(path.constData(), &info) != 0)
        return errno == ENOENT
                || fail(result, QCoreApplication::translate("dx::SafeExtractor", "Cannot inspect %1: %2").arg(QString::fromUtf8(name), systemError(errno)));
    if (S_ISDIR(info.st_mode))
        return isDirectory || refuse(result, name, ExtractRefusal::Exists); // folders merge
    if (isDirectory && S_ISLNK(info.st_mode))
        return refuse(result, name, ExtractRefusal::ThroughSymlink);
    if (!m_options.overwrite)
        return refuse(result, name, ExtractRefusal::Exists);
    if (replace) {
        // The original stays until the new content is complete (writeFile renames over it).
        *replace = true;
        return true;
    }
    // Replace, do not open: opening would follow a link planted at this name. Moved aside,
    // not removed, until the run has succeeded.
    QByteArray backup;
    if (!backUp(path, false, &backup))
        return fail(result, QCoreApplication::translate("dx::SafeExtractor", "Cannot replace %1: %2").arg(QString::fromUtf8(name), systemError(errno)));
    m_changes.append({path, backup, false});
    return true;
}

bool SafeExtractor::makeDirectory(archive_entry *entry, const QByteArray &path, const QByteArray &name,
                                  SafeExtractResult &result)
{
    if (::mkdir(path.constData(), 0700) == 0) {
        m_createdDirs.insert(path);
        m_changes.append({path, {}, true});
    } else if (errno != EEXIST)
        return fail(result, QCoreApplication::translate("dx::SafeExtractor", "Cannot create folder %1: %2")
                                    .arg(QString::fromUtf8(name), systemError(errno)));
    // A folder that was there before is the user's: its mode and times are not the archive's to set.
    if (!m_createdDirs.contains(path))
        return true;
    const quint32 perm = m_options.restorePermissions ? quint32(archive_entry_perm(entry)) & 0777 : 0777;
    const DirectoryFix fix{path, perm & ~m_umask, archive_entry_mtime(entry)};
    const auto known = m_directoryIndex.constFind(path);
    if (known != m_directoryIndex.cend()) {
        m_directories[*known] = fix;
    } else {
        m_directoryIndex.insert(path, m_directories.size());
        m_directories.append(fix);
    }
    return true;
}

bool SafeExtractor::writeFile(archive *a, archive_entry *entry, const QByteArray &path, bool replace,
                              SafeExtractResult &result)
{
    // Replacing: write beside the original and rename over it once complete. mkostemp opens
    // with O_CREAT | O_EXCL, which never follows a link at that name. The leaf is shortened so
    // that the temporary name still fits in NAME_MAX.
    QByteArray target = path;
    int fd = -1;
    if (replace) {
        const qsizetype slash = path.lastIndexOf('/');
        target = path.left(slash + 1) + '.' + path.mid(slash + 1).left(200) + ".dx-part-XXXXXX";
        fd = ::mkostemp(target.data(), O_CLOEXEC);
    } else {
        fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    }
    if (fd < 0)
        return fail(result, QCoreApplication::translate("dx::SafeExtractor", "Cannot create %1: %2").arg(QString::fromUtf8(path), systemError(errno)));
    const void *block = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    int status = ARCHIVE_OK;
    QString error;
    while (error.isEmpty() && !cancelled()
           && (status = archive_read_data_block(a, &block, &size, &offset)) == ARCHIVE_OK) {
        // Offsets, not appends: sparse members arrive with holes between blocks.
        const char *data = static_cast<const char *>(block);
        while (size > 0) {
            const ssize_t written = ::pwrite(fd, data, size, offset);
            if (written < 0 && errno == EINTR)
                continue;
            if (written <= 0) {
                error = systemError(errno);
                break;
            }
            data += written;
            offset += written;
            size -= size_t(written);
            result.bytesWritten += written;
        }
        if (m_progress)
            m_progress(m_input->bytesRead(), result.extractedEntries + result.refused.size());
    }
    if (error.isEmpty() && status < ARCHIVE_WARN && !cancelled())
        error = m_input->errorString();
    if (error.isEmpty() && !cancelled() && ::ftruncate(fd, archive_entry_size(entry)) != 0)
        error = systemError(errno); // a sparse file may end in a hole
    const quint32 perm = m_options.restorePermissions ? quint32(archive_entry_perm(entry)) & 0777 : 0666;
    ::fchmod(fd, perm & ~m_umask);
    if (m_options.restoreMtime) {
        const timespec times[2] = {{0, UTIME_OMIT}, {time_t(archive_entry_mtime(entry)), 0}};
        ::futimens(fd, times);
    }
    if (::close(fd) != 0 && error.isEmpty())
        error = systemError(errno); // a late write error (NFS, quota) shows only here
    if (error.isEmpty() && !cancelled() && replace) {
        QByteArray backup;
        if (!backUp(path, true, &backup)) {
            error = systemError(errno);
        } else {
            m_changes.append({path, backup, false});
            if (::rename(target.constData(), path.constData()) != 0)
                error = systemError(errno);
        }
    }
    if (error.isEmpty() && !cancelled()) {
        if (!replace)
            m_changes.append({path, {}, false});
        return true;
    }
    ::unlink(target.constData()); // no truncated files left behind; an original is untouched
    if (!error.isEmpty())
        fail(result, QCoreApplication::translate("dx::SafeExtractor", "Cannot write %1: %2").arg(QString::fromUtf8(path), error));
    return false;
}

bool SafeExtractor::makeSymlink(const QByteArrayList &components, const QByteArray &target,
                                const QByteArray &name, SafeExtractResult &result)
{
    const QByteArray relative = components.join('/');
    QByteArrayList resolved;
    QByteArrayList popped;
    if (m_poppedPrefixes.contains(relative)
        || !ArchivePath::resolveLink(components, target, &resolved, &popped))
        return refuse(result, name, ExtractRefusal::LinkOutside);
    for (const QByteArray &prefix : qAsConst(popped)) {
        struct stat info;
        if (m_symlinks.contains(prefix)
            || (::lstat(absolute(prefix).constData(), &info) == 0 && S_ISLNK(info.st_mode)))
            return refuse(result, name, ExtractRefusal::LinkOutside);
    }
    if (::symlink(target.constData(), absolute(relative).constData()) != 0)
        return fail(result, QCoreApplication::translate("dx::SafeExtractor", "Cannot create link %1: %2").arg(QString::fromUtf8(name), systemError(errno)));
    m_changes.append({absolute(relative), {}, false});
    m_symlinks.insert(relative);
    m_links.append({relative, name});
    for (const QByteArray &prefix : qAsConst(popped))
        m_poppedPrefixes.insert(prefix);
    return true;
}

bool SafeExtractor::makeHardlink(const QByteArray &path, const QByteArray &target, const QByteArray &name,
                                 SafeExtractResult &result)
{
    // A hardlink names another member of the archive, relative to the root, never a host file.
    // Walked from open folders, as in prepareParents(), so a deep target costs no more than
    // its depth.
    QByteArrayList components;
    if (ArchivePath::split(target, &components) != ArchivePath::Verdict::Ok)
        return refuse(result, name, ExtractRefusal::LinkOutside);
    DiskFolder folder;
    if (!folder.open(-1, m_root.isEmpty() ? "/" : m_root.constData()))
        return fail(result, QCoreApplication::translate("dx::SafeExtractor", "Cannot inspect %1: %2").arg(QString::fromUtf8(name), systemError(errno)));
    for (qsizetype i = 0; i + 1 < components.size(); ++i) {
        const char *component = components.at(i).constData();
        struct stat info;
        if (::fstatat(folder.fd(), component, &info, AT_SYMLINK_NOFOLLOW) != 0)
            return refuse(result, name, ExtractRefusal::LinkOutside); // not extracted here
        if (S_ISLNK(info.st_mode))
            return refuse(result, name, ExtractRefusal::ThroughSymlink);
        if (!S_ISDIR(info.st_mode) || !folder.open(folder.fd(), component))
            return refuse(result, name, ExtractRefusal::LinkOutside);
    }
    const char *leaf = components.constLast().constData();
    struct stat info;
    if (::fstatat(folder.fd(), leaf, &info, AT_SYMLINK_NOFOLLOW) != 0)
        return refuse(result, name, ExtractRefusal::LinkOutside);
    if (S_ISLNK(info.st_mode))
        return refuse(result, name, ExtractRefusal::ThroughSymlink);
    if (!S_ISREG(info.st_mode))
        return refuse(result, name, ExtractRefusal::LinkOutside);
    // linkat() without AT_SYMLINK_FOLLOW links the member itself, checked just above.
    if (::linkat(folder.fd(), leaf, AT_FDCWD, path.constData(), 0) != 0)
        return fail(result, QCoreApplication::translate("dx::SafeExtractor", "Cannot create link %1: %2").arg(QString::fromUtf8(name), systemError(errno)));
    m_changes.append({path, {}, false});
    return true;
}

bool SafeExtractor::refuse(SafeExtractResult &result, const QByteArray &name, ExtractRefusal reason)
{
    const QString path = QString::fromUtf8(name);
    const QString message = QCoreApplication::translate("dx::SafeExtractor", "Skipped %1: %2").arg(path, refusalText(reason));
    result.refused.append({path, reason, message});
    if (m_options.stopOnRefusal && result.error.isEmpty()) { // the first error is the one to show
        result.error = message;
        result.errorOffset = m_input ? m_input->bytesRead() : -1;
    }
    return false;
}

bool SafeExtractor::fail(SafeExtractResult &result, const QString &message)
{
    result.error = message;
    result.errorOffset = m_input ? m_input->bytesRead() : -1;
    return false;
}

} // namespace dx
