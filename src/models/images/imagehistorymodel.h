#pragma once

#include "api/resourcetypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace dx {

class DockerApi;

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

    explicit ImageHistoryModel(DockerApi *api = nullptr, QObject *parent = nullptr);

    // Asks for the history and the layers of `image` (id or reference) and shows them once
    // both are in (loaded()). A failed or malformed answer keeps what is shown and reports
    // errorOccurred(). `userAction`: the user picked the image, so it is their
    // `docker history` in the Docker Commands panel; otherwise plumbing.
    void load(const QString &image, bool userAction = false);
    bool isLoading() const { return m_loading; }
    QString image() const { return m_image; }
    QString lastError() const { return m_lastError; }

    // Replaces the content (another image: a reset is right here).
    void setHistory(const QList<ImageHistoryEntry> &history, const QStringList &rootFsLayers);
    // Which Dockerfile line made which layer (the last build's map); applied in place.
    void setDockerfileLines(const QList<LayerDockerfileLine> &lines);
    void clear();
    ImageHistoryRow rowAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "/bin/sh -c #(nop)  CMD [\"sh\"]" -> "CMD [\"sh\"]"; "/bin/sh -c apk add" -> "RUN apk add".
    static QString readableStep(const QString &createdBy);

signals:
    void loaded();
    void errorOccurred(const QString &message);

private:
    bool pairLines(ImageHistoryRow &row) const;
    void finishLoad(quint64 generation);

    DockerApi *m_api;
    QList<ImageHistoryRow> m_rows;
    QList<LayerDockerfileLine> m_lines;
    QString m_image;
    QString m_lastError;
    // The answers of the load in flight: both are needed to pair steps with layers.
    QList<ImageHistoryEntry> m_pendingHistory;
    QStringList m_pendingLayers;
    QString m_pendingError;
    int m_pendingAnswers = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace dx
