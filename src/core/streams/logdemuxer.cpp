#include "logdemuxer.h"

#include <QCoreApplication>

#include <cstring>
#include <limits>
#include <utility>

namespace dx {

namespace {

constexpr int HeaderSize = 8;
// "2006-01-02T15:04:05.999999999+07:00 " is 36 bytes; longer prefixes are no timestamp.
constexpr qsizetype MaxTimestampSize = 40;

bool digitsAt(const char *p, int count, int &value)
{
    value = 0;
    for (int i = 0; i < count; ++i) {
        const unsigned digit = unsigned(p[i]) - '0';
        if (digit > 9)
            return false;
        value = value * 10 + int(digit);
    }
    return true;
}

// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil):
// QDateTime would cost more per line than the whole rest of the decoding.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool looksMultiplexed(const char *header)
{
    return quint8(header[0]) <= 2 && header[1] == 0 && header[2] == 0 && header[3] == 0;
}

} // namespace

QDateTime LogLine::timestamp() const
{
    if (!timestampNs)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*timestampNs / 1000000, Qt::UTC);
}

LogDemuxer::LogDemuxer(Mode mode, bool timestamps, qsizetype maxLineBytes)
    : m_mode(mode)
    , m_timestamps(timestamps)
    , m_maxLineBytes(maxLineBytes > 0 ? maxLineBytes : DefaultMaxLineBytes)
{
}

QVector<LogLine> LogDemuxer::feed(const QByteArray &chunk)
{
    QVector<LogLine> out;
    feed(chunk.constData(), chunk.size(), out);
    return out;
}

void LogDemuxer::feed(const char *data, qsizetype size, QVector<LogLine> &out)
{
    if (size <= 0)
        return;
    if (m_mode == Mode::Auto) {
        // Decide on the first 8 bytes: TTY output rarely starts with 0-2 and three NULs.
        m_sniffed.append(data, size);
        if (m_sniffed.size() < HeaderSize)
            return;
        m_mode = looksMultiplexed(m_sniffed.constData()) ? Mode::Multiplexed : Mode::Raw;
        const QByteArray sniffed = std::exchange(m_sniffed, QByteArray());
        feed(sniffed.constData(), sniffed.size(), out);
        return;
    }
    if (m_mode == Mode::Raw) {
        appendPayload(LogStream::Stdout, data, size, out);
        m_offset += size;
        return;
    }
    feedMultiplexed(data, size, out);
}

void LogDemuxer::feedMultiplexed(const char *data, qsizetype size, QVector<LogLine> &out)
{
    const char *end = data + size;
    while (data < end) {
        if (m_frameLeft > 0) {
            qsizetype take = qMin<qsizetype>(m_frameLeft, end - data);
            const char *payload = data;
            data += take;
            m_offset += take;
            m_frameLeft -= quint32(take);
            if (m_frameStart && m_timestamps && !m_pending[int(m_frameStream)].isEmpty()) {
                // Collect enough of the frame to see whether it starts with a timestamp.
                m_framePrefix.append(payload, take);
                if (!m_framePrefix.contains(' ') && m_framePrefix.size() < MaxTimestampSize
                    && m_frameLeft > 0)
                    continue;
                m_frameStart = false;
                const QByteArray prefix = std::exchange(m_framePrefix, QByteArray());
                payload = prefix.constData();
                take = prefix.size();
                skipContinuationTimestamp(payload, take);
                appendPayload(m_frameStream, payload, take, out);
                continue;
            }
            m_frameStart = false;
            appendPayload(m_frameStream, payload, take, out);
            continue;
        }
        if (m_headerFill == 0 && end - data >= HeaderSize) {
            // Fast path: the whole header is in this chunk.
            std::memcpy(m_header, data, HeaderSize);
            data += HeaderSize;
        } else {
            const int take = int(qMin<qsizetype>(HeaderSize - m_headerFill, end - data));
            std::memcpy(m_header + m_headerFill, data, size_t(take));
            m_headerFill += take;
            data += take;
            if (m_headerFill < HeaderSize) {
                m_offset += take;
                return;
            }
            m_offset -= HeaderSize - take; // the full header is counted below
        }
        m_headerFill = 0;
        if (!looksMultiplexed(m_header)) {
            failHeader(m_header);
            appendPayload(LogStream::Stdout, m_header, HeaderSize, out);
            m_offset += HeaderSize;
            appendPayload(LogStream::Stdout, data, end - data, out);
            m_offset += end - data;
            return;
        }
        m_offset += HeaderSize;
        m_frameStream = LogStream(quint8(m_header[0]));
        m_frameStart = true;
        m_frameLeft = quint32(quint8(m_header[4])) << 24 | quint32(quint8(m_header[5])) << 16
                | quint32(quint8(m_header[6])) << 8 | quint32(quint8(m_header[7]));
    }
}

void LogDemuxer::skipContinuationTimestamp(const char *&data, qsizetype &size)
{
    // The engine cuts lines longer than 16 KiB into several messages and, with timestamps=1,
    // prefixes each of them. A frame that continues an unfinished line therefore starts with a
    // timestamp that belongs to no line: drop it so the line comes out as it was written.
    const char *space = static_cast<const char *>(
            std::memchr(data, ' ', size_t(qMin<qsizetype>(size, MaxTimestampSize))));
    if (space && parseRfc3339Nano(data, space - data)) {
        size -= space + 1 - data;
        data = space + 1;
    }
}

