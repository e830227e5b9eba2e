#include "buildcontext.h"

#include "secretdetector.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace dx {

namespace {

const QString kDockerIgnore = QStringLiteral(".dockerignore");

// Walks the context the way the CLI's tarballer does: depth first, entries of a
// directory in byte order, exclusions decided with the parent's match results.
class Walker
{
public:
    Walker(const DockerIgnore &ignore, ContextScan &scan)
        : m_ignore(ignore)
        , m_scan(scan)
    {}

    // dirFd is an open descriptor of absDir (owned by the caller): every lookup below
    // is relative to it, which spares the kernel walking the full path each time.
    bool walk(int dirFd, const QByteArray &absDir, const QString &relDir,
              const DockerIgnore::MatchInfo &parentInfo)
    {
        const int listFd = dup(dirFd);
        DIR *dir = listFd >= 0 ? fdopendir(listFd) : nullptr;
        if (!dir) {
            if (listFd >= 0)
                close(listFd);
            return fail(QCoreApplication::translate("dx::BuildContext", "can't stat '%1'").arg(QFile::decodeName(absDir)));
        }
        std::vector<QByteArray> names;
        while (const dirent *e = readdir(dir)) {
            if (qstrcmp(e->d_name, ".") != 0 && qstrcmp(e->d_name, "..") != 0)
                names.emplace_back(e->d_name);
        }
        closedir(dir);
        std::sort(names.begin(), names.end());

        for (const QByteArray &name : names) {
            const QString decoded = QFile::decodeName(name);
            const QString rel = relDir.isEmpty() ? decoded : relDir + QLatin1Char('/') + decoded;
            struct stat st;
            if (fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue; // vanished since readdir; the CLI logs and goes on
            const bool isDir = S_ISDIR(st.st_mode);

            DockerIgnore::MatchInfo info;
            bool matchError = false;
            const bool skip = m_ignore.matches(rel, parentInfo, &info, &matchError);
            if (matchError)
                return fail(QCoreApplication::translate("dx::BuildContext", "error matching %1: syntax error in pattern").arg(rel));
            // The directory of an exception stays out of the tar, but its children are checked.
            const bool descendOnly = skip && isDir && m_ignore.hasExceptions()
                && m_ignore.exceptionMayMatchBelow(rel);
            if (skip && !descendOnly)
                continue;
            if (!skip && !add(dirFd, absDir, name, rel, st))
                return false;
            if (isDir && !walkInto(dirFd, absDir + '/' + name, name, rel, info))
                return false;
        }
        return true;
    }

private:
    bool walkInto(int parentFd, const QByteArray &absDir, const QByteArray &name, const QString &rel,
                  const DockerIgnore::MatchInfo &info)
    {
        const int fd = openat(parentFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            return fail(QCoreApplication::translate("dx::BuildContext", "can't stat '%1'").arg(QFile::decodeName(absDir)));
        const bool ok = walk(fd, absDir, rel, info);
        close(fd);
        return ok;
    }

    // Root reads everything; for others the mode bits settle most cases without a
    // syscall, and faccessat() decides the rest (groups, ACLs).
    static bool readable(int dirFd, const QByteArray &name, const struct stat &st)
    {
        static const uid_t euid = geteuid();
        if (euid == 0)
            return true;
        if (st.st_uid == euid)
            return st.st_mode & S_IRUSR;
        if ((st.st_mode & S_IRGRP) && (st.st_mode & S_IROTH))
            return true;
        return faccessat(dirFd, name.constData(), R_OK, AT_EACCESS) == 0;
    }

    bool fail(const QString &message)
    {
        m_scan.error = ContextScan::Error::Walk;
        m_scan.errorString = message;
        return false;
    }

    bool add(int dirFd, const QByteArray &absDir, const QByteArray &name, const QString &rel,
             const struct stat &st)
    {
        ContextEntry e;
        e.path = rel;
        e.mode = st.st_mode & 07777;
        e.fileType = st.st_mode & S_IFMT;
        e.mtime = st.st_mtime;
        if (S_ISDIR(st.st_mode)) {
            e.type = ContextEntry::Type::Directory;
        } else if (S_ISLNK(st.st_mode)) {
            e.type = ContextEntry::Type::Symlink;
            QByteArray target(PATH_MAX, Qt::Uninitialized);
            const ssize_t n = readlinkat(dirFd, name.constData(), target.data(), size_t(target.size()));
            e.linkTarget = QFile::decodeName(target.left(n < 0 ? 0 : n));
        } else if (S_ISREG(st.st_mode)) {
            if (!readable(dirFd, name, st))
                return fail(QCoreApplication::translate("dx::BuildContext", "no permission to read from '%1'").arg(QFile::decodeName(absDir + '/' + name)));
            e.size = st.st_size;
            // Go's tar appender writes later names of a multiply-linked inode as hard links.
            if (st.st_nlink > 1) {
                const auto it = m_seenInodes.constFind(quint64(st.st_ino));
                if (it != m_seenInodes.cend()) {
                    e.type = ContextEntry::Type::Hardlink;
                    e.linkTarget = it.value();
                    e.size = 0;
                } else {
                    m_seenInodes.insert(quint64(st.st_ino), rel);
                }
            }
        } else if (S_ISSOCK(st.st_mode)) {
            m_scan.warnings.append(QCoreApplication::translate("dx::BuildContext", "%1 is a socket and cannot be sent").arg(rel));
            return true;
        } else {
            e.type = ContextEntry::Type::Other;
        }
        m_scan.entries.append(std::move(e));
        return true;
    }

    const DockerIgnore &m_ignore;
    ContextScan &m_scan;
    QHash<quint64, QString> m_seenInodes;
};

// Resolves -f like GetContextFromLocalDir: relative to the current directory,
// defaulting to DIR/Dockerfile and then DIR/dockerfile, symlinks evaluated.
bool resolveDockerfile(const QString &contextDir, const QString &given, ContextScan &scan,
                       QString *relDockerfile, QString *outsidePath)
{
    QString abs;
    if (given.isEmpty()) {
        abs = contextDir + QStringLiteral("/Dockerfile");
        const QString alt = contextDir + QStringLiteral("/dockerfile");
        if (!QFileInfo(abs).exists() && !QFileInfo(abs).isSymLink() && QFileInfo(alt).exists())
            abs = alt;
        if (!QFileInfo(abs).exists())
            return true; // nothing to add: listing a context without a Dockerfile is fine
    } else {
        abs = QFileInfo(given).absoluteFilePath();
    }
    const QString canonical = QFileInfo(abs).canonicalFilePath();
    if (canonical.isEmpty()) {
        scan.error = ContextScan::Error::Dockerfile;
        scan.errorString = QCoreApplication::translate("dx::BuildContext", "Cannot locate Dockerfile: \"%1\"").arg(abs);
        return false;
    }
    const QString rel = QDir(contextDir).relativeFilePath(canonical);
    *relDockerfile = rel;
    if (rel.startsWith(QLatin1String("../")))
        *outsidePath = canonical;
    return true;
}

// What AddDockerfileToBuildContext does for a Dockerfile outside the context or from stdin
// (`-f-`): add it under ".dockerfile.<id>" and list that name in .dockerignore so the daemon
// drops it. The CLI's id is random; ours hashes the content so listings are reproducible and
// the builder's cache sees the same .dockerignore for the same text.
void addDockerfileContent(const QByteArray &content, ContextScan &scan)
{
    const QString name = QStringLiteral(".dockerfile.")
        + QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256)
                                  .toHex().left(20));
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    ContextEntry df;
    df.path = name;
    df.mode = 0600;
    df.mtime = now;
    df.size = content.size();
    df.inlineData = content;
    df.isInline = true;
    scan.entries.append(df);

