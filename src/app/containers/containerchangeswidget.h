#pragma once

#include "api/containertypes.h"

#include <QWidget>

class QAction;
class QLabel;
class QTreeView;

namespace dx {

class AppServices;
class ContainerChangesModel;
class ContainerStore;

// The Changes tab: the container's own writable layer (GET /containers/{id}/changes) as a
// tree of added, changed and deleted paths, with its size next to the image's read-only size.
// Read only while the tab is visible: once per container shown, and when asked again.
// A changed or added file opens on double-click (the pane shows it in the Files tab's
// viewer); its context menu offers Open and Download.
class ContainerChangesWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerChangesWidget)

public:
    ContainerChangesWidget(AppServices *services, ContainerStore *store, QWidget *parent = nullptr);

    // The row as the store has it (its name, and its sizes once measured).
    void setContainer(const ContainerSummary &container);
    void setActive(bool active);
    void reload();
    ContainerChangesModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    bool isLoading() const { return m_pending > 0; }

signals:
    // Paths relative to "/" ("etc/hostname"), as the Files tab takes them.
    void openFileRequested(const QString &path);
    void downloadRequested(const QString &path);

private:
    void updateSummary();
    void updateActions();
    // The current row's path when it still exists in the container (not deleted), else "".
    QString currentPath(bool fileOnly) const;

    AppServices *m_services;
    ContainerStore *m_store;
    ContainerChangesModel *m_model;
    QTreeView *m_tree;
    QLabel *m_summary;
    QLabel *m_sizes;
    QAction *m_open;
    QAction *m_download;
    QString m_id;
    QString m_name;
    QString m_loadedId;
    bool m_active = false;
    bool m_again = false; // asked again while an answer was on its way
    int m_pending = 0;
    qint64 m_sizeRw = -1;
    qint64 m_sizeRootFs = -1;
};

} // namespace dx
