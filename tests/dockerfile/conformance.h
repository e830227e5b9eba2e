#pragma once

// Locating BuildKit's parser conformance cases in the shared folder (see its README).

#include <QDir>
#include <QFile>
#include <QString>

namespace dx::test {

inline QString conformanceDir()
{
    return QStringLiteral(DX_SHARED_DIR "/conformance/buildkit-dockerfile-parser");
}

inline QString conformanceMissingMessage()
{
    return QStringLiteral("BuildKit conformance cases not found in %1 (DX_SHARED_DIR); "
                          "nothing to compare with")
            .arg(conformanceDir());
}

inline QStringList conformanceCases(const QString &sub)
{
    return QDir(conformanceDir() + u'/' + sub).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The `result` file of a case, one dump per line, without the empty last line.
inline QStringList expectedDump(const QString &caseDir)
{
    QStringList lines = QString::fromUtf8(readAll(caseDir + QStringLiteral("/result"))).split(u'\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace dx::test
