#pragma once

#include "api/resourcetypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace dx {

// A container made from an image, as the image list shows it (the Containers column, the
// image's details): from the shared ContainerStore, never asked of the engine by the images.
struct ImageUser
{
    QString id;
    QString name;
    QString state; // created, running, exited, ...
    bool running = false;

    bool operator==(const ImageUser &o) const
    {
        return id == o.id && name == o.name && state == o.state && running == o.running;
    }
    bool operator!=(const ImageUser &o) const { return !(*this == o); }
};

// Every image of the engine, one row each: the one table model of ImageStore, which alone
// changes it, with row diffs (never a reset). Views wrap it in their own proxy models.
class ImageListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageListModel)

public:
    enum Column { NameColumn, IdColumn, CreatedColumn, SizeColumn, ContainersColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DanglingRole, SizeRole, CreatedRole, ReferenceRole, ContainerCountRole };

    explicit ImageListModel(QObject *parent = nullptr);

    const QList<ImageSummary> &images() const { return m_images; }
    ImageSummary imageAt(int row) const { return m_images.value(row); }
    // Full id, "sha256:" prefixed or not, any unique prefix of at least 12 hex digits, or a
    // reference ("demo_image:latest", "demo_image" meaning :latest).
    int rowOfId(const QString &idOrReference) const;
    QStringList danglingIds() const;

    // The containers of each image (by full image id), names sorted; rows whose containers
    // changed get dataChanged for the Containers column. Before the first call the column is
    // empty (not known yet), after it an image without containers shows 0.
    void setUsers(const QHash<QString, QList<ImageUser>> &users);
    QList<ImageUser> usersOf(const QString &imageId) const { return m_users.value(imageId); }
    bool usersKnown() const { return m_usersKnown; }

    // Row diffs only: returns false when nothing changed.
    bool upsert(const ImageSummary &image);
    bool remove(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What a user types for this image: its first repo:tag, or the short id when it has none.
    static QString referenceOf(const ImageSummary &image);

private:
    int rowOfExactId(const QString &id) const;

    QList<ImageSummary> m_images;
    QHash<QString, QList<ImageUser>> m_users;
    bool m_usersKnown = false;
};

} // namespace dx
