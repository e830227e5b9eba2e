#include "enginelauncher.h"

#include "engine.h"
#include "engineprobe.h"
#include "podmanservice.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace dx {

namespace {

// The first local engine that answers where the docker CLI would look next: the default
// Docker socket, then Podman's rootful and rootless ones. With DOCKER_HOST set the CLI looks
// nowhere else, and neither do we. Our own Podman service is PodmanService's business.
struct Look
{
    EngineCandidate found;
    QString podman; // the podman executable, empty when not installed
};

Look findAnswering()
{
    Look look;
    look.podman = PodmanService::findProgram();
    const EndpointResolver resolver;
    if (resolver.hasHostVariable())
        return look;
    const QList<EngineCandidate> probed = EngineProbe::probeAll(EngineProbe::socketCandidates(resolver), 1500);
    for (const EngineCandidate &c : probed) {
        if (c.probe.answers) {
            look.found = c;
            break;
        }
    }
    return look;
}

} // namespace

EngineLauncher::EngineLauncher(Engine *engine, PodmanService *podman, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_podman(podman)
{
    connect(m_engine, &Engine::infoChanged, this, &EngineLauncher::onEngineInfo);
    connect(m_podman, &PodmanService::ready, this, &EngineLauncher::onPodmanReady);
    connect(m_podman, &PodmanService::failed, this, &EngineLauncher::onPodmanFailed);
}

void EngineLauncher::connectToChoice(const QString &choice)
{
    ++m_generation;
    m_choice = choice;
    m_looked = false;
    m_looking = false;
    m_wantPodman = false;
    if (choice == Endpoint::podmanServiceChoice()) {
        startPodman();
        return;
    }
    m_engine->connectToChoice(choice);
}

bool EngineLauncher::isBusy() const
{
    return m_looking || m_podman->state() == PodmanService::State::Starting;
}

void EngineLauncher::startPodman()
{
    m_wantPodman = true;
    if (!m_podman->isUp())
        emit message(tr("Starting Podman…"));
    m_podman->start();
}

void EngineLauncher::stopPodman()
{
    m_wantPodman = false;
    m_podman->stop();
    emit message(tr("The Podman service was stopped."));
}

void EngineLauncher::onEngineInfo(const EngineInfo &info)
{
    if (info.state != EngineInfo::State::Disconnected)
        return;
    // The instance whose service we used has quit (and its service with it): run our own.
    if (info.endpoint.startedByApp && m_wantPodman && m_podman->state() == PodmanService::State::Reused) {
        emit message(tr("The Podman service of the other Docker Explorer has ended; starting one of our own…"));
        m_podman->stop();
        startPodman();
        return;
    }
    if (!m_choice.isEmpty() || m_looked || m_wantPodman)
        return;
    m_looked = true;
    lookElsewhere();
}

void EngineLauncher::lookElsewhere()
{
    const quint64 generation = m_generation;
    m_looking = true;
    auto *watcher = new QFutureWatcher<Look>(this);
    connect(watcher, &QFutureWatcher<Look>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_looking = false;
        const Look look = watcher->result();
        m_podman->setFoundProgram(look.podman);
        if (generation != m_generation || m_engine->isConnected())
            return; // the user chose something else meanwhile, or the engine came back
        const EngineCandidate &found = look.found;
        if (found.probe.answers) {
            Endpoint endpoint = found.endpoint;
            endpoint.origin = found.source;
            m_engine->connectTo(endpoint);
            return;
        }
        if (!m_podman->isInstalled()) {
            emit message(tr("No engine answers, and Podman is not installed."));
            return;
        }
        if (!m_autoStart) {
            emit message(tr("No engine answers. Podman is installed: Engine → Start Podman."));
            return;
        }
        startPodman();
    });
    watcher->setFuture(QtConcurrent::run(&findAnswering));
}

void EngineLauncher::onPodmanReady(const Endpoint &endpoint)
{
    if (!m_wantPodman)
        return;
    if (m_engine->info().endpoint.socketPath == endpoint.socketPath && m_engine->isConnected())
        return;
    m_engine->connectTo(endpoint);
    emit message(m_podman->state() == PodmanService::State::Reused
                     ? tr("Using Podman %1, started by another Docker Explorer.").arg(m_podman->version())
                     : tr("Podman %1 started.").arg(m_podman->version()));
}

void EngineLauncher::onPodmanFailed(const QString &error)
{
    emit message(error);
}

} // namespace dx
