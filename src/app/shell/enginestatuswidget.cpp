#include "enginestatuswidget.h"

#include "theme.h"
#include "language.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace dx {

EngineStatusWidget::EngineStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_text(new QLabel(this))
    , m_warningIcon(new QLabel(this))
    , m_warningText(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    m_dot->setFixedSize(10, 10);
    m_text->setObjectName(QStringLiteral("engineStatusText"));
    layout->addWidget(m_warningIcon);
    layout->addWidget(m_warningText);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    m_warningIcon->setObjectName(QStringLiteral("engineSecurityIcon"));
    m_warningText->setObjectName(QStringLiteral("engineSecurityWarning"));
    m_warningIcon->hide();
    m_warningText->hide();
    connect(Language::instance(), &Language::changed, this, [this] { setInfo(m_info); });
}

void EngineStatusWidget::setInfo(const EngineInfo &info)
{
    m_info = info;
    QColor color = Theme::warning();
    if (info.state == EngineInfo::State::Connected)
        color = Theme::success();
    else if (info.state != EngineInfo::State::Connecting)
        color = Theme::danger();
    m_dot->setStyleSheet(QStringLiteral("background:%1;border-radius:5px;").arg(color.name()));
    m_text->setText(info.summary());
    QString tip = info.endpoint.displayName();
    if (!info.endpoint.origin.isEmpty())
        tip += tr(" (from %1)").arg(info.endpoint.origin);
    if (info.isConnected()) {
        tip += u'\n' + tr("Engine API %1, client uses %2").arg(info.serverApiVersion, info.apiVersion);
        if (!info.os.isEmpty())
            tip += u'\n' + info.os + u'/' + info.arch + u' ' + info.kernel;
        tip += u'\n' + (info.buildKit ? tr("BuildKit available") : tr("Classic builder only"));
    } else if (!info.message.isEmpty()) {
        tip += u'\n' + info.message;
    }

    // Shown whatever the state: while it reconnects the app still sends the same plain requests.
    const QString warning = info.endpoint.securityWarning();
    m_warningIcon->setVisible(!warning.isEmpty());
    m_warningText->setVisible(!warning.isEmpty());
    m_warningText->setText(warning.isEmpty() ? QString() : tr("Unencrypted: %1").arg(info.endpoint.hostName()));
    m_warningText->setStyleSheet(warning.isEmpty() ? QString() : QStringLiteral("color:%1;").arg(Theme::danger().name()));
    m_warningIcon->setToolTip(warning);
    m_warningText->setToolTip(warning);
    if (!warning.isEmpty())
        tip += u'\n' + warning;
    setToolTip(tip);
}

} // namespace dx
