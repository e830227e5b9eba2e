#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVector>

namespace dx {

class Engine;

struct ImageInfo
{
    QString id;          // sha256:...
    QStringList repoTags; // empty for dangling images
    QStringList repoDigests;
    QDateTime created;
    qint64 size = 0;
    int containers = -1; // -1: the engine did not count

    bool isDangling() const { return repoTags.isEmpty(); }
    QString shortId() const;
    QString displayName() const; // first repo:tag, or "<none>:<none>"
    bool operator==(const ImageInfo &o) const;
};

// Every image (GET /images/json), one row per image. Image events (pull, tag, untag,
// delete, import, load) re-list once per burst and are applied as row diffs, never a reset.
class ImageListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageListModel)

public:
    enum Column { NameColumn, IdColumn, CreatedColumn, SizeColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DanglingRole, SizeRole, CreatedRole };

    explicit ImageListModel(Engine *engine, QObject *parent = nullptr);

    void refresh();
    bool isLoaded() const { return m_loaded; }
    void applyImages(const QJsonArray &images);
    void handleEvent(const QJsonObject &event);

    ImageInfo imageAt(int row) const { return m_images.value(row); }
    // Full id, "sha256:" prefixed or not, or any unique prefix of at least 12 characters.
    int rowOfId(const QString &id) const;
    QStringList danglingIds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void errorOccurred(const QString &message);

private:
    QPointer<Engine> m_engine;
    QVector<ImageInfo> m_images;
    QTimer m_refreshTimer;
    bool m_loaded = false;
};

} // namespace dx
