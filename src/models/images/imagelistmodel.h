#pragma once

#include "api/resourcetypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace dx {

// Every image of the engine, one row each: the one table model of ImageStore, which alone
// changes it, with row diffs (never a reset). Views wrap it in their own proxy models.
class ImageListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageListModel)

public:
    enum Column { NameColumn, IdColumn, CreatedColumn, SizeColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DanglingRole, SizeRole, CreatedRole, ReferenceRole };

    explicit ImageListModel(QObject *parent = nullptr);

    const QList<ImageSummary> &images() const { return m_images; }
    ImageSummary imageAt(int row) const { return m_images.value(row); }
    // Full id, "sha256:" prefixed or not, any unique prefix of at least 12 hex digits, or a
    // reference ("demo_image:latest", "demo_image" meaning :latest).
    int rowOfId(const QString &idOrReference) const;
    QStringList danglingIds() const;

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
};

} // namespace dx
