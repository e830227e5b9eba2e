// Instruction::dump(): BuildKit's Node.Dump(), the format its parser tests compare.

#include "dockerfileparser.h"

#include <QStringView>

namespace dx {

namespace {

// unicode.IsPrint: graphic characters and the ASCII space, but no other spaces.
bool isGoPrint(char32_t c)
{
    if (c == ' ')
        return true;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

// strconv.Quote
void appendQuoted(QString &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    out += u'"';
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t c = s.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s.at(i).unicode(), s.at(i + 1).unicode());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD;
        }
        switch (c) {
        case '"': out += QLatin1String("\\\""); continue;
        case '\\': out += QLatin1String("\\\\"); continue;
        case '\a': out += QLatin1String("\\a"); continue;
        case '\b': out += QLatin1String("\\b"); continue;
        case '\f': out += QLatin1String("\\f"); continue;
        case '\n': out += QLatin1String("\\n"); continue;
        case '\r': out += QLatin1String("\\r"); continue;
        case '\t': out += QLatin1String("\\t"); continue;
        case '\v': out += QLatin1String("\\v"); continue;
        default: break;
        }
        if (isGoPrint(c)) {
            out += QString::fromUcs4(&c, 1);
        } else if (c < ' ' || c == 0x7F) {
            out += QLatin1String("\\x") + QLatin1Char(hex[c >> 4]) + QLatin1Char(hex[c & 0xF]);
        } else {
            const int digits = c < 0x10000 ? 4 : 8;
            out += c < 0x10000 ? QLatin1String("\\u") : QLatin1String("\\U");
            for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
                out += QLatin1Char(hex[(c >> shift) & 0xF]);
        }
    }
    out += u'"';
}

} // namespace

QString Instruction::dump() const
{
    QString out = u'(' + name;
    if (!flags.isEmpty()) {
        out += QLatin1String(" [");
        for (qsizetype i = 0; i < flags.size(); ++i) {
            if (i > 0)
                out += u' ';
            appendQuoted(out, flags.at(i));
        }
        out += u']';
    }
    if (inner)
        out += u' ' + inner->dump();
    for (const QString &arg : args) {
        out += u' ';
        appendQuoted(out, arg);
    }
    // Go trims the whole string, which matters only for an empty instruction name.
    if (out.size() > 1 && out.at(1) == u' ')
        out.remove(1, 1);
    return out + u')';
}

} // namespace dx
