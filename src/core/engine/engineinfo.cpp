#include "engineinfo.h"

#include <QCoreApplication>

namespace dx {

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
