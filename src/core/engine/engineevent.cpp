#include "engineevent.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace dx {

QString EngineEvent::baseAction() const
{
    const qsizetype colon = action.indexOf(QLatin1Char(':'));
    return colon < 0 ? action : action.left(colon);
}

std::optional<EngineEvent> EngineEvent::fromJson(const QJsonObject &o, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<EngineEvent> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    EngineEvent e;
    // Docker sends Type/Action/Actor; very old engines and some proxies only status/id/from.
    const QJsonValue type = o.value(QLatin1String("Type"));
    const QJsonValue action = o.value(QLatin1String("Action"));
    if (!type.isString() || !action.isString()) {
        const QJsonValue status = o.value(QLatin1String("status"));
        const QJsonValue id = o.value(QLatin1String("id"));
        if (!status.isString() || !id.isString())
            return fail(QStringLiteral("an event needs \"Type\" and \"Action\" strings"));
        e.type = QStringLiteral("container");
        e.action = status.toString();
        e.actorId = id.toString();
    } else {
        e.type = type.toString();
        e.action = action.toString();
        const QJsonValue actor = o.value(QLatin1String("Actor"));
        if (!actor.isUndefined() && !actor.isNull() && !actor.isObject())
            return fail(QStringLiteral("\"Actor\" is not an object"));
        const QJsonObject a = actor.toObject();
        const QJsonValue id = a.value(QLatin1String("ID"));
        if (!id.isUndefined() && !id.isString())
            return fail(QStringLiteral("\"Actor.ID\" is not a string"));
        e.actorId = id.toString();
        const QJsonValue attributes = a.value(QLatin1String("Attributes"));
        if (!attributes.isUndefined() && !attributes.isNull() && !attributes.isObject())
            return fail(QStringLiteral("\"Actor.Attributes\" is not an object"));
        const QJsonObject attrs = attributes.toObject();
        for (auto it = attrs.begin(); it != attrs.end(); ++it) {
            if (it.value().isString())
                e.attributes.insert(it.key(), it.value().toString());
            else if (it.value().isDouble())
                e.attributes.insert(it.key(), QString::number(it.value().toDouble(), 'g', 17));
        }
    }
    if (e.action.isEmpty())
        return fail(QStringLiteral("\"Action\" is empty"));
    e.scope = o.value(QLatin1String("scope")).toString();
    const QJsonValue time = o.value(QLatin1String("time"));
    const QJsonValue timeNano = o.value(QLatin1String("timeNano"));
    if ((!time.isUndefined() && !time.isDouble()) || (!timeNano.isUndefined() && !timeNano.isDouble()))
        return fail(QStringLiteral("\"time\" is not a number"));
    // toInteger(): a double would lose the last digits of a nanosecond timestamp.
    e.time = time.toInteger();
    e.timeNano = timeNano.toInteger();
    if (e.timeNano == 0)
        e.timeNano = e.time * 1000000000LL;
    if (e.time == 0)
        e.time = e.timeNano / 1000000000LL;
    return e;
}

std::optional<EngineEvent> EngineEvent::fromJson(const QByteArray &line, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

} // namespace dx
