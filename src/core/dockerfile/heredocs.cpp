#include "heredocs_p.h"

#include "gosyntax_p.h"

#include <QChar>
#include <QCoreApplication>

namespace dx::detail {

namespace {

// The subset of BuildKit's shell lexer (frontend/dockerfile/shell) that heredoc
// detection uses: word splitting with an empty environment where unset variables are
// kept verbatim, so `$x` and `${x}` are plain text here.
class ShellWords
{
public:
    ShellWords(std::string_view s, bool rawQuotes, bool rawEscapes)
        : m_s(s), m_rawQuotes(rawQuotes), m_rawEscapes(rawEscapes)
    {
    }

    bool process(std::vector<std::string> *words, QString *error)
    {
        while (m_pos < m_s.size()) {
            const char32_t ch = peek();
            std::string tmp;
            if (ch == '\'' || ch == '"') {
                if (!(ch == '\'' ? singleQuote(&tmp) : doubleQuote(&tmp))) {
                    *error = m_error;
                    return false;
                }
                addRaw(tmp);
            } else if (ch == '$') {
                if (!dollar(&tmp)) {
                    *error = m_error;
                    return false;
                }
                for (size_t i = 0; i < tmp.size();) {
                    int w = 0;
                    const char32_t r = decodeRune(tmp, i, &w);
                    addChar(r);
                    i += size_t(w);
                }
            } else {
                char32_t c = next();
                if (c == Escape) {
                    if (m_rawEscapes)
                        addRawChar(c);
                    if (m_pos >= m_s.size())
                        break;
                    c = next();
                    addRawChar(c);
                } else {
                    addChar(c);
                }
            }
        }
        if (!m_word.empty())
            m_words.push_back(m_word);
        *words = std::move(m_words);
        return true;
    }

private:
    static constexpr char32_t Escape = '\\';

    char32_t peek() const
    {
        int w = 0;
        return decodeRune(m_s, m_pos, &w);
    }
    char32_t next()
    {
        int w = 0;
        const char32_t r = decodeRune(m_s, m_pos, &w);
        m_pos += size_t(w);
        return r;
    }
    void addRawChar(char32_t c)
    {
        appendRune(m_word, c);
        m_inWord = true;
    }
    void addRaw(const std::string &s)
    {
        m_word += s;
        m_inWord = true;
    }
    void addChar(char32_t c)
    {
        if (isGoSpace(c)) {
            if (m_inWord && !m_word.empty()) {
                m_words.push_back(m_word);
                m_word.clear();
                m_inWord = false;
            }
        } else {
            addRawChar(c);
        }
    }
    bool fail(const char *message)
    {
        m_error = QCoreApplication::translate("DockerfileParser", message);
        return false;
    }

    bool singleQuote(std::string *out)
    {
        const char32_t open = next();
        if (m_rawQuotes)
            appendRune(*out, open);
        for (;;) {
            if (m_pos >= m_s.size())
                return fail("unexpected end of statement while looking for matching single-quote");
            const char32_t c = next();
            if (c == '\'') {
                if (m_rawQuotes)
                    appendRune(*out, c);
                return true;
            }
            appendRune(*out, c);
        }
    }

    bool doubleQuote(std::string *out)
    {
        const char32_t open = next();
        if (m_rawQuotes)
            appendRune(*out, open);
        for (;;) {
            if (m_pos >= m_s.size())
                return fail("unexpected end of statement while looking for matching double-quote");
            const char32_t p = peek();
            if (p == '"') {
                next();
                if (m_rawQuotes)
                    appendRune(*out, p);
                return true;
            }
            if (p == '$') {
                std::string value;
                if (!dollar(&value))
                    return false;
                *out += value;
                continue;
            }
            char32_t c = next();
            if (c == Escape) {
                if (m_rawEscapes)
                    appendRune(*out, c);
                if (m_pos >= m_s.size())
                    continue;
                const char32_t q = peek();
                if (q == '"' || q == '$' || q == Escape)
                    c = next();
            }
            appendRune(*out, c);
        }
    }

