#pragma once

#include <QByteArray>

namespace dx {

// Where a path really leads on disk, following symbolic links the way the kernel does.
// ArchivePath judges member names on paper; this judges what an extraction produced, because
// a link made later (or one already in the folder) changes where an earlier link leads.
class DiskPath final
{
public:
    enum class Where { Inside, Outside, Unknown };

    // Resolves the absolute `path`, following every link on the way including its last
    // component, and says whether the result lies in `root` (a real path, "" for "/").
    // A component that does not exist is taken as a folder that could appear later, so a
    // dangling link counts as outside when filling in its missing parts would lead out.
    // Unknown: more than 40 links on the way (the kernel gives up there too), or an error
    // other than "missing", such as a folder that cannot be searched.
    static Where resolve(const QByteArray &root, const QByteArray &path);
};

} // namespace dx
