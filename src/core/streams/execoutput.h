#pragma once

#include <QByteArray>
#include <QString>

namespace dx {

// Splits the output of an exec without a TTY (POST /exec/{id}/start, also /attach) into its
// stdout and stderr bytes. The engine sends frames [stream, 0, 0, 0, uint32 big-endian size]
// + payload; a chunk may end anywhere, even inside a header. Unlike LogDemuxer it keeps the
// bytes as they are (no lines, no UTF-8): for programs whose output is binary.
class ExecOutputDemuxer final
{
public:
    // Appends the payload of stdout frames to *out and of stderr frames to *err. Returns
    // false at a header that cannot be one (errorString() says where); the rest is ignored.
    bool feed(const char *data, qsizetype size, QByteArray *out, QByteArray *err);
    bool feed(const QByteArray &chunk, QByteArray *out, QByteArray *err)
    {
        return feed(chunk.constData(), chunk.size(), out, err);
    }
    // Between frames (a stream that ends elsewhere was cut short).
    bool atFrameBoundary() const { return m_headerFill == 0 && m_frameLeft == 0; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    char m_header[8] = {};
    int m_headerFill = 0;
    quint32 m_frameLeft = 0;
    quint8 m_stream = 1;
    qint64 m_offset = 0;
    QString m_error;
};

} // namespace dx
