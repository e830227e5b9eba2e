#include "diskpath.h"

#include <QByteArrayList>

#include <cerrno>
#include <climits>
#include <fcntl.h>
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

DiskFolder::~DiskFolder()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool DiskFolder::open(int at, const char *name)
{
    const int fd = ::openat(at < 0 ? AT_FDCWD : at, name, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = fd;
    return fd >= 0;
}

DiskPath::Where DiskPath::resolve(const QByteArray &root, const QByteArray &path)
{
    // Walked from open folders, one lookup per component: lstat() of absolute paths costs
    // the kernel one lookup per component of every prefix, which is quadratic in the depth.
    QByteArrayList pending;
    pushComponents(pending, path);
    QByteArrayList resolved; // from "/"; none of them is a link
    qsizetype beyond = 0;    // how many of the last `resolved` are missing or not folders
    DiskFolder folder;           // the folder `resolved` names, less those `beyond`
    if (!folder.open(-1, "/"))
        return Where::Unknown;
    int hops = 0;
    while (!pending.isEmpty()) {
        const QByteArray component = pending.takeLast();
        if (component == "..") {
            if (resolved.isEmpty()) // "/.." is "/"
                continue;
            resolved.removeLast();
            if (beyond > 0)
                --beyond;
            else if (!folder.open(folder.fd(), ".."))
                return Where::Unknown;
            continue;
        }
        if (beyond > 0) {
            // Under something missing or a file: walk on lexically, and a later ".." that
            // comes back into existing folders is followed on disk again.
            resolved.append(component);
            ++beyond;
            continue;
        }
        struct stat info;
        if (::fstatat(folder.fd(), component.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno != ENOENT && errno != ENOTDIR)
                return Where::Unknown;
            resolved.append(component);
            beyond = 1;
            continue;
        }
        if (S_ISLNK(info.st_mode)) {
            if (++hops > MaxLinkHops)
                return Where::Unknown;
            char target[PATH_MAX];
            const ssize_t size = ::readlinkat(folder.fd(), component.constData(), target, sizeof target);
            if (size <= 0 || size_t(size) >= sizeof target)
                return Where::Unknown;
            // A relative target starts from the link's folder, which `folder` is.
            const QByteArray text(target, qsizetype(size));
            if (text.startsWith('/')) {
                resolved.clear();
                if (!folder.open(-1, "/"))
                    return Where::Unknown;
            }
            pushComponents(pending, text);
            continue;
        }
        resolved.append(component);
        if (!S_ISDIR(info.st_mode))
            beyond = 1;
        else if (!folder.open(folder.fd(), component.constData()))
            return Where::Unknown;
    }
    if (root.isEmpty())
        return Where::Inside;
    const QByteArray real = '/' + resolved.join('/');
    return real == root || real.startsWith(QByteArray(root + '/')) ? Where::Inside : Where::Outside;
}

} // namespace dx
