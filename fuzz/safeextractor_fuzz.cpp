// SafeExtractor on hostile trees built by HostileTar from a text script (see hostiletar.h):
// links, "..", absolute names, duplicates, hard links to links, deep nesting, whiteouts, huge
// sizes, truncated data, through a QBuffer or a ChunkQueue, cancelled or not. After every run,
// whatever the outcome:
//  - nothing outside the destination changed: the sandbox around it (a canary folder beside
//    it, the folders above it, each holding a file) is compared with a snapshot;
//  - nothing under the destination resolves outside it: every link is resolved by the kernel
//    (realpath), a dangling one with its missing parts taken as folders that may appear later;
//    and no file there shares an inode with a file outside (a hard link out);
//  - a run that succeeded accounts for every member: extracted or listed as refused.
// The destination lies eight folders deep in the sandbox, so that climbing out of it lands
// where the snapshot sees it.

#include "hostiletar.h"

#include "streams/chunkqueue.h"
#include "streams/safeextractor.h"

#include <QBuffer>

#include <atomic>
#include <cerrno>
#include <climits>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ftw.h>
#include <map>
#include <set>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace {

constexpr int Depth = 8;

std::string g_sandbox;
std::string g_dest;
std::string g_destReal;
std::string g_canary;
std::map<std::string, std::string> g_snapshot;
std::set<std::pair<dev_t, ino_t>> g_outsideInodes;
ino_t g_prelinkInode = 0;

[[noreturn]] void fail(const std::string &what)
{
    std::fprintf(stderr, "safeextractor_fuzz: %s\n", what.c_str());
    std::abort();
}

std::string readText(const std::string &path)
{
    std::string text;
    if (FILE *f = std::fopen(path.c_str(), "rb")) {
        char buffer[4096];
        size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0)
            text.append(buffer, n);
        std::fclose(f);
    }
    return text;
}

void writeText(const std::string &path, const std::string &text)
{
    FILE *f = std::fopen(path.c_str(), "wb");
    if (!f)
        fail("cannot write " + path);
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
}

// The sandbox minus the destination's subtree: what must never change.
std::map<std::string, std::string> snapshot(std::set<std::pair<dev_t, ino_t>> *inodes = nullptr)
{
    static std::map<std::string, std::string> *out;
    static std::set<std::pair<dev_t, ino_t>> *ids;
    std::map<std::string, std::string> result;
    out = &result;
    ids = inodes;
    ::nftw(g_sandbox.c_str(), [](const char *path, const struct stat *st, int, FTW *ftw) -> int {
        const std::string p = path;
        if (p == g_dest)
            return FTW_SKIP_SUBTREE;
        const char *name = path + ftw->base; // FTW_CHDIR: deep paths cost the kernel dearly
        std::string v = std::to_string(st->st_mode) + ' ' + std::to_string(st->st_ino) + ' '
                + std::to_string(st->st_nlink) + ' ' + std::to_string(st->st_size) + ' '
                + std::to_string(st->st_mtim.tv_sec) + '.' + std::to_string(st->st_mtim.tv_nsec);
        if (S_ISREG(st->st_mode)) {
            v += ' ' + readText(name);
            if (ids)
                ids->insert({st->st_dev, st->st_ino});
        } else if (S_ISLNK(st->st_mode)) {
            char target[PATH_MAX];
            const ssize_t n = ::readlink(name, target, sizeof target);
            v += " -> " + std::string(target, size_t(std::max<ssize_t>(n, 0)));
        }
        (*out)[p] = v;
        return FTW_CONTINUE;
    }, 16, FTW_PHYS | FTW_ACTIONRETVAL | FTW_CHDIR);
    return result;
}

