#pragma once

#include "api/containertypes.h"

#include <QList>
#include <QStandardItemModel>

namespace dx {

// GET /containers/{id}/changes as a folder tree: what the container's writable layer added,
// changed or deleted compared with its image. Folders that only hold changes are shown
// too (as "unchanged" parents) so every path has its place.
class ContainerChangesModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerChangesModel)

public:
    enum Kind { Modified = 0, Added = 1, Deleted = 2, Parent = -1 };
    enum Role { KindRole = Qt::UserRole + 1, PathRole };

    explicit ContainerChangesModel(QObject *parent = nullptr);

    void setChanges(const QList<ContainerChange> &changes);
    int count(Kind kind) const;

    static QString kindText(int kind);
    // Translated when asked, so a language switched while the app runs shows at once.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int m_counts[3] = {0, 0, 0};
};

} // namespace dx
