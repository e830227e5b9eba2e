#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace dx {

// One file, folder or link inside a volume, as both the archive listing and the local
// directory walk report it, so the two paths can be compared field by field.
struct VolumeEntry
{
    enum class Type { File, Directory, Symlink, Other };

    QString path; // relative to the volume root, "a/b/x.txt", no leading or trailing slash
    Type type = Type::File;
    qint64 size = 0; // 0 for folders and links, as in a tar header
    quint32 mode = 0; // permission bits plus setuid/setgid/sticky
    qint64 mtime = 0; // seconds since the epoch
    QString linkTarget;

    bool isDirectory() const { return type == Type::Directory; }
    QString name() const { return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1); }
    // "-rw-r--r--", "drwxr-xr-x", "lrwxrwxrwx" like ls -l.
    QString modeString() const;

    friend bool operator==(const VolumeEntry &a, const VolumeEntry &b)
    {
        return a.path == b.path && a.type == b.type && a.size == b.size && a.mode == b.mode
                && a.mtime == b.mtime && a.linkTarget == b.linkTarget;
    }
    friend bool operator!=(const VolumeEntry &a, const VolumeEntry &b) { return !(a == b); }
};

using VolumeEntries = QVector<VolumeEntry>;

// "a/b" + "c" -> "a/b/c"; "" + "c" -> "c".
QString joinVolumePath(const QString &dir, const QString &name);
// "a/b/c" -> "a/b"; "c" -> "".
QString parentVolumePath(const QString &path);

} // namespace dx

Q_DECLARE_METATYPE(dx::VolumeEntry)
Q_DECLARE_METATYPE(dx::VolumeEntries)
