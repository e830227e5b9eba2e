#pragma once

#include "api/containertypes.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QProgressBar;
class QToolBar;
class QTreeView;

namespace dx {

class AppServices;
class DockerApi;
class FileViewer;
class Job;
class VolumeFileReader;
class VolumeTransfer;
class VolumeTreeLoader;
class VolumeTreeModel;
struct FilePreview;

// The Files tab: a container's own filesystem, running or stopped, through the engine's
// archive endpoints (what `docker cp` uses), with the volume browser's engine-side jobs
// rooted at "/" instead of a helper's /v: the listing is a tar of the folder read for its
// headers only (contents skipped), a file view reads the start of one file, downloads are
// written by SafeExtractor (nothing of the untrusted archive lands outside the chosen folder)
// and uploads are a tar unpacked by the engine. Listed when the tab is first looked at for a
// container and on Refresh: the archive endpoint has no "one folder only", so a listing reads
// the whole tree. Each thing the user asked for is one `docker cp` line in the Docker
// Commands panel, with its outcome.
class ContainerFilesWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerFilesWidget)

public:
    explicit ContainerFilesWidget(AppServices *services, QWidget *parent = nullptr);
    ~ContainerFilesWidget() override;

    void setContainer(const ContainerSummary &container);
    void setActive(bool active);
    // Asked before anything is overwritten; tests replace the dialog.
    void setOverwriteQuestion(const std::function<bool(const QStringList &names)> &ask) { m_askOverwrite = ask; }

    VolumeTreeModel *model() const { return m_model; }
    FileViewer *fileViewer() const { return m_viewer; }
    QTreeView *treeView() const { return m_tree; }
    QString statusText() const;
    bool isLoading() const;
    bool isTransferring() const;

    // Paths relative to "/" ("etc/hostname"); "" is the root folder.
    void refresh();
    void openFile(const QString &path);
    void downloadTo(const QString &path, const QString &targetDir);
    // Asks where to, then downloads (the Changes tab's Download…).
    void chooseAndDownload(const QString &path);
    void uploadPaths(const QStringList &localPaths, const QString &dir);
    void cancelTransfer();

    // "/etc/hostname" as `docker cp` and the engine write it; "" -> "/".
    static QString absolutePath(const QString &path);

signals:
    void treeLoaded(bool complete);
    void fileShown(const QString &path);
    void fileFailed(const QString &message);
    void transferFinished(bool ok, const QString &message);

private:
    void setupActions();
    void list();
    void onTreeEnded(bool complete, const QString &error);
    void onPreview(const FilePreview &preview);
    void startTransfer(VolumeTransfer *transfer, const QString &cli, const QString &description);
    void onUploadClicked(bool folder);
    void showStatus(const QString &text, bool error = false);
    void abandon(Job *job);
    void updateActions();
    QString selectedPath() const;
    QString currentDir() const;
    // "web:/etc/x" for command lines: the container as the user knows it.
    QString cpPath(const QString &path) const;
    QString containerWord() const;

    AppServices *m_services;
    DockerApi *m_api;
    VolumeTreeModel *m_model;
    QPointer<VolumeTreeLoader> m_loader;
    QPointer<VolumeFileReader> m_reader;
    QPointer<VolumeTransfer> m_transfer;
    QToolBar *m_toolBar;
    QTreeView *m_tree;
    FileViewer *m_viewer;
    QLabel *m_status;
    QProgressBar *m_progress;
    QAction *m_refresh = nullptr;
    QAction *m_download = nullptr;
    QAction *m_uploadFiles = nullptr;
    QAction *m_uploadFolder = nullptr;
    QAction *m_cancel = nullptr;

    QString m_id;
    QString m_name;
    QString m_loadedId;
    std::function<bool(const QStringList &)> m_askOverwrite;
    bool m_active = false;
    quint64 m_session = 0;
};

} // namespace dx
