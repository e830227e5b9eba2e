#pragma once

// Heredoc detection as BuildKit does it: the instruction line is split into words by
// its shell lexer (quotes and escapes kept), and every word shaped like [n]<<[-]WORD
// opens a heredoc. Quoting any part of WORD turns off expansion of the body.

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace dx::detail {

struct HeredocSpec
{
    std::string name;
    bool expand = true;
    bool chomp = false;
    int fileDescriptor = 0;
};

// Returns false with `error` set when a heredoc word cannot be lexed.
bool heredocsFromLine(std::string_view line, std::vector<HeredocSpec> *out, QString *error);

} // namespace dx::detail
