#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QVector>

namespace dx {

struct LayerDockerfileLine
{
    QString layerDigest; // sha256:... (a RootFS diff id)
    int line = 0;        // 1-based
    QString instruction;
};

struct ImageHistoryRow
{
    QString createdBy;
    qint64 size = 0;
    QDateTime created;
    bool emptyLayer = true; // metadata only (ENV, CMD, ...): no filesystem layer
    QString layerDigest;    // RootFS.Layers entry paired with this step
    int dockerfileLine = 0; // 0: unknown
    QString instruction;
};

// The layer history of one image, oldest step first: GET /images/{id}/history beside the
// RootFS layer digests of GET /images/{id}/json. Steps without a filesystem change are
// listed too (greyed out) because every Dockerfile instruction leaves a history entry.
class ImageHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageHistoryModel)

public:
    enum Column { CreatedByColumn, SizeColumn, LayerColumn, LineColumn, CreatedColumn, ColumnCount };
    enum Role { EmptyLayerRole = Qt::UserRole + 1, LayerDigestRole, LineRole };

    explicit ImageHistoryModel(QObject *parent = nullptr);

    // Replaces the content (another image selected: a reset is right here).
    void setHistory(const QJsonArray &history, const QJsonArray &rootFsLayers,
                    const QVector<LayerDockerfileLine> &lines = {});
    void clear();
    ImageHistoryRow rowAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "/bin/sh -c #(nop)  CMD [\"sh\"]" -> "CMD [\"sh\"]"; "/bin/sh -c apk add" -> "RUN apk add".
    static QString readableStep(const QString &createdBy);

private:
    QVector<ImageHistoryRow> m_rows;
};

} // namespace dx
