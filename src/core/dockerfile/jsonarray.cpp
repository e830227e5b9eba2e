#include "jsonarray_p.h"

#include "gosyntax_p.h"

#include <string>
#include <vector>

namespace dx::detail {

namespace {

// Go's decoder refuses nesting deeper than this; we must too, and it bounds recursion.
constexpr int MaxDepth = 10000;

class JsonReader
{
public:
    explicit JsonReader(std::string_view s) : m_s(s) { }

    // Validates the whole input as one JSON value. For the top-level array, string
    // elements are collected and non-string elements are noted.
    bool parseTopArray(QStringList *out, bool *allStrings)
    {
        skipWs();
        if (!consume('['))
            return false;
        skipWs();
        if (!consume(']')) {
            for (;;) {
                skipWs();
                if (peek() == '"') {
                    std::string str;
                    if (!parseString(&str))
                        return false;
                    out->append(toQString(str));
                } else {
                    *allStrings = false;
                    if (!parseValue(1))
                        return false;
                }
                skipWs();
                if (consume(','))
                    continue;
                if (consume(']'))
                    break;
                return false;
            }
        }
        skipWs();
        return m_pos == m_s.size();
    }

private:
    int peek() const { return m_pos < m_s.size() ? static_cast<unsigned char>(m_s[m_pos]) : -1; }
    bool consume(char c)
    {
        if (peek() != static_cast<unsigned char>(c))
            return false;
        ++m_pos;
        return true;
    }
    void skipWs()
    {
        while (m_pos < m_s.size()
               && (m_s[m_pos] == ' ' || m_s[m_pos] == '\t' || m_s[m_pos] == '\n' || m_s[m_pos] == '\r'))
            ++m_pos;
    }
    bool literal(std::string_view word)
    {
        if (m_s.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }

    // Iterative, with the open containers on a heap stack: recursing as deep as Go allows
    // overflowed the stack under AddressSanitizer (tst_dockerfileparser's 20,000 '[', found
    // by scripts/sanitize.sh), and a thread with a small stack would overflow without it.
    bool parseValue(int depth)
    {
        std::vector<char> open; // the closing bracket of each container being read
        for (;;) {
            // A value starts here, at depth + open.size().
            if (depth + int(open.size()) > MaxDepth)
                return false;
            skipWs();
            const int c = peek();
            if (c == '[' || c == '{') {
                ++m_pos;
                const char close = c == '[' ? ']' : '}';
                skipWs();
                if (!consume(close)) {
                    open.push_back(close);
                    if (close == '}' && !memberKey())
                        return false;
                    continue; // the container's first value
                }
            } else if (!parseScalar(c)) {
                return false;
            }
            // A value ended: the next one of its container, or the container ends too.
            for (;;) {
                if (open.empty())
                    return true;
                skipWs();
                if (consume(',')) {
                    if (open.back() == '}' && !memberKey())
                        return false;
                    break;
                }
                if (!consume(open.back()))
                    return false;
                open.pop_back();
            }
        }
    }

    bool memberKey()
    {
        skipWs();
        if (peek() != '"' || !parseString(nullptr))
            return false;
        skipWs();
        return consume(':');
    }

    bool parseScalar(int c)
    {
        switch (c) {
        case '"':
            return parseString(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return parseNumber();
        }
    }

    bool digits()
    {
        const size_t start = m_pos;
        while (peek() >= '0' && peek() <= '9')
            ++m_pos;
        return m_pos > start;
    }

    bool parseNumber()
    {
        consume('-');
        if (consume('0')) {
            // no leading zeros
        } else if (peek() >= '1' && peek() <= '9') {
            digits();
        } else {
            return false;
        }
        if (consume('.') && !digits())
            return false;
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (!consume('+'))
                consume('-');
            if (!digits())
                return false;
        }
        return true;
    }

    int hex4()
    {
        if (m_s.size() - m_pos < 4)
            return -1;
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_s[m_pos + size_t(i)];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= c - '0';
            else if (c >= 'a' && c <= 'f')
                v |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                v |= c - 'A' + 10;
            else
                return -1;
        }
        m_pos += 4;
        return v;
    }

    // Go replaces invalid UTF-8 and unpaired surrogates with U+FFFD; so do we.
    bool parseString(std::string *out)
    {
        ++m_pos; // opening quote
        for (;;) {
            if (m_pos >= m_s.size())
                return false;
            const unsigned char c = static_cast<unsigned char>(m_s[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c != '\\') {
                int w = 0;
                const char32_t r = decodeRune(m_s, m_pos, &w);
                if (out)
                    appendRune(*out, r);
                m_pos += size_t(w);
                continue;
            }
            ++m_pos;
            const int e = peek();
            ++m_pos;
            char32_t r = 0;
            switch (e) {
            case '"': r = '"'; break;
            case '\\': r = '\\'; break;
            case '/': r = '/'; break;
            case 'b': r = '\b'; break;
            case 'f': r = '\f'; break;
            case 'n': r = '\n'; break;
            case 'r': r = '\r'; break;
            case 't': r = '\t'; break;
            case 'u': {
                const int u = hex4();
                if (u < 0)
                    return false;
                r = char32_t(u);
                if (r >= 0xD800 && r < 0xDC00) {
                    // A high surrogate only counts when a low one follows as \uXXXX.
                    const size_t save = m_pos;
                    int lo = -1;
                    if (m_s.substr(m_pos, 2) == "\\u") {
                        m_pos += 2;
                        lo = hex4();
                    }
                    if (lo >= 0xDC00 && lo < 0xE000) {
                        r = 0x10000 + ((r - 0xD800) << 10) + char32_t(lo - 0xDC00);
                    } else {
                        r = RuneError;
                        m_pos = save;
                    }
                } else if (r >= 0xDC00 && r < 0xE000) {
                    r = RuneError;
                }
                break;
            }
            default:
                return false;
            }
            if (out)
                appendRune(*out, r);
        }
    }

    std::string_view m_s;
    size_t m_pos = 0;
};

} // namespace

JsonArrayStatus parseJsonStringArray(std::string_view text, QStringList *out)
{
    text = trimLeftSpace(text);
    if (text.empty() || text.front() != '[')
        return JsonArrayStatus::NotJson;
    QStringList values;
    bool allStrings = true;
    JsonReader reader(text);
    if (!reader.parseTopArray(&values, &allStrings))
        return JsonArrayStatus::NotJson;
    if (!allStrings)
        return JsonArrayStatus::NotStringArray;
    *out += values;
    return JsonArrayStatus::Ok;
}

} // namespace dx::detail
