#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeView;

namespace dx {

class AppServices;
class ContainerChangesModel;
class EngineReply;

// The Changes tab: the container's own writable layer (GET /containers/{id}/changes) as a
// tree of added, changed and deleted paths, with its size next to the image's read-only size.
class ContainerChangesWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerChangesWidget)

public:
    explicit ContainerChangesWidget(AppServices *services, QWidget *parent = nullptr);

    void setContainer(const QString &id, const QString &name);
    void setActive(bool active);
    void reload();
    ContainerChangesModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    bool isLoading() const { return m_pending > 0; }

private:
    void updateSummary();

    AppServices *m_services;
    ContainerChangesModel *m_model;
    QTreeView *m_tree;
    QLabel *m_summary;
    QLabel *m_sizes;
    QString m_id;
    QString m_name;
    QString m_loadedId;
    bool m_active = false;
    int m_pending = 0;
    qint64 m_sizeRw = -1;
    qint64 m_sizeRootFs = -1;
};

} // namespace dx