void emptyDestination()
{
    // Folders may have been left without permissions: open them up first (pre-order), then
    // remove depth first. The destination itself stays, so its parent's time does not change.
    // nftw() opens a folder before reporting it, so an unreadable one inside another needs
    // another pass (only without root, which reads them all).
    static bool unreadable;
    for (int pass = 0; pass < 64; ++pass) {
        unreadable = false;
        ::nftw(g_dest.c_str(), [](const char *path, const struct stat *st, int flag, FTW *ftw) {
            if (S_ISDIR(st->st_mode))
                ::chmod(path + ftw->base, 0700);
            unreadable = unreadable || flag == FTW_DNR;
            return 0;
        }, 16, FTW_PHYS | FTW_CHDIR);
        if (!unreadable)
            break;
    }
    ::nftw(g_dest.c_str(), [](const char *path, const struct stat *, int flag, FTW *ftw) {
        // A folder is reported from inside it (FTW_DEPTH with FTW_CHDIR).
        const std::string name = (flag == FTW_DP ? "../" : "") + std::string(path + ftw->base);
        if (ftw->level > 0 && ::remove(name.c_str()) != 0)
            fail(std::string("cannot clean ") + path + ": " + std::strerror(errno));
        return 0;
    }, 16, FTW_PHYS | FTW_DEPTH | FTW_CHDIR);
    // Each run starts from the same empty folder, or findings would not reproduce.
    static int left;
    left = 0;
    ::nftw(g_dest.c_str(), [](const char *, const struct stat *, int, FTW *ftw) { return left += ftw->level > 0, 0; }, 16, FTW_PHYS);
    if (left != 0)
        fail("the destination could not be emptied");
}

void setUp()
{
    std::setlocale(LC_ALL, "C.UTF-8"); // as the app runs: names are UTF-8
    const char *tmp = std::getenv("TMPDIR");
    std::string base = std::string(tmp && *tmp ? tmp : "/tmp") + "/dx-extract-fuzz-XXXXXX";
    if (!::mkdtemp(base.data()))
        fail("cannot make the sandbox");
    char *real = ::realpath(base.c_str(), nullptr);
    g_sandbox = real;
    std::free(real);
    std::string level = g_sandbox;
    for (int i = 0; i < Depth; ++i) {
        writeText(level + "/passwd", "root:x:0:0\n");
        level += '/' + std::to_string(i);
        ::mkdir(level.c_str(), 0755);
    }
    g_canary = level + "/canary";
    g_dest = level + "/dest";
    ::mkdir(g_canary.c_str(), 0755);
    ::mkdir((g_canary + "/sub").c_str(), 0755);
    writeText(g_canary + "/passwd", "root:x:0:0\n");
    ::mkdir(g_dest.c_str(), 0755);
    g_destReal = g_dest;
    g_snapshot = snapshot(&g_outsideInodes);
    std::atexit([] {
        emptyDestination();
        ::nftw(g_sandbox.c_str(), [](const char *path, const struct stat *, int, FTW *) { return ::remove(path), 0; },
               16, FTW_PHYS | FTW_DEPTH);
    });
}

bool inside(const std::string &real)
{
    return real == g_destReal || real.compare(0, g_destReal.size() + 1, g_destReal + '/') == 0;
}

// Where `path` leads when its missing parts are taken as folders: the kernel's walk, except
// that a missing component does not stop it. False only for a resolution that ends outside.
bool danglingLeadsInside(const std::string &path)
{
    std::vector<std::string> pending; // a stack: the back is the next component
    auto push = [&pending](const std::string &p) {
        std::vector<std::string> parts;
        size_t start = 0;
        while (start <= p.size()) {
            const size_t slash = std::min(p.find('/', start), p.size());
            const std::string part = p.substr(start, slash - start);
            if (!part.empty() && part != ".")
                parts.push_back(part);
            start = slash + 1;
        }
        pending.insert(pending.end(), parts.rbegin(), parts.rend());
    };
    push(path);
    std::vector<std::string> resolved;
    for (int hops = 0; !pending.empty();) {
        const std::string part = pending.back();
        pending.pop_back();
        if (part == "..") {
            if (!resolved.empty())
                resolved.pop_back();
            continue;
        }
        resolved.push_back(part);
        std::string current;
        for (const std::string &r : resolved)
            current += '/' + r;
        char target[PATH_MAX];
        const ssize_t n = ::readlink(current.c_str(), target, sizeof target);
        if (n < 0)
            continue; // not a link, or missing: walk on
        if (++hops > 40)
            return true; // the kernel gives up too: nothing is reached through it
        resolved.pop_back();
        if (target[0] == '/')
            resolved.clear();
        push(std::string(target, size_t(n)));
    }
    std::string real;
    for (const std::string &r : resolved)
        real += '/' + r;
    return inside(real.empty() ? "/" : real);
}

