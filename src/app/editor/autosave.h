#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLockFile;
class QTimer;

namespace dx {

class DockerfileDocument;

// Writes unsaved text to AppDataLocation/autosave/<instance id>.json every few seconds so a crash
// loses little. Each running instance owns one snapshot file, guarded by <id>.lock (a QLockFile
// held while the instance runs), and writes nothing else. A snapshot whose lock is stale (its
// owner is gone) is a pending recovery: one instance claims it (by taking its lock), offers it,
// and removes it only when the user restored or discarded it; until then it is never written.
class Autosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosave)

public:
    struct Snapshot
    {
        QString id;   // the instance that wrote it
        QString path; // the file it belonged to; empty for an untitled text
        QString text;
        bool valid = false;
    };

    explicit Autosave(DockerfileDocument *document, QObject *parent = nullptr);
    ~Autosave() override;

    static QString directory();
    static constexpr qint64 MaxSnapshotBytes = qint64(16) * 1024 * 1024;
    // This instance's own snapshot file.
    QString filePath() const { return m_file; }
    QString id() const { return m_id; }

    // Claims the newest snapshot left by an instance that is gone (its lock is stale) and
    // reads it (bounded by MaxSnapshotBytes); invalid if there is none. A live instance's
    // snapshot is never claimed. The claim (the lock) lasts until finishRecovery() or until
    // this object goes, so the same snapshot is not offered by two instances at once.
    Snapshot claimRecovery();
    const Snapshot &recovery() const { return m_recovery; }
    // The user restored (the text is in the editor) or discarded the claimed snapshot: remove it.
    void finishRecovery();

    // Writes the current text now if it is modified and changed since the last write.
    void saveNow();
    // Removes this instance's snapshot file (the user saved or chose to drop the text).
    void discard();
    // Removes it only if this session wrote it.
    void discardOwn();
    void setIntervalMs(int ms);

signals:
    void written();

private:
    DockerfileDocument *m_document;
    QTimer *m_timer;
    QString m_id;
    QString m_file;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QLockFile> m_claim;
    Snapshot m_recovery;
    bool m_dirty = false;
    quint64 m_epoch = 0;
    bool m_written = false;
};

} // namespace dx
