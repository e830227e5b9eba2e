// Fuzzes TarListing and SafeExtractor with arbitrary archives. Extraction goes into a fresh
// directory inside a private sandbox; afterwards nothing may exist beside that directory.

#include "streams/safeextractor.h"
#include "streams/tarlisting.h"

#include <QBuffer>

#include <cstdlib>
#include <dirent.h>
#include <ftw.h>
#include <unistd.h>

namespace {

int removeEntry(const char *path, const struct stat *, int, struct FTW *)
{
    ::chmod(path, 0700);
    ::remove(path);
    return 0;
}

int entriesIn(const char *path)
{
    DIR *dir = ::opendir(path);
    int count = 0;
    while (dirent *entry = dir ? ::readdir(dir) : nullptr)
        count += qstrcmp(entry->d_name, ".") != 0 && qstrcmp(entry->d_name, "..") != 0;
    if (dir)
        ::closedir(dir);
    return count;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t length)
{
    QByteArray tar(reinterpret_cast<const char *>(bytes), qsizetype(length));
    {
        QBuffer buffer(&tar);
        buffer.open(QIODevice::ReadOnly);
        dx::TarListing::list(&buffer);
    }

    char sandbox[] = "/tmp/dx-tar-fuzz-XXXXXX";
    if (!::mkdtemp(sandbox))
        return 0;
    const QByteArray target = QByteArray(sandbox) + "/out";
    ::mkdir(target.constData(), 0700);
    {
        QBuffer buffer(&tar);
        buffer.open(QIODevice::ReadOnly);
        dx::SafeExtractOptions options;
        options.overwrite = length % 2;
        dx::SafeExtractor extractor(QString::fromLocal8Bit(target), options);
        extractor.extract(&buffer);
    }
    const int escaped = entriesIn(sandbox) - 1; // anything but out/ got out
    ::nftw(sandbox, &removeEntry, 16, FTW_DEPTH | FTW_PHYS);
    if (escaped != 0)
        std::abort();
    return 0;
}
