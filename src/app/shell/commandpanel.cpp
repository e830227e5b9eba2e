#include "commandpanel.h"

#include "appservices.h"
#include "iconprovider.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QListWidget>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace dx {

CommandPanel::CommandPanel(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);

    auto *buttons = new QVBoxLayout;
    auto *copy = new QToolButton(this);
    copy->setIcon(services->icons()->icon(QStringLiteral("copy")));
    copy->setToolTip(tr("Copy the selected commands"));
    connect(copy, &QToolButton::clicked, this, &CommandPanel::copySelected);
    auto *clear = new QToolButton(this);
    clear->setIcon(services->icons()->icon(QStringLiteral("clear")));
    clear->setToolTip(tr("Clear the list"));
    connect(clear, &QToolButton::clicked, m_list, &QListWidget::clear);
    buttons->addWidget(copy);
    buttons->addWidget(clear);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(services, &AppServices::commandLogged, this, &CommandPanel::append);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &CommandPanel::copySelected);
}

void CommandPanel::append(const QString &command, const QString &description)
{
    auto *item = new QListWidgetItem(QStringLiteral("$ ") + command, m_list);
    item->setData(Qt::UserRole, command);
    item->setToolTip(QTime::currentTime().toString(Qt::ISODate) + QStringLiteral("  ") + description);
    // Bounded: a long demo session must not grow this forever.
    while (m_list->count() > 500)
        delete m_list->takeItem(0);
    m_list->scrollToBottom();
}

void CommandPanel::copySelected()
{
    QStringList commands;
    const auto items = m_list->selectedItems();
    for (const QListWidgetItem *item : items)
        commands << item->data(Qt::UserRole).toString();
    if (!commands.isEmpty())
        QApplication::clipboard()->setText(commands.join(u'\n'));
}

} // namespace dx
