#include "lineparsers_p.h"

#include "dockerfileparser.h"
#include "gosyntax_p.h"
#include "jsonarray_p.h"

#include <QCoreApplication>

#include <string>
#include <vector>

namespace dx::detail {

namespace {

// ONBUILD ONBUILD ... recurses; BuildKit has no bound but a C++ stack has.
constexpr int MaxOnbuildDepth = 32;

// The lower-case name; known instructions share one string instead of allocating.
QString lowerName(const QString &keyword)
{
    static const QStringList known { QStringLiteral("from"), QStringLiteral("run"), QStringLiteral("cmd"),
                                     QStringLiteral("label"), QStringLiteral("expose"), QStringLiteral("env"),
                                     QStringLiteral("add"), QStringLiteral("copy"), QStringLiteral("entrypoint"),
                                     QStringLiteral("volume"), QStringLiteral("user"), QStringLiteral("workdir"),
                                     QStringLiteral("arg"), QStringLiteral("onbuild"), QStringLiteral("stopsignal"),
                                     QStringLiteral("healthcheck"), QStringLiteral("shell"),
                                     QStringLiteral("maintainer") };
    for (const QString &name : known) {
        if (keyword.compare(name, Qt::CaseInsensitive) == 0)
            return name;
    }
    return keyword.toLower();
}

// extractBuilderFlags: leading --flags, quotes removed, '\' escapes (always backslash,
// whatever the escape directive says), and a byte-wise white space test - all as BuildKit.
std::string_view extractFlags(std::string_view line, QStringList *flags)
{
    enum Phase { InSpaces, InWord, InQuote } phase = InSpaces;
    std::string word;
    char quote = 0;
    bool blankOk = false;
    for (size_t pos = 0; pos <= line.size(); ++pos) {
        const char ch = pos < line.size() ? line[pos] : 0;
        const bool space = isGoSpace(static_cast<unsigned char>(ch));
        if (phase == InSpaces) {
            if (pos == line.size())
                break;
            if (space)
                continue;
            if (ch != '-' || pos + 1 == line.size() || line[pos + 1] != '-')
                return line.substr(pos);
            phase = InWord;
        }
        if (pos == line.size()) {
            if (word != "--" && (blankOk || !word.empty()))
                flags->append(toQString(word));
            break;
        }
        if (phase == InWord) {
            if (space) {
                phase = InSpaces;
                if (word == "--")
                    return line.substr(pos);
                if (blankOk || !word.empty())
                    flags->append(toQString(word));
                word.clear();
                blankOk = false;
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
                blankOk = true;
                phase = InQuote;
                continue;
            }
            char c = ch;
            if (c == '\\') {
                if (pos + 1 == line.size())
                    continue;
                c = line[++pos];
            }
            word += c;
            continue;
        }
        // InQuote
        if (ch == quote) {
            phase = InWord;
            continue;
        }
        char c = ch;
        if (c == '\\') {
            if (pos + 1 == line.size()) {
                phase = InWord;
                continue;
            }
            c = line[++pos];
        }
        word += c;
    }
    return {};
}

// parseWords: white space separated words, quotes kept, escapes kept except at the end.
std::vector<std::string> parseWords(std::string_view rest, char escape)
{
    enum Phase { InSpaces, InWord, InQuote } phase = InSpaces;
    std::vector<std::string> words;
    std::string word;
    char32_t quote = 0;
    bool blankOk = false;
    char32_t ch = 0;
    int width = 0;
    const size_t len = rest.size();
    for (size_t pos = 0; pos <= len; pos += size_t(width)) {
        if (pos != len)
            ch = decodeRune(rest, pos, &width);
        if (phase == InSpaces) {
            if (pos == len)
                break;
            if (isGoSpace(ch))
                continue;
            phase = InWord;
        }
        if (pos == len) {
            if (blankOk || !word.empty())
                words.push_back(word);
            break;
        }
        if (phase == InWord) {
            if (isGoSpace(ch)) {
                phase = InSpaces;
                if (blankOk || !word.empty())
                    words.push_back(word);
                word.clear();
                blankOk = false;
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
                blankOk = true;
                phase = InQuote;
            }
            if (ch == char32_t(escape)) {
                if (pos + size_t(width) == len)
                    continue; // an escape at the very end is dropped
                appendRune(word, ch);
                pos += size_t(width);
                ch = decodeRune(rest, pos, &width);
            }
            appendRune(word, ch);
            continue;
        }
        // InQuote
        if (ch == quote)
            phase = InWord;
        if (ch == char32_t(escape) && quote != '\'') {
            if (pos + size_t(width) == len) {
                phase = InWord;
                continue;
            }
            pos += size_t(width);
            appendRune(word, ch);
            ch = decodeRune(rest, pos, &width);
        }
        appendRune(word, ch);
    }
    return words;
}

void appendWhitespaceDelimited(std::string_view rest, QStringList *args)
{
    if (rest.empty())
        return;
    for (std::string_view part : splitRegexSpace(rest, -1))
        args->append(toQString(part));
}

// ENV and LABEL: `KEY value` (old) or `k=v k2="v 2"` (new), as key, value, separator.
bool parseNameVal(std::string_view rest, const char *key, char escape, QStringList *args, QString *error)
{
    const std::vector<std::string> words = parseWords(rest, escape);
    if (words.empty())
        return true;
    if (words.front().find('=') == std::string::npos) {
        const auto parts = splitRegexSpace(rest, 2);
        if (parts.size() < 2) {
            *error = QCoreApplication::translate("DockerfileParser", "%1 must have two arguments").arg(QLatin1String(key));
            return false;
        }
        *args << toQString(parts[0]) << toQString(parts[1]) << QString();
        return true;
    }
    for (const std::string &word : words) {
        const size_t eq = word.find('=');
        if (eq == std::string::npos) {
            *error = QCoreApplication::translate("DockerfileParser", "Syntax error - can't find = in \"%1\". Must be of the form: name=value")
                             .arg(toQString(word));
            return false;
        }
        *args << toQString(std::string_view(word).substr(0, eq))
              << toQString(std::string_view(word).substr(eq + 1)) << QStringLiteral("=");
    }
    return true;
}

bool parseMaybeJson(std::string_view rest, bool toList, Instruction *out, QString *error)
{
    if (rest.empty() && !toList)
        return true;
    switch (parseJsonStringArray(rest, &out->args)) {
    case JsonArrayStatus::Ok:
        out->jsonForm = true;
        return true;
    case JsonArrayStatus::NotStringArray:
        *error = QCoreApplication::translate("DockerfileParser", "when using JSON array syntax, arrays must be comprised of strings only");
        return false;
    case JsonArrayStatus::NotJson:
        break;
    }
    if (toList)
        appendWhitespaceDelimited(rest, &out->args);
    else
        out->args.append(toQString(rest));
    return true;
}

// HEALTHCHECK: a type word (CMD, NONE) and then a RUN-like command.
bool parseHealthcheck(std::string_view rest, Instruction *out, QString *error)
{
    size_t sep = 0;
    while (sep < rest.size() && !isGoSpace(static_cast<unsigned char>(rest[sep])))
        ++sep;
    size_t next = sep;
    while (next < rest.size() && isGoSpace(static_cast<unsigned char>(rest[next])))
        ++next;
    if (sep == 0)
        return true;
    out->args.append(toQString(rest.substr(0, sep)));
    return parseMaybeJson(rest.substr(next), false, out, error);
}

bool parseLine(std::string_view line, char escape, Instruction *out, QString *error, int depth);

bool dispatch(std::string_view rest, char escape, Instruction *out, QString *error, int depth)
{
    const QString &n = out->name;
    if (n == QLatin1String("run") || n == QLatin1String("cmd") || n == QLatin1String("entrypoint")
        || n == QLatin1String("shell"))
        return parseMaybeJson(rest, false, out, error);
    if (n == QLatin1String("copy") || n == QLatin1String("add") || n == QLatin1String("volume"))
        return parseMaybeJson(rest, true, out, error);
    if (n == QLatin1String("env"))
        return parseNameVal(rest, "ENV", escape, &out->args, error);
    if (n == QLatin1String("label"))
        return parseNameVal(rest, "LABEL", escape, &out->args, error);
    if (n == QLatin1String("arg")) {
        for (const std::string &word : parseWords(rest, escape))
            out->args.append(toQString(word));
        return true;
    }
    if (n == QLatin1String("from") || n == QLatin1String("expose")) {
        appendWhitespaceDelimited(rest, &out->args);
        return true;
    }
    if (n == QLatin1String("maintainer") || n == QLatin1String("stopsignal") || n == QLatin1String("user")
        || n == QLatin1String("workdir")) {
        if (!rest.empty())
            out->args.append(toQString(rest));
        return true;
    }
    if (n == QLatin1String("healthcheck"))
        return parseHealthcheck(rest, out, error);
    if (n == QLatin1String("onbuild")) {
        if (rest.empty())
            return true;
        if (depth >= MaxOnbuildDepth) {
            *error = QCoreApplication::translate("DockerfileParser", "ONBUILD is nested too deeply");
            return false;
        }
        auto inner = std::make_shared<Instruction>();
        if (!parseLine(rest, escape, inner.get(), error, depth + 1))
            return false;
        out->inner = std::move(inner);
        return true;
    }
    // BuildKit keeps unknown instructions with one empty argument node.
    out->args.append(QString());
    return true;
}

bool parseLine(std::string_view line, char escape, Instruction *out, QString *error, int depth)
{
    const auto cmdline = splitRegexSpace(trimSpace(line), 2);
    out->keyword = toQString(cmdline.front());
    out->name = lowerName(out->keyword);
    out->original = toQString(line);
    std::string_view args;
    if (cmdline.size() == 2)
        args = extractFlags(cmdline[1], &out->flags);
    return dispatch(trimSpace(args), escape, out, error, depth);
}

} // namespace

bool parseInstructionLine(std::string_view line, char escape, Instruction *out, QString *error)
{
    return parseLine(line, escape, out, error, 0);
}

bool canContainHeredoc(const Instruction &instruction)
{
    const Instruction *node = &instruction;
    if (node->name == QLatin1String("onbuild") && node->inner)
        node = node->inner.get();
    if (node->jsonForm)
        return false;
    return node->name == QLatin1String("run") || node->name == QLatin1String("copy")
            || node->name == QLatin1String("add");
}

} // namespace dx::detail
