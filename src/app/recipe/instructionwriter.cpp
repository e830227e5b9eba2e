#include "instructionwriter.h"

namespace dx {

namespace {

bool isBalancedQuote(const QString &v)
{
    return v.size() >= 2 && (v.front() == u'"' || v.front() == u'\'') && v.back() == v.front();
}

} // namespace

QString InstructionWriter::jsonArray(const QStringList &items)
{
    QStringList parts;
    for (const QString &item : items) {
        QString s;
        for (QChar c : item) {
            switch (c.unicode()) {
            case '"': s += QLatin1String("\\\""); break;
            case '\\': s += QLatin1String("\\\\"); break;
            case '\n': s += QLatin1String("\\n"); break;
            case '\t': s += QLatin1String("\\t"); break;
            default: s += c;
            }
        }
        parts << u'"' + s + u'"';
    }
    return u'[' + parts.join(QLatin1String(", ")) + u']';
}

QString InstructionWriter::unquoted(const QString &value)
{
    if (value.size() >= 2 && value.front() == u'"' && value.back() == u'"') {
        const QString inner = value.mid(1, value.size() - 2);
        if (!inner.contains(u'"') && !inner.contains(u'\\') && !inner.contains(u'`'))
            return inner;
    }
    return value;
}

QString InstructionWriter::quoted(const QString &value) const
{
    if (value.isEmpty())
        return QStringLiteral("\"\"");
    if (isBalancedQuote(value))
        return value;
    bool needs = false;
    for (QChar c : value)
        needs = needs || c.isSpace() || c == u'"' || c == u'\'' || c == m_escape;
    if (!needs)
        return value;
    QString s;
    for (QChar c : value) {
        if (c == u'"' || c == m_escape)
            s += m_escape;
        s += c;
    }
    return u'"' + s + u'"';
}

QString InstructionWriter::from(const QStringList &flags, const QString &image, const QString &stage) const
{
    QStringList words{QStringLiteral("FROM")};
    words << flags << image;
    if (!stage.isEmpty())
        words << QStringLiteral("AS") << stage;
    return words.join(u' ');
}

QString InstructionWriter::copy(const QString &keyword, const QStringList &flags, const QStringList &sources,
                                const QString &destination, bool jsonForm) const
{
    const QStringList all = sources + QStringList{destination};
    bool blanks = false;
    for (const QString &s : all)
        blanks = blanks || s.contains(u' ') || s.contains(u'\t');
    QStringList words{keyword.toUpper()};
    words << flags;
    if (jsonForm || blanks)
        words << jsonArray(all);
    else
        words << all;
    return words.join(u' ');
}

QString InstructionWriter::run(const QStringList &flags, const QString &command) const
{
    QStringList head{QStringLiteral("RUN")};
    head << flags;
    QStringList lines = command.split(u'\n');
    while (lines.size() > 1 && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    QString text = head.join(u' ') + u' ' + lines.constFirst().trimmed();
    for (int i = 1; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (!line.startsWith(u' ') && !line.startsWith(u'\t'))
            line.prepend(QLatin1String("    "));
        text += continuation() + line;
    }
    return text;
}

QString InstructionWriter::keyValues(const QString &keyword, const QList<KeyValue> &pairs) const
{
    QStringList words{keyword.toUpper()};
    for (const KeyValue &kv : pairs) {
        if (!kv.first.trimmed().isEmpty())
            words << kv.first.trimmed() + u'=' + quoted(kv.second);
    }
    return words.join(u' ');
}

QString InstructionWriter::arg(const QList<KeyValue> &pairs) const
{
    QStringList words{QStringLiteral("ARG")};
    for (const KeyValue &kv : pairs) {
        if (kv.first.trimmed().isEmpty())
            continue;
        words << (kv.second.isEmpty() ? kv.first.trimmed() : kv.first.trimmed() + u'=' + quoted(kv.second));
    }
    return words.join(u' ');
}

QString InstructionWriter::execList(const QString &keyword, const QStringList &items, bool jsonForm) const
{
    if (jsonForm)
        return keyword.toUpper() + u' ' + jsonArray(items);
    return keyword.toUpper() + u' ' + items.join(u' ');
}

QString InstructionWriter::simple(const QString &keyword, const QString &value) const
{
    return keyword.toUpper() + u' ' + value.trimmed();
}

} // namespace dx
