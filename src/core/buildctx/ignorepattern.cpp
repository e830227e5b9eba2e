#include "ignorepattern.h"

#include <QVector>

namespace dx {

namespace {

// Characters patternmatcher escapes because they are regex syntax but not glob syntax.
bool shouldEscape(uint ch)
{
    switch (ch) {
    case '.': case '+': case '(': case ')': case '|': case '{': case '}': case '$':
        return true;
    default:
        return false;
    }
}

bool isAsciiAlnum(uint c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isHex(uint c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Go's regexp (RE2) rejects escapes PCRE would accept (\q, \1, \é, ...). The pattern
// is then unusable in patternmatcher, so it must be unusable here as well.
bool re2AcceptsEscape(uint c, uint next)
{
    if (c >= 0x80)
        return false;
    if (!isAsciiAlnum(c))
        return true;
    switch (c) {
    case 'a': case 'f': case 'n': case 'r': case 't': case 'v':
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
    case 'b': case 'B': case 'A': case 'z': case 'p': case 'P': case '0':
        return true;
    case 'x':
        return isHex(next) || next == '{';
    case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        return next >= '0' && next <= '7'; // octal; a lone digit would be a backreference
    default:
        return false;
    }
}

// One step of Go's getEsc(): a range endpoint inside [...]. Returns false on bad syntax.
bool skipRangeChar(const QVector<uint> &c, int &i, int end)
{
    if (i >= end || c[i] == '-' || c[i] == ']')
        return false;
    if (c[i] == '\\') {
        ++i;
        if (i >= end)
            return false;
    }
    ++i;
    return i < end; // a class must still be closed by something
}

bool chunkIsValid(const QVector<uint> &c, int begin, int end)
{
    int i = begin;
    while (i < end) {
        switch (c[i]) {
        case '[': {
            ++i;
            if (i < end && c[i] == '^')
                ++i;
            int ranges = 0;
            for (;;) {
                if (i < end && c[i] == ']' && ranges > 0) {
                    ++i;
                    break;
                }
                if (!skipRangeChar(c, i, end))
                    return false;
                if (c[i] == '-') {
                    ++i;
                    if (!skipRangeChar(c, i, end))
                        return false;
                }
                ++ranges;
            }
            break;
        }
        case '\\':
            if (++i >= end)
                return false;
            ++i;
            break;
        default:
            ++i;
        }
    }
    return true;
}

} // namespace

QString IgnorePattern::cleanPath(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral(".");
    const bool rooted = path.startsWith(QLatin1Char('/'));
    QStringList out;
    for (const QString &seg : path.split(QLatin1Char('/'))) {
        if (seg.isEmpty() || seg == QLatin1String("."))
            continue;
        if (seg == QLatin1String("..")) {
            if (!out.isEmpty() && out.constLast() != QLatin1String(".."))
                out.removeLast();
            else if (!rooted)
                out.append(seg);
            continue;
        }
        out.append(seg);
    }
    QString result = out.join(QLatin1Char('/'));
    if (rooted)
        return QLatin1Char('/') + result;
    return result.isEmpty() ? QStringLiteral(".") : result;
}

bool IgnorePattern::isValidGlob(const QString &pattern)
{
    // Mirrors filepath.Match(pattern, "."): every chunk between unbracketed stars is
    // syntax-checked, whether or not it would match.
    const QVector<uint> c = pattern.toUcs4();
    const int n = c.size();
    int i = 0;
    while (i < n) {
        while (i < n && c[i] == '*')
            ++i;
        const int begin = i;
        bool inRange = false;
        for (; i < n; ++i) {
            if (c[i] == '\\') {
                if (i + 1 < n)
                    ++i;
            } else if (c[i] == '[') {
                inRange = true;
            } else if (c[i] == ']') {
                inRange = false;
            } else if (c[i] == '*' && !inRange) {
                break;
            }
        }
        if (!chunkIsValid(c, begin, i))
            return false;
    }
    return true;
}

IgnorePattern::IgnorePattern(const QString &pattern, bool exception)
    : m_text(pattern)
    , m_exception(exception)
{
    m_depth = int(pattern.count(QLatin1Char('/'))) + 1;
    compile();
}

void IgnorePattern::compile()
{
    const QVector<uint> c = m_text.toUcs4();
    const int n = c.size();
    QString re = QStringLiteral("^");
    Kind kind = Kind::Exact;
    bool re2ok = true;
    auto append = [&re](uint ch) { re += QString::fromUcs4(reinterpret_cast<const char32_t *>(&ch), 1); };

    // Same walk as patternmatcher's compile(); `i` counts runes taken at the loop head,
    // which is what decides that a leading "**" makes a suffix match.
    int pos = 0;
    for (int i = 0; pos < n; ++i) {
        const uint ch = c[pos++];
        if (ch == '*') {
            if (pos < n && c[pos] == '*') {
                ++pos;
                if (pos < n && c[pos] == '/')
                    ++pos;
                if (pos >= n) {
                    if (kind == Kind::Exact) {
                        kind = Kind::Prefix;
                    } else {
                        re += QLatin1String(".*");
                        kind = Kind::Regexp;
                    }
                } else {
                    re += QLatin1String("(.*/)?");
                    kind = Kind::Regexp;
                }
                if (i == 0)
                    kind = Kind::Suffix;
            } else {
                re += QLatin1String("[^/]*");
                kind = Kind::Regexp;
            }
        } else if (ch == '?') {
            re += QLatin1String("[^/]");
            kind = Kind::Regexp;
        } else if (shouldEscape(ch)) {
            re += QLatin1Char('\\');
            append(ch);
        } else if (ch == '\\') {
            if (pos < n) {
                const uint esc = c[pos++];
                re2ok = re2ok && re2AcceptsEscape(esc, pos < n ? c[pos] : 0);
                re += QLatin1Char('\\');
                append(esc);
                kind = Kind::Regexp;
            } else {
                re += QLatin1String("\\\\");
            }
        } else if (ch == '[' || ch == ']') {
            append(ch);
            kind = Kind::Regexp;
        } else {
            append(ch);
        }
    }

    m_kind = kind;
    if (kind != Kind::Regexp)
        return;
    // \z rather than $: Go's $ never matches before a trailing newline, PCRE's does.
    re += QLatin1String("\\z");
    m_regexSource = re;
    m_regex.setPattern(re);
    if (!re2ok || !m_regex.isValid())
        m_kind = Kind::Invalid;
    else
        m_regex.optimize();
}

bool IgnorePattern::matches(const QString &path, bool *error) const
{
    switch (m_kind) {
    case Kind::Exact:
        return path == m_text;
    case Kind::Prefix:
        return path.startsWith(QStringView(m_text).chopped(2));
    case Kind::Suffix: {
        const QStringView suffix = QStringView(m_text).mid(2);
        if (path.endsWith(suffix))
            return true;
        return suffix.startsWith(QLatin1Char('/')) && QStringView(path) == suffix.mid(1);
    }
    case Kind::Regexp:
        return m_regex.match(path).hasMatch();
    case Kind::Invalid:
        if (error)
            *error = true;
        return false;
    }
    return false;
}

} // namespace dx
