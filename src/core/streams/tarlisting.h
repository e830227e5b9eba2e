#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>

class QIODevice;

namespace dx {

class ChunkQueue;

enum class TarEntryType { File, Directory, Symlink, Hardlink, Other };

struct TarEntry
{
    QString path; // as stored, decoded as UTF-8 ("./" prefixes kept)
    TarEntryType type = TarEntryType::Other;
    qint64 size = 0;
    quint32 mode = 0; // permission bits and setuid/setgid/sticky, no type bits
    qint64 mtime = 0; // seconds since the epoch
    qint64 uid = 0;
    qint64 gid = 0;
    QString linkTarget; // symlink target, or the hardlink's archive path
};

struct TarListingResult
{
    QVector<TarEntry> entries; // empty when a callback consumed them
    qint64 entryCount = 0;
    QString error;      // empty on success
    qint64 errorOffset = -1; // bytes of the stream read when the error happened
    bool cancelled = false;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

// Lists a tar stream (e.g. GET /containers/{id}/archive) entry by entry while it arrives;
// file contents are skipped, never buffered.
class TarListing final
{
public:
    // Return false to stop listing (the result then counts as cancelled).
    using EntryCallback = std::function<bool(const TarEntry &)>;

    static TarListingResult list(QIODevice *device, const std::atomic<bool> *cancel = nullptr);
    static TarListingResult list(ChunkQueue *queue, const std::atomic<bool> *cancel = nullptr);
    static TarListingResult list(QIODevice *device, const EntryCallback &onEntry,
                                 const std::atomic<bool> *cancel = nullptr);
    static TarListingResult list(ChunkQueue *queue, const EntryCallback &onEntry,
                                 const std::atomic<bool> *cancel = nullptr);
};

} // namespace dx
