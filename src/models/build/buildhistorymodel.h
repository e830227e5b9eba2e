#pragma once

#include "buildctx/buildrecord.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QStringList>
#include <QThreadPool>
#include <QVector>

namespace dx {

// Earlier builds, newest first, kept across restarts: one JSON file with every record and
// one log file per build under a folder (AppDataLocation/builds by default). Disk writes
// run on a single-thread pool so they stay ordered and off the GUI thread.
class BuildHistoryModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildHistoryModel)

public:
    enum Role { IdRole = Qt::UserRole + 1, ResultRole, ImageIdRole };

    explicit BuildHistoryModel(const QString &folder = {}, QObject *parent = nullptr);
    ~BuildHistoryModel() override;

    static QString defaultFolder();
    QString folder() const { return m_folder; }
    void setLimit(int limit) { m_limit = qMax(1, limit); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const BuildRecord &recordAt(int row) const { return m_records.at(row); }
    int rowOf(const QString &id) const;
    // Adds a finished build at the top and stores it with its log.
    void add(const BuildRecord &record, const QString &log);
    // Reads a stored log off the GUI thread; logLoaded() brings it.
    void loadLog(const QString &id);
    // Blocks until every queued write is on disk (tests, shutdown).
    void waitForWrites();
    static QString newId();
    static QString resultText(BuildRecord::Result result);

signals:
    void logLoaded(const QString &id, const QString &log);

private:
    void load();
    void saveMeta();

    QString m_folder;
    QVector<BuildRecord> m_records;
    QThreadPool m_io;
    int m_limit = 50;
};

} // namespace dx
