#pragma once

#include "endpoint.h"
#include "engineinfo.h"

#include <QObject>
#include <QString>

namespace dx {

class Engine;
class PodmanService;

// Connects the engine to what the user chose, and makes "automatic" mean a working engine:
// when nothing answers where the docker CLI would look, it looks at the other local sockets
// (Docker's and Podman's, rootful and rootless), then for a Podman service another Docker
// Explorer runs, and otherwise starts Podman itself (when installed and allowed).
class EngineLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineLauncher)

public:
    EngineLauncher(Engine *engine, PodmanService *podman, QObject *parent = nullptr);

    PodmanService *podman() const { return m_podman; }
    // Whether "automatic" may start Podman when no engine answers (a setting; on by default).
    void setAutoStartPodman(bool on) { m_autoStart = on; }
    bool autoStartPodman() const { return m_autoStart; }

    // "" (automatic), "podman:" (our Podman service), or anything EndpointResolver::fromChoice takes.
    void connectToChoice(const QString &choice);
    QString choice() const { return m_choice; }
    // Looking for another engine or starting Podman: the engine's state is about to change.
    bool isBusy() const;
    // Asked for by the user: start (or find) the Podman service and connect to it.
    void startPodman();
    // Ends the service this instance runs; the engine then has nothing to talk to.
    void stopPodman();

signals:
    // What the launcher is doing or why it could not, for the status bar and the offline page.
    void message(const QString &text);

private:
    void onEngineInfo(const EngineInfo &info);
    void lookElsewhere();
    void onPodmanReady(const Endpoint &endpoint);
    void onPodmanFailed(const QString &error);

    Engine *m_engine;
    PodmanService *m_podman;
    QString m_choice;
    bool m_autoStart = true;
    bool m_looked = false;        // this choice's "look elsewhere" already ran
    bool m_looking = false;       // ... and has not answered yet
    bool m_wantPodman = false;    // connect when the service is ready
    quint64 m_generation = 0;
};

} // namespace dx