    auto it = std::find_if(scan.entries.begin(), scan.entries.end(),
                           [](const ContextEntry &e) { return e.path == kDockerIgnore; });
    QByteArray ignore;
    if (it != scan.entries.end() && it->type == ContextEntry::Type::File) {
        QFile existing(scan.contextDir + QLatin1Char('/') + kDockerIgnore);
        if (existing.open(QIODevice::ReadOnly))
            ignore = existing.readAll();
    } else {
        ContextEntry di;
        di.path = kDockerIgnore;
        di.mode = 0600;
        di.mtime = now;
        scan.entries.append(di);
        it = scan.entries.end() - 1;
        ignore = kDockerIgnore.toUtf8();
    }
    ignore += '\n' + name.toUtf8() + '\n';
    it->inlineData = ignore;
    it->isInline = true;
    it->size = ignore.size();
    scan.dockerfile = name;
}

bool addOutsideDockerfile(const QString &path, ContextScan &scan)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        scan.error = ContextScan::Error::Dockerfile;
        scan.errorString = QCoreApplication::translate("dx::BuildContext", "unable to open Dockerfile: %1").arg(file.errorString());
        return false;
    }
    addDockerfileContent(file.readAll(), scan);
    return true;
}

} // namespace

QStringList ContextScan::sortedFilePaths() const
{
    std::vector<QByteArray> paths;
    for (const ContextEntry &e : entries) {
        if (e.type != ContextEntry::Type::Directory)
            paths.push_back(e.path.toUtf8());
    }
    std::sort(paths.begin(), paths.end()); // byte order, as `LC_ALL=C sort` would give
    QStringList out;
    out.reserve(int(paths.size()));
    for (const QByteArray &p : paths)
        out.append(QString::fromUtf8(p));
    return out;
}

