#include "completion.h"

#include "dockerfilelexer.h"

namespace dx {

namespace {

QStringList filtered(const QStringList &items, const QString &prefix)
{
    QStringList out;
    for (const QString &item : items) {
        if (item.startsWith(prefix, Qt::CaseInsensitive) && item.compare(prefix, Qt::CaseInsensitive) != 0)
            out << item;
    }
    return out;
}

} // namespace

QStringList Completion::flagsFor(const QString &keyword)
{
    const QString k = keyword.toUpper();
    auto l = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out << QString::fromLatin1(n);
        return out;
    };
    if (k == QLatin1String("FROM"))
        return l({"--platform="});
    if (k == QLatin1String("COPY"))
        return l({"--from=", "--chown=", "--chmod=", "--link", "--parents", "--exclude="});
    if (k == QLatin1String("ADD"))
        return l({"--chown=", "--chmod=", "--checksum=", "--keep-git-dir=", "--link", "--exclude="});
    if (k == QLatin1String("RUN"))
        return l({"--mount=", "--network=", "--security="});
    if (k == QLatin1String("HEALTHCHECK"))
        return l({"--interval=", "--timeout=", "--start-period=", "--start-interval=", "--retries="});
    return {};
}

Completion::Result Completion::complete(const QString &lineBeforeCursor, const QString &continuedKeyword,
                                        const QStringList &stageNames, bool explicitRequest)
{
    Result result;
    // The token being typed: from the last blank to the cursor.
    int tokenStart = int(lineBeforeCursor.size());
    while (tokenStart > 0 && !lineBeforeCursor.at(tokenStart - 1).isSpace())
        --tokenStart;
    const QString token = lineBeforeCursor.mid(tokenStart);
    const QString before = lineBeforeCursor.left(tokenStart).trimmed();
    QString keyword = continuedKeyword;
    if (keyword.isEmpty())
        keyword = before.section(u' ', 0, 0, QString::SectionSkipEmpty).toUpper();
    if (keyword == QLatin1String("ONBUILD"))
        keyword = before.section(u' ', 1, 1, QString::SectionSkipEmpty).toUpper();

    if (continuedKeyword.isEmpty() && before.isEmpty()) {
        if (token.isEmpty() && !explicitRequest)
            return result;
        if (token.startsWith(u'#'))
            return result;
        result.items = filtered(DockerfileLexer::instructionNames(), token);
        result.prefixLength = int(token.size());
        return result;
    }
    if (keyword == QLatin1String("FROM") && !token.startsWith(u'-') && (explicitRequest || !token.isEmpty())
        && before.split(u' ', Qt::SkipEmptyParts).size() == 1 + before.count(QLatin1String(" --"))) {
        // The image position of FROM: an earlier stage can be the base of a later one.
        result.items = token.isEmpty() ? stageNames : filtered(stageNames, token);
        result.prefixLength = int(token.size());
        return result;
    }
    if (token.startsWith(QLatin1String("--from="), Qt::CaseInsensitive) && keyword == QLatin1String("COPY")) {
        const QString value = token.mid(7);
        result.items = value.isEmpty() ? stageNames : filtered(stageNames, value);
        result.prefixLength = int(value.size());
        return result;
    }
    if (token.startsWith(QLatin1String("--mount="), Qt::CaseInsensitive) && keyword == QLatin1String("RUN")) {
        const QString value = token.mid(8);
        const QStringList mounts{QStringLiteral("type=cache,target="), QStringLiteral("type=bind,source=,target="),
                                 QStringLiteral("type=secret,id="), QStringLiteral("type=ssh"),
                                 QStringLiteral("type=tmpfs,target=")};
        result.items = filtered(mounts, value);
        result.prefixLength = int(value.size());
        return result;
    }
    if (token.startsWith(QLatin1String("--")) || (token == QLatin1String("-")) || (explicitRequest && token.isEmpty())) {
        // Flags come before the arguments: offer them only while no argument was written.
        const QStringList words = before.split(u' ', Qt::SkipEmptyParts);
        bool onlyFlags = true;
        for (int i = continuedKeyword.isEmpty() ? 1 : 0; i < words.size(); ++i)
            onlyFlags = onlyFlags && words.at(i).startsWith(QLatin1String("--"));
        if (onlyFlags) {
            result.items = filtered(flagsFor(keyword), token);
            result.prefixLength = int(token.size());
        }
        return result;
    }
    return result;
}

} // namespace dx
