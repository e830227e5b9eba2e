#include "volumetreeloader.h"

#include "volumehelper.h"

#include "engine/engine.h"
#include "streams/chunkqueue.h"
#include "streams/tarlisting.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/stat.h>
#include <unistd.h>

namespace dx {

namespace {

// The GUI thread feeds this queue from EngineReply::dataReceived and must never block, so
// it is large; the listing skips file contents at disk speed and keeps it nearly empty.
constexpr qsizetype QueueCapacity = qsizetype(256) * 1024 * 1024;

VolumeEntry::Type typeFromMode(mode_t m)
{
    if (S_ISDIR(m))
        return VolumeEntry::Type::Directory;
    if (S_ISLNK(m))
        return VolumeEntry::Type::Symlink;
    if (S_ISREG(m))
        return VolumeEntry::Type::File;
    return VolumeEntry::Type::Other;
}

} // namespace

// Collects entries on the worker and hands them to the UI thread in slices small enough that
// inserting one slice never stalls a frame: the first one at once (first level fast), then
// every 40 ms or 500 entries.
class VolumeTreeLoader::Batcher
{
public:
    Batcher(VolumeTreeLoader *loader, quint64 generation)
        : m_loader(loader), m_generation(generation)
    {
        m_timer.start();
    }
    void add(VolumeEntry &&entry)
    {
        m_batch.append(std::move(entry));
        if (m_first || m_batch.size() >= 500 || m_timer.elapsed() >= 40)
            flush();
    }
    void flush()
    {
        if (m_batch.isEmpty())
            return;
        m_first = false;
        m_loader->post(m_generation, m_batch);
        m_batch.clear();
        m_timer.restart();
    }

private:
    VolumeTreeLoader *m_loader;
    quint64 m_generation;
    VolumeEntries m_batch;
    QElapsedTimer m_timer;
    bool m_first = true;
};

VolumeTreeLoader::VolumeTreeLoader(Engine *engine, QObject *parent)
    : QObject(parent), m_engine(engine)
{
    qRegisterMetaType<dx::VolumeEntries>();
}

VolumeTreeLoader::~VolumeTreeLoader()
{
    cancel();
    // The worker stops within one read: the flag is checked and the queue is aborted.
    m_future.waitForFinished();
}

void VolumeTreeLoader::cancel()
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    if (m_queue)
        m_queue->abort();
    if (m_reply)
        m_reply->abort();
    m_reply = nullptr;
    m_running = false;
}

void VolumeTreeLoader::post(quint64 generation, const VolumeEntries &entries)
{
    QMetaObject::invokeMethod(this, [this, generation, entries] {
        if (generation == m_generation)
            emit entriesArrived(entries);
    }, Qt::QueuedConnection);
}

void VolumeTreeLoader::workerDone(quint64 generation, bool complete, const QString &error)
{
    QMetaObject::invokeMethod(this, [this, generation, complete, error] {
        if (generation != m_generation)
            return;
        m_running = false;
        const QString why = !m_httpError.isEmpty() ? m_httpError : error;
        emit finished(complete && why.isEmpty(), why);
    }, Qt::QueuedConnection);
}

void VolumeTreeLoader::startWorker(const std::function<QString(Batcher &)> &work)
{
    m_future.waitForFinished(); // the previous worker was cancelled: it ends at once
    const quint64 generation = m_generation;
    m_running = true;
    m_future = QtConcurrent::run([this, generation, work, cancel = m_cancel] {
        Batcher batcher(this, generation);
        const QString error = work(batcher);
        batcher.flush();
        workerDone(generation, !cancel->load() && error.isEmpty(), error);
    });
}

