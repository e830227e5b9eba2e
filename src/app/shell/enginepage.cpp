#include "enginepage.h"

#include "appservices.h"
#include "engine/engine.h"
#include "iconprovider.h"
#include "view.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dx {

EnginePage::EnginePage(AppServices *services, View *view, QWidget *parent)
    : QStackedWidget(parent)
    , m_view(view)
    , m_offline(new QWidget(this))
    , m_title(new QLabel(m_offline))
    , m_reason(new QLabel(m_offline))
    , m_hint(new QLabel(m_offline))
{
    auto *layout = new QVBoxLayout(m_offline);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(12);
    layout->addStretch(2);
    auto *icon = new QLabel(m_offline);
    icon->setPixmap(services->icons()->icon(QStringLiteral("engine-offline")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    for (QLabel *label : {m_title, m_reason, m_hint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    m_reason->setObjectName(QStringLiteral("offlineReason"));
    auto *retry = new QPushButton(services->icons()->icon(QStringLiteral("connect")), tr("Connect to an engine…"), m_offline);
    retry->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(retry, &QPushButton::clicked, this, &EnginePage::connectRequested);
    layout->addWidget(retry, 0, Qt::AlignCenter);
    layout->addStretch(3);

    addWidget(m_view);
    addWidget(m_offline);
    connect(services->engine(), &Engine::infoChanged, this, &EnginePage::update);
    update(services->engine()->info());
}

void EnginePage::update(const EngineInfo &info)
{
    if (info.isConnected()) {
        setCurrentWidget(m_view);
        return;
    }
    setCurrentWidget(m_offline);
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
                       "or Podman's API service (<code>podman system service</code>), or choose another engine. "
                       "Docker Explorer notices by itself when the engine comes back. "
                       "The Dockerfile editor keeps working meanwhile."));
}

} // namespace dx
