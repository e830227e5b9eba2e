#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

#include <sys/types.h>

struct archive;
struct archive_entry;

namespace dx {

// Produces the tar body of PUT /containers/{id}/archive from files on disk, handing it to a
// sink piece by piece (libcurl's read callback, or a ChunkQueue), so a large folder is never
// held in memory. Owners are written as 0:0, as `docker cp` does; the engine maps them.
class TarBuilder final
{
    Q_DISABLE_COPY_MOVE(TarBuilder)
public:
    // Receives the archive as it is produced. Return false to abort (the upload failed).
    using Sink = std::function<bool(const char *data, qsizetype size)>;

    explicit TarBuilder(Sink sink);
    ~TarBuilder();

    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    // Bytes of archive produced so far; called as file contents are copied.
    void setProgressCallback(std::function<void(qint64)> callback) { m_progress = std::move(callback); }

    // A file, a symlink (stored as a link, never followed) or a folder with everything in it.
    // Devices, pipes and sockets are skipped and listed in skipped().
    bool addPath(const QString &diskPath, const QString &nameInArchive);
    bool addDirectory(const QString &nameInArchive, quint32 mode = 0755, qint64 mtime = -1);
    bool addFile(const QString &nameInArchive, const QByteArray &contents, quint32 mode = 0644,
                 qint64 mtime = -1);
    // Writes the end-of-archive blocks. Nothing may be added afterwards.
    bool finish();

    QString errorString() const { return m_error; }
    QStringList skipped() const { return m_skipped; }
    qint64 bytesWritten() const { return m_bytesWritten; }

    // The whole body for "create folder": a tar holding one empty directory.
    static QByteArray directoryTar(const QString &name, quint32 mode = 0755);

private:
    static ssize_t writeCallback(archive *a, void *self, const void *buffer, size_t size);
    bool writeHeader(archive_entry *entry);
    bool addDiskFile(const QByteArray &diskPath, archive_entry *entry);
    bool addTree(const QString &diskPath, const QString &nameInArchive);
    bool checkArchive(int status);
    bool cancelled();

    Sink m_sink;
    archive *m_archive = nullptr;
    const std::atomic<bool> *m_cancel = nullptr;
    std::function<void(qint64)> m_progress;
    qint64 m_bytesWritten = 0;
    bool m_finished = false;
    bool m_sinkCut = false; // freed unfinished: what libarchive still writes goes nowhere
    QString m_error;
    QStringList m_skipped;
};

} // namespace dx