    // Unset variables stay as written, so only the syntax matters here.
    bool dollar(std::string *out)
    {
        const size_t start = m_pos;
        next(); // '$'
        if (m_pos >= m_s.size() || peek() != '{') {
            name();
            out->append(m_s.substr(start, m_pos - start));
            return true;
        }
        next(); // '{'
        if (m_pos >= m_s.size())
            return fail("syntax error: missing '}'");
        const char32_t first = peek();
        if (first == '{' || first == '}' || first == ':')
            return fail("syntax error: bad substitution");
        name();
        if (m_pos >= m_s.size())
            return fail("syntax error: missing '}'");
        const char32_t c = next();
        if (c != '}' && c != ':' && c != '?' && c != '#' && c != '%' && c != '/')
            return fail("unsupported modifier in substitution");
        if (c != '}') {
            // A modifier's word runs to the closing brace.
            int depth = 1;
            while (m_pos < m_s.size() && depth > 0) {
                const char32_t d = next();
                if (d == Escape && m_pos < m_s.size())
                    next();
                else if (d == '{')
                    ++depth;
                else if (d == '}')
                    --depth;
            }
            if (depth > 0)
                return fail("syntax error: missing '}'");
        }
        out->append(m_s.substr(start, m_pos - start));
        return true;
    }

    void name()
    {
        if (m_pos >= m_s.size())
            return;
        const char32_t first = peek();
        if (first >= '0' && first <= '9') {
            while (m_pos < m_s.size() && peek() >= '0' && peek() <= '9')
                next();
            return;
        }
        if (first == '@' || first == '*' || first == '#' || first == '?' || first == '-' || first == '$'
            || first == '!') {
            next();
            return;
        }
        while (m_pos < m_s.size()) {
            const char32_t c = peek();
            if (c != '_' && !QChar::isLetterOrNumber(c))
                break;
            next();
        }
    }

    std::string_view m_s;
    size_t m_pos = 0;
    bool m_rawQuotes;
    bool m_rawEscapes;
    std::string m_word;
    bool m_inWord = false;
    std::vector<std::string> m_words;
    QString m_error;
};

size_t countQuotes(const std::string &s)
{
    size_t n = 0;
    for (char c : s)
        n += (c == '\'' || c == '"') ? 1 : 0;
    return n;
}

// ^(\d*)<<(-?)([^<]*)$ and then the word checks of heredocFromMatch.
bool heredocFromWord(const std::string &word, std::vector<HeredocSpec> *out, QString *error)
{
    size_t pos = 0;
    while (pos < word.size() && word[pos] >= '0' && word[pos] <= '9')
        ++pos;
    const size_t digits = pos;
    if (word.compare(pos, 2, "<<") != 0)
        return true;
    pos += 2;
    HeredocSpec spec;
    if (pos < word.size() && word[pos] == '-') {
        spec.chomp = true;
        ++pos;
    }
    const std::string_view rest = std::string_view(word).substr(pos);
    if (rest.empty() || rest.find('<') != std::string_view::npos)
        return true;
    for (size_t i = 0; i < digits && spec.fileDescriptor < 100000; ++i)
        spec.fileDescriptor = spec.fileDescriptor * 10 + (word[i] - '0');

    std::vector<std::string> words;
    if (!ShellWords(rest, false, false).process(&words, error))
        return false;
    if (words.size() != 1)
        return true;
    std::vector<std::string> raw;
    if (!ShellWords(rest, true, false).process(&raw, error))
        return false;
    if (raw.size() != words.size()) {
        *error = QCoreApplication::translate("DockerfileParser",
                                             "internal lexing of heredoc produced inconsistent results: %1")
                         .arg(toQString(rest));
        return false;
    }
    spec.name = words.front();
    spec.expand = countQuotes(words.front()) == countQuotes(raw.front());
    out->push_back(std::move(spec));
    return true;
}

} // namespace

bool heredocsFromLine(std::string_view line, std::vector<HeredocSpec> *out, QString *error)
{
    std::vector<std::string> words;
    QString ignored;
    // BuildKit ignores lexing errors of the whole line: such a line has no heredocs.
    if (!ShellWords(line, true, true).process(&words, &ignored))
        return true;
    for (const std::string &word : words) {
        if (!heredocFromWord(word, out, error))
            return false;
    }
    return true;
}

} // namespace dx::detail
