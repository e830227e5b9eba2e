#include "volumetreeloader.h"

#include "volumehelper.h"
#include "volumelisting.h"

#include "api/dockerapi.h"
#include "api/execapi.h"
#include "streams/chunkqueue.h"
#include "streams/execoutput.h"
#include "streams/tarlisting.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QQueue>
#include <QtConcurrent/QtConcurrentRun>

#include <dirent.h>
#include <fcntl.h>
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

QString dirsText(const QStringList &dirs)
{
    QStringList shown;
    for (const QString &dir : dirs)
        shown.append(VolumeHelper::containerPath(dir));
    return shown.join(QLatin1String(", "));
}

} // namespace

// Collects entries on the worker and hands them to the UI thread in slices small enough that
// inserting one slice never stalls a frame: the first one at once (first level fast), then
// every 40 ms or 500 entries. A folder reported listed travels with the slice that holds its
// last entries, after them.
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
    void listed(const QString &dir)
    {
        m_listed.append(dir);
        if (m_first || m_timer.elapsed() >= 40)
            flush();
    }
    void flush()
    {
        if (m_batch.isEmpty() && m_listed.isEmpty())
            return;
        m_first = false;
        m_loader->post(m_batch, m_listed);
        m_batch.clear();
        m_listed.clear();
        m_timer.restart();
    }

private:
    VolumeTreeLoader *m_loader;
    VolumeEntries m_batch;
    QStringList m_listed;
    QElapsedTimer m_timer;
    bool m_first = true;
};

VolumeTreeLoader::VolumeTreeLoader(DockerApi *api, Way way, const QStringList &dirs, bool recursive, QObject *parent)
    : VolumeJob(api, tr("List %1").arg(dirsText(dirs)), parent)
    , m_way(way)
    , m_dirs(dirs.isEmpty() ? QStringList{QString()} : dirs)
    , m_recursive(recursive)
{
    qRegisterMetaType<dx::VolumeEntries>();
}

VolumeTreeLoader *VolumeTreeLoader::remote(DockerApi *api, const QString &helperId, const QStringList &dirs,
                                           bool recursive, QObject *parent)
{
    auto *loader = new VolumeTreeLoader(api, Way::Remote, dirs, recursive, parent);
    loader->m_helperId = helperId;
    return loader;
}

VolumeTreeLoader *VolumeTreeLoader::archive(DockerApi *api, const QString &helperId, const QString &dir,
                                            QObject *parent)
{
    auto *loader = new VolumeTreeLoader(api, Way::Archive, {dir}, true, parent);
    loader->m_helperId = helperId;
    return loader;
}

VolumeTreeLoader *VolumeTreeLoader::local(DockerApi *api, const QString &mountpoint, const QStringList &dirs,
                                          bool recursive, QObject *parent)
{
    auto *loader = new VolumeTreeLoader(api, Way::Local, dirs, recursive, parent);
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
    // The worker ends at once and confirms (workerDone); a pending exec create confirms
    // when it is answered.
    if (m_way == Way::Remote && !m_workerStarted && isRunning())
        QMetaObject::invokeMethod(this, [this] {
            if (!m_workerStarted && isRunning())
                confirmCancelled();
        }, Qt::QueuedConnection);
}

void VolumeTreeLoader::post(const VolumeEntries &entries, const QStringList &listed)
{
    QMetaObject::invokeMethod(this, [this, entries, listed] {
        // Nothing of a cancelled listing reaches the tree: a newer one is syncing it.
        if (m_cancel->load() || !isRunning())
            return;
        m_count += entries.size();
        if (!entries.isEmpty())
            emit entriesArrived(entries);
        if (!listed.isEmpty())
            emit foldersListed(listed);
        reportProgress(m_count, -1);
    }, Qt::QueuedConnection);
}

