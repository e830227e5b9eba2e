#pragma once

#include "containers/containeractions.h"
#include "containerstoolbar.h"
#include "shell/view.h"

#include <QHash>

class QAction;
class QLabel;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace dx {

class ContainerDetailsPane;
class ContainerFilterModel;
class ContainerListModel;
class ContainerStore;
class CommitDialog;
class RecreateDialog;
class RenameDialog;
class StopAfterDialog;
class RunDialog;
struct ContainerSummary;

// Every container of the engine: start, stop, remove, run new ones, and look inside the
// selected one (logs, stats, writable-layer changes, inspect). The list is the shared
// ContainerStore's model behind this view's own filter; it follows the engine's events row
// by row.
class ContainersView final : public View
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainersView)

public:
    explicit ContainersView(AppServices *services, QWidget *parent = nullptr);

    bool isLoading() const override;
    void activated() override;
    QList<QAction *> toolBarActions() const override;

    ContainerListModel *model() const { return m_model; }
    ContainerFilterModel *filterModel() const { return m_filter; }
    // The app's own helper containers are listed only when this is on (View > Show Internal Objects).
    void setShowInternal(bool show);
    ContainerStore *store() const { return m_store; }
    ContainerActions *actions() const { return m_actions; }
    QTreeView *list() const { return m_list; }
    ContainerDetailsPane *details() const { return m_details; }
    QAction *action(ContainerActions::Action action) const;
    QAction *moreAction(ContainersToolBar::More more) const;
    QAction *runAction() const;
    QAction *refreshAction() const;
    RunDialog *runDialog() const { return m_runDialog; }
    // The open dialog of a "More" action, or null.
    RenameDialog *renameDialog() const { return m_renameDialog; }
    CommitDialog *commitDialog() const { return m_commitDialog; }
    RecreateDialog *recreateDialog() const { return m_recreateDialog; }
    StopAfterDialog *stopAfterDialog() const { return m_stopAfterDialog; }

    void selectContainer(const QString &id);
    // `docker run -it`: the Terminal tab on the container's main process, with what it printed
    // since its start, as soon as the list shows it running.
    void openTerminalAtStart(const QString &id);
    QStringList selectedIds() const;
    void showMessage(const QString &text);

public slots:
    void openRunDialog();
    // Opens the Run dialog for `image` with a fresh name; `volumeSpec` as in `docker run -v`
    // ("new_volume:/demo[:ro]", or a host folder) replaces the mounts when given.
    void openRunDialogFor(const QString &image, const QString &volumeSpec = {});
    // The "More" actions on the selection: each opens its dialog (non-modal to the app).
    void openRenameDialog();
    void openCommitDialog();
    void openRecreateDialog();
    void openStopAfterDialog();

private:
    void trigger(ContainerActions::Action action);
    void confirmRemove();
    void triggerMore(ContainersToolBar::More more);
    void connectMoreActions();
    const ContainerSummary *singleSelected() const;
    void updateActions();
    void updateDetails();
    void updatePages();
    void onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void showContextMenu(const QPoint &pos);
    QList<const ContainerSummary *> selectedContainers() const;

    ContainerStore *m_store;
    ContainerListModel *m_model;
    ContainerFilterModel *m_filter;
    ContainerActions *m_actions;
    QStackedWidget *m_pages;
    QSplitter *m_splitter;
    QTreeView *m_list;
    ContainerDetailsPane *m_details;
    ContainersToolBar *m_toolBar;
    QLabel *m_liveBanner;
    QWidget *m_messageBar;
    QLabel *m_message;
    QLabel *m_summary;
    RunDialog *m_runDialog = nullptr;
    RenameDialog *m_renameDialog = nullptr;
    CommitDialog *m_commitDialog = nullptr;
    RecreateDialog *m_recreateDialog = nullptr;
    StopAfterDialog *m_stopAfterDialog = nullptr;
    QString m_pendingSelect;
};

} // namespace dx
