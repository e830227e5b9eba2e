#include "commandrecord.h"

namespace dx {

QString shellQuote(const QString &word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    static const QString safe = QStringLiteral("_-./:=@%+,^");
    bool plain = true;
    for (const QChar c : word) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && !safe.contains(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shellJoin(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &w : words)
        quoted.append(shellQuote(w));
    return quoted.join(QLatin1Char(' '));
}

} // namespace dx
