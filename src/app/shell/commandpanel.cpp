#include "commandpanel.h"

#include "api/commandrecord.h"
#include "appservices.h"
#include "iconprovider.h"
#include "session/commandlogmodel.h"
#include "session/enginesession.h"
#include "zoom.h"
#include "language.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QListView>
#include <QPalette>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace dx {

// Shows the log's rows as terminal lines with an outcome icon; hides plumbing unless asked.
class CommandListProxy final : public QSortFilterProxyModel
{
public:
    CommandListProxy(IconProvider *icons, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_icons(icons)
    {
    }

    void setShowInternal(bool show)
    {
        m_showInternal = show;
        invalidateRowsFilter();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto state = CommandRecord::State(QSortFilterProxyModel::data(index, CommandLogModel::StateRole).toInt());
        const bool internal = QSortFilterProxyModel::data(index, CommandLogModel::InternalRole).toBool();
        switch (role) {
        case Qt::DisplayRole: {
            QString line = QStringLiteral("$ ") + QSortFilterProxyModel::data(index, CommandLogModel::CliRole).toString();
            if (internal)
                line += QLatin1String("   ") + QCoreApplication::translate("dx::CommandPanel", "(internal)");
            if (state == CommandRecord::State::Failed) {
                line += QLatin1String("\n  ") + QCoreApplication::translate("dx::CommandPanel", "failed: %1")
                            .arg(QSortFilterProxyModel::data(index, CommandLogModel::MessageRole).toString());
            }
            return line;
        }
        case Qt::DecorationRole:
            switch (state) {
            case CommandRecord::State::Running: return m_icons->icon(QStringLiteral("history"));
            case CommandRecord::State::Done: return m_icons->icon(QStringLiteral("ok"));
            case CommandRecord::State::Failed: return m_icons->icon(QStringLiteral("error"));
            case CommandRecord::State::Cancelled: return m_icons->icon(QStringLiteral("cancel"));
            }
            return {};
        case Qt::ForegroundRole:
            if (internal)
                return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
            return {};
        case Qt::AccessibleTextRole: {
            static const char *const states[] = {QT_TRANSLATE_NOOP("dx::CommandPanel", "running"),
                                                 QT_TRANSLATE_NOOP("dx::CommandPanel", "done"),
                                                 QT_TRANSLATE_NOOP("dx::CommandPanel", "failed"),
                                                 QT_TRANSLATE_NOOP("dx::CommandPanel", "cancelled"),
                                                 QT_TRANSLATE_NOOP("dx::CommandPanel", "logged")};
            return QString(data(index, Qt::DisplayRole).toString() + QLatin1String(", ")
                           + QCoreApplication::translate("dx::CommandPanel", states[int(state)]));
        }
        default:
            return QSortFilterProxyModel::data(index, role);
        }
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return m_showInternal
            || !sourceModel()->index(row, 0, parent).data(CommandLogModel::InternalRole).toBool();
    }

private:
    IconProvider *m_icons;
    bool m_showInternal = false;
};

CommandPanel::CommandPanel(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListView(this))
    , m_proxy(new CommandListProxy(services->icons(), this))
    , m_showInternal(new QCheckBox(this))
    , m_column(new QWidget(this))
    , m_titleTools(new QWidget(this))
    , m_internalButton(new QToolButton(m_titleTools))
{
    CommandLogModel *log = services->session()->commandLog();
    m_proxy->setSourceModel(log);
    m_list->setModel(m_proxy);
    m_list->setObjectName(QStringLiteral("commandList"));
    m_list->setFont(Zoom::fixedFont());
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setMinimumHeight(3 * m_list->fontMetrics().lineSpacing()); // the dock may get short on a small screen
    m_showInternal->setObjectName(QStringLiteral("showInternal"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addWidget(m_showInternal);
    layout->addLayout(left);

    // Copy and Clear beside the list; short of height, they and the option go into the
    // dock's title bar (titleTools()), so the list keeps its rows.
    auto *buttons = new QVBoxLayout(m_column);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto *titleLayout = new QHBoxLayout(m_titleTools);
    titleLayout->setContentsMargins(0, 0, 6, 0);
    titleLayout->setSpacing(2);
    IconProvider *icons = services->icons();
    QList<QToolButton *> copies, clears;
    for (QBoxLayout *row : {static_cast<QBoxLayout *>(buttons), static_cast<QBoxLayout *>(titleLayout)}) {
        auto *copy = new QToolButton(row == buttons ? m_column : m_titleTools);
        copy->setIcon(icons->icon(QStringLiteral("copy")));
        connect(copy, &QToolButton::clicked, this, &CommandPanel::copySelected);
        auto *clear = new QToolButton(copy->parentWidget());
        clear->setIcon(icons->icon(QStringLiteral("clear")));
        connect(clear, &QToolButton::clicked, log, &CommandLogModel::clear);
        row->addWidget(copy);
        row->addWidget(clear);
        copies << copy;
        clears << clear;
    }
    for (QToolButton *button : m_titleTools->findChildren<QToolButton *>())
        button->setAutoRaise(true);
    m_internalButton->setObjectName(QStringLiteral("showInternalButton"));
    m_internalButton->setIcon(icons->icon(QStringLiteral("engine")));
    m_internalButton->setCheckable(true);
    m_internalButton->setAutoRaise(true);
    connect(m_internalButton, &QToolButton::toggled, this, &CommandPanel::setShowInternal);
    titleLayout->addWidget(m_internalButton);
    buttons->addStretch();
    layout->addWidget(m_column);
    m_titleTools->hide();
    retranslate(this, [this, copies, clears] {
        m_showInternal->setText(tr("Show internal requests"));
        m_showInternal->setToolTip(tr("Also list what the app asks the engine by itself: refreshes, helper containers"));
        for (QToolButton *copy : copies)
            copy->setToolTip(tr("Copy the selected commands"));
        for (QToolButton *clear : clears)
            clear->setToolTip(tr("Clear the list"));
        m_internalButton->setToolTip(tr("Show internal requests: also list what the app asks the engine by itself "
                                        "(refreshes, helper containers)"));
    });

    // Views that do not go through the typed API yet still log what they do this way.
    connect(m_showInternal, &QCheckBox::toggled, this, &CommandPanel::setShowInternal);
    connect(m_list, &QListView::doubleClicked, this, &CommandPanel::copySelected);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_list, &QListView::scrollToBottom);
}

void CommandPanel::setCompact(bool compact)
{
    m_showInternal->setVisible(!compact);
    m_column->setVisible(!compact);
    m_titleTools->setVisible(compact);
}

void CommandPanel::setShowInternal(bool show)
{
    m_showInternal->setChecked(show);
    m_internalButton->setChecked(show);
    m_proxy->setShowInternal(show);
}

void CommandPanel::copySelected()
{
    QStringList commands;
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &row : std::as_const(rows))
        commands << row.data(CommandLogModel::CliRole).toString();
    if (!commands.isEmpty())
        QApplication::clipboard()->setText(commands.join(QLatin1Char('\n')));
}

} // namespace dx
