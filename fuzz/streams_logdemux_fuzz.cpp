// Differential fuzzing of LogDemuxer: the same bytes fed whole and in input-chosen chunks must
// give the same lines; sanitizers catch the rest.

#include "streams/logdemuxer.h"

#include <cstdlib>

using dx::LogDemuxer;
using dx::LogLine;

namespace {

QVector<LogLine> run(const char *data, qsizetype size, LogDemuxer::Mode mode, bool timestamps,
                     qsizetype maxLine, qsizetype chunk)
{
    LogDemuxer demuxer(mode, timestamps, maxLine);
    QVector<LogLine> lines;
    for (qsizetype at = 0; at < size; at += chunk)
        demuxer.feed(data + at, qMin(chunk, size - at), lines);
    lines += demuxer.finish();
    return lines;
}

bool same(const QVector<LogLine> &a, const QVector<LogLine> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].text != b[i].text || a[i].stream != b[i].stream || a[i].timestampNs != b[i].timestampNs
            || a[i].partial != b[i].partial)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t length)
{
    if (length < 2)
        return 0;
    const quint8 flags = bytes[0];
    const qsizetype chunk = 1 + bytes[1] % 64;
    const char *data = reinterpret_cast<const char *>(bytes + 2);
    const qsizetype size = qsizetype(length - 2);
    const auto mode = LogDemuxer::Mode(flags % 3);
    const bool timestamps = flags & 4;
    // A small limit sometimes, so the cut-a-long-line path is reached.
    const qsizetype maxLine = flags & 8 ? 1 + (flags >> 4) * 7 : LogDemuxer::DefaultMaxLineBytes;

    const QVector<LogLine> whole = run(data, size, mode, timestamps, maxLine, size > 0 ? size : 1);
    const QVector<LogLine> chunked = run(data, size, mode, timestamps, maxLine, chunk);
    // Cutting a long line depends on where chunks end, so only compare without the limit.
    if (!(flags & 8) && !same(whole, chunked))
        std::abort();
    LogDemuxer::parseRfc3339Nano(data, size);
    return 0;
}
