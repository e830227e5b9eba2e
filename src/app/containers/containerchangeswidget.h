#pragma once

#include "api/containertypes.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace dx {

class AppServices;
class ContainerChangesModel;
class ContainerStore;

// The Changes tab: the container's own writable layer (GET /containers/{id}/changes) as a
// tree of added, changed and deleted paths, with its size next to the image's read-only size.
// Read only while the tab is visible: once per container shown, and when asked again.
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

private:
    void updateSummary();

    AppServices *m_services;
    ContainerStore *m_store;
    ContainerChangesModel *m_model;
    QTreeView *m_tree;
    QLabel *m_summary;
    QLabel *m_sizes;
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
