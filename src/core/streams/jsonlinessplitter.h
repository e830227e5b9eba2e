#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace dx {

// One complete top-level JSON value cut out of a stream. `error` is set (and `object` empty)
// when the value was not a JSON object or did not parse; the stream goes on after it.
struct JsonLine
{
    QJsonObject object;
    QByteArray raw;
    qint64 offset = 0; // of the first byte of `raw` in the whole stream
    QString error;

    bool isValid() const { return error.isEmpty(); }
};

// Cuts the body of a streaming endpoint (/events, /images/create, /build, stats?stream=1) into
// JSON objects. libcurl hands over arbitrary slices of the chunked body, so an object may be
// split anywhere and several may share a chunk; engines separate them by "\n", "\r\n" or
// nothing at all ("}{"), so values are delimited by brace depth, not by newlines.
class JsonLinesSplitter final
{
public:
    static constexpr qsizetype DefaultMaxLineBytes = qsizetype(64) * 1024 * 1024;

    explicit JsonLinesSplitter(qsizetype maxLineBytes = DefaultMaxLineBytes);

    // Returns the values completed by this chunk. After a fatal error it returns nothing.
    QVector<JsonLine> feed(const QByteArray &chunk);
    // End of stream: returns a trailing value that had no terminator, or an error line for
    // a truncated one.
    QVector<JsonLine> finish();
    void reset();

    // Fatal: a single value grew beyond maxLineBytes. The buffer is dropped to stay bounded.
    bool hasFatalError() const { return !m_fatalError.isEmpty(); }
    QString fatalError() const { return m_fatalError; }
    qint64 fatalErrorOffset() const { return m_fatalErrorOffset; }
    qint64 bytesFed() const { return m_consumedBefore + m_buffer.size(); }

private:
    void scan(QVector<JsonLine> &out);
    void emitValue(qsizetype end, QVector<JsonLine> &out);

    QByteArray m_buffer; // unconsumed bytes; [0, m_scanPos) already scanned
    qsizetype m_scanPos = 0;
    qsizetype m_valueStart = -1; // start of the value being scanned, -1 between values
    qint64 m_consumedBefore = 0; // stream offset of m_buffer[0]
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    bool m_bareValue = false; // a value that does not start with { or [: runs to end of line
    qsizetype m_maxLineBytes;
    QString m_fatalError;
    qint64 m_fatalErrorOffset = -1;
};

} // namespace dx
