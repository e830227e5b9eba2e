#pragma once

// Text primitives with the exact semantics of the Go standard library functions
// BuildKit's Dockerfile parser is written with (unicode.IsSpace, strings.TrimSpace,
// utf8.DecodeRune, regexp.Split on [\t\v\f\r ]+). The parser works on UTF-8 bytes
// like BuildKit does, so quirks such as byte-wise whitespace tests stay identical.

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace dx::detail {

constexpr char32_t RuneError = 0xFFFD;

// unicode.IsSpace
bool isGoSpace(char32_t c);

// The [\t\v\f\r ] class BuildKit's whitespace regular expressions use.
constexpr bool isRegexSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';
}

// Go's \s in regular expressions: [\t\n\f\r ].
constexpr bool isPerlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// utf8.DecodeRuneInString: RuneError with width 1 for an invalid byte, width 0 at the end.
char32_t decodeRune(std::string_view s, size_t pos, int *width);
void appendRune(std::string &out, char32_t c);

std::string_view trimLeftSpace(std::string_view s);  // bytes.TrimLeftFunc(s, unicode.IsSpace)
std::string_view trimRightSpace(std::string_view s); // strings.TrimRightFunc(s, unicode.IsSpace)
inline std::string_view trimSpace(std::string_view s) { return trimRightSpace(trimLeftSpace(s)); }

// bytes.TrimRight(s, "\r\n")
std::string_view trimNewline(std::string_view s);

// regexp.MustCompile(`[\t\v\f\r ]+`).Split(s, n), including its empty leading and
// trailing fields.
std::vector<std::string_view> splitRegexSpace(std::string_view s, int n);

// UTF-8 to QString keeping a leading U+FEFF, which QString::fromUtf8 would drop.
QString toQString(std::string_view s);

// BuildKit's isComment: first non-space character is '#'.
bool isCommentLine(std::string_view s);

} // namespace dx::detail
