#pragma once

#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QProgressBar;
class QTreeView;
class QToolBar;

namespace dx {

class AppServices;
class DockerApi;
class FileViewer;
class Job;
class VolumeFileReader;
class VolumeHelper;
class VolumeStore;
class VolumeTransfer;
class VolumeTreeLoader;
class VolumeTreeModel;
struct FilePreview;

// The files of one volume: a tree (name, size, mode, modified, link target) and a file view.
// Access goes through a helper container (see VolumeHelper), or straight to the volume's
// folder when the engine is local and the folder is readable by us. The tree is listed folder
// by folder, metadata only: the top when the volume opens, a folder when it is expanded.
// Docker has no file-change events, so while a container that mounts this volume runs
// (VolumeStore knows), the folders the tree shows open are listed again every 2 s; such a
// container starting or stopping refreshes at once. Listings, file reads and transfers are
// Jobs: one of each at a time, and what the user asked for is one command in the Docker
// Commands panel.
class VolumeBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeBrowser)

public:
    static constexpr int PollIntervalMs = 2000;

    explicit VolumeBrowser(AppServices *services, QWidget *parent = nullptr);
    ~VolumeBrowser() override;

    void openVolume(const QString &name, const QString &mountpoint);
    // Releases the helper; `done` runs once the engine removed it (the volume may go then).
    void closeVolume(const std::function<void()> &done = {});
    QString volumeName() const { return m_volume; }
    QString helperId() const { return m_helperId; }
    bool isLocal() const { return m_local; }
    bool isLoading() const;
    bool isTransferring() const;
    void setForceRemote(bool on) { m_forceRemote = on; }
    // Lists through the archive endpoint even when the helper runs the lister (benchmarks
    // and tests compare the two).
    void setArchiveListing(bool on) { m_archiveListing = on; }
    // Asked before anything is overwritten; tests replace the dialog.
    void setOverwriteQuestion(const std::function<bool(const QStringList &names)> &ask) { m_askOverwrite = ask; }

    VolumeHelper *helper() const { return m_helper; }
    VolumeTreeModel *model() const { return m_model; }
    FileViewer *fileViewer() const { return m_viewer; }
    QTreeView *treeView() const { return m_tree; }
    QString statusText() const;

    void refresh();                         // F5: every listed folder and the open file
    void openFile(const QString &path);
    void uploadPaths(const QStringList &localPaths, const QString &volumeDir);
    void downloadTo(const QString &volumePath, const QString &targetDir);
    void createFolder(const QString &parentDir, const QString &name);
    void cancelTransfer();
    // Lists every folder of the volume and expands them all once listed (treeLoaded()):
    // what the screenshot mode and the tests wait for.
    void expandAll();

signals:
    void backRequested();
    void helperReady();
    void treeLoaded(bool complete);
    void fileShown(const QString &path);
    void fileFailed(const QString &message);
    void transferFinished(bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupActions();
    // Lists `dirs` ("" = the top; everything below them with `recursive`). A listing still
    // running is superseded, and its folders are listed by the new one. `byUser`: the user
    // asked (open, F5), so it is their command; polling is plumbing.
    void listFolders(QStringList dirs, bool byUser = false, bool recursive = false);
    // As listFolders(), or after the running listing (never piles up, never loses a folder).
    void requestFolders(const QStringList &dirs);
    // What a poll lists: the top, every listed folder the tree shows open, the open file's.
    QStringList shownFolders() const;
    bool listsByExec() const;
    void readFile(const QString &path, bool byUser);
    void onTreeLoaded(bool complete, const QString &error);
    void onPreview(const FilePreview &preview);
    void onUsersChanged();
    void pollOpenFolder();
    QString currentDir() const;
    QString selectedPath() const;
    QString helperPath(const QString &volumePath) const; // "3f2a1b4c5d6e:/v/a/b" for command lines
    void onDownloadClicked();
    void onUploadClicked(bool folder);
    void onNewFolderClicked();
    // `changedDir`: the folder the transfer writes into, listed again at its end.
    void startTransfer(VolumeTransfer *transfer, const QString &cli, const QString &description,
                       const QString &changedDir = {});
    void showStatus(const QString &text, bool error = false);
    bool whenHelperReady(const std::function<void()> &action);
    void abandon(Job *job);
    void updateActions();

    AppServices *m_services;
    DockerApi *m_api;
    VolumeStore *m_store;
    VolumeHelper *m_helper;
    VolumeTreeModel *m_model;
    QPointer<VolumeTreeLoader> m_loader;
    QPointer<VolumeFileReader> m_reader;
    QPointer<VolumeTransfer> m_transfer;
    QToolBar *m_toolBar;
    QLabel *m_title;
    QTreeView *m_tree;
    FileViewer *m_viewer;
    QLabel *m_status;
    QProgressBar *m_progress;
    QAction *m_back = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_download = nullptr;
    QAction *m_uploadFiles = nullptr;
    QAction *m_uploadFolder = nullptr;
    QAction *m_newFolder = nullptr;
    QAction *m_cancel = nullptr;

    QString m_volume;
    QString m_mountpoint;
    QString m_helperId;
    QString m_openFile;
    qint64 m_openFileSize = -1;
    qint64 m_openFileMtime = -1;
    QList<std::function<void()>> m_pendingActions; // waiting for the helper
    QStringList m_pendingDirs;                      // asked for while a listing ran
    QStringList m_runningUsers;                    // running containers mounting this volume
    QTimer m_pollTimer;
    std::function<bool(const QStringList &)> m_askOverwrite;
    bool m_local = false;
    bool m_forceRemote = false;
    bool m_archiveListing = false;
    bool m_treeLoading = false;
    bool m_reloadWanted = false; // a refresh came while a listing ran: list again after it
    bool m_expandWanted = false; // expandAll(): expand once the recursive listing is in
    bool m_execFailed = false;   // the lister failed in this helper: list through the archive
    bool m_fileLoading = false;
    quint64 m_session = 0;
};

} // namespace dx
