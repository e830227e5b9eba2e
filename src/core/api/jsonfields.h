#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace dx {

// Reads the fields of one engine JSON object with type checks. A field that is missing or
// null reads as its default (engines of different versions leave different fields out); a
// field of the wrong type, or a missing required one, is remembered as the first error, so a
// parser can return one clear sentence instead of silently showing zeros.
class JsonFields final
{
public:
    explicit JsonFields(const QJsonObject &object)
        : m_object(object)
    {
    }

    QString string(QLatin1String key, bool required = false);
    qint64 integer(QLatin1String key, qint64 defaultValue = 0, bool required = false);
    double number(QLatin1String key, double defaultValue = 0);
    bool boolean(QLatin1String key, bool defaultValue = false);
    QJsonArray array(QLatin1String key);
    QJsonObject object(QLatin1String key);
    QStringList strings(QLatin1String key);
    // {"a": "b"} objects such as Labels and Options; null reads as empty.
    QMap<QString, QString> stringMap(QLatin1String key);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QJsonObject &json() const { return m_object; }

private:
    QJsonValue value(QLatin1String key, QJsonValue::Type type, bool required);

    QJsonObject m_object;
    QString m_error;
};

namespace json {

// The body as one JSON object or array; false with a reason otherwise.
bool parseObject(const QByteArray &body, QJsonObject *object, QString *error);
bool parseArray(const QByteArray &body, QJsonArray *array, QString *error);

// Parses an array of objects with `one` for each element; stops at the first bad element.
template<typename T>
bool parseList(const QByteArray &body, QList<T> *list, QString *error,
               const std::function<bool(const QJsonObject &, T *, QString *)> &one)
{
    QJsonArray array;
    if (!parseArray(body, &array, error))
        return false;
    list->clear();
    list->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = QStringLiteral("element %1 is not an object").arg(i);
            return false;
        }
        T value;
        if (!one(array.at(i).toObject(), &value, error)) {
            *error = QStringLiteral("element %1: %2").arg(i).arg(*error);
            return false;
        }
        list->append(std::move(value));
    }
    return true;
}

} // namespace json

} // namespace dx
