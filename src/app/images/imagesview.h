#pragma once

#include "shell/view.h"

#include <functional>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace dx {

class ImageHistoryModel;
class ImageListModel;

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

    ImageListModel *model() const { return m_model; }
    ImageHistoryModel *historyModel() const { return m_history; }
    QTableView *table() const { return m_table; }
    QString messageText() const;
    bool historyLoading() const { return m_historyLoading; }
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
    void onConnected(bool connected);
    void loadHistory();
    void showMessage(const QString &text, bool error = false);
    void updateState();
    QString selectedName() const;

    ImageListModel *m_model;
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
    quint64 m_historyRequest = 0;
    bool m_historyLoading = false;
};

} // namespace dx
