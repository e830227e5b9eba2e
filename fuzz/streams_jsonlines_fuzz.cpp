// Differential fuzzing of JsonLinesSplitter (whole vs chunked must agree), and the JSON-fed
// decoders of the area (stats, path stat header) on every object it yields.

#include "streams/containerpathstat.h"
#include "streams/containerstats.h"
#include "streams/jsonlinessplitter.h"

#include <cstdlib>

using dx::JsonLine;
using dx::JsonLinesSplitter;

namespace {

QVector<JsonLine> run(const QByteArray &input, qsizetype chunk, qsizetype maxLine)
{
    JsonLinesSplitter splitter(maxLine);
    QVector<JsonLine> lines;
    for (qsizetype at = 0; at < input.size(); at += chunk)
        lines += splitter.feed(QByteArray::fromRawData(input.constData() + at, qMin(chunk, input.size() - at)));
    lines += splitter.finish();
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t length)
{
    if (length < 1)
        return 0;
    const qsizetype chunk = 1 + bytes[0] % 32;
    const QByteArray input(reinterpret_cast<const char *>(bytes + 1), qsizetype(length - 1));

    const QVector<JsonLine> whole = run(input, qMax<qsizetype>(input.size(), 1), JsonLinesSplitter::DefaultMaxLineBytes);
    const QVector<JsonLine> chunked = run(input, chunk, JsonLinesSplitter::DefaultMaxLineBytes);
    if (whole.size() != chunked.size())
        std::abort();
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (whole[i].raw != chunked[i].raw || whole[i].offset != chunked[i].offset)
            std::abort();
        const dx::ContainerStats stats = dx::ContainerStats::fromJson(whole[i].object);
        (void)stats.memoryUsageText();
        (void)stats.networkIoText();
        (void)stats.cpuPercentText();
    }
    run(input, chunk, 16); // the fatal over-long path
    dx::ContainerPathStat::fromHeader(input);
    dx::ContainerPathStat::fromHeader(input.toBase64());
    return 0;
}
