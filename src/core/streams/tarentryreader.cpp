#include "tarentryreader.h"

#include <archive_entry.h>

#include <sys/stat.h>

namespace dx {

namespace {

// The raw stored bytes: pathname_utf8 fails (and returns null) for names that are not valid in
// the current locale, and the engine does not promise UTF-8 names anyway.
QString text(const char *bytes)
{
    return bytes ? QString::fromUtf8(bytes) : QString();
}

TarEntryType typeOf(archive_entry *entry)
{
    if (archive_entry_hardlink(entry))
        return TarEntryType::Hardlink;
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG:
        return TarEntryType::File;
    case AE_IFDIR:
        return TarEntryType::Directory;
    case AE_IFLNK:
        return TarEntryType::Symlink;
    default:
        return TarEntryType::Other;
    }
}

} // namespace

TarEntry tarEntryFrom(archive_entry *entry)
{
    TarEntry result;
    result.path = text(archive_entry_pathname(entry));
    result.type = typeOf(entry);
    result.size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
    result.mode = quint32(archive_entry_perm(entry)) & 07777;
    result.mtime = archive_entry_mtime(entry);
    result.uid = archive_entry_uid(entry);
    result.gid = archive_entry_gid(entry);
    if (result.type == TarEntryType::Hardlink)
        result.linkTarget = text(archive_entry_hardlink(entry));
    else if (result.type == TarEntryType::Symlink)
        result.linkTarget = text(archive_entry_symlink(entry));
    return result;
}

} // namespace dx
