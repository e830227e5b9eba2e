#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace dx {

// What the file view shows for the first bytes of a file: text (UTF-8, UTF-16 with BOM,
// Latin-1 as the fallback for 8-bit text), an image, or a hex dump of anything else.
struct FilePreview
{
    enum class Kind { Text, Image, Binary, Empty };

    static constexpr qint64 DefaultLimit = qint64(1) * 1024 * 1024;
    static constexpr qint64 ImageLimit = qint64(16) * 1024 * 1024;

    Kind kind = Kind::Empty;
    QString path;
    QString text;      // Text: decoded; Binary: the hex dump
    QString encoding;  // "UTF-8", "UTF-16LE", "UTF-16BE", "ISO-8859-1"
    QImage image;
    qint64 totalSize = 0;
    qint64 loadedBytes = 0;

    bool isTruncated() const { return loadedBytes < totalSize; }

    static FilePreview fromData(const QString &path, const QByteArray &data, qint64 totalSize);
    // Offsets, 16 bytes as hex and as ASCII per line, like hexdump -C.
    static QString hexDump(const QByteArray &data, qsizetype maxBytes = 256 * 1024);
    // How much to read for this name: whole images up to ImageLimit, else DefaultLimit.
    static qint64 limitFor(const QString &path);
};

} // namespace dx
