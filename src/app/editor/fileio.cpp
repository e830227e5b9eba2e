#include "fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

#include <algorithm>

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
    result.bom = data.startsWith("\xEF\xBB\xBF");
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(result.bom ? data.mid(3) : data);
    if (decoder.hasError()) {
        const qsizetype high = std::count_if(data.cbegin(), data.cend(), [](char c) { return uchar(c) >= 0x80; });
        if (high * 100 > data.size() * 30) {
            result.error = tr("%1 is not UTF-8 text; it does not look like a Dockerfile.").arg(info.fileName());
            return result;
        }
        result.notUtf8 = true;
        result.bom = false;
        text = QString::fromLatin1(data);
    }
    result.text = text;
    return result;
}

FileWriteResult FileIo::write(const QString &path, const QString &text, bool bom)
{
    FileWriteResult result;
    result.path = path;
    QByteArray data = text.toUtf8();
    if (bom)
        data.prepend("\xEF\xBB\xBF");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) < 0 || !file.commit())
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
