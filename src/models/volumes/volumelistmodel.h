#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVector>

#include <functional>

namespace dx {

class Engine;

struct VolumeInfo
{
    QString name;
    QString driver;
    QString mountpoint;
    QString scope;
    QDateTime created;
    QMap<QString, QString> labels;
    QStringList usedBy;       // names of the containers that mount it (ours excluded)
    QStringList runningUsers; // the running ones among them
    int references = 0;       // every container, our helpers too: what prune counts
    qint64 size = -1;         // from /system/df; -1 while unknown

    bool isAnonymous() const;
    bool operator==(const VolumeInfo &o) const;
};

// Every volume of the engine (GET /volumes), with the containers that use it (GET
// /containers/json?all=1, Mounts of Type volume) and, once the slow /system/df answered,
// its size. Engine events update it in place (rows inserted, changed, removed; never reset).
// Actions go through it so the same checks hold for the view and the tests; each one
// reports its docker CLI command with commandLogged().
class VolumeListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeListModel)

public:
    enum Column { NameColumn, DriverColumn, UsedByColumn, SizeColumn, CreatedColumn, MountpointColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1,
        InUseRole,  // bool
        SizeRole,   // qint64, -1 unknown
        CreatedRole // QDateTime
    };
    using ErrorCallback = std::function<void(const QString &error)>;

    explicit VolumeListModel(Engine *engine, QObject *parent = nullptr);
    ~VolumeListModel() override;

    void refresh();
    bool isLoaded() const { return m_loaded; }
    bool sizesLoaded() const { return m_sizesLoaded; }

    VolumeInfo volumeAt(int row) const { return m_volumes.value(row); }
    int rowOf(const QString &name) const;

    void createVolume(const QString &name, const QString &driver, const QMap<QString, QString> &labels,
                      const ErrorCallback &done);
    // Refuses (without asking the engine) while a container uses the volume; otherwise the
    // engine's own message (409 ...) comes back verbatim.
    void removeVolume(const QString &name, const ErrorCallback &done);
    // What POST /volumes/prune will remove: volumes no container (not even a stopped one)
    // references; on API >= 1.42 only anonymous ones, since we do not pass all=true.
    QStringList pruneCandidates() const;
    void prune(const std::function<void(const QStringList &removed, qint64 reclaimed, const QString &error)> &done);

    // Widgets-free parts, fed by refresh() and by tests.
    void applyVolumes(const QJsonArray &volumes);
    void applyContainers(const QJsonArray &containers);
    void applySizes(const QJsonObject &systemDf);
    void handleEvent(const QJsonObject &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void commandLogged(const QString &command, const QString &description);
    void loaded();
    void errorOccurred(const QString &message);
    void volumeRemoved(const QString &name);

private:
    static VolumeInfo parseVolume(const QJsonObject &o);
    void upsert(const VolumeInfo &info);
    void removeRow(int row);
    void fetchContainers();
    void fetchSizes();
    void fetchVolume(const QString &name);
    void emitRowChanged(int row);

    QPointer<Engine> m_engine;
    QVector<VolumeInfo> m_volumes;
    QJsonArray m_lastContainers;
    QTimer m_usageTimer; // events come in bursts: re-read the container list once per burst
    QTimer m_sizeTimer;
    bool m_loaded = false;
    bool m_sizesLoaded = false;
};

} // namespace dx
