#pragma once

#include "endpoint.h"

#include <QList>
#include <QString>

namespace dx {

// What one quick look at an engine found: whether it answers /_ping, and what it is.
struct ProbeResult
{
    bool checked = false;   // false for ssh endpoints: a tunnel opens only when chosen
    bool answers = false;
    bool podman = false;
    QString product;        // "Docker Engine", "Podman"
    QString version;        // from the ping's Server header, e.g. 20.10.24 or 4.3.1
    QString apiVersion;     // the engine's API-Version header
    QString error;          // why it does not answer, for the user

    // "Podman 4.3.1", "Docker Engine 20.10.24", "No answer", "Not checked".
    QString stateText() const;
};

// One place an engine may be: where it is reached, how it was found, the choice that
// connects to it (see EndpointResolver::fromChoice) and what the probe found there.
struct EngineCandidate
{
    Endpoint endpoint;
    QString choice;         // "", "context:NAME", "unix:///…", "podman:"
    QString source;         // "DOCKER_HOST", "Docker context ci", "Podman (rootless)", …
    bool startedByApp = false;
    ProbeResult probe;
};

// Blocking checks: call them on a worker thread, never on the GUI thread.
class EngineProbe final
{
public:
    // GET /_ping with a short timeout.
    static ProbeResult ping(const Endpoint &endpoint, int timeoutMs = 1500);

    // Every place the docker CLI or Podman would look: DOCKER_HOST, the docker contexts, the
    // default Docker and Podman sockets (rootful, rootless), and the Podman service Docker
    // Explorer starts. Not probed yet; duplicates (the same address found twice) are dropped.
    static QList<EngineCandidate> candidates(const EndpointResolver &resolver);
    // Of those, the local sockets Docker and Podman listen on by default, in the CLI's order.
    static QList<EngineCandidate> socketCandidates(const EndpointResolver &resolver);
    // Probes all of them at once (in parallel) and returns them in the same order.
    static QList<EngineCandidate> probeAll(QList<EngineCandidate> candidates, int timeoutMs = 1500);
};

} // namespace dx
