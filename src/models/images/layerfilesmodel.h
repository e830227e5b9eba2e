#pragma once

#include "streams/imagelayers.h"

#include <QStandardItemModel>

namespace dx {

// What one layer of an image did to the files, as a folder tree (ImageLayer::changes): every
// added, modified and removed entry at its place, with the folders above it. A folder shows
// the bytes its entries store in this layer. Filled in one go: another layer is a reset.
class LayerFilesModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerFilesModel)

public:
    enum Column { PathColumn, ChangeColumn, SizeColumn, ColumnCount };
    // KindRole: a LayerChange::Kind as int, or Folder.
    enum Role { KindRole = Qt::UserRole + 1, PathRole, BytesRole };
    static constexpr int Folder = -1;

    explicit LayerFilesModel(QObject *parent = nullptr);

    void setLayer(const ImageLayer &layer);
    void clearLayer();
    int count(LayerChange::Kind kind) const;
    // The item of `path` ("etc/passwd"), for tests and selection; invalid when absent.
    QModelIndex indexOfPath(const QString &path) const;

    static QString kindText(LayerChange::Kind kind);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QHash<QString, QStandardItem *> m_items; // path -> first-column item
    int m_counts[3] = {0, 0, 0};
};

} // namespace dx
