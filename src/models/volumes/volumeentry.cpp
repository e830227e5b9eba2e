#include "volumeentry.h"

namespace dx {

QString VolumeEntry::modeString() const
{
    QString s(10, QLatin1Char('-'));
    switch (type) {
    case Type::Directory: s[0] = QLatin1Char('d'); break;
    case Type::Symlink: s[0] = QLatin1Char('l'); break;
    case Type::Other: s[0] = QLatin1Char('?'); break;
    case Type::File: break;
    }
    static const char letters[] = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i) {
        if (mode & (1u << (8 - i)))
            s[i + 1] = QLatin1Char(letters[i]);
    }
    // setuid/setgid/sticky replace the x like ls does (lower case when x is set as well).
    auto special = [&](quint32 bit, int pos, char withX, char withoutX) {
        if (mode & bit)
            s[pos] = QLatin1Char(s[pos] == QLatin1Char('x') ? withX : withoutX);
    };
    special(04000, 3, 's', 'S');
    special(02000, 6, 's', 'S');
    special(01000, 9, 't', 'T');
    return s;
}

QString joinVolumePath(const QString &dir, const QString &name)
{
    if (dir.isEmpty())
        return name;
    if (name.isEmpty())
        return dir;
    return dir + QLatin1Char('/') + name;
}

QString parentVolumePath(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

} // namespace dx