void LogDemuxer::failHeader(const char *header)
{
    m_errorOffset = m_offset;
    m_error = QCoreApplication::translate("dx::LogDemuxer",
                                          "Invalid log frame header at offset %1 (%2); showing "
                                          "the rest as raw output.")
                  .arg(m_offset)
                  .arg(QString::fromLatin1(QByteArray(header, HeaderSize).toHex(' ')));
    m_mode = Mode::Raw;
}

void LogDemuxer::appendPayload(LogStream stream, const char *data, qsizetype size, QVector<LogLine> &out)
{
    QByteArray &pending = m_pending[int(stream)];
    const char *end = data + size;
    while (data < end) {
        const char *newline = static_cast<const char *>(std::memchr(data, '\n', size_t(end - data)));
        if (!newline) {
            pending.append(data, end - data);
            if (pending.size() >= m_maxLineBytes) {
                emitLine(stream, pending.constData(), pending.size(), true, out);
                pending.clear();
            }
            return;
        }
        if (pending.isEmpty()) {
            emitLine(stream, data, newline - data, false, out);
        } else {
            pending.append(data, newline - data);
            emitLine(stream, pending.constData(), pending.size(), false, out);
            pending.clear();
        }
        data = newline + 1;
    }
}

void LogDemuxer::emitLine(LogStream stream, const char *data, qsizetype size, bool partial,
                          QVector<LogLine> &out) const
{
    while (!partial && size > 0 && data[size - 1] == '\r')
        --size; // TTY output ends lines with "\r\n" (and "\r\r\n" when a program wrote "\r\n")
    LogLine line;
    line.stream = stream;
    line.partial = partial;
    if (m_timestamps) {
        // "<RFC3339Nano> <text>"; a line whose prefix does not parse is kept whole.
        const char *space = static_cast<const char *>(
                std::memchr(data, ' ', size_t(qMin<qsizetype>(size, MaxTimestampSize))));
        if (space) {
            line.timestampNs = parseRfc3339Nano(data, space - data);
            if (line.timestampNs) {
                size -= space + 1 - data;
                data = space + 1;
            }
        }
    }
    line.text = QString::fromUtf8(data, size);
    out.append(std::move(line));
}

QVector<LogLine> LogDemuxer::finish()
{
    QVector<LogLine> out;
    if (m_mode == Mode::Auto && !m_sniffed.isEmpty()) {
        m_mode = Mode::Raw; // fewer than 8 bytes in all: cannot be a frame
        appendPayload(LogStream::Stdout, m_sniffed.constData(), m_sniffed.size(), out);
        m_sniffed.clear();
    }
    if (!m_framePrefix.isEmpty())
        appendPayload(m_frameStream, m_framePrefix.constData(), m_framePrefix.size(), out);
    m_framePrefix.clear();
    m_frameStart = false;
    m_headerFill = 0;
    m_frameLeft = 0;
    for (int stream = 0; stream < 3; ++stream) {
        QByteArray &pending = m_pending[stream];
        if (!pending.isEmpty())
            emitLine(LogStream(stream), pending.constData(), pending.size(), true, out);
        pending.clear();
    }
    return out;
}

std::optional<qint64> LogDemuxer::parseRfc3339Nano(const char *p, qsizetype size)
{
    // Fixed part "YYYY-MM-DDTHH:MM:SS" is 19 bytes, then optional fraction, then zone.
    if (size < 20 || p[4] != '-' || p[7] != '-' || (p[10] != 'T' && p[10] != 't') || p[13] != ':'
        || p[16] != ':')
        return std::nullopt;
    int year, month, day, hour, minute, second;
    if (!digitsAt(p, 4, year) || !digitsAt(p + 5, 2, month) || !digitsAt(p + 8, 2, day)
        || !digitsAt(p + 11, 2, hour) || !digitsAt(p + 14, 2, minute) || !digitsAt(p + 17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    qsizetype i = 19;
    qint64 nanos = 0;
    if (p[i] == '.') {
        ++i;
        int digits = 0;
        while (i < size && unsigned(p[i]) - '0' <= 9) {
            if (digits < 9) {
                nanos = nanos * 10 + (p[i] - '0');
                ++digits;
            }
            ++i;
        }
        if (digits == 0)
            return std::nullopt;
        for (; digits < 9; ++digits)
            nanos *= 10;
    }
    qint64 offsetSeconds = 0;
    if (i < size && (p[i] == 'Z' || p[i] == 'z')) {
        ++i;
    } else if (i + 6 == size && (p[i] == '+' || p[i] == '-') && p[i + 3] == ':') {
        int zoneHours, zoneMinutes;
        if (!digitsAt(p + i + 1, 2, zoneHours) || !digitsAt(p + i + 4, 2, zoneMinutes))
            return std::nullopt;
        offsetSeconds = (zoneHours * 60 + zoneMinutes) * 60 * (p[i] == '-' ? -1 : 1);
        i += 6;
    } else {
        return std::nullopt;
    }
    if (i != size)
        return std::nullopt;
    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60
            + second - offsetSeconds;
    // Nanoseconds in a qint64 cover 1677-09-21 to 2262-04-11; a log line outside is no timestamp.
    constexpr qint64 Limit = std::numeric_limits<qint64>::max() / 1000000000 - 1;
    if (seconds < -Limit || seconds > Limit)
        return std::nullopt;
    return seconds * 1000000000 + nanos;
}

} // namespace dx
