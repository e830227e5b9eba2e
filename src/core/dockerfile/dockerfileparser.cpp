#include "dockerfileparser.h"

#include "gosyntax_p.h"
#include "heredocs_p.h"
#include "lineparsers_p.h"

#include <QCoreApplication>

#include <string_view>
#include <vector>

namespace dx {

using namespace detail;

namespace {

// bufio.Scanner's limit: BuildKit cannot read longer lines and fails the build.
constexpr size_t MaxLineBytes = 64 * 1024;

// UTF-16 length of valid UTF-8; used only for short leading white space.
int utf16Length(std::string_view s)
{
    int n = 0;
    for (char c : s) {
        const auto b = static_cast<unsigned char>(c);
        n += (b & 0xC0) != 0x80 ? 1 : 0;
        n += b >= 0xF0 ? 1 : 0;
    }
    return n;
}

// The part of BuildKit's DirectiveParser and escape handling the line loop needs.
class Directives
{
public:
    char escape = '\\';

    // Returns true when `line` (newline and, at top level, leading space trimmed) is a
    // parser directive. Directives are only recognised until the first line that is not one.
    bool check(std::string_view line, int lineNo, ParseResult *result)
    {
        if (m_done)
            return false;
        if (line.empty() || line.front() != '#') {
            m_done = true;
            return false;
        }
        QString key;
        QString value;
        if (!match(trimLeftSpace(line.substr(1)), &key, &value)
            || (key != QLatin1String("syntax") && key != QLatin1String("escape")
                && key != QLatin1String("check"))) {
            m_done = true;
            return false;
        }
        if (result->directives.contains(key)) {
            addError(result, lineNo, QCoreApplication::translate("DockerfileParser", "only one %1 parser directive can be used").arg(key));
            return false;
        }
        result->directives.insert(key, value);
        result->directiveLines.insert(key, lineNo);
        if (key == QLatin1String("escape")) {
            if (value != QLatin1String("`") && value != QLatin1String("\\")) {
                addError(result, lineNo, QCoreApplication::translate("DockerfileParser", "invalid escape token '%1' does not match ` or \\").arg(value));
                return false;
            }
            escape = char(value.at(0).unicode());
            result->escape = value.at(0);
        }
        return true;
    }

    // Removes a trailing escape (the regex ([^\\])\\[ \t]*$|^\\[ \t]*$ of BuildKit).
    bool trimContinuation(std::string_view *line) const
    {
        size_t end = line->size();
        while (end > 0 && ((*line)[end - 1] == ' ' || (*line)[end - 1] == '\t'))
            --end;
        if (end == 0 || (*line)[end - 1] != escape)
            return false;
        const size_t esc = end - 1;
        if (esc > 0 && (*line)[esc - 1] == escape)
            return false; // an escaped escape is no continuation
        *line = line->substr(0, esc);
        return true;
    }

    static void addError(ParseResult *result, int line, const QString &message, int endLine = 0)
    {
        Diagnostic d;
        d.line = qMax(1, line);
        d.endLine = qMax(d.line, endLine);
        d.column = 1;
        d.endColumn = int(result->lineText(d.endLine).size()) + 1;
        d.severity = Severity::Error;
        d.rule = QStringLiteral("ParseError");
        d.message = message;
        result->errors.append(d);
    }

private:
    // ^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$
    static bool match(std::string_view s, QString *key, QString *value)
    {
        const auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
        size_t pos = 0;
        if (s.empty() || !alpha(s[0]))
            return false;
        while (pos < s.size() && (alpha(s[pos]) || (s[pos] >= '0' && s[pos] <= '9')))
            ++pos;
        *key = toQString(s.substr(0, pos)).toLower();
        while (pos < s.size() && isPerlSpace(s[pos]))
            ++pos;
        if (pos >= s.size() || s[pos] != '=')
            return false;
        std::string_view rest = s.substr(pos + 1);
        size_t lead = 0;
        while (lead < rest.size() && isPerlSpace(rest[lead]))
            ++lead;
        if (lead == rest.size()) {
            if (lead == 0)
                return false;
            rest = rest.substr(lead - 1, 1); // the value must have one character
        } else {
            rest = rest.substr(lead);
            while (rest.size() > 1 && isPerlSpace(rest.back()))
                rest.remove_suffix(1);
        }
        *value = toQString(rest);
        return true;
    }

