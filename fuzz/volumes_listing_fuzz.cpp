// Differential fuzzing of the volume helper's listing: the same exec output fed whole and in
// input-chosen chunks must give the same entries, folders and verdict; sanitizers catch the rest.

#include "streams/execoutput.h"
#include "volumes/volumelisting.h"

#include <cstdlib>

using dx::ExecOutputDemuxer;
using dx::VolumeEntry;
using dx::VolumeListingDecoder;

namespace {

struct Outcome
{
    QStringList lines;
    bool ok = true;
    bool complete = false;
};

Outcome run(const char *data, qsizetype size, qsizetype chunk)
{
    Outcome o;
    VolumeListingDecoder decoder({[&o](VolumeEntry &&e) {
                                      o.lines.append(QStringLiteral("E %1 %2 %3 %4 %5 %6")
                                                         .arg(e.path)
                                                         .arg(int(e.type))
                                                         .arg(e.size)
                                                         .arg(e.mode)
                                                         .arg(e.mtime)
                                                         .arg(e.linkTarget));
                                  },
                                  [&o](const QString &dir) { o.lines.append(QStringLiteral("L ") + dir); },
                                  [&o](const QString &dir, const QString &m) {
                                      o.lines.append(QStringLiteral("X ") + dir + QLatin1Char(' ') + m);
                                  }});
    ExecOutputDemuxer demuxer;
    for (qsizetype at = 0; at < size && o.ok; at += chunk) {
        QByteArray out;
        QByteArray err;
        o.ok = demuxer.feed(data + at, qMin(chunk, size - at), &out, &err) && decoder.feed(out);
    }
    o.complete = decoder.isComplete();
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype chunk = qsizetype(data[0] % 17) + 1;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype n = qsizetype(size - 1);
    const Outcome whole = run(bytes, n, qMax<qsizetype>(n, 1));
    const Outcome pieces = run(bytes, n, chunk);
    if (whole.ok != pieces.ok || (whole.ok && (whole.lines != pieces.lines || whole.complete != pieces.complete)))
        std::abort();
    return 0;
}
