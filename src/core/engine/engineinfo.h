#pragma once

#include "endpoint.h"

#include <QMetaType>
#include <QString>

namespace dx {

// What the status bar shows: which engine, how it is reached, and whether it answers.
// What an engine's /_ping answer says about it: "Server: Docker/20.10.24 (linux)",
// "Server: Libpod/4.3.1 (linux)" or a Libpod-API-Version header. Enough to work with until
// /version answers.
struct PingIdentity
{
    bool podman = false;
    bool named = false;       // the Server header has a product/version
    QString product;          // "Podman", "Docker Engine"
    QString version;          // "20.10.24", "4.3.1"

    static PingIdentity fromHeaders(const QByteArray &server, bool libpodHeader);
};

struct EngineInfo
{
    enum class State { Connecting, Connected, Disconnected, Incompatible };

    State state = State::Connecting;
    Endpoint endpoint;
    QString product;          // "Docker Engine", "Podman"
    bool podman = false;
    QString version;          // engine version, e.g. 20.10.24
    QString apiVersion;       // negotiated, used in every request path
    QString serverApiVersion;
    QString minApiVersion;
    QString os;
    QString arch;
    QString kernel;
    bool buildKit = false;    // POST /build?version=2 is available
    QString message;          // why not connected, for the user

    bool isConnected() const { return state == State::Connected; }
    QString stateText() const;
    QString summary() const;  // "Docker Engine 20.10.24 · API 1.41 · unix:///var/run/docker.sock"
};

} // namespace dx

Q_DECLARE_METATYPE(dx::EngineInfo)
