#include "messagebar.h"

#include "shell/theme.h"
#include "shell/language.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace dx {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("messageBar"));
    m_layout->setContentsMargins(12, 6, 6, 6);
    m_layout->setSpacing(8);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_label, 1);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    retranslate(close, [close] { close->setToolTip(tr("Close this message")); });
    m_layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &MessageBar::clear);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_kind = kind;
    const QColor base = kind == Kind::Error ? Theme::danger() : kind == Kind::Warning ? Theme::warning() : Theme::accent();
    QColor background = base;
    background.setAlpha(40);
    setStyleSheet(QStringLiteral("QFrame#messageBar { background: %1; border: 1px solid %2; border-radius: 6px; }")
                      .arg(background.name(QColor::HexArgb), base.name()));
    m_label->setText(text);
    show();
}

QPushButton *MessageBar::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_layout->insertWidget(m_layout->count() - 1, button);
    m_buttons << button;
    return button;
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void MessageBar::clear()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_label->clear();
    hide();
}

} // namespace dx
