#pragma once

#include "shell/view.h"
#include "images/pulldialog.h"     // QPointer<PullDialog> needs the type
#include "images/registrydialog.h" // and QPointer<RegistryDialog>

#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace dx {

class ImageActions;
class ElidedLabel;
class ImageArchiveJob;
class ImageFilterModel;
class ImageHistoryModel;
class ImageListModel;
class ImageStore;
class LayerFilesPanel;

// Every image with its layer history: which step made which layer, how big it is, and which
// Dockerfile line produced it when the last build knows.
class ImagesView final : public View
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesView)

public:
    explicit ImagesView(AppServices *services, QWidget *parent = nullptr);
    ~ImagesView() override;

    bool isLoading() const override;
    void activated() override;
    QList<QAction *> toolBarActions() const override;

    ImageListModel *model() const;
    ImageHistoryModel *historyModel() const { return m_history; }
    QTableView *table() const { return m_table; }
    QTableView *historyTable() const { return m_historyTable; }
    LayerFilesPanel *layerFiles() const { return m_files; }
    // Selects the history step that made the layer with this diff id; its files show.
    bool selectLayer(const QString &layerDigest);
    // Scrolls the page so that the layer files panel shows (it goes below the history, and
    // out of sight, when the view is narrow).
    void revealLayerFiles();
    QString messageText() const;
    // The selected image's containers, as the details show them (each name a link that
    // opens the container), or that it has none.
    QLabel *usersLabel() const { return m_users; }
    bool historyLoading() const;
    void setConfirmation(const std::function<bool(const QString &title, const QString &text)> &confirm)
    {
        m_confirm = confirm;
    }

    bool selectImage(const QString &id);
    QString selectedImageId() const;
    void removeSelected();
    void tagSelected(const QString &repoTag = {});
    void runSelected();
    void pruneDangling();

    // "Pull…" (Ctrl+P, also in the File menu): the pull dialog, the reference filled in when
    // given. The dialog is the view's; it stays open beside the window while the pull runs.
    void openPullDialog(const QString &reference = {});
    PullDialog *pullDialog() const { return m_pullDialog; }
    QAction *pullAction() const { return m_pull; }
    // "Push…": the push dialog for the selected image's name (or `reference`).
    void openPushDialog(const QString &reference = {});
    PullDialog *pushDialog() const { return m_pushDialog; }
    QAction *pushAction() const { return m_push; }
    // "Registries…": log in and out (docker login, docker logout).
    void openRegistryDialog(const QString &server = {});
    RegistryDialog *registryDialog() const { return m_registryDialog; }
    QAction *registriesAction() const { return m_registries; }
    // The app's own helper image is listed only when this is on (View > Show Internal Objects).
    void setShowInternal(bool show);

    // Save and load (imagesviewarchive.cpp): the images selected, with all their names, to a
    // .tar or .tar.gz; images from such a file. The dialogs ask for the file; the ...To/From
    // forms take it (tests). One transfer at a time, shown with progress and a Cancel button.
    void saveSelected();
    void saveSelectedTo(const QString &file);
    void loadFromFile();
    void loadFrom(const QString &file);
    void cancelTransfer();
    bool isTransferring() const;
    // The references a save of the selection names: every repo:tag, or the id of an image without.
    QStringList selectedReferences() const;

signals:
    void historyLoaded();
    // A save or load ended (finished, failed or cancelled); the message says how.
    void transferEnded(bool ok, const QString &message);
    // The layer files of the selected image were read (or could not be).
    void layerFilesLoaded();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void loadHistory();
    void showHistoryTitle(const QString &name);
    void showUsers();
    void onHistoryLoaded();
    // The layer files panel follows the selected image once the view is on screen.
    void syncLayerFiles();
    void onHistoryRowChanged(const QModelIndex &current);
    void onImageRowsRemoved(const QModelIndex &parent, int first, int last);
    void onStoreLoaded();
    void applyLineLayers();
    void showMessage(const QString &text, bool error = false);
    void updateState();
    void createArchiveActions();
    void startTransfer(ImageArchiveJob *job);
    // What the user would type for the selected image: its first repo:tag, or its short id.
    QString selectedName() const;

    ImageStore *m_store;
    std::unique_ptr<ImageActions> m_actions;
    ImageFilterModel *m_proxy;
    ImageHistoryModel *m_history;
    QTableView *m_table;
    QTableView *m_historyTable;
    LayerFilesPanel *m_files;
    QLabel *m_empty;
    QSplitter *m_layerSplitter = nullptr;
    ElidedLabel *m_historyTitle;
    QLabel *m_historyHint;
    QLabel *m_users; // the selected image's containers, each a link to it
    QLabel *m_message;
    QAction *m_pull;
    QAction *m_push;
    QAction *m_registries;
    QAction *m_remove;
    QAction *m_tag;
    QAction *m_run;
    QAction *m_prune;
    QAction *m_refresh;
    QAction *m_save = nullptr;
    QAction *m_load = nullptr;
    QWidget *m_transferBar = nullptr;
    QLabel *m_transferLabel = nullptr;
    QProgressBar *m_transferProgress = nullptr;
    QPushButton *m_transferCancel = nullptr;
    QPointer<ImageArchiveJob> m_transfer;
    QPointer<PullDialog> m_pullDialog;
    QPointer<PullDialog> m_pushDialog;
    QPointer<RegistryDialog> m_registryDialog;
    std::function<bool(const QString &, const QString &)> m_confirm;
    QString m_pendingSelection;
    bool m_autoSelecting = false; // a selection the view makes by itself
    // The name the image was asked for by (showImageRequested("demo_image:latest")): the
    // actions use it while that image is selected, not whichever of its tags comes first.
    QString m_chosenReference;
    // A layer asked for (showImageLayerRequested) before the image's history was in.
    QString m_pendingLayer;
    bool m_userPickedImage = false;
};

} // namespace dx
