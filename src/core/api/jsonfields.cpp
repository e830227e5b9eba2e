#include "jsonfields.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace dx {

namespace {

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    default: return QStringLiteral("null");
    }
}

} // namespace

QJsonValue JsonFields::value(QLatin1String key, QJsonValue::Type type, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required && m_error.isEmpty())
            m_error = QStringLiteral("\"%1\" is missing").arg(key);
        return {};
    }
    if (v.type() != type) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("\"%1\" is %2, not %3").arg(key, typeName(v.type()), typeName(type));
        return {};
    }
    return v;
}

QString JsonFields::string(QLatin1String key, bool required)
{
    return value(key, QJsonValue::String, required).toString();
}

qint64 JsonFields::integer(QLatin1String key, qint64 defaultValue, bool required)
{
    const QJsonValue v = value(key, QJsonValue::Double, required);
    if (!v.isDouble())
        return defaultValue;
    // Casting a double beyond the range is undefined (api_decoders_fuzz found 1.8e19): the
    // number saturates instead. Qt keeps integers that fit exactly, which toInteger() returns.
    constexpr double Limit = 9223372036854775808.0; // 2^63
    const double d = v.toDouble();
    if (std::isnan(d))
        return defaultValue;
    if (d >= Limit)
        return std::numeric_limits<qint64>::max();
    if (d < -Limit)
        return std::numeric_limits<qint64>::min();
    return v.toInteger(qint64(d));
}

double JsonFields::number(QLatin1String key, double defaultValue)
{
    const QJsonValue v = value(key, QJsonValue::Double, false);
    return v.isDouble() ? v.toDouble() : defaultValue;
}

bool JsonFields::boolean(QLatin1String key, bool defaultValue)
{
    const QJsonValue v = value(key, QJsonValue::Bool, false);
    return v.isBool() ? v.toBool() : defaultValue;
}

QJsonArray JsonFields::array(QLatin1String key)
{
    return value(key, QJsonValue::Array, false).toArray();
}

QJsonObject JsonFields::object(QLatin1String key)
{
    return value(key, QJsonValue::Object, false).toObject();
}

QStringList JsonFields::strings(QLatin1String key)
{
    QStringList list;
    const QJsonArray a = array(key);
    list.reserve(a.size());
    for (const QJsonValue &v : a) {
        if (!v.isString()) {
            if (m_error.isEmpty())
                m_error = QStringLiteral("\"%1\" holds %2, not strings").arg(key, typeName(v.type()));
            return {};
        }
        list.append(v.toString());
    }
    return list;
}

QMap<QString, QString> JsonFields::stringMap(QLatin1String key)
{
    QMap<QString, QString> map;
    const QJsonObject o = object(key);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString()) {
            if (m_error.isEmpty())
                m_error = QStringLiteral("\"%1.%2\" is %3, not a string").arg(key, it.key(), typeName(it.value().type()));
            return {};
        }
        map.insert(it.key(), it.value().toString());
    }
    return map;
}

namespace json {

static bool parseDocument(const QByteArray &body, QJsonDocument *doc, QString *error)
{
    QJsonParseError parseError;
    *doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    return true;
}

bool parseObject(const QByteArray &body, QJsonObject *object, QString *error)
{
    QJsonDocument doc;
    if (!parseDocument(body, &doc, error))
        return false;
    if (!doc.isObject()) {
        *error = QStringLiteral("not a JSON object");
        return false;
    }
    *object = doc.object();
    return true;
}

bool parseArray(const QByteArray &body, QJsonArray *array, QString *error)
{
    QJsonDocument doc;
    if (!parseDocument(body, &doc, error))
        return false;
    // Some engines answer an empty list as null.
    if (doc.isNull() || (doc.isEmpty() && !doc.isArray())) {
        *array = {};
        return true;
    }
    if (!doc.isArray()) {
        *error = QStringLiteral("not a JSON array");
        return false;
    }
    *array = doc.array();
    return true;
}

} // namespace json

} // namespace dx
