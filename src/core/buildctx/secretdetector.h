#pragma once

#include "buildcontext.h"

#include <QStringList>
#include <QVector>

namespace dx {

// Flags context entries that look like credentials, so the user can add them to
// .dockerignore before they end up in an image layer or a registry.
class SecretDetector final
{
public:
    // One translated warning per suspicious file, or per suspicious directory
    // (".git/", ".aws/", ...) rather than per file inside it.
    static QStringList warningsFor(const QVector<ContextEntry> &entries);
    static bool isSecretFileName(const QString &fileName);
    static bool isSecretDirName(const QString &dirName);

    SecretDetector() = delete;
};

} // namespace dx
