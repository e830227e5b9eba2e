#pragma once

#include "buildcontext.h"

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <functional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace dx {

// Streams a scanned context as the tar the docker CLI sends: ustar headers with pax
// records only where needed, uid/gid 0 with empty user/group names, directories with
// a trailing slash, symlinks kept as links, mtimes truncated to seconds. Nothing is
// buffered beyond one read chunk, so multi-GB contexts stream in constant memory.
class ContextTarWriter final
{
public:
    // Receives each block of the archive; return false to cancel.
    using Sink = std::function<bool(const char *data, qint64 size)>;
    // Called after every entry and every read chunk: bytes written so far, entries done.
    using Progress = std::function<void(qint64 bytes, qint64 files)>;

    explicit ContextTarWriter(const ContextScan &scan);
    Q_DISABLE_COPY_MOVE(ContextTarWriter)

    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }

    bool write(const Sink &sink);
    bool write(QIODevice *device);

    QString errorString() const { return m_error; }
    bool wasCanceled() const { return m_canceled; }
    qint64 bytesWritten() const { return m_bytes; }

private:
    friend struct TarWriterAccess;
    bool isCanceled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    const ContextScan &m_scan;
    const std::atomic<bool> *m_cancel = nullptr;
    Progress m_progress;
    const Sink *m_sink = nullptr;
    QString m_error;
    qint64 m_bytes = 0;
    bool m_canceled = false;
};

} // namespace dx
