#include "filepreview.h"

#include <QStringDecoder>

namespace dx {

namespace {

bool looksLikeImageName(const QString &path)
{
    static const QStringList suffixes{QStringLiteral(".png"), QStringLiteral(".jpg"), QStringLiteral(".jpeg"),
                                      QStringLiteral(".gif"), QStringLiteral(".bmp"), QStringLiteral(".ico"),
                                      QStringLiteral(".svg"), QStringLiteral(".webp"), QStringLiteral(".xpm"),
                                      QStringLiteral(".ppm")};
    for (const QString &s : suffixes) {
        if (path.endsWith(s, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Decodes strictly; a multi-byte sequence cut by the preview limit at the very end is fine.
bool decodeUtf8(const QByteArray &data, bool truncated, QString *out)
{
    QByteArray bytes = data;
    if (truncated) {
        // Drop an incomplete trailing sequence (at most 3 bytes).
        int cut = 0;
        for (int i = 1; i <= 3 && i <= bytes.size(); ++i) {
            const uchar c = uchar(bytes.at(bytes.size() - i));
            if ((c & 0xC0) == 0xC0) { // lead byte
                const int need = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
                if (need > i)
                    cut = i;
                break;
            }
            if ((c & 0x80) == 0)
                break;
        }
        bytes.chop(cut);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

bool looksBinary(const QByteArray &data)
{
    int control = 0;
    const qsizetype n = qMin<qsizetype>(data.size(), 64 * 1024);
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(data.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
            ++control;
    }
    return n > 0 && control * 20 > n; // more than 5 % control characters
}

} // namespace

qint64 FilePreview::limitFor(const QString &path)
{
    return looksLikeImageName(path) ? ImageLimit : DefaultLimit;
}

FilePreview FilePreview::fromData(const QString &path, const QByteArray &data, qint64 totalSize)
{
    FilePreview p;
    p.path = path;
    p.totalSize = totalSize;
    p.loadedBytes = data.size();
    if (data.isEmpty())
        return p;
    const bool truncated = p.loadedBytes < totalSize;

    if (looksLikeImageName(path) || looksBinary(data)) {
        QImage image;
        if (image.loadFromData(data)) {
            p.kind = Kind::Image;
            p.image = image;
            return p;
        }
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        const bool le = data.startsWith("\xFF\xFE");
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        QByteArray body = data.mid(2);
        if (body.size() % 2)
            body.chop(1);
        p.kind = Kind::Text;
        p.text = decoder.decode(body);
        p.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        return p;
    }
    if (!looksBinary(data)) {
        QString text;
        const bool bom = data.startsWith("\xEF\xBB\xBF");
        if (decodeUtf8(bom ? data.mid(3) : data, truncated, &text)) {
            p.kind = Kind::Text;
            p.text = text;
            p.encoding = QStringLiteral("UTF-8");
            return p;
        }
        // Not UTF-8 but printable 8-bit text: Latin-1 maps every byte, so it never fails.
        p.kind = Kind::Text;
        p.text = QString::fromLatin1(data);
        p.encoding = QStringLiteral("ISO-8859-1");
        return p;
    }
    p.kind = Kind::Binary;
    p.text = hexDump(data);
    return p;
}

QString FilePreview::hexDump(const QByteArray &data, qsizetype maxBytes)
{
    const qsizetype n = qMin(data.size(), maxBytes);
    QString out;
    out.reserve(int(n / 16 + 1) * 78);
    static const char hex[] = "0123456789abcdef";
    for (qsizetype off = 0; off < n; off += 16) {
        QString line = QStringLiteral("%1  ").arg(off, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (off + i < n) {
                const uchar c = uchar(data.at(off + i));
                line += QLatin1Char(hex[c >> 4]);
                line += QLatin1Char(hex[c & 15]);
                line += QLatin1Char(' ');
                ascii += (c >= 0x20 && c < 0x7f) ? QLatin1Char(char(c)) : QLatin1Char('.');
            } else {
                line += QLatin1String("   ");
            }
            if (i == 7)
                line += QLatin1Char(' ');
        }
        out += line + QLatin1String(" |") + ascii + QLatin1String("|\n");
    }
    return out;
}

} // namespace dx
