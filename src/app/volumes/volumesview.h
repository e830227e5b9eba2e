#pragma once

#include "shell/view.h"

#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace dx {

class VolumeActions;
class VolumeBackupJob;
class VolumeBrowser;
class VolumeListModel;
class VolumeStore;

// Every volume with driver, users and size; create, remove (refused while in use), prune
// (showing exactly what goes), export to / import from a tar file and clone (with progress
// and cancel), and a browser for the files of one volume.
class VolumesView final : public View
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumesView)

public:
    explicit VolumesView(AppServices *services, QWidget *parent = nullptr);
    ~VolumesView() override;

    bool isLoading() const override;
    void activated() override;
    QList<QAction *> toolBarActions() const override;

    VolumeStore *store() const { return m_store; }
    VolumeListModel *model() const { return m_model; }
    VolumeBrowser *browser() const { return m_browser; }
    QTableView *table() const { return m_table; }
    QString messageText() const;
    // Asked before anything is destroyed; tests replace the dialog.
    void setConfirmation(const std::function<bool(const QString &title, const QString &text)> &confirm)
    {
        m_confirm = confirm;
    }

    bool selectVolume(const QString &name);
    QString selectedVolume() const;
    void browseSelected();
    void removeSelected();
    void pruneUnused();
    void showList();

    // Backups, one at a time (the dialogs come first in the on...Clicked slots). Import asks
    // with the confirmation before it overwrites a volume that holds files.
    void exportVolume(const QString &volume, const QString &file);
    void importArchive(const QString &file, const QString &volume, bool overwrite = false);
    void cloneVolume(const QString &source, const QString &target);
    void cancelBackup();
    bool isBackupRunning() const { return !m_backup.isNull(); }

signals:
    void backupProgress(qint64 done, qint64 total); // total -1: unknown
    void backupFinished(bool ok, const QString &message);

public slots:
    // Opens the Create Volume dialog (window-modal, it does not block), prefilled with `name`.
    void openCreateDialog(const QString &name = {});
    // Selects the volume and opens its file browser; false when there is no such volume (yet).
    bool browseVolume(const QString &name);

private:
    void onConnected(bool connected);
    void showMessage(const QString &text, bool error = false);
    void updateActions();
    void updateEmptyState();
    void onStaleChanged(bool stale);
    void setUpBackupActions();
    void onExportClicked();
    void onImportClicked();
    void onCloneClicked();
    void startBackup(VolumeBackupJob *job);

    VolumeStore *m_store;
    VolumeListModel *m_model;
    VolumeActions *m_actions;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_message;
    VolumeBrowser *m_browser;
    QAction *m_create;
    QAction *m_browse;
    QAction *m_remove;
    QAction *m_prune;
    QAction *m_refresh;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QAction *m_clone = nullptr;
    QWidget *m_backupBar = nullptr;
    QLabel *m_backupLabel = nullptr;
    QProgressBar *m_backupProgress = nullptr;
    QPushButton *m_backupCancel = nullptr;
    QPointer<VolumeBackupJob> m_backup;
    std::function<bool(const QString &, const QString &)> m_confirm;
    QString m_selectWhenListed; // made by the Create dialog, not listed yet
    bool m_cleanedUp = false;
};

} // namespace dx
