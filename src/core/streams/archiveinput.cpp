#include "archiveinput.h"

#include "chunkqueue.h"

#include <QCoreApplication>
#include <QIODevice>

#include <archive.h>

namespace dx {

namespace {

constexpr qint64 ReadSize = 64 * 1024;
constexpr int DeviceWaitMs = 30000;

} // namespace

ArchiveInput::ArchiveInput(QIODevice *device)
    : m_device(device)
{
}

ArchiveInput::ArchiveInput(ChunkQueue *queue)
    : m_queue(queue)
{
}

ArchiveInput::~ArchiveInput()
{
    if (m_archive)
        archive_read_free(m_archive);
}

archive *ArchiveInput::open()
{
    m_archive = archive_read_new();
    archive_read_support_format_tar(m_archive);
    // Uploaded contexts and saved images may come compressed; the engine's archive is plain.
    archive_read_support_filter_gzip(m_archive);
    if (archive_read_open(m_archive, this, nullptr, &ArchiveInput::readCallback, nullptr) != ARCHIVE_OK)
        return nullptr;
    return m_archive;
}

QString ArchiveInput::errorString() const
{
    if (!m_sourceError.isEmpty())
        return m_sourceError;
    const char *message = m_archive ? archive_error_string(m_archive) : nullptr;
    return message ? QString::fromLocal8Bit(message)
                   : QCoreApplication::translate("dx::ArchiveInput", "Unknown archive error");
}

ssize_t ArchiveInput::readCallback(archive *, void *self, const void **buffer)
{
    return static_cast<ArchiveInput *>(self)->read(buffer);
}

ssize_t ArchiveInput::read(const void **buffer)
{
    if (m_cancel && m_cancel->load()) {
        m_sourceError = QCoreApplication::translate("dx::ArchiveInput", "Cancelled");
        archive_set_error(m_archive, ECANCELED, "cancelled");
        return -1;
    }
    if (m_queue) {
        m_chunk = m_queue->take();
        if (m_chunk.isEmpty() && m_queue->isAborted()) {
            m_sourceError = QCoreApplication::translate("dx::ArchiveInput", "The transfer was aborted");
            archive_set_error(m_archive, ECANCELED, "aborted");
            return -1;
        }
    } else {
        m_chunk.resize(ReadSize);
        qint64 got = m_device->read(m_chunk.data(), ReadSize);
        if (got == 0 && m_device->isSequential() && !m_device->atEnd()
            && m_device->waitForReadyRead(DeviceWaitMs))
            got = m_device->read(m_chunk.data(), ReadSize);
        if (got < 0) {
            m_sourceError = m_device->errorString();
            archive_set_error(m_archive, EIO, "read error");
            return -1;
        }
        m_chunk.resize(got);
    }
    m_bytesRead += m_chunk.size();
    *buffer = m_chunk.constData();
    return m_chunk.size();
}

} // namespace dx
