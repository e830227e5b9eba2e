#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace dx {

struct ImageProgress;

// One layer of a pull or a push, as `docker pull` and `docker push` print it: its short id, the engine's status word and
// the bytes of the step under way (downloading, then extracting).
struct PullLayer
{
    // Uploading: a push (`docker push`), whose layers go from Waiting to Uploading to Complete
    // ("Pushed") or Exists ("Layer already exists", "Mounted from ...").
    enum class Phase { Waiting, Downloading, Downloaded, Extracting, Complete, Exists, Uploading };

    QString id;
    QString status; // the engine's own words: "Downloading", "Pull complete", ...
    Phase phase = Phase::Waiting;
    qint64 current = 0; // of the download or the extraction
    qint64 total = 0;   // 0: not known yet
    qint64 size = 0;    // the compressed size, once the download said it
    int updates = 0;    // progress lines seen for this layer

    bool isDone() const { return phase == Phase::Complete || phase == Phase::Exists; }
    // 0..1000: the download counts for 700, the extraction for 300; an upload for all of it.
    int units() const;
};

// The layers of one pull, one row per layer id, in the order the engine named them; fed line by
// line from the pull's stream (ImageProgressDecoder). Lines about the whole image ("Pulling from
// library/alpine", "Digest: sha256:...", "Status: Downloaded newer image for alpine:3") are kept
// apart as notes.
class PullLayersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullLayersModel)

public:
    enum Column { LayerColumn, StatusColumn, ProgressColumn, ColumnCount };
    enum Role {
        PhaseRole = Qt::UserRole + 1,
        CurrentRole,
        TotalRole,
        FractionRole, // 0..1 for a bar; -1: no bar (waiting, done, already there)
        UpdatesRole,
    };

    explicit PullLayersModel(QObject *parent = nullptr);

    // False when the line is not about a layer (a note, or an error line).
    bool apply(const ImageProgress &line);
    void clear();

    PullLayer layerAt(int row) const { return m_layers.value(row); }
    int rowOfId(const QString &id) const;
    QList<PullLayer> layers() const { return m_layers; }
    QStringList notes() const { return m_notes; }

    int completeCount() const;
    // The whole pull in units of PullLayer::units(): done of total (0 of 0 before any layer).
    qint64 doneUnits() const;
    qint64 totalUnits() const { return qint64(m_layers.size()) * 1000; }
    // Bytes downloaded of the layers whose size is known, and those sizes.
    qint64 downloadedBytes() const;
    qint64 knownBytes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What a status word means, for the tooltip (the column keeps the engine's words).
    static QString explain(const QString &status);

signals:
    void noteAdded(const QString &note);

private:
    QString progressText(const PullLayer &layer) const;

    QList<PullLayer> m_layers;
    QStringList m_notes;
};

} // namespace dx
