#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace dx {

// Stream ids as they appear in the first byte of a multiplexed frame header.
enum class LogStream : quint8 { Stdin = 0, Stdout = 1, Stderr = 2 };

struct LogLine
{
    LogStream stream = LogStream::Stdout;
    QString text; // without the line terminator; invalid UTF-8 becomes U+FFFD
    // Nanoseconds since the Unix epoch, from the RFC3339Nano prefix of timestamps=1 requests.
    std::optional<qint64> timestampNs;
    // The line did not end with "\n": the stream ended, or it outgrew maxLineBytes.
    bool partial = false;

    QDateTime timestamp() const; // millisecond precision, UTC; invalid without a timestamp
};

// Decodes the body of /containers/{id}/logs and /attach. Without a TTY the engine multiplexes
// stdout and stderr into frames [stream, 0, 0, 0, uint32 big-endian size] + payload; with a
// TTY the body is the raw terminal output. Frames and lines are independent: a frame may end
// mid-line and a chunk mid-header, so each stream keeps its own unfinished line.
class LogDemuxer final
{
public:
    enum class Mode {
        Multiplexed, // the container has no TTY
        Raw,         // the container has a TTY: everything is stdout
        Auto,        // decide from the first bytes (for a caller that does not know)
    };
    static constexpr qsizetype DefaultMaxLineBytes = qsizetype(1) * 1024 * 1024;

    explicit LogDemuxer(Mode mode = Mode::Multiplexed, bool timestamps = false,
                        qsizetype maxLineBytes = DefaultMaxLineBytes);

    QVector<LogLine> feed(const QByteArray &chunk);
    // Appends instead of returning: lets a hot loop reuse one vector.
    void feed(const char *data, qsizetype size, QVector<LogLine> &out);
    // End of stream: unfinished lines come out marked partial.
    QVector<LogLine> finish();

    Mode mode() const { return m_mode; }
    // A frame header that cannot be one (the caller guessed the TTY wrong): the rest of the
    // stream is decoded as raw output so nothing is lost, and this says where it happened.
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 errorOffset() const { return m_errorOffset; }

    // Parses "2006-01-02T15:04:05.999999999Z07:00"; exposed for the tests.
    static std::optional<qint64> parseRfc3339Nano(const char *text, qsizetype size);

private:
    void feedMultiplexed(const char *data, qsizetype size, QVector<LogLine> &out);
    void appendPayload(LogStream stream, const char *data, qsizetype size, QVector<LogLine> &out);
    void emitLine(LogStream stream, const char *data, qsizetype size, bool partial,
                  QVector<LogLine> &out) const;
    void failHeader(const char *header);
    void skipContinuationTimestamp(const char *&data, qsizetype &size);

    Mode m_mode;
    bool m_timestamps;
    qsizetype m_maxLineBytes;
    QByteArray m_pending[3]; // unfinished line per stream
    QByteArray m_sniffed; // Auto mode: the first bytes, until there are enough to decide
    char m_header[8];
    int m_headerFill = 0;
    quint32 m_frameLeft = 0; // payload bytes of the current frame still to come
    LogStream m_frameStream = LogStream::Stdout;
    bool m_frameStart = false; // the next payload byte is the first of its frame
    QByteArray m_framePrefix;  // start of a frame that may begin with a continuation timestamp
    qint64 m_offset = 0;
    QString m_error;
    qint64 m_errorOffset = -1;
};

} // namespace dx
