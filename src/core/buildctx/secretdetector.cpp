#include "secretdetector.h"

#include <QCoreApplication>
#include <QSet>

namespace dx {

bool SecretDetector::isSecretDirName(const QString &name)
{
    static const QSet<QString> dirs = {
        QStringLiteral(".git"), QStringLiteral(".aws"),   QStringLiteral(".ssh"),
        QStringLiteral(".gnupg"), QStringLiteral(".kube"), QStringLiteral(".docker"),
        QStringLiteral(".azure"), QStringLiteral(".gcloud"),
    };
    return dirs.contains(name);
}

bool SecretDetector::isSecretFileName(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral(".env"),     QStringLiteral(".npmrc"),  QStringLiteral(".pypirc"),
        QStringLiteral(".netrc"),   QStringLiteral(".git-credentials"),
        QStringLiteral(".htpasswd"), QStringLiteral("id_rsa"), QStringLiteral("id_dsa"),
        QStringLiteral("id_ecdsa"), QStringLiteral("id_ed25519"),
        QStringLiteral("credentials.json"), QStringLiteral("service-account.json"),
    };
    if (names.contains(name))
        return true;
    // ".env.production" is a secret, ".env.example" is the checked-in template.
    if (name.startsWith(QLatin1String(".env."))) {
        static const QStringList templates = {
            QStringLiteral(".example"), QStringLiteral(".sample"),
            QStringLiteral(".template"), QStringLiteral(".dist"),
        };
        for (const QString &t : templates) {
            if (name.endsWith(t))
                return false;
        }
        return true;
    }
    static const QStringList suffixes = {
        QStringLiteral(".pem"), QStringLiteral(".key"), QStringLiteral(".p12"),
        QStringLiteral(".pfx"), QStringLiteral(".keystore"), QStringLiteral(".jks"),
    };
    for (const QString &s : suffixes) {
        if (name.endsWith(s, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QStringList SecretDetector::warningsFor(const QVector<ContextEntry> &entries)
{
    QStringList warnings;
    QStringList reportedDirs; // "dir/" prefixes already warned about
    const auto underReported = [&reportedDirs](const QString &path) {
        for (const QString &d : std::as_const(reportedDirs)) {
            if (path.startsWith(d))
                return true;
        }
        return false;
    };
    const auto warnDir = [&](const QString &dir) {
        reportedDirs.append(dir + QLatin1Char('/'));
        warnings.append(QCoreApplication::translate(
            "dx::SecretDetector",
            "%1/ is sent to the engine and may contain credentials; add it to .dockerignore")
            .arg(dir));
    };
    for (const ContextEntry &e : entries) {
        if (underReported(e.path))
            continue;
        const bool isDir = e.type == ContextEntry::Type::Directory;
        // All suspicious directory names start with a dot, so only paths with a "/."
        // need their components checked (a file whose directory entry was excluded
        // but which an exception brought back).
        if (e.path.contains(QLatin1String("/."))) {
            const QStringList parts = e.path.split(QLatin1Char('/'));
            bool reported = false;
            for (int i = 0; i + 1 < parts.size() && !reported; ++i) {
                if (isSecretDirName(parts.at(i))) {
                    warnDir(parts.mid(0, i + 1).join(QLatin1Char('/')));
                    reported = true;
                }
            }
            if (reported)
                continue;
        }
        const QString name = e.path.mid(e.path.lastIndexOf(QLatin1Char('/')) + 1);
        if (isDir) {
            if (isSecretDirName(name))
                warnDir(e.path);
        } else if (isSecretFileName(name)) {
            warnings.append(QCoreApplication::translate(
                "dx::SecretDetector",
                "%1 is sent to the engine and looks like a secret; add it to .dockerignore")
                .arg(e.path));
        }
    }
    return warnings;
}

} // namespace dx
