#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>

struct archive;
struct archive_entry;
class QIODevice;

namespace dx {

class ArchiveInput;
class ChunkQueue;

enum class ExtractRefusal {
    AbsolutePath,    // "/etc/x"
    ParentComponent, // "../x", "a/../../x"
    LinkOutside,     // a symlink or hardlink whose target is outside the folder
    ThroughSymlink,  // "a/x" where "a" is a symlink (extracted before, or already there)
    SpecialFile,     // device, fifo, socket
    Exists,          // the file is there and overwriting is off
    NotADirectory,   // "a/x" where "a" is a file
};

struct ExtractIssue
{
    QString path; // the member name as stored
    ExtractRefusal reason;
    QString message; // translated, for the user
};

struct SafeExtractOptions
{
    bool overwrite = false;     // replace existing files (never directories, never through links)
    bool stopOnRefusal = false; // stop at the first refused entry instead of skipping it
    bool restorePermissions = true; // rwx bits only, masked with the umask; setuid, setgid, sticky dropped
    bool restoreMtime = true;
};

struct SafeExtractResult
{
    qint64 extractedEntries = 0;
    qint64 bytesWritten = 0;
    QVector<ExtractIssue> refused;
    QString error; // fatal: unreadable stream, disk full, or stopped at a refusal
    qint64 errorOffset = -1;
    bool cancelled = false;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

// Writes a tar stream (GET /containers/{id}/archive) into a folder chosen by the user. The
// archive comes from a container, which is not trusted: nothing may land outside the folder,
// whatever names, links or ordering the archive uses. Files are created with O_EXCL and
// O_NOFOLLOW, and every parent directory is checked with lstat, so neither a link from the
// archive nor one that was in the folder before is ever written through. Once the archive
// has been read, every link made is resolved on disk and removed if it leads out: links made
// later can turn an earlier one that looked harmless on paper into an escape.
// An overwritten file is replaced by rename() only once its new content is complete. A run
// that fails or is cancelled (a cut connection, a full disk) undoes itself: what it created
// is removed and what it replaced is put back, so the folder is as it was before; a download
// is all or nothing. Until the run ends, each original it replaced stays beside its new
// version under a hidden name (".name.dx-orig-XXXXXX"), so an overwriting download needs the
// space of both. Modes are masked with the umask, and folders that were there before keep
// their own mode and times.
class SafeExtractor final
{
    Q_DISABLE_COPY_MOVE(SafeExtractor)
public:
    // (stream bytes read so far, entries handled so far)
    using ProgressCallback = std::function<void(qint64, qint64)>;

    explicit SafeExtractor(const QString &targetDirectory, const SafeExtractOptions &options = {});

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // Checked between entries and blocks. A run blocked in ChunkQueue::take() wakes only when
    // the queue is fed or aborted, so whoever cancels also calls ChunkQueue::abort().
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    SafeExtractResult extract(QIODevice *device);
    SafeExtractResult extract(ChunkQueue *queue);

private:
    struct DirectoryFix
    {
        QByteArray path;
        quint32 mode;
        qint64 mtime;
    };
    struct CreatedLink
    {
        QByteArray relative;
        QByteArray name; // as stored, for the refusal
    };
    // One thing the run did on disk, to be undone if it fails.
    struct Change
    {
        QByteArray path;   // absolute
        QByteArray backup; // what was at path before, moved aside; empty: nothing was there
        bool directory = false;
    };

    SafeExtractResult run(ArchiveInput &input);
    bool handleEntry(archive *a, archive_entry *entry, SafeExtractResult &result);
    bool prepareParents(const QByteArrayList &components, const QByteArray &name,
                        SafeExtractResult &result);
    // `replace` non-null: a file entry, which replaces an existing non-folder by rename()
    // (*replace set) instead of unlinking it first.
    bool prepareLeaf(const QByteArray &path, bool isDirectory, const QByteArray &name,
                     SafeExtractResult &result, bool *replace = nullptr);
    bool makeDirectory(archive_entry *entry, const QByteArray &path, const QByteArray &name,
                       SafeExtractResult &result);
    bool writeFile(archive *a, archive_entry *entry, const QByteArray &path, bool replace,
                   SafeExtractResult &result);
    bool makeSymlink(const QByteArrayList &components, const QByteArray &target,
                     const QByteArray &name, SafeExtractResult &result);
    bool makeHardlink(const QByteArray &path, const QByteArray &target, const QByteArray &name,
                      SafeExtractResult &result);
    void removeEscapingLinks(SafeExtractResult &result);
    // Gives what is at `path` a hidden name of its own beside it (*backup). `keepInPlace`: as
    // a second (hard) link, so that `path` itself is only ever replaced by one rename().
    bool backUp(const QByteArray &path, bool keepInPlace, QByteArray *backup);
    // The run failed: undo its changes, newest first. Succeeded: drop the backups.
    void rollBack();
    void commit();
    void fixDirectories();
    // Records the refusal and returns false (nothing written); with stopOnRefusal it also
    // sets result.error, which ends the run.
    bool refuse(SafeExtractResult &result, const QByteArray &name, ExtractRefusal reason);
    bool fail(SafeExtractResult &result, const QString &message);
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    QByteArray absolute(const QByteArray &relative) const { return m_root + '/' + relative; }

    QString m_targetDirectory;
    SafeExtractOptions m_options;
    ProgressCallback m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    quint32 m_umask = 0;

    // Per run.
    QByteArray m_root;
    ArchiveInput *m_input = nullptr;
    QSet<QByteArray> m_symlinks;       // relative paths of links made in this run
    QVector<CreatedLink> m_links;      // the same, in the order they were made
    QSet<QByteArray> m_poppedPrefixes; // directories some accepted link climbs out of with ".."
    QSet<QByteArray> m_createdDirs;    // absolute paths of folders this run made
    QVector<Change> m_changes;         // in the order they were made
    QSet<QByteArray> m_knownDirs;      // relative paths of folders checked or made by prepareParents
    QHash<QByteArray, qsizetype> m_directoryIndex; // into m_directories, so a repeated entry wins
    QVector<DirectoryFix> m_directories;
};

} // namespace dx
