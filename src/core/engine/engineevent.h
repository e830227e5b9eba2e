#pragma once

#include <QByteArray>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

class QJsonObject;

namespace dx {

// One message of GET /events, decoded once by Engine for everybody:
//   {"Type":"container","Action":"exec_start: sh -c ls","Actor":{"ID":"8492...",
//    "Attributes":{"name":"web","image":"busybox"}},"scope":"local","time":1796193114,
//    "timeNano":1796193114306828486}
// The pre-1.22 "status", "id", "from" repeat Action and Actor; a message with only those
// (some proxies still send them) is read as a container event.
struct EngineEvent
{
    QString type;                       // container, image, volume, network, daemon, plugin, ...
    QString action;                     // as sent: "start", "exec_start: sh -c ls", "health_status: healthy"
    QString actorId;                    // container or image id, volume or network name
    QMap<QString, QString> attributes;  // labels and name, image, exitCode, ... (numbers as text)
    QString scope;                      // "local" or "swarm"; empty when not sent
    qint64 time = 0;                    // seconds since the epoch
    qint64 timeNano = 0;                // nanoseconds since the epoch (time * 1e9 when not sent)

    // The action without its ": detail" suffix: "exec_start", "health_status".
    QString baseAction() const;
    // The action's detail after ": ", e.g. "healthy"; empty when there is none.
    QString actionDetail() const;
    QString attribute(const QString &key) const { return attributes.value(key); }
    // Actor.Attributes.name: the container, volume or network name, the image reference.
    QString actorName() const { return attributes.value(QStringLiteral("name")); }

    // Decodes one event. Anything that is not such an object (not JSON, wrong member types,
    // no Type or Action, no time, negative or non-integral times) gives nullopt and, when
    // error is given, a message naming the member. Never throws or asserts, whatever the input.
    static std::optional<EngineEvent> fromJson(const QJsonObject &object, QString *error = nullptr);
    static std::optional<EngineEvent> fromJson(const QByteArray &json, QString *error = nullptr);

    // `since` for GET /events that replays from this event on (inclusive), with nanoseconds:
    // "1796193114.306828486", as the docker CLI accepts it.
    static QString sinceValue(qint64 timeNano);

    friend bool operator==(const EngineEvent &a, const EngineEvent &b)
    {
        return a.type == b.type && a.action == b.action && a.actorId == b.actorId && a.attributes == b.attributes
               && a.scope == b.scope && a.time == b.time && a.timeNano == b.timeNano;
    }
    friend bool operator!=(const EngineEvent &a, const EngineEvent &b) { return !(a == b); }
};

} // namespace dx

Q_DECLARE_METATYPE(dx::EngineEvent)
