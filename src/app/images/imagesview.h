#pragma once

#include "shell/view.h"

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace dx {

class ImageActions;
class ImageHistoryModel;
class ImageListModel;
class ImageStore;

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
    QString messageText() const;
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

signals:
    void historyLoaded();

private:
    void loadHistory();
    void onHistoryLoaded();
    void onStoreLoaded();
    void applyLineLayers();
    void showMessage(const QString &text, bool error = false);
    void updateState();
    // What the user would type for the selected image: its first repo:tag, or its short id.
    QString selectedName() const;

    ImageStore *m_store;
    std::unique_ptr<ImageActions> m_actions;
    QSortFilterProxyModel *m_proxy;
    ImageHistoryModel *m_history;
    QTableView *m_table;
    QTableView *m_historyTable;
    QLabel *m_empty;
    QLabel *m_historyTitle;
    QLabel *m_message;
    QAction *m_remove;
    QAction *m_tag;
    QAction *m_run;
    QAction *m_prune;
    QAction *m_refresh;
    std::function<bool(const QString &, const QString &)> m_confirm;
    QString m_pendingSelection;
    bool m_autoSelecting = false; // a selection the view makes by itself
    // The name the image was asked for by (showImageRequested("demo_image:latest")): the
    // actions use it while that image is selected, not whichever of its tags comes first.
    QString m_chosenReference;
};

} // namespace dx