void VolumeTreeLoader::loadRemote(const QString &helperId, const QString &dir)
{
    cancel();
    m_dir = dir;
    m_httpError.clear();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_queue = std::make_shared<ChunkQueue>(QueueCapacity);
    if (!m_engine) {
        emit finished(false, tr("Not connected to an engine."));
        return;
    }
    m_reply = VolumeHelper::streamArchive(m_engine, helperId, dir, m_queue, this, &m_httpError);
    std::shared_ptr<ChunkQueue> queue = m_queue;

    startWorker([queue, dir, cancel = m_cancel](Batcher &batcher) -> QString {
        // Sizes of files seen so far: the engine stores a second name of a hard-linked file
        // as a link entry with size 0, a directory walk sees the file itself.
        QHash<QString, qint64> fileSizes;
        const TarListingResult result = TarListing::list(queue.get(), [&](const TarEntry &t) {
            QString path = t.path;
            while (path.startsWith(QLatin1String("./")))
                path.remove(0, 2);
            while (path.endsWith(QLatin1Char('/')))
                path.chop(1);
            // The archive names everything below the base name of the requested folder.
            const int slash = path.indexOf(QLatin1Char('/'));
            if (slash < 0)
                return true; // the folder itself
            VolumeEntry e;
            e.path = joinVolumePath(dir, path.mid(slash + 1));
            e.mode = t.mode & 07777;
            e.mtime = t.mtime;
            switch (t.type) {
            case TarEntryType::File: e.type = VolumeEntry::Type::File; e.size = t.size; break;
            case TarEntryType::Directory: e.type = VolumeEntry::Type::Directory; break;
            case TarEntryType::Symlink: e.type = VolumeEntry::Type::Symlink; e.linkTarget = t.linkTarget; break;
            case TarEntryType::Hardlink: {
                e.type = VolumeEntry::Type::File;
                QString target = t.linkTarget;
                const int s = target.indexOf(QLatin1Char('/'));
                e.size = fileSizes.value(joinVolumePath(dir, target.mid(s + 1)), t.size);
                break;
            }
            case TarEntryType::Other: e.type = VolumeEntry::Type::Other; break;
            }
            if (e.type == VolumeEntry::Type::File)
                fileSizes.insert(e.path, e.size);
            batcher.add(std::move(e));
            return true;
        }, cancel.get());
        return result.cancelled ? QString() : result.error;
    });
}

VolumeEntries VolumeTreeLoader::listLocal(const QString &mountpoint, const QString &dir)
{
    VolumeEntries out;
    walkLocal(mountpoint, dir, [&out](VolumeEntry &&e) {
        out.append(std::move(e));
        return true;
    });
    return out;
}

void VolumeTreeLoader::walkLocal(const QString &mountpoint, const QString &dir,
                                 const std::function<bool(VolumeEntry &&)> &onEntry)
{
    const QString root = QDir(mountpoint).absolutePath();
    QDirIterator it(dir.isEmpty() ? root : root + QLatin1Char('/') + dir,
                    QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories); // no FollowSymlinks: links are shown, not entered
    while (it.hasNext()) {
        const QString full = it.next();
        struct stat st;
        const QByteArray native = QFile::encodeName(full);
        if (::lstat(native.constData(), &st) != 0)
            continue; // vanished while we walked
        VolumeEntry e;
        e.path = full.mid(root.size() + 1);
        e.type = typeFromMode(st.st_mode);
        e.mode = quint32(st.st_mode) & 07777;
        e.mtime = st.st_mtime;
        if (e.type == VolumeEntry::Type::File)
            e.size = st.st_size;
        if (e.type == VolumeEntry::Type::Symlink) {
            QByteArray buf(4096, '\0');
            const ssize_t n = ::readlink(native.constData(), buf.data(), size_t(buf.size()));
            e.linkTarget = QFile::decodeName(buf.left(n > 0 ? qsizetype(n) : 0));
        }
        if (!onEntry(std::move(e)))
            return;
    }
}

void VolumeTreeLoader::loadLocal(const QString &mountpoint, const QString &dir)
{
    cancel();
    m_dir = dir;
    m_httpError.clear();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_queue.reset();
    startWorker([mountpoint, dir, cancel = m_cancel](Batcher &batcher) -> QString {
        if (!QFileInfo(mountpoint).isDir())
            return tr("The volume folder %1 cannot be read.").arg(mountpoint);
        walkLocal(mountpoint, dir, [&](VolumeEntry &&e) {
            if (cancel->load())
                return false;
            batcher.add(std::move(e));
            return true;
        });
        return {};
    });
}

} // namespace dx