void VolumeTreeLoader::workerDone(const QString &error)
{
    QMetaObject::invokeMethod(this, [this, error] {
        if (!isRunning())
            return;
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
    m_workerStarted = true;
    m_future = QtConcurrent::run([this, work] {
        Batcher batcher(this);
        const QString error = work(batcher);
        batcher.flush();
        workerDone(error);
    });
}

void VolumeTreeLoader::run()
{
    if (m_way == Way::Local) {
        startWorker([this](Batcher &batcher) { return listLocalInto(batcher); });
        return;
    }
    if (!api()) {
        fail(tr("Not connected to an engine."));
        return;
    }
    if (m_way == Way::Archive) {
        m_queue = std::make_shared<ChunkQueue>(QueueCapacity);
        m_reply = VolumeHelper::streamArchive(api(), m_helperId, m_dirs.constFirst(), m_queue, this, &m_httpError,
                                              callContext(), root());
        startWorker([this](Batcher &batcher) { return readArchive(batcher); });
        return;
    }
    ExecOptions options;
    options.cmd = VolumeHelper::listerCommand(m_dirs, m_recursive);
    api()->exec().create(m_helperId, options, callContext()).then(this, [this](const ApiResult<QString> &r) {
        if (!isRunning() || m_workerStarted)
            return;
        if (m_cancel->load())
            confirmCancelled();
        else if (!r.ok())
            failWith(r.error);
        else
            startExec(r.value);
    });
}

void VolumeTreeLoader::startExec(const QString &execId)
{
    m_queue = std::make_shared<ChunkQueue>(QueueCapacity);
    m_reply = api()->exec().start(execId, callContext());
    VolumeHelper::feedQueue(m_reply, m_queue, this, &m_httpError);
    startWorker([this](Batcher &batcher) { return readExec(batcher); });
}

QString VolumeTreeLoader::readExec(Batcher &batcher)
{
    QString failures;
    bool anyListed = false;
    VolumeListingDecoder decoder({
        [&batcher](VolumeEntry &&e) { batcher.add(std::move(e)); },
        [&batcher, &anyListed](const QString &dir) {
            anyListed = true;
            batcher.listed(dir);
        },
        // A folder polled a moment after it was removed: its parent's listing shows it gone.
        [&failures](const QString &dir, const QString &message) {
            if (failures.isEmpty())
                failures = VolumeHelper::containerPath(dir) + QLatin1String(": ") + message;
        },
    });
    ExecOutputDemuxer demuxer;
    QByteArray out;
    QByteArray err;
    while (!m_cancel->load()) {
        const QByteArray chunk = m_queue->take();
        if (chunk.isEmpty())
            break;
        out.clear();
        if (!demuxer.feed(chunk, &out, &err) || !decoder.feed(out)) {
            m_queue->abort();
            return demuxer.hasError() ? demuxer.errorString() : decoder.errorString();
        }
    }
    if (m_cancel->load() || !m_httpError.isNone())
        return {};
    if (!decoder.isComplete()) {
        const QString said = QString::fromUtf8(err).trimmed();
        return said.isEmpty() ? tr("The listing of %1 ended early.").arg(dirsText(m_dirs)) : said;
    }
    if (!anyListed && !failures.isEmpty())
        return failures;
    return {};
}

QString VolumeTreeLoader::readArchive(Batcher &batcher)
{
    const QString &dir = m_dirs.constFirst();
    // Sizes of files seen so far: the engine stores a second name of a hard-linked file
    // as a link entry with size 0, a directory walk sees the file itself.
    QHash<QString, qint64> fileSizes;
    QStringList folders{dir};
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
        e.path = joinVolumePath(dir, path.mid(slash + 1));
        e.mode = t.mode & 07777;
        e.mtime = t.mtime;
        switch (t.type) {
        case TarEntryType::File: e.type = VolumeEntry::Type::File; e.size = t.size; break;
        case TarEntryType::Directory: e.type = VolumeEntry::Type::Directory; folders.append(e.path); break;
        case TarEntryType::Symlink: e.type = VolumeEntry::Type::Symlink; e.linkTarget = t.linkTarget; break;
        case TarEntryType::Hardlink: {
            e.type = VolumeEntry::Type::File;
            const QString target = t.linkTarget;
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
    }, m_cancel.get());
    if (result.cancelled)
        return {};
    // A tar is complete only at its end: only then is every folder in it known to be listed.
    if (result.error.isEmpty() && m_httpError.isNone()) {
        for (const QString &folder : std::as_const(folders))
            batcher.listed(folder);
    }
    return result.error;
}

QString VolumeTreeLoader::listLocalInto(Batcher &batcher)
{
    if (!QFileInfo(m_mountpoint).isDir())
        return tr("The volume folder %1 cannot be read.").arg(m_mountpoint);
    walkLocal(m_mountpoint, m_dirs, m_recursive, [&](VolumeEntry &&e) {
        if (m_cancel->load())
            return false;
        batcher.add(std::move(e));
        return true;
    }, [&](const QString &dir) { batcher.listed(dir); });
    return {};
}

VolumeEntries VolumeTreeLoader::listLocal(const QString &mountpoint, const QString &dir)
{
    VolumeEntries out;
    walkLocal(mountpoint, {dir}, true, [&out](VolumeEntry &&e) {
        out.append(std::move(e));
        return true;
    });
    return out;
}

bool VolumeTreeLoader::walkLocal(const QString &mountpoint, const QStringList &dirs, bool recursive,
                                 const std::function<bool(VolumeEntry &&)> &onEntry,
                                 const std::function<void(const QString &)> &onListed)
{
    const QByteArray root = QFile::encodeName(QDir(mountpoint).absolutePath());
    QQueue<QString> pending;
    for (const QString &dir : dirs)
        pending.enqueue(dir);
    while (!pending.isEmpty()) {
        const QString dir = pending.dequeue();
        const QByteArray native = dir.isEmpty() ? root : root + '/' + QFile::encodeName(dir);
        // O_NOFOLLOW: links are shown, not entered, so a folder asked for must be a folder.
        const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        DIR *d = fd < 0 ? nullptr : ::fdopendir(fd);
        if (!d) {
            if (fd >= 0)
                ::close(fd);
            continue; // vanished, or not ours to read: not listed
        }
        while (const dirent *de = ::readdir(d)) {
            if (qstrcmp(de->d_name, ".") == 0 || qstrcmp(de->d_name, "..") == 0)
                continue;
            struct stat st;
            if (::fstatat(fd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue; // vanished while we walked
            VolumeEntry e;
            e.path = joinVolumePath(dir, QFile::decodeName(de->d_name));
            e.type = typeFromMode(st.st_mode);
            e.mode = quint32(st.st_mode) & 07777;
            e.mtime = st.st_mtime;
            if (e.type == VolumeEntry::Type::File)
                e.size = st.st_size;
            if (e.type == VolumeEntry::Type::Symlink) {
                QByteArray buf(4096, '\0');
                const ssize_t n = ::readlinkat(fd, de->d_name, buf.data(), size_t(buf.size()));
                e.linkTarget = QFile::decodeName(buf.left(n > 0 ? qsizetype(n) : 0));
            }
            if (recursive && e.type == VolumeEntry::Type::Directory)
                pending.enqueue(e.path);
            if (!onEntry(std::move(e))) {
                ::closedir(d);
                return false;
            }
        }
        ::closedir(d);
        if (onListed)
            onListed(dir);
    }
    return true;
}

} // namespace dx
