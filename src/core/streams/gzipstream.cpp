#include "gzipstream.h"

#include <QCoreApplication>
#include <QIODevice>

#include <zlib.h>

#include <cstring>

namespace dx {

namespace {
constexpr qsizetype ChunkSize = 256 * 1024;
constexpr int GzipWindowBits = 15 + 16; // zlib's way of saying "gzip header and trailer"
constexpr int AutoWindowBits = 15 + 32; // gzip or zlib header, told apart by zlib

QString zlibError(const z_stream &z, int code)
{
    return QCoreApplication::translate("dx::GzipStream", "gzip: %1")
        .arg(z.msg ? QString::fromLocal8Bit(z.msg) : QString::number(code));
}
} // namespace

struct GzipWriter::Stream
{
    z_stream z{};
};

struct GzipReader::Stream
{
    z_stream z{};
};

GzipWriter::GzipWriter(QIODevice *device, bool compress)
    : m_device(device)
{
    if (!compress)
        return;
    m_stream = std::make_unique<Stream>();
    if (deflateInit2(&m_stream->z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, GzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        m_error = zlibError(m_stream->z, Z_STREAM_ERROR);
        m_stream.reset();
    }
    m_out.resize(ChunkSize);
}

GzipWriter::~GzipWriter()
{
    if (m_stream)
        deflateEnd(&m_stream->z);
}

bool GzipWriter::write(const char *data, qsizetype size)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_stream) {
        if (m_device->write(data, size) == size)
            return true;
        m_error = m_device->errorString();
        return false;
    }
    return deflateChunk(data, size, Z_NO_FLUSH);
}

bool GzipWriter::finish()
{
    if (!m_error.isEmpty())
        return false;
    return !m_stream || deflateChunk(nullptr, 0, Z_FINISH);
}

bool GzipWriter::deflateChunk(const char *data, qsizetype size, int flush)
{
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    for (;;) {
        z.next_out = reinterpret_cast<Bytef *>(m_out.data());
        z.avail_out = uInt(m_out.size());
        const int code = deflate(&z, flush);
        if (code == Z_STREAM_ERROR) {
            m_error = zlibError(z, code);
            return false;
        }
        const qsizetype produced = m_out.size() - qsizetype(z.avail_out);
        if (produced > 0 && m_device->write(m_out.constData(), produced) != produced) {
            m_error = m_device->errorString();
            return false;
        }
        if (flush == Z_FINISH ? code == Z_STREAM_END : (z.avail_in == 0 && z.avail_out != 0))
            return true;
    }
}

GzipReader::GzipReader(QIODevice *device)
    : m_device(device)
{
}

GzipReader::~GzipReader()
{
    if (m_stream)
        inflateEnd(&m_stream->z);
}

qint64 GzipReader::read(char *buffer, qint64 maxSize)
{
    if (!m_error.isEmpty())
        return -1;
    if (!m_started) {
        m_started = true;
        m_in = m_device->read(ChunkSize);
        if (m_in.size() >= 2 && quint8(m_in.at(0)) == 0x1f && quint8(m_in.at(1)) == 0x8b) {
            m_stream = std::make_unique<Stream>();
            if (inflateInit2(&m_stream->z, AutoWindowBits) != Z_OK) {
                m_error = zlibError(m_stream->z, Z_STREAM_ERROR);
                return -1;
            }
            m_stream->z.next_in = reinterpret_cast<Bytef *>(m_in.data());
            m_stream->z.avail_in = uInt(m_in.size());
        }
    }
    if (!m_stream) {
        if (!m_in.isEmpty()) {
            const qint64 n = qMin<qint64>(maxSize, m_in.size());
            std::memcpy(buffer, m_in.constData(), size_t(n));
            m_in.remove(0, qsizetype(n));
            return n;
        }
        const qint64 n = m_device->read(buffer, maxSize);
        if (n < 0)
            m_error = m_device->errorString();
        return n;
    }
    z_stream &z = m_stream->z;
    while (!m_ended) {
        if (z.avail_in == 0) {
            m_in = m_device->read(ChunkSize);
            if (m_in.isEmpty()) {
                m_error = QCoreApplication::translate("dx::GzipStream", "gzip: the file ends too early");
                return -1;
            }
            z.next_in = reinterpret_cast<Bytef *>(m_in.data());
            z.avail_in = uInt(m_in.size());
        }
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = uInt(qMin<qint64>(maxSize, ChunkSize));
        const int code = inflate(&z, Z_NO_FLUSH);
        if (code != Z_OK && code != Z_STREAM_END && code != Z_BUF_ERROR) {
            m_error = zlibError(z, code);
            return -1;
        }
        const qint64 produced = qint64(qMin<qint64>(maxSize, ChunkSize)) - qint64(z.avail_out);
        if (code == Z_STREAM_END)
            m_ended = true;
        if (produced > 0)
            return produced;
    }
    return 0;
}

} // namespace dx