namespace {

bool readIgnore(const QString &dir, DockerIgnore *ignore, ContextScan *failure)
{
    QFile file(QDir(dir).filePath(kDockerIgnore));
    if (file.exists() && !file.open(QIODevice::ReadOnly)) {
        failure->error = ContextScan::Error::DockerIgnore;
        failure->errorString = QCoreApplication::translate("dx::BuildContext", "cannot read .dockerignore: %1").arg(file.errorString());
        return false;
    }
    *ignore = DockerIgnore::parse(file.isOpen() ? file.readAll() : QByteArray());
    return true;
}

} // namespace

ContextScan BuildContext::scan(const QString &dir, const QString &dockerfilePath)
{
    ContextScan failure;
    DockerIgnore ignore;
    if (!readIgnore(dir, &ignore, &failure))
        return failure;
    return scan(dir, dockerfilePath, ignore);
}

ContextScan BuildContext::scanWithStdinDockerfile(const QString &dir, const QByteArray &dockerfile)
{
    ContextScan failure;
    DockerIgnore ignore;
    if (!readIgnore(dir, &ignore, &failure))
        return failure;
    return scanImpl(dir, {}, &dockerfile, ignore);
}

ContextScan BuildContext::scan(const QString &dir, const QString &dockerfilePath,
                               const DockerIgnore &ignore)
{
    return scanImpl(dir, dockerfilePath, nullptr, ignore);
}

ContextScan BuildContext::scanImpl(const QString &dir, const QString &dockerfilePath,
                                   const QByteArray *stdinDockerfile, const DockerIgnore &ignore)
{
    ContextScan result;
    const QFileInfo info(dir);
    result.contextDir = info.canonicalFilePath();
    if (result.contextDir.isEmpty() || !info.isDir() || !QDir(result.contextDir).isReadable()) {
        result.error = ContextScan::Error::ContextUnreadable;
        result.errorString = QCoreApplication::translate("dx::BuildContext", "unable to prepare context: cannot read directory \"%1\"").arg(dir);
        return result;
    }
    if (!ignore.isValid()) {
        result.error = ContextScan::Error::DockerIgnore;
        result.errorString = ignore.errorLine() > 0
            ? QCoreApplication::translate("dx::BuildContext", ".dockerignore line %1: %2").arg(ignore.errorLine()).arg(ignore.errorString())
            : QCoreApplication::translate("dx::BuildContext", ".dockerignore: %1").arg(ignore.errorString());
        return result;
    }

    QString relDockerfile;
    QString outsidePath;
    // With -f- a Dockerfile on disk is an ordinary file of the context: not re-included.
    if (!stdinDockerfile
        && !resolveDockerfile(result.contextDir, dockerfilePath, result, &relDockerfile, &outsidePath))
        return result;
    result.dockerfile = relDockerfile;

    // TrimBuildFilesFromExcludes: the daemon needs both files, so they are re-included.
    DockerIgnore effective = ignore;
    if (effective.matchesLegacy(kDockerIgnore))
        effective.appendPattern(QLatin1Char('!') + kDockerIgnore);
    if (!relDockerfile.isEmpty() && effective.matchesLegacy(relDockerfile))
        effective.appendPattern(QLatin1Char('!') + relDockerfile);

    const QByteArray root = QFile::encodeName(result.contextDir);
    const int rootFd = open(root.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0) {
        result.error = ContextScan::Error::ContextUnreadable;
        result.errorString = QCoreApplication::translate("dx::BuildContext", "unable to prepare context: cannot read directory \"%1\"").arg(dir);
        return result;
    }
    Walker walker(effective, result);
    const bool walked = walker.walk(rootFd, root, QString(), {});
    close(rootFd);
    if (!walked)
        return result;
    if (!outsidePath.isEmpty() && !addOutsideDockerfile(outsidePath, result))
        return result;
    if (stdinDockerfile)
        addDockerfileContent(*stdinDockerfile, result);

    for (const ContextEntry &e : std::as_const(result.entries)) {
        if (e.type != ContextEntry::Type::Directory)
            ++result.fileCount;
        if (e.type == ContextEntry::Type::File)
            result.totalBytes += e.size;
    }
    result.warnings += SecretDetector::warningsFor(result.entries);
    return result;
}

} // namespace dx
