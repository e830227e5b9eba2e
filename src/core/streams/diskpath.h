#pragma once

#include <QByteArray>
#include <QtGlobal>

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

// An open folder (an O_PATH descriptor) for walking a tree one component at a time, which
// costs the kernel one lookup per step whatever the depth. It never moves through a link.
class DiskFolder final
{
    Q_DISABLE_COPY_MOVE(DiskFolder)
public:
    DiskFolder() = default;
    ~DiskFolder();
    int fd() const { return m_fd; }
    // Moves to the folder `name` in the folder `at` (-1: `name` is absolute or relative to the
    // working folder); false (and no folder) when it is not a folder or cannot be opened.
    bool open(int at, const char *name);

private:
    int m_fd = -1;
};

} // namespace dx
