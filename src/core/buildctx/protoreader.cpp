#include "protoreader.h"

#include <QCoreApplication>

namespace dx {

bool ProtoReader::fail(const char *what)
{
    m_error = QCoreApplication::translate("dx::ProtoReader", "%1 at offset %2")
                  .arg(QCoreApplication::translate("dx::ProtoReader", what))
                  .arg(qint64(m_pos - m_begin));
    m_pos = m_end;
    return false;
}

bool ProtoReader::readVarint(quint64 *value)
{
    quint64 result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (m_pos >= m_end)
            return fail(QT_TRANSLATE_NOOP("dx::ProtoReader", "truncated varint"));
        const auto byte = quint8(*m_pos++);
        result |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *value = result;
            return true;
        }
    }
    return fail(QT_TRANSLATE_NOOP("dx::ProtoReader", "varint longer than 10 bytes"));
}

bool ProtoReader::next(Field *field)
{
    if (m_pos >= m_end || hasError())
        return false;
    quint64 key = 0;
    if (!readVarint(&key))
        return false;
    const quint64 number = key >> 3;
    if (number == 0 || number > 0x1fffffff)
        return fail(QT_TRANSLATE_NOOP("dx::ProtoReader", "invalid field number"));
    field->number = quint32(number);
    field->data = nullptr;
    field->size = 0;
    field->value = 0;
    const qsizetype left = m_end - m_pos;
    switch (key & 7) {
    case Varint:
        field->type = Varint;
        return readVarint(&field->value);
    case Fixed64:
        if (left < 8)
            return fail(QT_TRANSLATE_NOOP("dx::ProtoReader", "truncated fixed64"));
        field->type = Fixed64;
        for (int i = 7; i >= 0; --i)
            field->value = (field->value << 8) | quint8(m_pos[i]);
        m_pos += 8;
        return true;
    case Fixed32:
        if (left < 4)
            return fail(QT_TRANSLATE_NOOP("dx::ProtoReader", "truncated fixed32"));
        field->type = Fixed32;
        for (int i = 3; i >= 0; --i)
            field->value = (field->value << 8) | quint8(m_pos[i]);
        m_pos += 4;
        return true;
    case LengthDelimited: {
        quint64 length = 0;
        if (!readVarint(&length))
            return false;
        if (length > quint64(m_end - m_pos))
            return fail(QT_TRANSLATE_NOOP("dx::ProtoReader", "length beyond the end of the message"));
        field->type = LengthDelimited;
        field->data = m_pos;
        field->size = qsizetype(length);
        m_pos += length;
        return true;
    }
    default:
        return fail(QT_TRANSLATE_NOOP("dx::ProtoReader", "unsupported wire type"));
    }
}

} // namespace dx
