#pragma once

#include "containers/containeractions.h"
#include "containers/containerfiltermodel.h"

#include <QHash>
#include <QWidget>

class QAction;
class QComboBox;
class QGridLayout;
class QToolBar;
class QKeySequence;
class QLineEdit;

namespace dx {

class AppServices;

// The containers view's bar: Run…, the per-container actions (with shortcuts that work
// anywhere in `host`), the filter field (Ctrl+F) and the state filter.
class ContainersToolBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainersToolBar)

public:
    ContainersToolBar(AppServices *services, QWidget *host, QWidget *parent = nullptr);

    // The actions of the "More" menu (and the list's context menu).
    enum class More { StopAfter, Rename, Commit, Recreate };
    Q_ENUM(More)

    QAction *action(ContainerActions::Action action) const { return m_actions.value(int(action)); }
    QAction *moreAction(More more) const { return m_more.value(int(more)); }
    QAction *moreMenuAction() const { return m_moreMenu; }
    QAction *runAction() const { return m_run; }
    QAction *refreshAction() const { return m_refresh; }
    QLineEdit *filterEdit() const { return m_search; }
    // Which actions make sense for the current selection.
    void setAvailable(bool start, bool stop, bool pause, bool unpause, bool any);
    // One container is selected and idle: it can be renamed, committed, recreated.
    void setSingleAvailable(bool single);

signals:
    void actionTriggered(dx::ContainerActions::Action action);
    void removeRequested();
    void moreRequested(dx::ContainersToolBar::More more);
    void runRequested();
    void refreshRequested();
    void filterTextChanged(const QString &text);
    void stateFilterChanged(dx::ContainerFilterModel::StateFilter state);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(bool twoRows);

    QAction *makeAction(const QString &icon, const char *text, const QKeySequence &shortcut, const char *tip);

    AppServices *m_services;
    QWidget *m_host;
    QLineEdit *m_search;
    QComboBox *m_stateFilter;
    QToolBar *m_tools = nullptr;
    QGridLayout *m_layout = nullptr;
    bool m_twoRows = false;
    QHash<int, QAction *> m_actions;
    QHash<int, QAction *> m_more;
    QAction *m_moreMenu = nullptr;
    QAction *m_run = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace dx
