#pragma once

#include "dockerignore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dx {

// One entry of the tar the docker CLI would send.
struct ContextEntry
{
    enum class Type { File, Directory, Symlink, Hardlink, Other };

    QString path;        // relative, '/'-separated, no trailing slash
    Type type = Type::File;
    qint64 size = 0;     // bytes of content (regular files only)
    quint32 mode = 0;    // permission bits incl. setuid/setgid/sticky
    quint32 fileType = 0; // S_IFMT bits, for Other (fifo, devices)
    qint64 mtime = 0;    // seconds since the epoch
    QString linkTarget;  // symlink target, or the first path of a hard link
    QByteArray inlineData; // content not read from disk (a Dockerfile from outside)
    bool isInline = false;
};

struct ContextScan
{
    enum class Error { None, ContextUnreadable, Dockerfile, DockerIgnore, Walk };

    QString contextDir;            // absolute, symlinks resolved
    QString dockerfile;            // value of the `dockerfile` query parameter of POST /build
    QVector<ContextEntry> entries; // in the CLI's tar order: depth first, names byte-sorted
    qint64 fileCount = 0;          // everything but directories
    qint64 totalBytes = 0;         // content bytes of regular files
    QStringList warnings;          // likely secrets that are not ignored, skipped sockets...
    Error error = Error::None;
    QString errorString;

    bool ok() const { return error == Error::None; }
    // Files, symlinks and other non-directories, sorted in byte order.
    QStringList sortedFilePaths() const;
};

// Decides what `docker build` (classic builder, CLI side) would send for a directory.
class BuildContext final
{
public:
    // dockerfilePath: as given to `docker build -f` (relative to the current directory),
    // empty for DIR/Dockerfile (or DIR/dockerfile). The Dockerfile and .dockerignore are
    // always sent; a Dockerfile outside DIR is added under a generated name, like the CLI.
    static ContextScan scan(const QString &dir, const QString &dockerfilePath,
                            const DockerIgnore &ignore);
    // Same, reading DIR/.dockerignore first.
    static ContextScan scan(const QString &dir, const QString &dockerfilePath = QString());
    // `docker build -f- DIR`: the Dockerfile is `dockerfile` (text that is not on disk, or not
    // as saved), added like the CLI adds stdin; a Dockerfile in DIR is sent as an ordinary file.
    static ContextScan scanWithStdinDockerfile(const QString &dir, const QByteArray &dockerfile);

    BuildContext() = delete;

private:
    static ContextScan scanImpl(const QString &dir, const QString &dockerfilePath,
                                const QByteArray *stdinDockerfile, const DockerIgnore &ignore);
};

} // namespace dx
