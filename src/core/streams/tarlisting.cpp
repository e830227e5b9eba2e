#include "tarlisting.h"

#include "archiveinput.h"
#include "tarentryreader.h"

#include <QCoreApplication>

#include <archive.h>
#include <archive_entry.h>

namespace dx {

namespace {

TarListingResult listFrom(ArchiveInput &input, const TarListing::EntryCallback &onEntry,
                          const std::atomic<bool> *cancel)
{
    TarListingResult result;
    input.setCancelFlag(cancel);
    archive *a = input.open();
    if (!a) {
        result.cancelled = cancel && cancel->load();
        result.error = input.errorString();
        result.errorOffset = input.bytesRead();
        return result;
    }
    archive_entry *entry = nullptr;
    for (;;) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return result;
        }
        const int status = archive_read_next_header(a, &entry);
        if (status == ARCHIVE_EOF)
            return result;
        if (status < ARCHIVE_WARN) {
            result.cancelled = cancel && cancel->load();
            result.error = input.errorString();
            result.errorOffset = input.bytesRead();
            return result;
        }
        ++result.entryCount;
        if (!onEntry(tarEntryFrom(entry))) {
            result.cancelled = true;
            return result;
        }
        // Not reading the data makes libarchive skip it as the stream moves on.
    }
}

TarListingResult collect(ArchiveInput &input, const std::atomic<bool> *cancel)
{
    QVector<TarEntry> entries;
    TarListingResult result = listFrom(
            input,
            [&entries](const TarEntry &entry) {
                entries.append(entry);
                return true;
            },
            cancel);
    result.entries = std::move(entries);
    return result;
}

} // namespace

TarListingResult TarListing::list(QIODevice *device, const std::atomic<bool> *cancel)
{
    ArchiveInput input(device);
    return collect(input, cancel);
}

TarListingResult TarListing::list(ChunkQueue *queue, const std::atomic<bool> *cancel)
{
    ArchiveInput input(queue);
    return collect(input, cancel);
}

TarListingResult TarListing::list(QIODevice *device, const EntryCallback &onEntry,
                                  const std::atomic<bool> *cancel)
{
    ArchiveInput input(device);
    return listFrom(input, onEntry, cancel);
}

TarListingResult TarListing::list(ChunkQueue *queue, const EntryCallback &onEntry,
                                  const std::atomic<bool> *cancel)
{
    ArchiveInput input(queue);
    return listFrom(input, onEntry, cancel);
}

} // namespace dx
