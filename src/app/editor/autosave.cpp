#include "autosave.h"

#include "dockerfiledocument.h"
#include "dockerfile/editorsnapshot.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent>

namespace dx {

namespace {

const QLatin1String SnapshotSuffix(".json");
const QLatin1String LockSuffix(".lock");

bool writeSnapshot(const QString &file, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    return out.open(QIODevice::WriteOnly) && out.write(data) == data.size() && out.commit();
}

std::unique_ptr<QLockFile> makeLock(const QString &snapshotId)
{
    auto lock = std::make_unique<QLockFile>(QDir(Autosave::directory()).filePath(snapshotId + LockSuffix));
    // Only a dead owner makes a lock stale, never its age: an instance runs for days.
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

Autosave::Autosave(DockerfileDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_file(QDir(directory()).filePath(m_id + SnapshotSuffix))
{
    // Taken once at start (two tiny files); the periodic writes run on a worker.
    QDir().mkpath(directory());
    m_lock = makeLock(m_id);
    if (!m_lock->tryLock(0))
        qWarning("Autosave: could not lock %s", qPrintable(m_lock->fileName()));
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    m_timer->start();
    connect(document, &DockerfileDocument::textChanged, this, [this] { m_dirty = true; });
    connect(document, &DockerfileDocument::modificationChanged, this, [this](bool modified) {
        if (!modified)
            discardOwn();
    });
}

// The lock files go with their QLockFile members: what this instance wrote stays on disk and is
// a pending recovery for the next start (the document still had unsaved changes).
Autosave::~Autosave() = default;

QString Autosave::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

Autosave::Snapshot Autosave::claimRecovery()
{
    if (m_recovery.valid)
        return m_recovery;
    const QDir dir(directory());
    // A crashed instance that never wrote a snapshot left only its lock: taking a stale lock and
    // letting it go removes the file, so they do not pile up. Live locks fail tryLock and stay.
    const QStringList locks = dir.entryList({QStringLiteral("*") + LockSuffix}, QDir::Files);
    for (const QString &name : locks) {
        const QString id = name.chopped(LockSuffix.size());
        if (id != m_id && !dir.exists(id + SnapshotSuffix))
            makeLock(id)->tryLock(0);
    }
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*") + SnapshotSuffix}, QDir::Files, QDir::Time); // newest first
    for (const QFileInfo &info : files) {
        const QString id = info.completeBaseName();
        if (id == m_id)
            continue;
        std::unique_ptr<QLockFile> lock = makeLock(id);
        // Fails while its owner runs or another instance has claimed it.
        if (!lock->tryLock(0))
            continue;
        QFile file(info.filePath());
        if (file.size() > MaxSnapshotBytes || !file.open(QIODevice::ReadOnly))
            continue;
        const std::optional<EditorSnapshot> decoded = EditorSnapshot::decode(file.read(MaxSnapshotBytes));
        if (!decoded)
            continue; // left alone: not ours to delete
        m_recovery = Snapshot{id, decoded->path, decoded->text, true};
        m_claim = std::move(lock);
        return m_recovery;
    }
    return {};
}

void Autosave::finishRecovery()
{
    if (!m_recovery.valid)
        return;
    QFile::remove(QDir(directory()).filePath(m_recovery.id + SnapshotSuffix));
    m_claim.reset(); // removes the lock file too
    m_recovery = {};
}

void Autosave::saveNow()
{
    if (!m_dirty || !m_document->isModified())
        return;
    m_dirty = false;
    m_written = true;
    const QByteArray data = EditorSnapshot{m_document->path(), m_document->text()}.encode();
    // The disk write runs off the UI thread; `written` tells tests and nothing else.
    auto *watcher = new QFutureWatcher<bool>(this);
    const quint64 epoch = m_epoch;
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, epoch] {
        watcher->deleteLater();
        if (epoch != m_epoch) {
            QFile::remove(m_file); // discarded while it was being written
            return;
        }
        if (watcher->result())
            emit written();
    });
    watcher->setFuture(QtConcurrent::run(writeSnapshot, m_file, data));
}

void Autosave::discard()
{
    m_dirty = false;
    m_written = false;
    ++m_epoch;
    QFile::remove(m_file);
}

void Autosave::discardOwn()
{
    if (m_written)
        discard();
}

void Autosave::setIntervalMs(int ms)
{
    m_timer->setInterval(ms);
}

} // namespace dx
