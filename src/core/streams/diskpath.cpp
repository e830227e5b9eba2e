#include "diskpath.h"

#include <QByteArrayList>

#include <cerrno>
#include <climits>
#include <sys/stat.h>
#include <unistd.h>

namespace dx {

namespace {

constexpr int MaxLinkHops = 40; // the kernel's MAXSYMLINKS

// `pending` is a stack: its last element is the next component to walk.
void pushComponents(QByteArrayList &pending, const QByteArray &path)
{
    const QByteArrayList parts = path.split('/');
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        if (!it->isEmpty() && *it != ".")
            pending.append(*it);
    }
}

} // namespace

DiskPath::Where DiskPath::resolve(const QByteArray &root, const QByteArray &path)
{
    QByteArrayList pending;
    pushComponents(pending, path);
    QByteArrayList resolved; // from "/"; none of them is a link
    int hops = 0;
    while (!pending.isEmpty()) {
        const QByteArray component = pending.takeLast();
        if (component == "..") {
            if (!resolved.isEmpty()) // "/.." is "/"
                resolved.removeLast();
            continue;
        }
        resolved.append(component);
        const QByteArray current = '/' + resolved.join('/');
        struct stat info;
        if (::lstat(current.constData(), &info) != 0) {
            // Missing (or under a file): walk on lexically, and a later ".." that comes back
            // into existing folders is followed on disk again.
            if (errno == ENOENT || errno == ENOTDIR)
                continue;
            return Where::Unknown;
        }
        if (!S_ISLNK(info.st_mode))
            continue;
        if (++hops > MaxLinkHops)
            return Where::Unknown;
        char target[PATH_MAX];
        const ssize_t size = ::readlink(current.constData(), target, sizeof target);
        if (size <= 0 || size_t(size) >= sizeof target)
            return Where::Unknown;
        resolved.removeLast(); // a relative target starts from the link's folder
        const QByteArray text(target, qsizetype(size));
        if (text.startsWith('/'))
            resolved.clear();
        pushComponents(pending, text);
    }
    if (root.isEmpty())
        return Where::Inside;
    const QByteArray real = '/' + resolved.join('/');
    return real == root || real.startsWith(QByteArray(root + '/')) ? Where::Inside : Where::Outside;
}

} // namespace dx
