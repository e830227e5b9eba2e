#include "volumetreeloader.h"

#include "volumehelper.h"

#include "api/dockerapi.h"
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
    explicit Batcher(VolumeTreeLoader *loader)
        : m_loader(loader)
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
        m_loader->post(m_batch);
        m_batch.clear();
        m_timer.restart();
    }

private:
    VolumeTreeLoader *m_loader;
    VolumeEntries m_batch;
    QElapsedTimer m_timer;
    bool m_first = true;
};

VolumeTreeLoader::VolumeTreeLoader(DockerApi *api, const QString &dir, QObject *parent)
    : VolumeJob(api, tr("List %1").arg(VolumeHelper::containerPath(dir)), parent)
    , m_dir(dir)
{
    qRegisterMetaType<dx::VolumeEntries>();
}

VolumeTreeLoader *VolumeTreeLoader::remote(DockerApi *api, const QString &helperId, const QString &dir,
                                           QObject *parent)
{
    auto *loader = new VolumeTreeLoader(api, dir, parent);
    loader->m_helperId = helperId;
    return loader;
}

VolumeTreeLoader *VolumeTreeLoader::local(DockerApi *api, const QString &mountpoint, const QString &dir,
                                          QObject *parent)
{
    auto *loader = new VolumeTreeLoader(api, dir, parent);
    loader->m_mountpoint = mountpoint;
    return loader;
}

VolumeTreeLoader::~VolumeTreeLoader()
{
    abortWork();
    // The worker stops within one read: the flag is checked and the queue is aborted.
    m_future.waitForFinished();
}

void VolumeTreeLoader::abortWork()
{
    m_cancel->store(true);
    if (m_queue)
        m_queue->abort();
    if (m_reply)
        m_reply->abort();
    // The worker ends at once and confirms (workerDone).
}

void VolumeTreeLoader::post(const VolumeEntries &entries)
{
    QMetaObject::invokeMethod(this, [this, entries] {
        // Nothing of a cancelled listing reaches the tree: a newer one is syncing it.
        if (m_cancel->load() || !isRunning())
            return;
        m_count += entries.size();
        emit entriesArrived(entries);
        reportProgress(m_count, -1);
    }, Qt::QueuedConnection);
}

void VolumeTreeLoader::workerDone(const QString &error)
{
    QMetaObject::invokeMethod(this, [this, error] {
        if (m_cancel->load())
            confirmCancelled();
        else if (!m_httpError.isNone())
            failWith(m_httpError);
        else if (!error.isEmpty())
            fail(error);
        else
            succeed(m_count);
    }, Qt::QueuedConnection);
}

void VolumeTreeLoader::startWorker(const std::function<QString(Batcher &)> &work)
{
    m_future = QtConcurrent::run([this, work] {
        Batcher batcher(this);
        const QString error = work(batcher);
        batcher.flush();
        workerDone(error);
    });
}

void VolumeTreeLoader::run()
{
    if (m_helperId.isEmpty()) {
        startWorker([this](Batcher &batcher) { return listLocalInto(batcher); });
        return;
    }
    if (!api()) {
        fail(tr("Not connected to an engine."));
        return;
    }
    m_queue = std::make_shared<ChunkQueue>(QueueCapacity);
    m_reply = VolumeHelper::streamArchive(api(), m_helperId, m_dir, m_queue, this, &m_httpError, callContext());
    startWorker([this](Batcher &batcher) { return listRemote(batcher); });
}

QString VolumeTreeLoader::listRemote(Batcher &batcher)
{
    // Sizes of files seen so far: the engine stores a second name of a hard-linked file
    // as a link entry with size 0, a directory walk sees the file itself.
    QHash<QString, qint64> fileSizes;
    const TarListingResult result = TarListing::list(m_queue.get(), [&](const TarEntry &t) {
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
        e.path = joinVolumePath(m_dir, path.mid(slash + 1));
        e.mode = t.mode & 07777;
        e.mtime = t.mtime;
        switch (t.type) {
        case TarEntryType::File: e.type = VolumeEntry::Type::File; e.size = t.size; break;
        case TarEntryType::Directory: e.type = VolumeEntry::Type::Directory; break;
        case TarEntryType::Symlink: e.type = VolumeEntry::Type::Symlink; e.linkTarget = t.linkTarget; break;
        case TarEntryType::Hardlink: {
            e.type = VolumeEntry::Type::File;
            const QString target = t.linkTarget;
            const int s = target.indexOf(QLatin1Char('/'));
            e.size = fileSizes.value(joinVolumePath(m_dir, target.mid(s + 1)), t.size);
            break;
        }
        case TarEntryType::Other: e.type = VolumeEntry::Type::Other; break;
        }
        if (e.type == VolumeEntry::Type::File)
            fileSizes.insert(e.path, e.size);
        batcher.add(std::move(e));
        return true;
    }, m_cancel.get());
    return result.cancelled ? QString() : result.error;
}

QString VolumeTreeLoader::listLocalInto(Batcher &batcher)
{
    if (!QFileInfo(m_mountpoint).isDir())
        return tr("The volume folder %1 cannot be read.").arg(m_mountpoint);
    walkLocal(m_mountpoint, m_dir, [&](VolumeEntry &&e) {
        if (m_cancel->load())
            return false;
        batcher.add(std::move(e));
        return true;
    });
    return {};
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

} // namespace dx
