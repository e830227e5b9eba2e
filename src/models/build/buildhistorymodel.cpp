#include "buildhistorymodel.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <QtConcurrent>

namespace dx {

namespace {

const QLatin1String kMetaFile("builds.json");

bool validId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(id).hasMatch();
}

} // namespace

BuildHistoryModel::BuildHistoryModel(const QString &folder, QObject *parent)
    : QAbstractListModel(parent)
    , m_folder(folder.isEmpty() ? defaultFolder() : folder)
{
    m_io.setMaxThreadCount(1);
    load();
}

BuildHistoryModel::~BuildHistoryModel()
{
    m_io.waitForDone();
}

QString BuildHistoryModel::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("builds"));
}

QString BuildHistoryModel::newId()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz-"))
        + QUuid::createUuid().toString(QUuid::Id128).left(6);
}

QString BuildHistoryModel::resultText(BuildRecord::Result result)
{
    switch (result) {
    case BuildRecord::Result::Succeeded: return tr("succeeded");
    case BuildRecord::Result::Failed: return tr("failed");
    case BuildRecord::Result::Canceled: return tr("cancelled");
    }
    return {};
}

void BuildHistoryModel::load()
{
    // The meta file is bounded by the record limit, so reading it here is cheap.
    QFile file(QDir(m_folder).filePath(kMetaFile));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QList<BuildRecord> records = BuildRecord::fromFile(file.read(4 * 1024 * 1024));
    for (const BuildRecord &r : records) {
        if (validId(r.id))
            m_records.append(r);
    }
}

void BuildHistoryModel::saveMeta()
{
    const QByteArray data = BuildRecord::toFile(m_records);
    const QString path = QDir(m_folder).filePath(kMetaFile);
    m_io.start([path, data] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile out(path);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(data);
            out.commit();
        }
    });
}

int BuildHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_records.size();
}

QVariant BuildHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const BuildRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = r.tags.isEmpty() ? tr("(untagged)") : r.tags.join(QStringLiteral(", "));
        const QString when = QLocale().toString(r.started.toLocalTime(), QLocale::ShortFormat);
        return tr("%1\n%2 · %3 s · %4").arg(name, when).arg(double(r.durationMs) / 1000.0, 0, 'f', 1)
            .arg(resultText(r.result));
    }
    case Qt::ToolTipRole:
        return r.error.isEmpty() ? r.imageId : r.error;
    case IdRole:
        return r.id;
    case ResultRole:
        return int(r.result);
    case ImageIdRole:
        return r.imageId;
    default:
        return {};
    }
}

int BuildHistoryModel::rowOf(const QString &id) const
{
    for (int r = 0; r < m_records.size(); ++r) {
        if (m_records.at(r).id == id)
            return r;
    }
    return -1;
}

void BuildHistoryModel::add(const BuildRecord &record, const QString &log)
{
    if (!validId(record.id))
        return;
    beginInsertRows({}, 0, 0);
    m_records.prepend(record);
    endInsertRows();
    QStringList dropped;
    if (m_records.size() > m_limit) {
        beginRemoveRows({}, m_limit, m_records.size() - 1);
        for (int r = m_limit; r < m_records.size(); ++r)
            dropped.append(m_records.at(r).id);
        m_records.resize(m_limit);
        endRemoveRows();
    }
    const QString folder = m_folder;
    const QString id = record.id;
    m_io.start([folder, id, log, dropped] {
        QDir().mkpath(folder);
        QSaveFile out(QDir(folder).filePath(id + QStringLiteral(".log")));
        if (out.open(QIODevice::WriteOnly)) {
            out.write(log.toUtf8());
            out.commit();
        }
        for (const QString &d : dropped)
            QFile::remove(QDir(folder).filePath(d + QStringLiteral(".log")));
    });
    saveMeta();
}

void BuildHistoryModel::loadLog(const QString &id)
{
    if (!validId(id))
        return;
    const QString path = QDir(m_folder).filePath(id + QStringLiteral(".log"));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        emit logLoaded(id, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_io, [path] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }));
}

void BuildHistoryModel::waitForWrites()
{
    m_io.waitForDone();
}

} // namespace dx