void checkDestination()
{
    ::nftw(g_dest.c_str(), [](const char *path, const struct stat *st, int, FTW *ftw) {
        if (S_ISREG(st->st_mode) && g_outsideInodes.count({st->st_dev, st->st_ino}))
            fail(std::string("hard link out of the destination: ") + path);
        if (!S_ISLNK(st->st_mode) || st->st_ino == g_prelinkInode)
            return 0;
        char *real = ::realpath(path + ftw->base, nullptr);
        if (real) {
            const std::string r = real;
            std::free(real);
            if (!inside(r))
                fail(std::string("link leads out: ") + path + " -> " + r);
        } else if (errno == ENOENT || errno == ENOTDIR) {
            if (!danglingLeadsInside(path))
                fail(std::string("dangling link leads out once its folders exist: ") + path);
        } else if (errno != ELOOP && errno != EACCES) { // a loop, or a folder without x (no root), reaches nothing
            fail(std::string("cannot resolve ") + path);
        }
        return 0;
    }, 16, FTW_PHYS | FTW_CHDIR);
}

void makePreexisting()
{
    // The user's own things: a file, a folder and a link that leads out on purpose, which
    // extraction must neither follow nor count against the archive.
    writeText(g_dest + "/pre", "mine\n");
    ::mkdir((g_dest + "/predir").c_str(), 0755);
    writeText(g_dest + "/predir/f", "mine\n");
    ::symlink(g_canary.c_str(), (g_dest + "/prelink").c_str());
    struct stat st;
    g_prelinkInode = ::lstat((g_dest + "/prelink").c_str(), &st) == 0 ? st.st_ino : 0;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 8192)
        return 0;
    const QByteArray script(reinterpret_cast<const char *>(data), qsizetype(size));
    const dx::fuzz::HostileTar tar = dx::fuzz::HostileTar::fromScript(
            script, QByteArray::fromStdString(g_sandbox), QByteArray::fromStdString(g_canary));
    g_prelinkInode = 0;
    if (tar.options.preexisting)
        makePreexisting();

    dx::SafeExtractOptions options;
    options.overwrite = tar.options.overwrite;
    options.stopOnRefusal = tar.options.stopOnRefusal;
    options.restorePermissions = tar.options.restorePermissions;
    options.restoreMtime = tar.options.restoreMtime;
    dx::SafeExtractor extractor(QString::fromStdString(g_dest), options);
    std::atomic<bool> cancel{false};
    dx::ChunkQueue queue(tar.bytes.size() + 1);
    int reports = 0;
    extractor.setCancelFlag(&cancel);
    extractor.setProgressCallback([&](qint64, qint64) {
        if (tar.options.cancelAt > 0 && ++reports == tar.options.cancelAt) {
            cancel = true;
            queue.abort(); // as the download does: a reader blocked in take() wakes
        }
    });
    dx::SafeExtractResult result;
    if (tar.options.queueChunk > 0) {
        for (qsizetype at = 0; at < tar.bytes.size(); at += tar.options.queueChunk)
            queue.feed(tar.bytes.mid(at, tar.options.queueChunk));
        queue.finish();
        result = extractor.extract(&queue);
    } else {
        QByteArray bytes = tar.bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        result = extractor.extract(&buffer);
    }

    if (snapshot() != g_snapshot)
        fail("something outside the destination changed");
    checkDestination();
    for (const dx::ExtractIssue &issue : qAsConst(result.refused)) {
        if (issue.message.isEmpty() || !issue.message.contains(issue.path))
            fail("a refusal that does not name its member");
    }
    if (result.ok() && tar.accountable && result.extractedEntries + result.refused.size() != tar.entries) {
        fail("members unaccounted for: " + std::to_string(tar.entries) + " in the archive, "
             + std::to_string(result.extractedEntries) + " extracted, " + std::to_string(result.refused.size())
             + " refused");
    }
    if (std::getenv("DX_FUZZ_KEEP")) { // to look at what one input made
        std::fprintf(stderr, "safeextractor_fuzz: kept %s\n%d members, %lld extracted, %lld refused, error: %s\n",
                     g_dest.c_str(), tar.entries, result.extractedEntries, qlonglong(result.refused.size()),
                     qPrintable(result.error));
        for (const dx::ExtractIssue &issue : qAsConst(result.refused))
            std::fprintf(stderr, "  %s\n", qPrintable(issue.message));
        if (FILE *f = std::fopen((g_sandbox + "/archive").c_str(), "wb")) {
            std::fwrite(tar.bytes.constData(), 1, size_t(tar.bytes.size()), f);
            std::fclose(f);
        }
        std::_Exit(0);
    }
    emptyDestination();
    return 0;
}
