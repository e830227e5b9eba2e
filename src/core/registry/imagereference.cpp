#include "imagereference.h"

#include <QRegularExpression>

namespace dx {

namespace {

const QLatin1String kDockerHub("docker.io");

// distribution/reference's regexp.go, anchored.
const QRegularExpression &referenceGrammar()
{
    static const QRegularExpression grammar([]() -> QString { // not auto: a QStringBuilder would dangle
        const QString domainComponent = QStringLiteral("(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])");
        const QString domain = domainComponent + QStringLiteral("(?:\\.") + domainComponent + QStringLiteral(")*(?::[0-9]+)?");
        const QString pathComponent = QStringLiteral("[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*");
        const QString name = QStringLiteral("(?:") + domain + QStringLiteral("/)?") + pathComponent + QStringLiteral("(?:/")
                             + pathComponent + QStringLiteral(")*");
        const QString tag = QStringLiteral("[\\w][\\w.-]{0,127}");
        const QString digest = QStringLiteral("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");
        return QStringLiteral("^(") + name + QStringLiteral(")(?::") + tag + QStringLiteral(")?(?:@") + digest
               + QStringLiteral(")?$");
    }());
    return grammar;
}

} // namespace

ImageReference::Problem ImageReference::check(const QString &reference)
{
    if (reference.trimmed().isEmpty())
        return Problem::Empty;
    for (const QChar c : reference) {
        if (c.isSpace())
            return Problem::Whitespace;
    }
    const QRegularExpressionMatch match = referenceGrammar().match(reference);
    if (!match.hasMatch()) {
        // "Ubuntu" or "Me/App": the engine's "repository name must be lowercase".
        if (referenceGrammar().match(reference.toLower()).hasMatch())
            return Problem::UpperCase;
        return Problem::Malformed;
    }
    if (match.capturedLength(1) > 255)
        return Problem::TooLong;
    return Problem::None;
}

ImageReference ImageReference::parse(const QString &reference)
{
    ImageReference r;
    QString rest = reference.trimmed();
    if (rest.isEmpty())
        return r;

    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        r.digest = rest.mid(at + 1);
        rest.truncate(at);
    }
    // A first component is a registry only when it looks like a host: a '.' or ':' in it,
    // "localhost", or upper case letters (which a repository path may not hold).
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString first = slash < 0 ? QString() : rest.left(slash);
    if (slash < 0
        || (!first.contains(QLatin1Char('.')) && !first.contains(QLatin1Char(':'))
            && first != QLatin1String("localhost") && first.toLower() == first)) {
        r.domain = kDockerHub;
    } else {
        r.domain = first;
        rest = rest.mid(slash + 1);
    }
    if (r.domain == QLatin1String("index.docker.io"))
        r.domain = kDockerHub;

    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > rest.lastIndexOf(QLatin1Char('/'))) {
        r.tag = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    if (r.domain == kDockerHub && !rest.isEmpty() && !rest.contains(QLatin1Char('/')))
        rest.prepend(QLatin1String("library/"));
    r.path = rest;
    return r;
}

bool ImageReference::isDockerHub() const
{
    return domain == kDockerHub;
}

QString ImageReference::familiarName() const
{
    if (!isDockerHub())
        return domain + QLatin1Char('/') + path;
    const QLatin1String library("library/");
    if (path.startsWith(library) && path.count(QLatin1Char('/')) == 1)
        return path.mid(library.size());
    return path;
}

QString ImageReference::authKey() const
{
    return isDockerHub() ? dockerHubAuthKey() : domain;
}

QString registryHostname(const QString &authKey)
{
    QString host = authKey;
    if (host.startsWith(QLatin1String("http://")))
        host = host.mid(7);
    else if (host.startsWith(QLatin1String("https://")))
        host = host.mid(8);
    return host.section(QLatin1Char('/'), 0, 0);
}

} // namespace dx
