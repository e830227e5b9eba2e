#include "dockerfilelexer.h"

#include <Qsci/qsciscintilla.h>

#include <QColor>
#include <QFont>

namespace dx {

namespace {

// Line state bits: the state at the END of a line, read by the next one.
constexpr int Continues = 1;      // the instruction goes on (line ended with the escape)
constexpr int InHeredoc = 2;      // the next line is a heredoc body
constexpr int DirectiveZone = 4;  // no instruction or plain comment seen yet
constexpr int FromLine = 8;       // the current instruction is FROM (for AS)
constexpr int HeredocShift = 8;   // index into m_heredocNames

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

DockerfileLexer::DockerfileLexer(QObject *parent)
    : QsciLexerCustom(parent)
{
    applyPalette(false, QFont(QStringLiteral("Monospace")));
}

QStringList DockerfileLexer::instructionNames()
{
    return {QStringLiteral("FROM"), QStringLiteral("RUN"), QStringLiteral("CMD"), QStringLiteral("LABEL"),
            QStringLiteral("MAINTAINER"), QStringLiteral("EXPOSE"), QStringLiteral("ENV"), QStringLiteral("ADD"),
            QStringLiteral("COPY"), QStringLiteral("ENTRYPOINT"), QStringLiteral("VOLUME"), QStringLiteral("USER"),
            QStringLiteral("WORKDIR"), QStringLiteral("ARG"), QStringLiteral("ONBUILD"), QStringLiteral("STOPSIGNAL"),
            QStringLiteral("HEALTHCHECK"), QStringLiteral("SHELL")};
}

const char *DockerfileLexer::language() const
{
    return "Dockerfile";
}

QString DockerfileLexer::description(int style) const
{
    switch (style) {
    case Default: return tr("Default");
    case Comment: return tr("Comment");
    case Directive: return tr("Parser directive");
    case Instruction: return tr("Instruction");
    case Flag: return tr("Flag");
    case String: return tr("String");
    case Variable: return tr("Variable");
    case Heredoc: return tr("Heredoc body");
    case Json: return tr("JSON punctuation");
    case Keyword: return tr("Keyword");
    default: return {};
    }
}

void DockerfileLexer::applyPalette(bool dark, const QFont &font)
{
    const QColor paper = dark ? QColor(0x16, 0x19, 0x1d) : QColor(Qt::white);
    const QColor text = dark ? QColor(0xe6, 0xe9, 0xed) : QColor(0x1f, 0x23, 0x28);
    struct Entry { int style; QColor light; QColor dark; bool bold; bool italic; };
    const Entry entries[] = {
        {Default, text, text, false, false},
        {Comment, QColor(0x6a, 0x73, 0x7d), QColor(0x8b, 0x94, 0x9e), false, true},
        {Directive, QColor(0x8a, 0x3f, 0xfc), QColor(0xc2, 0x9b, 0xff), false, true},
        {Instruction, QColor(0x1d, 0x4e, 0xd8), QColor(0x6c, 0xa0, 0xff), true, false},
        {Flag, QColor(0x9a, 0x34, 0x12), QColor(0xff, 0xa6, 0x57), false, false},
        {String, QColor(0x0a, 0x7d, 0x33), QColor(0x7e, 0xe7, 0x87), false, false},
        {Variable, QColor(0xb3, 0x1d, 0x7a), QColor(0xff, 0x7b, 0xc8), false, false},
        {Heredoc, QColor(0x3d, 0x55, 0x6b), QColor(0xa5, 0xd6, 0xff), false, false},
        {Json, QColor(0x6a, 0x73, 0x7d), QColor(0x9b, 0xa3, 0xab), true, false},
        {Keyword, QColor(0x1d, 0x4e, 0xd8), QColor(0x6c, 0xa0, 0xff), true, false},
    };
    setDefaultPaper(paper);
    setDefaultColor(text);
    setDefaultFont(font);
    for (const Entry &e : entries) {
        QFont f = font;
        f.setBold(e.bold);
        f.setItalic(e.italic);
        setFont(f, e.style);
        setColor(dark ? e.dark : e.light, e.style);
        setPaper(e.style == Heredoc ? (dark ? QColor(0x1c, 0x21, 0x27) : QColor(0xf6, 0xf8, 0xfa)) : paper, e.style);
        setEolFill(e.style == Heredoc, e.style);
    }
}

int DockerfileLexer::heredocIndex(const QByteArray &names)
{
    int index = int(m_heredocNames.indexOf(names));
    if (index < 0) {
        m_heredocNames.append(names);
        index = int(m_heredocNames.size()) - 1;
    }
    return index;
}

void DockerfileLexer::styleText(int start, int end)
{
    QsciScintilla *ed = editor();
    if (!ed)
        return;
    const int firstLine = int(ed->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, start));
    const int lastLine = int(ed->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, end));
    int state = firstLine > 0 ? int(ed->SendScintilla(QsciScintilla::SCI_GETLINESTATE, firstLine - 1)) : DirectiveZone;
    const int lineCount = int(ed->SendScintilla(QsciScintilla::SCI_GETLINECOUNT));
    int line = firstLine;
    startStyling(int(ed->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, firstLine)));
    // Go on past `end` while the line state changes, so a new continuation restyles what follows.
    for (; line < lineCount; ++line) {
        const int from = int(ed->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line));
        const int to = int(ed->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line + 1));
        QByteArray bytes(to - from, '\0');
        if (to > from)
            ed->SendScintilla(QsciScintilla::SCI_GETTEXTRANGE, from, to, bytes.data());
        const int oldState = int(ed->SendScintilla(QsciScintilla::SCI_GETLINESTATE, line));
        state = styleLine(bytes, state);
        ed->SendScintilla(QsciScintilla::SCI_SETLINESTATE, line, state);
        if (line >= lastLine && state == oldState)
            break;
    }
}

