#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace dx {

// Minimal protobuf wire-format reader: enough for the BuildKit status messages and
// written for hostile input (every length is checked, nothing is trusted or copied
// until asked for). Groups (wire types 3/4) are rejected: proto3 never emits them.
class ProtoReader final
{
public:
    enum WireType { Varint = 0, Fixed64 = 1, LengthDelimited = 2, Fixed32 = 5 };

    struct Field
    {
        quint32 number = 0;
        WireType type = Varint;
        quint64 value = 0;            // varint or fixed value
        const char *data = nullptr;   // payload of a length-delimited field
        qsizetype size = 0;

        QByteArray bytes() const { return QByteArray(data, size); }
        QString string() const { return QString::fromUtf8(data, size); }
        qint64 int64() const { return qint64(value); }
        bool boolean() const { return value != 0; }
    };

    ProtoReader(const char *data, qsizetype size)
        : m_pos(data)
        , m_end(data + size)
        , m_begin(data)
    {}
    explicit ProtoReader(const Field &f)
        : ProtoReader(f.data, f.size)
    {}

    // Reads the next field; false at the end of the buffer or on malformed input
    // (then hasError() is true and errorString() says where).
    bool next(Field *field);
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    bool readVarint(quint64 *value);
    bool fail(const char *what);

    const char *m_pos;
    const char *m_end;
    const char *m_begin;
    QString m_error;
};

} // namespace dx
