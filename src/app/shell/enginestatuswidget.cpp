#include "enginestatuswidget.h"

#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>

namespace dx {

EngineStatusWidget::EngineStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    m_dot->setFixedSize(10, 10);
    m_text->setObjectName(QStringLiteral("engineStatusText"));
}

void EngineStatusWidget::setInfo(const EngineInfo &info)
{
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
    setToolTip(tip);
}

} // namespace dx
