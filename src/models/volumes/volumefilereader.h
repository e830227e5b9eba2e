#pragma once

#include "filepreview.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

namespace dx {

class Engine;
class EngineReply;

// Reads the start of one file of a volume for the file view. Remote: GET .../archive of the
// file, collecting only as much of the tar stream as the preview needs, then aborting the
// transfer; local: reads the file on a worker thread, refusing to follow a symlink out of
// the volume.
class VolumeFileReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeFileReader)

public:
    explicit VolumeFileReader(Engine *engine, QObject *parent = nullptr);
    ~VolumeFileReader() override;

    void readRemote(const QString &helperId, const QString &path, qint64 limit = -1);
    void readLocal(const QString &mountpoint, const QString &path, qint64 limit = -1);
    void cancel();

    // The first file of a (possibly truncated) tar stream: its size and up to limit bytes.
    static bool firstFileOfTar(const QByteArray &tar, qint64 limit, QByteArray *data, qint64 *size,
                               QString *error);

signals:
    void finished(const dx::FilePreview &preview);
    void failed(const QString &message);

private:
    void finishRemote();

    QPointer<Engine> m_engine;
    QPointer<EngineReply> m_reply;
    QFuture<void> m_future;
    QByteArray m_buffer;
    QString m_path;
    qint64 m_limit = 0;
    quint64 m_generation = 0;
    bool m_done = false;
};

} // namespace dx

Q_DECLARE_METATYPE(dx::FilePreview)
