#pragma once

#include "filepreview.h"
#include "volumejob.h"

#include <QFuture>
#include <QPointer>

namespace dx {

class EngineReply;

// Reads the start of one file of a volume for the file view, as a Job ending in
// finished(FilePreview) | failed(message) | cancelled. Remote: `docker cp HELPER:/v/path -`,
// collecting only as much of the tar stream as the preview needs, then aborting the
// transfer; local: reads the file on a worker thread, refusing to follow a symlink out of
// the volume.
class VolumeFileReader final : public VolumeJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeFileReader)

public:
    // limit < 0: FilePreview::limitFor(path).
    static VolumeFileReader *remote(DockerApi *api, const QString &helperId, const QString &path, qint64 limit = -1,
                                    QObject *parent = nullptr);
    static VolumeFileReader *local(DockerApi *api, const QString &mountpoint, const QString &path, qint64 limit = -1,
                                   QObject *parent = nullptr);
    ~VolumeFileReader() override;

    QString path() const { return m_path; }
    FilePreview preview() const { return result().value<FilePreview>(); }

    // The first file of a (possibly truncated) tar stream: its size and up to limit bytes.
    static bool firstFileOfTar(const QByteArray &tar, qint64 limit, QByteArray *data, qint64 *size,
                               QString *error);

protected:
    void run() override;
    void abortWork() override;

private:
    VolumeFileReader(DockerApi *api, const QString &path, qint64 limit, QObject *parent);
    void runRemote();
    void runLocal();
    void finishRemote();

    QString m_helperId; // empty: local
    QString m_mountpoint;
    QString m_path;
    qint64 m_limit = 0;
    QPointer<EngineReply> m_reply;
    QFuture<void> m_future;
    QByteArray m_buffer;
    bool m_aborted = false;
};

} // namespace dx

Q_DECLARE_METATYPE(dx::FilePreview)