int DockerfileLexer::styleLine(const QByteArray &line, int state)
{
    const int n = int(line.size());
    if (state & InHeredoc) {
        QList<QByteArray> names = m_heredocNames.value(state >> HeredocShift).split('\n');
        QByteArray trimmed = line;
        while (!trimmed.isEmpty() && (trimmed.endsWith('\n') || trimmed.endsWith('\r')))
            trimmed.chop(1);
        while (trimmed.startsWith('\t'))
            trimmed.remove(0, 1);
        setStyling(n, trimmed == names.constFirst() ? Instruction : Heredoc);
        if (trimmed != names.constFirst())
            return state;
        names.removeFirst();
        if (names.isEmpty())
            return state & DirectiveZone;
        return InHeredoc | (heredocIndex(names.join('\n')) << HeredocShift);
    }

    int i = 0;
    while (i < n && isSpace(line.at(i)) && line.at(i) != '\n')
        ++i;
    if (i < n && line.at(i) == '#') {
        int style = Comment;
        if ((state & DirectiveZone) && !(state & Continues)) {
            const QByteArray body = line.mid(i + 1).trimmed().toLower();
            if (body.startsWith("syntax") || body.startsWith("escape") || body.startsWith("check"))
                style = body.contains('=') ? Directive : Comment;
        }
        setStyling(n, style);
        if (style == Comment && !(state & Continues))
            state &= ~DirectiveZone;
        return state; // a comment inside a continuation keeps it going
    }
    bool blank = true;
    for (char c : line)
        blank = blank && isSpace(c);
    if (blank) {
        setStyling(n, Default);
        return state & (Continues | FromLine | DirectiveZone);
    }

    int styled = 0;
    auto emit_ = [&](int upTo, int style) {
        if (upTo > styled) {
            setStyling(upTo - styled, style);
            styled = upTo;
        }
    };
    if (!(state & Continues)) {
        state = 0; // an instruction ends the directive zone
        int j = i;
        while (j < n && isWordChar(line.at(j)))
            ++j;
        QByteArray word = line.mid(i, j - i).toUpper();
        emit_(i, Default);
        emit_(j, Instruction);
        if (word == "ONBUILD") {
            int k = j;
            while (k < n && (line.at(k) == ' ' || line.at(k) == '\t'))
                ++k;
            int m = k;
            while (m < n && isWordChar(line.at(m)))
                ++m;
            emit_(k, Default);
            emit_(m, Instruction);
            word = line.mid(k, m - k).toUpper();
            j = m;
        }
        if (word == "FROM")
            state |= FromLine;
        i = j;
    }

    QList<QByteArray> heredocs;
    bool tokenStart = true;
    while (i < n) {
        const char c = line.at(i);
        if (isSpace(c)) {
            tokenStart = true;
            ++i;
            continue;
        }
        emit_(i, Default);
        if (tokenStart && c == '-' && i + 1 < n && line.at(i + 1) == '-') {
            int j = i;
            while (j < n && !isSpace(line.at(j)) && line.at(j) != '=')
                ++j;
            emit_(j + (j < n && line.at(j) == '=' ? 1 : 0), Flag);
            i = styled;
            tokenStart = false;
            continue;
        }
        if (c == '"' || c == '\'') {
            int j = i + 1;
            while (j < n && line.at(j) != c && line.at(j) != '\n') {
                if (c == '"' && line.at(j) == m_escape && j + 1 < n)
                    ++j;
                ++j;
            }
            emit_(qMin(n, j + 1), String);
            i = styled;
            tokenStart = false;
            continue;
        }
        if (c == '$' && i + 1 < n && (line.at(i + 1) == '{' || isWordChar(line.at(i + 1)))) {
            int j = i + 1;
            if (line.at(j) == '{') {
                while (j < n && line.at(j) != '}' && line.at(j) != '\n')
                    ++j;
                j = qMin(n, j + 1);
            } else {
                while (j < n && isWordChar(line.at(j)))
                    ++j;
            }
            emit_(j, Variable);
            i = j;
            tokenStart = false;
            continue;
        }
        if (c == '[' || c == ']' || c == ',') {
            emit_(i + 1, Json);
            ++i;
            tokenStart = true;
            continue;
        }
        if (c == '<' && i + 2 < n && line.at(i + 1) == '<' && line.at(i + 2) != '<') {
            int j = i + 2;
            if (j < n && line.at(j) == '-')
                ++j;
            int nameStart = j;
            while (j < n && (isWordChar(line.at(j)) || line.at(j) == '"' || line.at(j) == '\'' || line.at(j) == '-' || line.at(j) == '.'))
                ++j;
            QByteArray name = line.mid(nameStart, j - nameStart);
            name.replace('"', QByteArray()).replace('\'', QByteArray());
            if (!name.isEmpty() && isWordChar(name.at(0))) {
                heredocs << name;
                emit_(j, Heredoc);
                i = j;
                tokenStart = false;
                continue;
            }
        }
        if (tokenStart && (state & FromLine) && (c == 'a' || c == 'A') && i + 1 < n && (line.at(i + 1) == 's' || line.at(i + 1) == 'S')
            && (i + 2 >= n || isSpace(line.at(i + 2)))) {
            emit_(i + 2, Keyword);
            i += 2;
            continue;
        }
        tokenStart = false;
        ++i;
    }
    emit_(n, Default);

    // Continuation: the escape character is the last non-space character.
    int last = n - 1;
    while (last >= 0 && isSpace(line.at(last)))
        --last;
    const bool continues = last >= 0 && line.at(last) == m_escape && (last == 0 || line.at(last - 1) != m_escape);
    if (continues)
        return (state & FromLine) | Continues;
    if (!heredocs.isEmpty())
        return InHeredoc | (heredocIndex(heredocs.join('\n')) << HeredocShift);
    return 0;
}

} // namespace dx
