#include "enginemenu.h"

#include "appservices.h"
#include "engine/enginelauncher.h"
#include "engine/podmanservice.h"
#include "iconprovider.h"
#include "settings.h"
#include "language.h"

namespace dx {

EngineMenu::EngineMenu(AppServices *services, QWidget *parent)
    : QMenu(parent)
    , m_services(services)
{
    setToolTipsVisible(true);
    IconProvider *icons = services->icons();
    QAction *choose = addAction(icons->icon(QStringLiteral("connect")), QString());
    choose->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(choose, &QAction::triggered, this, &EngineMenu::connectRequested);
    addSeparator();
    m_start = addAction(icons->icon(QStringLiteral("start")), QString());
    m_stop = addAction(icons->icon(QStringLiteral("stop")), QString());
    QAction *automatic = addAction(QString());
    retranslate(this, [this, choose, automatic] {
        setTitle(tr("&Engine"));
        choose->setText(tr("&Connect to…"));
        m_start->setText(tr("&Start Podman"));
        m_start->setToolTip(tr("Run Podman's Docker-compatible API service and connect to it"));
        m_stop->setText(tr("S&top Podman"));
        m_stop->setToolTip(tr("End the Podman service Docker Explorer started (its containers keep running)"));
        automatic->setText(tr("Start Podman When No Engine &Answers"));
        if (m_services->launcher())
            updateActions();
    });
    automatic->setCheckable(true);
    automatic->setChecked(Settings::startPodman.get());

    EngineLauncher *launcher = services->launcher();
    if (!launcher) {
        for (QAction *a : {m_start, m_stop, automatic})
            a->setEnabled(false);
        return;
    }
    connect(m_start, &QAction::triggered, launcher, &EngineLauncher::startPodman);
    connect(m_stop, &QAction::triggered, launcher, &EngineLauncher::stopPodman);
    connect(automatic, &QAction::toggled, this, [launcher](bool on) {
        Settings::startPodman.set(on);
        launcher->setAutoStartPodman(on);
    });
    connect(launcher->podman(), &PodmanService::stateChanged, this, &EngineMenu::updateActions);
    connect(launcher->podman(), &PodmanService::programKnown, this, &EngineMenu::updateActions);
    updateActions();
}

void EngineMenu::updateActions()
{
    const PodmanService *podman = m_services->launcher()->podman();
    m_start->setEnabled(podman->isInstalled() && !podman->isUp() && podman->state() != PodmanService::State::Starting);
    m_stop->setEnabled(podman->ownsProcess());
    if (!podman->isInstalled())
        m_start->setToolTip(tr("Podman is not installed (sudo apt-get install podman)"));
    else if (podman->state() == PodmanService::State::Reused)
        m_start->setToolTip(tr("Podman runs already, started by another Docker Explorer"));
}

} // namespace dx
