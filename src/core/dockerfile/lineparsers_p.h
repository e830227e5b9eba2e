#pragma once

// The per-instruction argument parsers of BuildKit (line_parsers.go, split_command.go):
// one logical line, continuations already joined, becomes name, flags and arguments.

#include <QString>

#include <string_view>

namespace dx {
struct Instruction;
}

namespace dx::detail {

// Parses one logical line into `out` (name, keyword, flags, args, jsonForm, inner,
// original). Returns false with a message in `error` where BuildKit rejects the line.
bool parseInstructionLine(std::string_view line, char escape, Instruction *out, QString *error);

// True for the instructions whose shell form may carry heredocs (RUN, COPY, ADD,
// also when wrapped by ONBUILD).
bool canContainHeredoc(const Instruction &instruction);

} // namespace dx::detail
