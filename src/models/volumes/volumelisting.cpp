#include "volumelisting.h"

#include <QCoreApplication>
#include <QFile>

namespace dx {

namespace {

// Fields of each record, its tag included.
int fieldCount(char tag)
{
    switch (tag) {
    case 'E': return 7;
    case 'L': return 2;
    case 'X': return 3;
    case 'Z': return 1;
    default: return 0;
    }
}

bool toNumber(const QByteArray &text, int base, qint64 *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok, base);
    return ok && *value >= 0;
}

} // namespace

VolumeListingDecoder::VolumeListingDecoder(Handler handler)
    : m_handler(std::move(handler))
{
}

bool VolumeListingDecoder::fail(const QString &what)
{
    m_error = QCoreApplication::translate("dx::VolumeListingDecoder", "Unreadable listing at byte %1: %2")
                  .arg(m_offset)
                  .arg(what);
    return false;
}

bool VolumeListingDecoder::feed(const QByteArray &bytes)
{
    if (hasError())
        return false;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        if (m_complete)
            return fail(QCoreApplication::translate("dx::VolumeListingDecoder", "data after the end"));
        const qsizetype nul = bytes.indexOf('\0', pos);
        if (nul < 0) {
            m_partial.append(bytes.constData() + pos, bytes.size() - pos);
            return true;
        }
        m_partial.append(bytes.constData() + pos, nul - pos);
        m_fields.append(std::exchange(m_partial, {}));
        pos = nul + 1;
        const QByteArray &tag = m_fields.constFirst();
        const int wanted = tag.size() == 1 ? fieldCount(tag.at(0)) : 0;
        if (wanted == 0)
            return fail(QCoreApplication::translate("dx::VolumeListingDecoder", "unknown record"));
        if (m_fields.size() < wanted)
            continue;
        if (!record())
            return false;
        m_fields.clear();
    }
    return true;
}

bool VolumeListingDecoder::record()
{
    const char tag = m_fields.at(0).at(0);
    qint64 recordBytes = 0;
    for (const QByteArray &f : std::as_const(m_fields))
        recordBytes += f.size() + 1;
    switch (tag) {
    case 'E': {
        const QByteArray &type = m_fields.at(1);
        VolumeEntry e;
        qint64 mode = 0;
        if (type.size() != 1 || !toNumber(m_fields.at(2), 8, &mode) || mode > 07777
            || !toNumber(m_fields.at(3), 10, &e.size) || !toNumber(m_fields.at(4), 10, &e.mtime)
            || m_fields.at(5).isEmpty())
            return fail(QCoreApplication::translate("dx::VolumeListingDecoder", "bad entry"));
        switch (type.at(0)) {
        case 'f': e.type = VolumeEntry::Type::File; break;
        case 'd': e.type = VolumeEntry::Type::Directory; break;
        case 'l': e.type = VolumeEntry::Type::Symlink; break;
        case 'o': e.type = VolumeEntry::Type::Other; break;
        default: return fail(QCoreApplication::translate("dx::VolumeListingDecoder", "bad entry"));
        }
        e.mode = quint32(mode);
        e.path = QFile::decodeName(m_fields.at(5));
        e.linkTarget = QFile::decodeName(m_fields.at(6));
        if (m_handler.entry)
            m_handler.entry(std::move(e));
        break;
    }
    case 'L':
        if (m_handler.listed)
            m_handler.listed(QFile::decodeName(m_fields.at(1)));
        break;
    case 'X':
        if (m_handler.failed)
            m_handler.failed(QFile::decodeName(m_fields.at(1)), QString::fromLocal8Bit(m_fields.at(2)));
        break;
    case 'Z':
        m_complete = true;
        break;
    }
    m_offset += recordBytes;
    return true;
}

} // namespace dx