    bool m_done = false;
};

struct Lines
{
    std::vector<std::string_view> lines; // each with its line ending
    bool tooLong = false;
};

Lines splitLines(std::string_view src)
{
    Lines out;
    size_t pos = 0;
    while (pos < src.size()) {
        const size_t nl = src.find('\n', pos);
        const size_t end = nl == std::string_view::npos ? src.size() : nl + 1;
        if (end - pos > MaxLineBytes) {
            out.tooLong = true;
            break;
        }
        out.lines.push_back(src.substr(pos, end - pos));
        pos = end;
    }
    return out;
}

} // namespace

QString DockerfileParser::decode(const QByteArray &data)
{
    std::string_view src(data.constData(), size_t(data.size()));
    if (data.startsWith("\xEF\xBB\xBF"))
        src.remove_prefix(3);
    return toQString(src);
}

ParseResult DockerfileParser::parse(const QByteArray &data)
{
    ParseResult result;
    result.text = decode(data);
    result.lineStarts.append(0);
    for (qsizetype i = 0; i < result.text.size(); ++i) {
        if (result.text.at(i) == u'\n')
            result.lineStarts.append(int(i + 1));
    }
    const auto lineEnd = [&](int line) { // UTF-16 end of a 1-based line, without \r\n
        if (line <= 0 || line > result.lineStarts.size())
            return int(result.text.size());
        int end = line < result.lineStarts.size() ? result.lineStarts.at(line) - 1 : int(result.text.size());
        while (end > result.lineStarts.at(line - 1) && result.text.at(end - 1) == u'\r')
            --end;
        return end;
    };

    std::string_view src(data.constData(), size_t(data.size()));
    if (data.startsWith("\xEF\xBB\xBF"))
        src.remove_prefix(3);
    const Lines split = splitLines(src);
    const std::vector<std::string_view> &lines = split.lines;

    Directives directives;
    QStringList comments;
    std::string buffer;
    int currentLine = 0;
    size_t i = 0;
    bool sawInstruction = false;
    while (i < lines.size()) {
        const std::string_view raw = lines[i++];
        if (isCommentLine(raw)) {
            const QString comment = toQString(trimSpace(raw.substr(1)));
            if (comment.isEmpty())
                comments.clear();
            else
                comments.append(comment);
        }
        ++currentLine;
        std::string_view token = trimLeftSpace(trimNewline(raw));
        if (directives.check(token, currentLine, &result) && !comments.isEmpty())
            comments.removeLast(); // directives are no comments of the first instruction
        const int leading = int(trimNewline(raw).size() - token.size());
        if (isCommentLine(token))
            token = {};
        const int startLine = currentLine;
        bool continued = directives.trimContinuation(&token);
        if (!continued && token.empty())
            continue;
        buffer.assign(token);

        QList<int> emptyContinuations;
        while (continued && i < lines.size()) {
            const std::string_view next = lines[i++];
            ++currentLine;
            std::string_view piece = trimNewline(next);
            directives.check(piece, currentLine, &result);
            if (isCommentLine(next))
                continue;
            if (trimLeftSpace(piece).empty()) {
                emptyContinuations.append(currentLine);
                continue;
            }
            continued = directives.trimContinuation(&piece);
            buffer.append(piece);
        }

        sawInstruction = true;
        Instruction instruction;
        QString error;
        if (!parseInstructionLine(buffer, directives.escape, &instruction, &error)) {
            Directives::addError(&result, startLine, error, currentLine);
            comments.clear();
            continue;
        }

        if (canContainHeredoc(instruction) && buffer.find("<<") != std::string::npos) {
            std::vector<HeredocSpec> specs;
            if (!heredocsFromLine(buffer, &specs, &error)) {
                Directives::addError(&result, startLine, error, currentLine);
                comments.clear();
                continue;
            }
            bool terminated = true;
            for (const HeredocSpec &spec : specs) {
                terminated = false;
                std::string content;
                while (i < lines.size()) {
                    const std::string_view body = lines[i++];
                    ++currentLine;
                    std::string_view candidate = trimNewline(body);
                    if (spec.chomp) {
                        while (!candidate.empty() && candidate.front() == '\t')
                            candidate.remove_prefix(1);
                    }
                    if (candidate == spec.name) {
                        terminated = true;
                        break;
                    }
                    content.append(body);
                }
                if (!terminated)
                    break;
                instruction.heredocs.append(Heredoc { toQString(spec.name), toQString(content), spec.expand,
                                                      spec.chomp, spec.fileDescriptor });
            }
            if (!terminated) {
                Directives::addError(&result, startLine, QCoreApplication::translate("DockerfileParser", "unterminated heredoc"), currentLine);
                comments.clear();
                continue;
            }
        }

        instruction.startLine = startLine;
        instruction.endLine = currentLine;
        if (startLine - 1 < result.lineStarts.size()) {
            const std::string_view first = trimNewline(lines[size_t(startLine - 1)]);
            instruction.startOffset = result.lineStarts.at(startLine - 1)
                    + utf16Length(first.substr(0, size_t(leading)));
            instruction.startColumn = instruction.startOffset - result.lineStarts.at(startLine - 1) + 1;
        }
        instruction.endOffset = qMax(instruction.startOffset, lineEnd(currentLine));
        instruction.comments = comments;
        instruction.emptyContinuationLines = emptyContinuations;
        result.instructions.append(std::move(instruction));
        comments.clear();
    }

    if (!sawInstruction) {
        Directives::addError(&result, currentLine, QCoreApplication::translate("DockerfileParser", "file with no instructions"));
    } else if (split.tooLong) {
        Directives::addError(&result, currentLine + 1,
                             QCoreApplication::translate("DockerfileParser", "dockerfile line greater than max allowed size of %1").arg(MaxLineBytes - 1));
    }
    return result;
}

QString ParseResult::dump() const
{
    QString out;
    for (const Instruction &instruction : instructions)
        out += instruction.dump() + u'\n';
    return out;
}

QString ParseResult::lineText(int line) const
{
    if (line < 1 || line > lineStarts.size())
        return {};
    const int start = lineStarts.at(line - 1);
    int end = line < lineStarts.size() ? lineStarts.at(line) - 1 : int(text.size());
    while (end > start && text.at(end - 1) == u'\r')
        --end;
    return text.mid(start, end - start);
}

} // namespace dx
