// libFuzzer target: any bytes through the parser, the dump and the linter. Besides the
// sanitizers, it checks the invariants editors rely on (ranges inside the text).

#include <dockerfile/dockerfilelinter.h>
#include <dockerfile/dockerfileparser.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const dx::ParseResult result = dx::DockerfileParser::parse(input);
    for (const dx::Instruction &instruction : result.instructions) {
        if (instruction.startLine < 1 || instruction.endLine < instruction.startLine
            || instruction.startOffset < 0 || instruction.endOffset < instruction.startOffset
            || instruction.endOffset > result.text.size())
            std::abort();
        (void)instruction.dump();
    }
    for (const dx::Diagnostic &diagnostic : dx::DockerfileLinter::lint(result)) {
        if (diagnostic.line < 1 || diagnostic.column < 1 || diagnostic.message.isEmpty())
            std::abort();
    }
    return 0;
}
