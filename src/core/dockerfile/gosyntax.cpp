#include "gosyntax_p.h"

namespace dx::detail {

bool isGoSpace(char32_t c)
{
    if (c <= 0xFF)
        return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
    return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
            || c == 0x205F || c == 0x3000;
}

char32_t decodeRune(std::string_view s, size_t pos, int *width)
{
    if (pos >= s.size()) {
        *width = 0;
        return RuneError;
    }
    const auto b = [&](size_t i) { return static_cast<unsigned char>(s[pos + i]); };
    const unsigned char c0 = b(0);
    *width = 1;
    if (c0 < 0x80)
        return c0;
    const size_t left = s.size() - pos;
    const auto cont = [&](size_t i) { return i < left && (b(i) & 0xC0) == 0x80; };
    if (c0 >= 0xC2 && c0 <= 0xDF && cont(1)) {
        *width = 2;
        return (char32_t(c0 & 0x1F) << 6) | (b(1) & 0x3F);
    }
    if (c0 >= 0xE0 && c0 <= 0xEF && cont(1) && cont(2)) {
        const char32_t r = (char32_t(c0 & 0x0F) << 12) | (char32_t(b(1) & 0x3F) << 6) | (b(2) & 0x3F);
        if (r < 0x800 || (r >= 0xD800 && r <= 0xDFFF))
            return RuneError; // overlong or surrogate
        *width = 3;
        return r;
    }
    if (c0 >= 0xF0 && c0 <= 0xF4 && cont(1) && cont(2) && cont(3)) {
        const char32_t r = (char32_t(c0 & 0x07) << 18) | (char32_t(b(1) & 0x3F) << 12)
                | (char32_t(b(2) & 0x3F) << 6) | (b(3) & 0x3F);
        if (r < 0x10000 || r > 0x10FFFF)
            return RuneError;
        *width = 4;
        return r;
    }
    return RuneError;
}

void appendRune(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

std::string_view trimLeftSpace(std::string_view s)
{
    size_t pos = 0;
    while (pos < s.size()) {
        int w = 0;
        if (!isGoSpace(decodeRune(s, pos, &w)))
            break;
        pos += size_t(w);
    }
    return s.substr(pos);
}

std::string_view trimRightSpace(std::string_view s)
{
    while (!s.empty()) {
        // Find where the last rune starts; a malformed tail decodes as RuneError of width 1.
        size_t start = s.size() - 1;
        const size_t limit = s.size() >= 4 ? s.size() - 4 : 0;
        while (start > limit && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
            --start;
        int w = 0;
        char32_t r = decodeRune(s, start, &w);
        if (start + size_t(w) != s.size()) {
            r = RuneError;
            w = 1;
        }
        if (!isGoSpace(r))
            break;
        s.remove_suffix(size_t(w));
    }
    return s;
}

std::string_view trimNewline(std::string_view s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> splitRegexSpace(std::string_view s, int n)
{
    std::vector<std::string_view> out;
    if (n == 0)
        return out;
    if (s.empty()) {
        out.push_back(s);
        return out;
    }
    size_t beg = 0;
    size_t end = 0;
    size_t pos = 0;
    int matches = 0;
    while (pos < s.size()) {
        if (!isRegexSpace(s[pos])) {
            ++pos;
            continue;
        }
        size_t mEnd = pos;
        while (mEnd < s.size() && isRegexSpace(s[mEnd]))
            ++mEnd;
        if (n > 0 && matches == n)
            break;
        ++matches;
        if (n > 0 && int(out.size()) == n - 1)
            break;
        end = pos;
        out.push_back(s.substr(beg, end - beg));
        beg = mEnd;
        pos = mEnd;
    }
    if (end != s.size())
        out.push_back(s.substr(beg));
    return out;
}

QString toQString(std::string_view s)
{
    QString out;
    while (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") {
        out += QChar(0xFEFF);
        s.remove_prefix(3);
    }
    return out + QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isCommentLine(std::string_view s)
{
    s = trimLeftSpace(s);
    return !s.empty() && s.front() == '#';
}

} // namespace dx::detail
