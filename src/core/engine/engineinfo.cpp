#include "engineinfo.h"

#include <QCoreApplication>

namespace dx {

PingIdentity PingIdentity::fromHeaders(const QByteArray &server, bool libpodHeader)
{
    PingIdentity id;
    id.podman = libpodHeader || server.contains("Libpod");
    id.product = id.podman ? QStringLiteral("Podman") : QCoreApplication::translate("EngineInfo", "Docker Engine");
    const qsizetype slash = server.indexOf('/');
    id.named = slash > 0;
    if (id.named)
        id.version = QString::fromLatin1(server.mid(slash + 1, server.indexOf(' ', slash) - slash - 1));
    return id;
}

QString EngineInfo::stateText() const
{
    switch (state) {
    case State::Connecting:
        return QCoreApplication::translate("EngineInfo", "Connecting…");
    case State::Connected:
        return QCoreApplication::translate("EngineInfo", "Connected");
    case State::Disconnected:
        return QCoreApplication::translate("EngineInfo", "Not connected");
    case State::Incompatible:
        return QCoreApplication::translate("EngineInfo", "Incompatible engine");
    }
    return {};
}

QString EngineInfo::summary() const
{
    if (state != State::Connected)
        return stateText() + QStringLiteral(" · ") + endpoint.displayName();
    if (endpoint.startedByApp) {
        return QCoreApplication::translate("EngineInfo", "%1 %2 (started by Docker Explorer) · API %3 · %4")
            .arg(product, version, apiVersion, endpoint.displayName());
    }
    return QCoreApplication::translate("EngineInfo", "%1 %2 · API %3 · %4")
        .arg(product, version, apiVersion, endpoint.displayName());
}

} // namespace dx
