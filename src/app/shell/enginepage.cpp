#include "enginepage.h"

#include "appservices.h"
#include "engine/engine.h"
#include "engine/enginelauncher.h"
#include "engine/podmanservice.h"
#include "iconprovider.h"
#include "view.h"
#include "language.h"
#include "stackfit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dx {

EnginePage::EnginePage(AppServices *services, View *view, QWidget *parent)
    : QStackedWidget(parent)
    , m_services(services)
    , m_view(view)
    , m_offline(new QWidget(this))
    , m_title(new QLabel(m_offline))
    , m_reason(new QLabel(m_offline))
    , m_launcherMessage(new QLabel(m_offline))
    , m_hint(new QLabel(m_offline))
    , m_startPodman(new QPushButton(services->icons()->icon(QStringLiteral("start")), QString(), m_offline))
{
    auto *layout = new QVBoxLayout(m_offline);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(12);
    layout->addStretch(2);
    auto *icon = new QLabel(m_offline);
    icon->setPixmap(services->icons()->icon(QStringLiteral("engine-offline")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    for (QLabel *label : {m_title, m_reason, m_launcherMessage, m_hint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    m_reason->setObjectName(QStringLiteral("offlineReason"));
    m_launcherMessage->setObjectName(QStringLiteral("launcherMessage"));
    m_startPodman->setObjectName(QStringLiteral("startPodman"));
    auto *retry = new QPushButton(services->icons()->icon(QStringLiteral("connect")), QString(), m_offline);
    connect(Language::instance(), &Language::changed, this, &EnginePage::refresh);
    retranslate(this, [this, retry] {
        m_startPodman->setText(tr("Start Podman"));
        m_startPodman->setToolTip(tr("Run Podman's Docker-compatible API service (podman system service) and connect to it"));
        retry->setText(tr("Connect to an engine…"));
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton *button : {m_startPodman, retry}) {
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    connect(retry, &QPushButton::clicked, this, &EnginePage::connectRequested);
    layout->addLayout(buttons);
    m_startPodman->hide();
    if (EngineLauncher *launcher = services->launcher()) {
        connect(m_startPodman, &QPushButton::clicked, launcher, &EngineLauncher::startPodman);
        connect(launcher, &EngineLauncher::message, m_launcherMessage, &QLabel::setText);
        connect(launcher->podman(), &PodmanService::stateChanged, this, &EnginePage::refresh);
        connect(launcher->podman(), &PodmanService::programKnown, this, &EnginePage::refresh);
    }
    layout->addStretch(3);

    addWidget(m_view);
    addWidget(m_offline);
    sizeToCurrentPage(this);
    connect(services->engine(), &Engine::infoChanged, this, &EnginePage::update);
    update(services->engine()->info());
}

int EnginePage::heightForWidth(int width) const
{
    // QStackedLayout asks every page for its height at a width, the hidden ones too: the tall
    // "no engine answers" page behind a view would make the scrolling page around it taller
    // than the window (and the view's bottom part out of sight). Only the page shown counts.
    const QWidget *page = currentWidget();
    return page ? page->heightForWidth(width) : QStackedWidget::heightForWidth(width);
}

void EnginePage::refresh()
{
    update(m_services->engine()->info());
}

void EnginePage::update(const EngineInfo &info)
{
    if (info.isConnected()) {
        setCurrentWidget(m_view);
        m_launcherMessage->clear();
        return;
    }
    setCurrentWidget(m_offline);
    const EngineLauncher *launcher = m_services->launcher();
    const PodmanService *podman = launcher ? launcher->podman() : nullptr;
    m_startPodman->setVisible(podman && podman->isInstalled() && !podman->isUp());
    m_startPodman->setEnabled(podman && podman->state() != PodmanService::State::Starting);
    if (podman && podman->state() == PodmanService::State::Starting) {
        m_title->setText(tr("<h2>Starting Podman…</h2>"));
        m_reason->setText(podman->endpoint().displayName());
        m_hint->clear();
        return;
    }
    if (info.state == EngineInfo::State::Connecting) {
        m_title->setText(tr("<h2>Connecting to the engine…</h2>"));
        m_reason->setText(info.endpoint.displayName());
        m_hint->clear();
        return;
    }
    m_title->setText(info.state == EngineInfo::State::Incompatible ? tr("<h2>This engine cannot be used</h2>")
                                                                    : tr("<h2>No Docker engine answers</h2>"));
    m_reason->setText(info.message);
    m_hint->setText(tr("Start Docker (for example <code>sudo dockerd &amp;</code> or <code>sudo service docker start</code>), "
                       "or Podman (the button starts its API service for as long as Docker Explorer runs), or choose another engine. "
                       "Docker Explorer notices by itself when the engine comes back. "
                       "The Dockerfile editor keeps working meanwhile."));
}

} // namespace dx
