#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace dx {

// One message of GET /events, decoded once (Engine::event) for every store and view.
struct EngineEvent
{
    QString type;    // container, image, volume, network, daemon, plugin, builder, ...
    QString action;  // as sent: "start", "health_status: healthy", "exec_start: sh"
    QString actorId; // container/image id, volume or network name/id
    QMap<QString, QString> attributes; // Actor.Attributes: name, image, labels, exitCode, ...
    QString scope;   // local, swarm
    qint64 time = 0; // seconds since the epoch
    qint64 timeNano = 0;

    // The action without its ": detail" suffix ("health_status").
    QString baseAction() const;
    QString attribute(const QString &key) const { return attributes.value(key); }

    // nullopt (with `error` set) for anything that is not an event object: a missing or
    // mistyped Type/Action/Actor never reaches a store.
    static std::optional<EngineEvent> fromJson(const QJsonObject &object, QString *error = nullptr);
    static std::optional<EngineEvent> fromJson(const QByteArray &line, QString *error = nullptr);
};

} // namespace dx

Q_DECLARE_METATYPE(dx::EngineEvent)
