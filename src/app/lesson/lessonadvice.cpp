#include "lessonadvice.h"

#include <QStringList>

namespace dx {

LessonAdvice::BuildProblem LessonAdvice::classify(const QString &error)
{
    if (error.trimmed().isEmpty())
        return BuildProblem::None;
    const QString e = error.toLower();
    // The registry could not be reached: no DNS, no route, a timeout. BuildKit wraps these in
    // "failed to resolve source metadata" / "failed to do request", so they are read first.
    static const QStringList offline{
        QStringLiteral("no such host"),           QStringLiteral("temporary failure in name resolution"),
        QStringLiteral("server misbehaving"),     QStringLiteral("network is unreachable"),
        QStringLiteral("i/o timeout"),            QStringLiteral("tls handshake timeout"),
        QStringLiteral("connection refused"),     QStringLiteral("no route to host"),
        QStringLiteral("client.timeout exceeded"), QStringLiteral("dial tcp"),
        QStringLiteral("connection reset by peer"),
    };
    for (const QString &needle : offline) {
        if (e.contains(needle))
            return BuildProblem::NoNetwork;
    }
    static const QStringList unknown{
        QStringLiteral("pull access denied"),    QStringLiteral("manifest unknown"),
        QStringLiteral("repository does not exist"), QStringLiteral("not found: manifest"),
        QStringLiteral("failed to resolve source metadata"), QStringLiteral("no such image"),
    };
    for (const QString &needle : unknown) {
        if (e.contains(needle))
            return BuildProblem::BaseImageUnknown;
    }
    return BuildProblem::Other;
}

QString LessonAdvice::explainBuildFailure(const QString &error, const QString &baseImage)
{
    switch (classify(error)) {
    case BuildProblem::NoNetwork:
        return tr("The build failed: the base image %1 is not on this computer, and the registry that "
                  "has it cannot be reached (no internet connection or no name resolution). Load the "
                  "base image from a file, or pick an image that is already present as the base image, "
                  "then build again.").arg(baseImage);
    case BuildProblem::BaseImageUnknown:
        return tr("The build failed: the base image %1 was not found, neither on this computer nor in "
                  "the registry. Pick an image that is present as the base image, or load one from a "
                  "file, then build again.").arg(baseImage);
    case BuildProblem::Other:
        return tr("The build failed. The Build view shows the whole output; the engine said: %1")
            .arg(error.trimmed().section(QLatin1Char('\n'), -1));
    case BuildProblem::None:
        break;
    }
    return {};
}

} // namespace dx
