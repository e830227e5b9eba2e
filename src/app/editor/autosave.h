#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace dx {

class DockerfileDocument;

// Writes unsaved text to AppDataLocation every few seconds so a crash loses little; the file is
// removed when the text is saved or deliberately discarded. Its presence at the next start means
// the last session did not end cleanly: the editor offers to restore it.
class Autosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosave)

public:
    struct Snapshot
    {
        QString path; // the file it belonged to; empty for an untitled text
        QString text;
        bool valid = false;
    };

    explicit Autosave(DockerfileDocument *document, QObject *parent = nullptr);

    static QString filePath();
    static Snapshot load();
    // Writes the current text now if it is modified and changed since the last write.
    void saveNow();
    // Removes the snapshot file (the user saved or chose to drop the text).
    void discard();
    // Removes it only if this session wrote it: a crashed session's snapshot waits for the user.
    void discardOwn();
    void setIntervalMs(int ms);

signals:
    void written();

private:
    DockerfileDocument *m_document;
    QTimer *m_timer;
    bool m_dirty = false;
    quint64 m_epoch = 0;
    bool m_written = false;
};

} // namespace dx
