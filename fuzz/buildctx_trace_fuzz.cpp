// libFuzzer target: POST /build response decoding (JSON lines, base64, the BuildKit
// protobuf trace, the plain progress printer). Odd inputs are also fed straight to the
// protobuf decoder so its wire-format paths get hit without the JSON wrapping.
#include "buildctx/buildkittrace.h"
#include "buildctx/buildstream.h"
#include "buildctx/plainprogressprinter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    dx::buildkit::StatusResponse status;
    QString error;
    dx::BuildkitTrace::decode(input, &status, &error);
    dx::PlainProgressPrinter printer;
    printer.update(status);
    printer.update(status); // the same update twice: repeated vertexes and statuses
    printer.finish();

    // Chunk sizes taken from the data itself, so splits land everywhere.
    dx::BuildStreamDecoder decoder;
    const int step = size > 0 ? 1 + data[0] % 61 : 1;
    for (qsizetype i = 0; i < input.size(); i += step)
        decoder.feed(QByteArray::fromRawData(input.constData() + i, qMin<qsizetype>(step, input.size() - i)));
    decoder.finish();
    decoder.text();
    return 0;
}
