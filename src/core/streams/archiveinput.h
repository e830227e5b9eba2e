#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>

#include <sys/types.h>

struct archive;
class QIODevice;

namespace dx {

class ChunkQueue;

// A libarchive reader (tar, optionally gzip-compressed) pulling from a QIODevice or a
// ChunkQueue through a read callback, so only one chunk is held at a time. Shared by
// TarListing and SafeExtractor; not part of the public API of the area.
class ArchiveInput final
{
    Q_DISABLE_COPY_MOVE(ArchiveInput)
public:
    explicit ArchiveInput(QIODevice *device);
    explicit ArchiveInput(ChunkQueue *queue);
    ~ArchiveInput();

    // Opens the reader; nullptr (and errorString()) when libarchive refuses.
    archive *open();
    archive *handle() const { return m_archive; }
    // The error of the last libarchive call, or of the source.
    QString errorString() const;
    qint64 bytesRead() const { return m_bytesRead; }

    // Checked in the read callback, so a stalled or endless source can still be cancelled.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

private:
    static ssize_t readCallback(archive *a, void *self, const void **buffer);
    ssize_t read(const void **buffer);

    QIODevice *m_device = nullptr;
    ChunkQueue *m_queue = nullptr;
    const std::atomic<bool> *m_cancel = nullptr;
    archive *m_archive = nullptr;
    QByteArray m_chunk;
    qint64 m_bytesRead = 0;
    QString m_sourceError;
};

} // namespace dx
