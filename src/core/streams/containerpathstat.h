#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace dx {

// The X-Docker-Container-Path-Stat header of HEAD/GET /containers/{id}/archive: base64 of
// {"name","size","mode","mtime","linkTarget"}. `mode` is a Go os.FileMode, whose type bits
// sit at the top of the word, not where st_mode keeps them.
struct ContainerPathStat
{
    QString name;
    qint64 size = 0;
    quint32 mode = 0;
    QDateTime mtime;
    QString linkTarget;

    bool isDirectory() const { return mode & GoModeDir; }
    bool isSymlink() const { return mode & GoModeSymlink; }
    bool isRegularFile() const { return !(mode & GoModeTypeMask); }
    quint32 permissions() const { return mode & 0777; }

    // nullopt for anything that is not base64 of such an object.
    static std::optional<ContainerPathStat> fromHeader(const QByteArray &headerValue);

    static constexpr quint32 GoModeDir = 1u << 31;
    static constexpr quint32 GoModeSymlink = 1u << 27;
    // dir, append, exclusive, temporary, symlink, device, pipe, socket, char device, irregular
    static constexpr quint32 GoModeTypeMask = (1u << 31) | (1u << 27) | (1u << 26) | (1u << 25)
            | (1u << 24) | (1u << 21) | (1u << 19);
};

} // namespace dx
