#pragma once

#include <QObject>

namespace dx {

class CommandLogModel;
class ContainerStore;
class DockerApi;
class Engine;
class ImageStore;
class NetworkStore;
class VolumeStore;

// Everything that talks to one engine, created once and shared by every view: the typed API,
// the Docker Commands log and one live store per kind of object. Widgets-free, so tests and
// benchmarks build the same thing headless.
class EngineSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineSession)

public:
    explicit EngineSession(Engine *engine, QObject *parent = nullptr);
    ~EngineSession() override;

    Engine *engine() const { return m_engine; }
    DockerApi *api() const { return m_api; }
    CommandLogModel *commandLog() const { return m_commandLog; }
    NetworkStore *networks() const { return m_networks; }
    ImageStore *images() const { return m_images; }
    VolumeStore *volumes() const { return m_volumes; }
    ContainerStore *containers() const { return m_containers; }

    // The orderly end: cancels long jobs and waits, at most `timeoutMs`, for them and for
    // requests that must still reach the engine (helper containers being removed).
    bool shutdown(int timeoutMs);

private:
    Engine *m_engine;
    DockerApi *m_api;
    CommandLogModel *m_commandLog;
    NetworkStore *m_networks;
    ImageStore *m_images;
    ContainerStore *m_containers;
    VolumeStore *m_volumes; // after m_containers: it reads who uses a volume from there
};

} // namespace dx
