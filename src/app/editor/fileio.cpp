#include "fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

namespace dx {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dx::FileIo", text);
}

} // namespace

FileReadResult FileIo::read(const QString &path)
{
    FileReadResult result;
    result.path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    if (info.size() > MaxBytes) {
        result.error = tr("%1 is %2 MB large. The editor opens Dockerfiles of up to 5 MB.")
                           .arg(info.fileName())
                           .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    // Read one byte more than allowed: the size may have grown since stat().
    const QByteArray data = file.read(MaxBytes + 1);
    if (data.size() > MaxBytes) {
        result.error = tr("%1 is larger than 5 MB. The editor opens Dockerfiles of up to 5 MB.").arg(info.fileName());
        return result;
    }
    if (data.contains('\0')) {
        result.error = tr("%1 looks like a binary file (it contains NUL bytes), not a Dockerfile.").arg(info.fileName());
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    const qsizetype bad = text.count(QChar::ReplacementCharacter);
    if (decoder.hasError() && bad > 8 && bad * 100 > text.size()) {
        result.error = tr("%1 is not UTF-8 text; it does not look like a Dockerfile.").arg(info.fileName());
        return result;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    result.text = text;
    return result;
}

FileWriteResult FileIo::write(const QString &path, const QString &text)
{
    FileWriteResult result;
    result.path = path;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        result.error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return result;
}

QString FileIo::dockerfileInFolder(const QString &folder)
{
    const QDir dir(folder);
    for (const QString &name : {QStringLiteral("Dockerfile"), QStringLiteral("dockerfile"), QStringLiteral("Containerfile")}) {
        if (QFileInfo(dir.filePath(name)).isFile())
            return dir.filePath(name);
    }
    return {};
}

} // namespace dx
