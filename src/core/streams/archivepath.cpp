#include "archivepath.h"

namespace dx {

ArchivePath::Verdict ArchivePath::split(const QByteArray &name, QByteArrayList *components)
{
    components->clear();
    if (name.startsWith('/'))
        return Verdict::Absolute;
    for (const QByteArray &part : name.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..")
            return Verdict::ParentComponent;
        components->append(part);
    }
    return components->isEmpty() ? Verdict::Empty : Verdict::Ok;
}

bool ArchivePath::resolveLink(const QByteArrayList &linkComponents, const QByteArray &target,
                              QByteArrayList *resolved, QByteArrayList *poppedPrefixes)
{
    resolved->clear();
    poppedPrefixes->clear();
    if (target.isEmpty() || target.startsWith('/'))
        return false;
    *resolved = linkComponents.mid(0, linkComponents.size() - 1); // the link's directory
    for (const QByteArray &part : target.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (resolved->isEmpty())
                return false;
            poppedPrefixes->append(resolved->join('/'));
            resolved->removeLast();
            continue;
        }
        resolved->append(part);
    }
    return true;
}

} // namespace dx
