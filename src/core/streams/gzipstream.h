#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;

namespace dx {

// Writes a byte stream (a tar as the archive endpoint sends it) to a device, gzip-compressed
// (zlib, with a gzip header: what `gzip` and `tar -z` read) or as it is. Holds one chunk at a
// time, so a volume of any size passes through in constant memory.
class GzipWriter final
{
    Q_DISABLE_COPY_MOVE(GzipWriter)
public:
    GzipWriter(QIODevice *device, bool compress);
    ~GzipWriter();

    bool write(const char *data, qsizetype size);
    // Flushes the compressor; the device stays open.
    bool finish();
    QString errorString() const { return m_error; }

private:
    bool deflateChunk(const char *data, qsizetype size, int flush);

    QIODevice *m_device;
    struct Stream;
    std::unique_ptr<Stream> m_stream; // null when not compressing
    QByteArray m_out;
    QString m_error;
};

// Reads a device holding a tar, plain or gzip-compressed (told by its first two bytes, so a
// `.tar` that is really gzip still works), and hands out the uncompressed bytes.
class GzipReader final
{
    Q_DISABLE_COPY_MOVE(GzipReader)
public:
    explicit GzipReader(QIODevice *device);
    ~GzipReader();

    // Bytes read (0 at the end, -1 on error: see errorString()).
    qint64 read(char *buffer, qint64 maxSize);
    bool isCompressed() const { return m_stream != nullptr; }
    QString errorString() const { return m_error; }

private:
    QIODevice *m_device;
    struct Stream;
    std::unique_ptr<Stream> m_stream; // null for a plain tar
    QByteArray m_in;
    bool m_started = false;
    bool m_ended = false;
    QString m_error;
};

} // namespace dx
