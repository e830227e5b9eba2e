#include "engineevent.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <limits>

namespace dx {

namespace {

constexpr qint64 NanosPerSecond = 1000000000;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// An optional string member: absent is fine, anything but a string is not.
bool readString(const QJsonObject &o, QLatin1String key, const QString &where, QString *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return fail(error, QCoreApplication::translate("EngineEvent", "%1 is not a string").arg(where));
    *out = v.toString();
    return true;
}

// An optional time: a non-negative integral number (engines send both as integers; Qt keeps
// 64-bit integers exact, so timeNano loses nothing).
bool readTime(const QJsonObject &o, QLatin1String key, qint64 *out, bool *present, QString *error)
{
    const QJsonValue v = o.value(key);
    *present = !(v.isUndefined() || v.isNull());
    if (!*present)
        return true;
    const qint64 n = v.isDouble() ? v.toInteger(-1) : -1;
    if (n < 0)
        return fail(error, QCoreApplication::translate("EngineEvent", "%1 is not a non-negative integer").arg(key));
    *out = n;
    return true;
}

} // namespace

QString EngineEvent::baseAction() const
{
    const qsizetype colon = action.indexOf(u':');
    return colon < 0 ? action : action.left(colon).trimmed();
}

QString EngineEvent::actionDetail() const
{
    const qsizetype colon = action.indexOf(u':');
    return colon < 0 ? QString() : action.mid(colon + 1).trimmed();
}

std::optional<EngineEvent> EngineEvent::fromJson(const QJsonObject &o, QString *error)
{
    EngineEvent e;
    if (!readString(o, QLatin1String("Type"), QStringLiteral("Type"), &e.type, error)
        || !readString(o, QLatin1String("Action"), QStringLiteral("Action"), &e.action, error)
        || !readString(o, QLatin1String("scope"), QStringLiteral("scope"), &e.scope, error))
        return std::nullopt;
    const bool legacy = e.type.isEmpty() && e.action.isEmpty() && !o.contains(QLatin1String("Actor"));
    if (legacy) {
        // Only the pre-1.22 members: {"status":"start","id":"...","from":"image",...}.
        QString status;
        QString id;
        if (!readString(o, QLatin1String("status"), QStringLiteral("status"), &status, error)
            || !readString(o, QLatin1String("id"), QStringLiteral("id"), &id, error))
            return std::nullopt;
        if (!status.isEmpty() && !id.isEmpty()) {
            e.type = QStringLiteral("container");
            e.action = status;
            e.actorId = id;
        }
    }
    if (e.type.isEmpty()) {
        fail(error, QCoreApplication::translate("EngineEvent", "the event has no Type"));
        return std::nullopt;
    }
    if (e.action.isEmpty()) {
        fail(error, QCoreApplication::translate("EngineEvent", "the event has no Action"));
        return std::nullopt;
    }

    const QJsonValue actor = o.value(QLatin1String("Actor"));
    if (!actor.isUndefined() && !actor.isNull()) {
        if (!actor.isObject()) {
            fail(error, QCoreApplication::translate("EngineEvent", "Actor is not an object"));
            return std::nullopt;
        }
        const QJsonObject a = actor.toObject();
        if (!readString(a, QLatin1String("ID"), QStringLiteral("Actor.ID"), &e.actorId, error))
            return std::nullopt;
        const QJsonValue attributes = a.value(QLatin1String("Attributes"));
        if (!attributes.isUndefined() && !attributes.isNull()) {
            if (!attributes.isObject()) {
                fail(error, QCoreApplication::translate("EngineEvent", "Actor.Attributes is not an object"));
                return std::nullopt;
            }
            const QJsonObject map = attributes.toObject();
            for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
                // Engines send strings; a proxy that re-encodes may turn exitCode into a number.
                if (it.value().isString()) {
                    e.attributes.insert(it.key(), it.value().toString());
                } else if (it.value().isDouble()) {
                    e.attributes.insert(it.key(), QString::number(it.value().toDouble(), 'g', 17));
                } else {
                    fail(error, QCoreApplication::translate("EngineEvent", "Actor.Attributes.%1 is not a string").arg(it.key()));
                    return std::nullopt;
                }
            }
        }
        // Podman (4.3) sends volume events with an empty Actor.ID and the volume's name as an
        // attribute; Docker's ID is that name.
        if (e.actorId.isEmpty() && e.type == QLatin1String("volume"))
            e.actorId = e.attributes.value(QStringLiteral("name"));
    }

    bool hasTime = false;
    bool hasNano = false;
    if (!readTime(o, QLatin1String("time"), &e.time, &hasTime, error)
        || !readTime(o, QLatin1String("timeNano"), &e.timeNano, &hasNano, error))
        return std::nullopt;
    if (!hasTime && !hasNano) {
        fail(error, QCoreApplication::translate("EngineEvent", "the event has no time"));
        return std::nullopt;
    }
    if (!hasTime) {
        e.time = e.timeNano / NanosPerSecond;
    } else if (!hasNano) {
        if (e.time > std::numeric_limits<qint64>::max() / NanosPerSecond) {
            fail(error, QCoreApplication::translate("EngineEvent", "time is out of range"));
            return std::nullopt;
        }
        e.timeNano = e.time * NanosPerSecond;
    }
    return e;
}

std::optional<EngineEvent> EngineEvent::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, QCoreApplication::translate("EngineEvent", "not JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, QCoreApplication::translate("EngineEvent", "the event is not a JSON object"));
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

QString EngineEvent::sinceValue(qint64 timeNano)
{
    const qint64 nanos = qMax<qint64>(timeNano, 0);
    return QString::number(nanos / NanosPerSecond) + u'.'
           + QStringLiteral("%1").arg(nanos % NanosPerSecond, 9, 10, QLatin1Char('0'));
}

} // namespace dx
