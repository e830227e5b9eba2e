#include "docktitlebar.h"

#include "iconprovider.h"
#include "zoom.h"
#include "language.h"

#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace dx {

DockTitleBar::DockTitleBar(QDockWidget *dock, IconProvider *icons)
    : QWidget(dock)
    , m_dock(dock)
    , m_icons(icons)
    , m_title(new QLabel(dock->windowTitle(), this))
    , m_float(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(dock->objectName() + QStringLiteral("Title"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_float->setObjectName(QStringLiteral("dockFloat"));
    m_float->setAutoRaise(true);
    m_close->setObjectName(QStringLiteral("dockClose"));
    m_close->setAutoRaise(true);
    retranslate(this, [this] {
        m_float->setToolTip(tr("Detach (or dock again)"));
        m_close->setToolTip(tr("Close"));
    });
    for (QToolButton *button : {m_float, m_close})
        button->setFocusPolicy(Qt::NoFocus);
    Zoom::setIconSize(m_float, QSize(14, 14));
    Zoom::setIconSize(m_close, QSize(14, 14));
    refreshIcons();
    connect(m_float, &QToolButton::clicked, dock, [dock] { dock->setFloating(!dock->isFloating()); });
    connect(m_close, &QToolButton::clicked, dock, &QDockWidget::close);
    connect(dock, &QDockWidget::windowTitleChanged, m_title, &QLabel::setText);

    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(6, 2, 2, 2);
    m_layout->setSpacing(2);
    m_layout->addWidget(m_title, 1);
    m_layout->addWidget(m_float);
    m_layout->addWidget(m_close);
}

void DockTitleBar::addTools(QWidget *tools)
{
    m_layout->insertWidget(m_layout->indexOf(m_float), tools);
}

void DockTitleBar::refreshIcons()
{
    m_float->setIcon(m_icons->icon(QStringLiteral("undock")));
    m_close->setIcon(m_icons->icon(QStringLiteral("close")));
}

} // namespace dx
