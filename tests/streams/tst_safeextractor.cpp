#include "streams/safeextractor.h"
#include "testtar.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using dx::ExtractRefusal;
using dx::SafeExtractOptions;
using dx::SafeExtractor;
using dx::SafeExtractResult;
using dx::test::TestTar;

Q_DECLARE_METATYPE(dx::ExtractRefusal)

namespace {

SafeExtractResult extract(const QString &folder, QByteArray tar, const SafeExtractOptions &options = {})
{
    QBuffer buffer(&tar);
    buffer.open(QIODevice::ReadOnly);
    SafeExtractor extractor(folder, options);
    return extractor.extract(&buffer);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

QString realPath(const QString &path)
{
    char *real = ::realpath(encoded(path).constData(), nullptr);
    const QString result = real ? QFile::decodeName(real) : QString();
    ::free(real);
    return result;
}

QString reasonName(ExtractRefusal reason)
{
    switch (reason) {
    case ExtractRefusal::AbsolutePath: return QStringLiteral("AbsolutePath");
    case ExtractRefusal::ParentComponent: return QStringLiteral("ParentComponent");
    case ExtractRefusal::LinkOutside: return QStringLiteral("LinkOutside");
    case ExtractRefusal::ThroughSymlink: return QStringLiteral("ThroughSymlink");
    case ExtractRefusal::SpecialFile: return QStringLiteral("SpecialFile");
    case ExtractRefusal::Exists: return QStringLiteral("Exists");
    case ExtractRefusal::NotADirectory: return QStringLiteral("NotADirectory");
    }
    return {};
}

// Sets a file's or folder's mtime, so a test can see that extraction left it alone.
bool setMtime(const QString &path, time_t mtime)
{
    const timespec times[2] = {{0, UTIME_OMIT}, {mtime, 0}};
    return ::utimensat(AT_FDCWD, encoded(path).constData(), times, AT_SYMLINK_NOFOLLOW) == 0;
}

class UmaskGuard final
{
    Q_DISABLE_COPY_MOVE(UmaskGuard)
public:
    explicit UmaskGuard(mode_t mask)
        : m_previous(::umask(mask))
    {
    }
    ~UmaskGuard() { ::umask(m_previous); }

private:
    mode_t m_previous;
};

} // namespace

// Each attack runs in dest/ inside a sandbox whose outside/ plays the rest of the system:
// after extraction, outside/ must be exactly as before.
class TestSafeExtractor final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void refusesAttacks_data();
    void refusesAttacks();
    void plainTreeExtracts();
    void existingFilesNeedOverwrite();
    void overwriteNeverFollowsLink();
    void preexistingSymlinkIsNotWrittenThrough();
    void stopOnRefusal();
    void cancelFromProgress();
    void truncatedStreamLeavesNoPartialFile();
    void failedRunRestoresFolder();
    void missingFolderIsAnError();
    void linkChainsCannotEscape_data();
    void linkChainsCannotEscape();
    void overwriteReplacesByRename();
    void failedOverwriteKeepsOriginal_data();
    void failedOverwriteKeepsOriginal();
    void modesFollowUmask_data();
    void modesFollowUmask();
    void deepTreeIsLinear();
    void memberBeyondPathMaxIsAnError();

private:
    QTemporaryDir m_sandbox;
    QString m_dest;
    QString m_outside;
};

void TestSafeExtractor::initTestCase()
{
    // The expected modes below assume the usual umask; the umask tests set their own.
    ::umask(022);
}

void TestSafeExtractor::init()
{
    QVERIFY(m_sandbox.isValid());
    const QString base = m_sandbox.path() + QLatin1Char('/') + QString::fromLatin1(QTest::currentTestFunction())
            + QLatin1Char('-') + QString::fromLatin1(QTest::currentDataTag());
    m_dest = base + QStringLiteral("/dest/inner");
    m_outside = base + QStringLiteral("/outside");
    QVERIFY(QDir().mkpath(m_dest));
    QVERIFY(QDir().mkpath(m_outside));
    QFile secret(m_outside + QStringLiteral("/passwd"));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("root:x:0:0\n");
}

void TestSafeExtractor::refusesAttacks_data()
{
    QTest::addColumn<QByteArray>("tar");
    QTest::addColumn<QString>("refusedPath");
    QTest::addColumn<ExtractRefusal>("reason");
    QTest::addColumn<int>("extracted");

    QTest::newRow("dotdot") << TestTar().file("../../outside/evil", "x").bytes() << QStringLiteral("../../outside/evil")
                            << ExtractRefusal::ParentComponent << 0;
    QTest::newRow("dotdot inside") << TestTar().file("a/../../x", "x").file("ok", "y").bytes()
                                   << QStringLiteral("a/../../x") << ExtractRefusal::ParentComponent << 1;
    QTest::newRow("absolute") << TestTar().file("/etc/x", "x").bytes() << QStringLiteral("/etc/x")
                              << ExtractRefusal::AbsolutePath << 0;
    QTest::newRow("symlink to /etc") << TestTar().symlink("a", "/etc").file("a/passwd", "pwned").bytes()
                                     << QStringLiteral("a") << ExtractRefusal::LinkOutside << 1;
    QTest::newRow("symlink up") << TestTar().symlink("a", "../../outside").file("a/passwd", "pwned").bytes()
                                << QStringLiteral("a") << ExtractRefusal::LinkOutside << 1;
    QTest::newRow("write through own link") << TestTar().dir("sub").symlink("a", "sub").file("a/f", "x").bytes()
                                            << QStringLiteral("a/f") << ExtractRefusal::ThroughSymlink << 2;
    QTest::newRow("dir through own link") << TestTar().symlink("a", ".").dir("a/d").bytes()
                                          << QStringLiteral("a/d/") << ExtractRefusal::ThroughSymlink << 1;
    QTest::newRow("climb out of link") << TestTar().symlink("c", ".").symlink("x", "c/../../outside").bytes()
                                       << QStringLiteral("x") << ExtractRefusal::LinkOutside << 1;
    QTest::newRow("climb via link made later") << TestTar().dir("c").symlink("x", "c/..").symlink("c2", "c").bytes()
                                               << QString() << ExtractRefusal::LinkOutside << 3;
    QTest::newRow("link replaces climbed dir") << TestTar().symlink("x", "c/..").symlink("c", ".").bytes()
                                               << QStringLiteral("c") << ExtractRefusal::LinkOutside << 1;
    QTest::newRow("hardlink outside") << TestTar().hardlink("h", "../../outside/passwd").bytes()
                                      << QStringLiteral("h") << ExtractRefusal::LinkOutside << 0;
    QTest::newRow("hardlink absolute") << TestTar().hardlink("h", "/etc/passwd").bytes() << QStringLiteral("h")
                                       << ExtractRefusal::LinkOutside << 0;
    QTest::newRow("hardlink via symlink") << TestTar().dir("d").file("d/f", "1").symlink("l", "d").hardlink("h", "l/f").bytes()
                                          << QStringLiteral("h") << ExtractRefusal::ThroughSymlink << 3;
    QTest::newRow("char device") << TestTar().charDevice("dev").file("f", "ok").bytes() << QStringLiteral("dev")
                                 << ExtractRefusal::SpecialFile << 1;
    QTest::newRow("fifo") << TestTar().fifo("p").bytes() << QStringLiteral("p") << ExtractRefusal::SpecialFile << 0;
    QTest::newRow("file as parent") << TestTar().file("f", "x").file("f/g", "y").bytes() << QStringLiteral("f/g")
                                    << ExtractRefusal::NotADirectory << 1;
}

void TestSafeExtractor::refusesAttacks()
{
    QFETCH(QByteArray, tar);
    QFETCH(QString, refusedPath);
    QFETCH(ExtractRefusal, reason);
    QFETCH(int, extracted);
    const SafeExtractResult result = extract(m_dest, tar);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.extractedEntries, qint64(extracted));
    if (refusedPath.isEmpty()) {
        QVERIFY(result.refused.isEmpty());
    } else {
        QCOMPARE(result.refused.size(), 1);
        QCOMPARE(result.refused[0].path, refusedPath);
        QCOMPARE(result.refused[0].reason, reason);
        QVERIFY(result.refused[0].message.contains(refusedPath));
    }
    // Nothing escaped: outside/ still holds only the untouched secret, dest/ only inner/.
    QCOMPARE(QDir(m_outside).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("passwd")});
    QCOMPARE(readFile(m_outside + QStringLiteral("/passwd")), QByteArray("root:x:0:0\n"));
    QCOMPARE(QDir(m_dest + QStringLiteral("/..")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("inner")});
    QVERIFY(!QFile::exists(QStringLiteral("/etc/x")));
}

void TestSafeExtractor::plainTreeExtracts()
{
    const QByteArray tar = TestTar()
                                   .dir("./")
                                   .dir("./top/", 0750)
                                   .file("./top/a.txt", "alpha", 0640)
                                   .file("top/deep/er/b.bin", QByteArray("\0\1\2", 3), 0755)
                                   .symlink("top/link", "a.txt")
                                   .symlink("top/deep/up", "../a.txt")
                                   .hardlink("top/hard", "top/a.txt")
                                   .dir("ro", 0555)
                                   .file("ro/inside", "in ro")
                                   .bytes();
    qint64 lastBytes = -1;
    QBuffer buffer(const_cast<QByteArray *>(&tar));
    buffer.open(QIODevice::ReadOnly);
    SafeExtractor extractor(m_dest);
    extractor.setProgressCallback([&lastBytes](qint64 bytes, qint64) { lastBytes = bytes; });
    const SafeExtractResult result = extractor.extract(&buffer);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.refused.isEmpty());
    QCOMPARE(result.extractedEntries, qint64(8));
    QCOMPARE(result.bytesWritten, qint64(5 + 3 + 5));
    QCOMPARE(lastBytes, qint64(tar.size()));
    QCOMPARE(readFile(m_dest + QStringLiteral("/top/a.txt")), QByteArray("alpha"));
    QCOMPARE(readFile(m_dest + QStringLiteral("/top/deep/er/b.bin")), QByteArray("\0\1\2", 3));
    QCOMPARE(QFileInfo(m_dest + QStringLiteral("/top/link")).symLinkTarget(), m_dest + QStringLiteral("/top/a.txt"));
    QCOMPARE(readFile(m_dest + QStringLiteral("/top/deep/up")), QByteArray("alpha"));
    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(m_dest + QStringLiteral("/top/hard")).constData(), &info), 0);
    QCOMPARE(int(info.st_nlink), 2);
    QCOMPARE(int(info.st_mode & 0777), 0640);
    QCOMPARE(int(info.st_mtime), 1700000000);
    QCOMPARE(::stat(QFile::encodeName(m_dest + QStringLiteral("/top")).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0750);
    QCOMPARE(::stat(QFile::encodeName(m_dest + QStringLiteral("/ro")).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0555);
    QCOMPARE(readFile(m_dest + QStringLiteral("/ro/inside")), QByteArray("in ro"));
    ::chmod(QFile::encodeName(m_dest + QStringLiteral("/ro")).constData(), 0755); // let cleanup delete it
}

void TestSafeExtractor::existingFilesNeedOverwrite()
{
    QFile existing(m_dest + QStringLiteral("/f"));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old");
    existing.close();
    const QByteArray tar = TestTar().file("f", "new").file("g", "fresh").bytes();

    SafeExtractResult result = extract(m_dest, tar);
    QVERIFY(result.ok());
    QCOMPARE(result.refused.size(), 1);
    QCOMPARE(result.refused[0].reason, ExtractRefusal::Exists);
    QCOMPARE(readFile(m_dest + QStringLiteral("/f")), QByteArray("old"));

    SafeExtractOptions overwrite;
    overwrite.overwrite = true;
    result = extract(m_dest, tar, overwrite);
    QVERIFY(result.ok());
    QVERIFY(result.refused.isEmpty());
    QCOMPARE(readFile(m_dest + QStringLiteral("/f")), QByteArray("new"));
    QCOMPARE(readFile(m_dest + QStringLiteral("/g")), QByteArray("fresh"));

    // A folder is never replaced by a file, even with overwrite.
    QVERIFY(QDir().mkdir(m_dest + QStringLiteral("/dir")));
    result = extract(m_dest, TestTar().file("dir", "x").bytes(), overwrite);
    QCOMPARE(result.refused.size(), 1);
    QVERIFY(QFileInfo(m_dest + QStringLiteral("/dir")).isDir());
}

void TestSafeExtractor::overwriteNeverFollowsLink()
{
    QVERIFY(QFile::link(m_outside + QStringLiteral("/passwd"), m_dest + QStringLiteral("/f")));
    SafeExtractOptions overwrite;
    overwrite.overwrite = true;
    const SafeExtractResult result = extract(m_dest, TestTar().file("f", "pwned").bytes(), overwrite);
    QVERIFY(result.ok());
    QCOMPARE(readFile(m_outside + QStringLiteral("/passwd")), QByteArray("root:x:0:0\n"));
    QVERIFY(!QFileInfo(m_dest + QStringLiteral("/f")).isSymLink()); // the link itself was replaced
    QCOMPARE(readFile(m_dest + QStringLiteral("/f")), QByteArray("pwned"));
}

void TestSafeExtractor::preexistingSymlinkIsNotWrittenThrough()
{
    QVERIFY(QFile::link(m_outside, m_dest + QStringLiteral("/etc")));
    const SafeExtractResult result = extract(m_dest, TestTar().file("etc/passwd", "pwned").dir("etc").bytes());
    QCOMPARE(result.refused.size(), 2);
    QCOMPARE(result.refused[0].reason, ExtractRefusal::ThroughSymlink);
    QCOMPARE(result.refused[1].reason, ExtractRefusal::ThroughSymlink);
    QCOMPARE(readFile(m_outside + QStringLiteral("/passwd")), QByteArray("root:x:0:0\n"));
}

void TestSafeExtractor::stopOnRefusal()
{
    SafeExtractOptions options;
    options.stopOnRefusal = true;
    const SafeExtractResult result = extract(m_dest, TestTar().file("a", "1").file("/abs", "2").file("b", "3").bytes(), options);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QLatin1String("/abs")));
    QCOMPARE(result.extractedEntries, qint64(1));
    QVERIFY(!QFile::exists(m_dest + QStringLiteral("/b")));
}

void TestSafeExtractor::cancelFromProgress()
{
    TestTar builder;
    for (int i = 0; i < 50; ++i)
        builder.file(QByteArray("f").append(QByteArray::number(i)).constData(), QByteArray(100000, 'x'));
    QByteArray tar = builder.bytes();
    QBuffer buffer(&tar);
    buffer.open(QIODevice::ReadOnly);
    std::atomic<bool> cancel{false};
    SafeExtractor extractor(m_dest);
    extractor.setCancelFlag(&cancel);
    extractor.setProgressCallback([&cancel](qint64, qint64 entries) {
        if (entries >= 3)
            cancel = true;
    });
    const SafeExtractResult result = extractor.extract(&buffer);
    QVERIFY(result.cancelled);
    QVERIFY(result.extractedEntries >= 3 && result.extractedEntries < 50);
    // All or nothing: the files written before the cancel are gone again.
    QCOMPARE(QDir(m_dest).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
             QStringList());
}

void TestSafeExtractor::truncatedStreamLeavesNoPartialFile()
{
    const QByteArray tar = TestTar().file("whole", "ok").file("big", QByteArray(300000, 'b')).bytes();
    const SafeExtractResult result = extract(m_dest, tar.left(tar.size() - 100000));
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(result.extractedEntries, qint64(1)); // "whole" was written, then undone
    QCOMPARE(QDir(m_dest).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
             QStringList());
}

// A tree over a folder that has files of its own, cut in the middle: every name the archive
// touched before the cut (files replaced, a file replaced twice, a link over a file, new files
// and folders) is as it was, byte for byte, with its mode and time; nothing hidden is left.
void TestSafeExtractor::failedRunRestoresFolder()
{
    const auto snapshot = [](const QString &root) {
        QStringList lines;
        QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            struct stat info;
            ::lstat(encoded(path).constData(), &info);
            lines << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(path.mid(root.size()))
                         .arg(info.st_mode, 0, 8)
                         // A folder's time is the system's: it changes whenever a name in it does.
                         .arg(S_ISDIR(info.st_mode) ? qint64(0) : qint64(info.st_mtime))
                         .arg(QString::fromLatin1(S_ISREG(info.st_mode) ? readFile(path).toHex() : QByteArray()))
                         .arg(S_ISLNK(info.st_mode) ? QFileInfo(path).symLinkTarget() : QString());
        }
        lines.sort();
        return lines;
    };
    const auto write = [](const QString &path, const QByteArray &data) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    };
    QVERIFY(QDir().mkpath(m_dest + QStringLiteral("/d/old")));
    QVERIFY(write(m_dest + QStringLiteral("/d/a"), "original a"));
    QVERIFY(write(m_dest + QStringLiteral("/d/twice"), "original twice"));
    QVERIFY(write(m_dest + QStringLiteral("/d/linked"), "original linked"));
    QVERIFY(write(m_dest + QStringLiteral("/d/old/keep"), "kept"));
    QVERIFY(write(m_dest + QStringLiteral("/d/big"), "original big"));
    QVERIFY(setMtime(m_dest + QStringLiteral("/d/a"), 1500000000));
    const QStringList before = snapshot(m_dest);

    QByteArray tar = TestTar()
                         .dir("d")
                         .file("d/a", "new a")
                         .file("d/twice", "first")
                         .file("d/twice", "second")
                         .symlink("d/linked", "a")
                         .dir("d/new")
                         .file("d/new/n", "new file")
                         .hardlink("d/hard", "d/a")
                         .file("d/big", QByteArray(300000, 'b'))
                         .bytes();
    tar.chop(100000);
    SafeExtractOptions overwrite;
    overwrite.overwrite = true;
    const SafeExtractResult result = extract(m_dest, tar, overwrite);
    QVERIFY(!result.ok());
    QCOMPARE(result.extractedEntries, qint64(8)); // all but "big"
    QCOMPARE(snapshot(m_dest), before);

    // The same archive whole: everything replaced, no backup left.
    const QByteArray whole = TestTar()
                                 .file("d/a", "new a")
                                 .file("d/twice", "first")
                                 .file("d/twice", "second")
                                 .symlink("d/linked", "a")
                                 .file("d/big", "new big")
                                 .bytes();
    const SafeExtractResult ok = extract(m_dest, whole, overwrite);
    QVERIFY2(ok.ok(), qPrintable(ok.error));
    QCOMPARE(readFile(m_dest + QStringLiteral("/d/a")), QByteArray("new a"));
    QCOMPARE(readFile(m_dest + QStringLiteral("/d/twice")), QByteArray("second"));
    QCOMPARE(QFileInfo(m_dest + QStringLiteral("/d/linked")).symLinkTarget(), m_dest + QStringLiteral("/d/a"));
    QCOMPARE(readFile(m_dest + QStringLiteral("/d/big")), QByteArray("new big"));
    QCOMPARE(QDir(m_dest + QStringLiteral("/d")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
             (QStringList{QStringLiteral("a"), QStringLiteral("big"), QStringLiteral("linked"), QStringLiteral("old"),
                          QStringLiteral("twice")}));
}

void TestSafeExtractor::missingFolderIsAnError()
{
    const SafeExtractResult result = extract(m_dest + QStringLiteral("/nope"), TestTar().file("f", "x").bytes());
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QLatin1String("nope")));
}

// Entries as "name -> target" (symlink) or "name = content" (file); "@outside@" stands for the
// absolute path of outside/. Refusals as "name Reason", in the order reported.
void TestSafeExtractor::linkChainsCannotEscape_data()
{
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("refused");
    QTest::addColumn<int>("extracted");
    QTest::addColumn<QString>("dangling"); // a link left on purpose that leads nowhere (inside)

    // On paper "0" leads to a/etc/passwd; once a, c1, c2 and c3 are "." it leads three levels up.
    QTest::newRow("chain to etc passwd three up")
            << QStringList{QStringLiteral("0 -> a/c1/c2/c3/../../../etc/passwd"), QStringLiteral("a -> ."),
                           QStringLiteral("c1 -> ."), QStringLiteral("c2 -> ."), QStringLiteral("c3 -> .")}
            << QStringList{QStringLiteral("0 LinkOutside")} << 4 << QString();
    QTest::newRow("chain to the outside secret")
            << QStringList{QStringLiteral("0 -> a/c1/c2/../../outside/passwd"), QStringLiteral("a -> ."),
                           QStringLiteral("c1 -> ."), QStringLiteral("c2 -> ."), QStringLiteral("0 = pwned")}
            << QStringList{QStringLiteral("0 Exists"), QStringLiteral("0 LinkOutside")} << 3 << QString();
    QTest::newRow("chain ending in ..")
            << QStringList{QStringLiteral("0 -> a/c1/c2/c3/../../.."), QStringLiteral("a -> ."),
                           QStringLiteral("c1 -> ."), QStringLiteral("c2 -> ."), QStringLiteral("c3 -> ."),
                           QStringLiteral("0/x = pwned")}
            << QStringList{QStringLiteral("0/x ThroughSymlink"), QStringLiteral("0 LinkOutside")} << 4 << QString();
    QTest::newRow("chain through an absolute link")
            << QStringList{QStringLiteral("0 -> a/b/passwd"), QStringLiteral("a -> ."),
                           QStringLiteral("b -> @outside@"), QStringLiteral("b/passwd = inside")}
            << QStringList{QStringLiteral("b LinkOutside")} << 3 << QString();
    // Removing one link changes where the others lead: "l1" goes, and "l2" then dangles inside.
    QTest::newRow("loop")
            << QStringList{QStringLiteral("l1 -> l2"), QStringLiteral("l2 -> l1")}
            << QStringList{QStringLiteral("l1 LinkOutside")} << 1 << QStringLiteral("l2");
    QTest::newRow("inside chains stay")
            << QStringList{QStringLiteral("0 -> a/c1/../d/f"), QStringLiteral("a -> ."), QStringLiteral("c1 -> d"),
                           QStringLiteral("d/f = data")}
            << QStringList() << 4 << QString();
}

void TestSafeExtractor::linkChainsCannotEscape()
{
    QFETCH(QStringList, entries);
    QFETCH(QStringList, refused);
    QFETCH(int, extracted);
    QFETCH(QString, dangling);
    // Give the brief's target a real file, so an escaped link would resolve rather than dangle.
    const QString threeUp = QDir::cleanPath(m_dest + QStringLiteral("/../../.."));
    QVERIFY(QDir().mkpath(threeUp + QStringLiteral("/etc")));
    QFile decoy(threeUp + QStringLiteral("/etc/passwd"));
    QVERIFY(decoy.open(QIODevice::WriteOnly));
    decoy.close();

    TestTar tar;
    for (QString entry : qAsConst(entries)) {
        entry.replace(QStringLiteral("@outside@"), m_outside);
        const qsizetype arrow = entry.indexOf(QStringLiteral(" -> "));
        if (arrow > 0) {
            tar.symlink(encoded(entry.left(arrow)).constData(), encoded(entry.mid(arrow + 4)).constData());
        } else {
            const qsizetype equals = entry.indexOf(QStringLiteral(" = "));
            QVERIFY(equals > 0);
            tar.file(encoded(entry.left(equals)).constData(), entry.mid(equals + 3).toUtf8());
        }
    }
    const SafeExtractResult result = extract(m_dest, tar.bytes());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QStringList got;
    for (const dx::ExtractIssue &issue : result.refused)
        got << issue.path + QLatin1Char(' ') + reasonName(issue.reason);
    QVERIFY2(got == refused, qPrintable(got.join(QStringLiteral(", "))));
    QCOMPARE(result.extractedEntries, qint64(extracted));

    // Whatever is left resolves, on disk, to somewhere in dest/.
    const QString root = realPath(m_dest);
    QDirIterator it(m_dest, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    int seen = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++seen;
        if (it.fileName() == dangling)
            continue;
        const QString real = realPath(path);
        QVERIFY2(real == root || real.startsWith(root + QLatin1Char('/')),
                 qPrintable(path + QStringLiteral(" -> ") + real));
    }
    QVERIFY(seen >= extracted); // plus folders made for members that were never listed
    QCOMPARE(readFile(m_outside + QStringLiteral("/passwd")), QByteArray("root:x:0:0\n"));
    QCOMPARE(readFile(threeUp + QStringLiteral("/etc/passwd")), QByteArray());
    QVERIFY(!QFile::exists(threeUp + QStringLiteral("/x")));
}

void TestSafeExtractor::overwriteReplacesByRename()
{
    const QString path = m_dest + QStringLiteral("/f");
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old");
    existing.close();
    // A second hard link still sees the old content: the name was replaced, not written in place.
    QCOMPARE(::link(encoded(path).constData(), encoded(m_dest + QStringLiteral("/keeps-old")).constData()), 0);
    SafeExtractOptions overwrite;
    overwrite.overwrite = true;
    const SafeExtractResult result = extract(m_dest, TestTar().file("f", "new", 0640).bytes(), overwrite);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.extractedEntries, qint64(1));
    QCOMPARE(readFile(path), QByteArray("new"));
    struct stat info;
    QCOMPARE(::stat(encoded(path).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0640);
    QCOMPARE(int(info.st_mtime), 1700000000);
    QCOMPARE(readFile(m_dest + QStringLiteral("/keeps-old")), QByteArray("old"));
    QCOMPARE(QDir(m_dest).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
             (QStringList{QStringLiteral("f"), QStringLiteral("keeps-old")})); // no temporary file left
}

void TestSafeExtractor::failedOverwriteKeepsOriginal_data()
{
    QTest::addColumn<bool>("existing");
    QTest::addColumn<bool>("cancel");
    QTest::newRow("truncated over original") << true << false;
    QTest::newRow("cancelled over original") << true << true;
    QTest::newRow("truncated new file") << false << false;
    QTest::newRow("cancelled new file") << false << true;
}

void TestSafeExtractor::failedOverwriteKeepsOriginal()
{
    QFETCH(bool, existing);
    QFETCH(bool, cancel);
    const QString path = m_dest + QStringLiteral("/big");
    if (existing) {
        QFile original(path);
        QVERIFY(original.open(QIODevice::WriteOnly));
        original.write("original");
        original.close();
        QVERIFY(::chmod(encoded(path).constData(), 0604) == 0);
        QVERIFY(setMtime(path, 1600000000));
    }
    QByteArray tar = TestTar().file("big", QByteArray(300000, 'n')).bytes();
    if (!cancel)
        tar.chop(100000);
    QBuffer buffer(&tar);
    buffer.open(QIODevice::ReadOnly);
    SafeExtractOptions overwrite;
    overwrite.overwrite = true;
    std::atomic<bool> cancelFlag{false};
    SafeExtractor extractor(m_dest, overwrite);
    extractor.setCancelFlag(&cancelFlag);
    // Called after each block of the member is written: cancel in the middle of the entry.
    extractor.setProgressCallback([&cancelFlag, cancel](qint64, qint64) {
        if (cancel)
            cancelFlag = true;
    });
    const SafeExtractResult result = extractor.extract(&buffer);
    QVERIFY(!result.ok());
    QCOMPARE(result.cancelled, cancel);
    QCOMPARE(result.error.isEmpty(), cancel);
    QCOMPARE(result.extractedEntries, qint64(0));
    const QStringList left =
            QDir(m_dest).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    if (!existing) {
        QCOMPARE(left, QStringList());
        return;
    }
    QCOMPARE(left, QStringList{QStringLiteral("big")}); // no .big.dx-part-* beside it
    QCOMPARE(readFile(path), QByteArray("original"));
    struct stat info;
    QCOMPARE(::stat(encoded(path).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0604);
    QCOMPARE(int(info.st_mtime), 1600000000);
}

void TestSafeExtractor::modesFollowUmask_data()
{
    QTest::addColumn<int>("mask");
    QTest::addColumn<int>("folderMode");
    QTest::addColumn<int>("fileMode");
    QTest::newRow("022") << 022 << 0755 << 0644;
    QTest::newRow("077") << 077 << 0700 << 0600;
}

void TestSafeExtractor::modesFollowUmask()
{
    QFETCH(int, mask);
    QFETCH(int, folderMode);
    QFETCH(int, fileMode);
    const QString old = m_dest + QStringLiteral("/old");
    QVERIFY(QDir().mkdir(old));
    QVERIFY(::chmod(encoded(old).constData(), 0750) == 0);
    QVERIFY(setMtime(old, 1600000000));
    const QByteArray tar = TestTar()
                                   .dir("old", 0777)
                                   .dir("new", 0777)
                                   .file("new/f", "x", 0666)
                                   .file("implicit/g", "y", 0777)
                                   .bytes();
    SafeExtractResult result;
    {
        const UmaskGuard guard{mode_t(mask)}; // the extractor reads it when constructed
        result = extract(m_dest, tar);
    }
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.extractedEntries, qint64(4));
    struct stat info;
    QCOMPARE(::stat(encoded(m_dest + QStringLiteral("/new")).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 07777), folderMode);
    QCOMPARE(int(info.st_mtime), 1700000000);
    QCOMPARE(::stat(encoded(m_dest + QStringLiteral("/new/f")).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 07777), fileMode);
    QCOMPARE(::stat(encoded(m_dest + QStringLiteral("/implicit")).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 07777), folderMode); // made for a member, never listed itself
    QCOMPARE(::stat(encoded(m_dest + QStringLiteral("/implicit/g")).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 07777), folderMode);
    // The folder that was there keeps its own mode and time.
    QCOMPARE(::stat(encoded(old).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 07777), 0750);
    QCOMPARE(int(info.st_mtime), 1600000000);
}

// Found by fuzz/safeextractor_fuzz (slow units): each member had every folder above it checked
// by absolute path, and links and hard-link targets were resolved the same way, so the kernel's
// work grew with the square of the depth (200 files 1,900 folders deep took minutes). Folders
// are now walked one component at a time from open ones, and known folders are not rechecked.
void TestSafeExtractor::deepTreeIsLinear()
{
    QByteArray deep("d");
    for (int i = 1; i < 1500; ++i)
        deep += "/d";
    TestTar tar;
    tar.dir(deep.constData());
    for (int i = 0; i < 200; ++i)
        tar.file(QByteArray(deep + "/f" + QByteArray::number(i)).constData(), "x");
    for (int i = 0; i < 50; ++i) // "../d" is the link's own folder again
        tar.symlink(QByteArray(deep + "/l" + QByteArray::number(i)).constData(), "../d/f0");
    for (int i = 0; i < 50; ++i)
        tar.hardlink(QByteArray("h" + QByteArray::number(i)).constData(), QByteArray(deep + "/f0").constData());
    const QByteArray bytes = tar.bytes();
    QElapsedTimer timer;
    timer.start();
    const SafeExtractResult result = extract(m_dest, bytes);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.refused.isEmpty());
    QCOMPARE(result.extractedEntries, qint64(301));
    QCOMPARE(readFile(m_dest + QStringLiteral("/h49")), QByteArray("x"));
    const QString f0 = m_dest + QLatin1Char('/') + QString::fromLatin1(deep) + QStringLiteral("/f0");
    QCOMPARE(realPath(m_dest + QLatin1Char('/') + QString::fromLatin1(deep) + QStringLiteral("/l7")), realPath(f0));
    struct stat info;
    QCOMPARE(::stat(encoded(f0).constData(), &info), 0);
    QCOMPARE(int(info.st_nlink), 51);
    // About a second even on a loaded machine; it took minutes when it was quadratic.
    QVERIFY2(elapsed < 30000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

// Folders are made one component at a time, which works at any depth: a member whose own path
// would be too long for the system stops the run before any folder is made for it, and the
// failed run takes back what it made before (all or nothing).
void TestSafeExtractor::memberBeyondPathMaxIsAnError()
{
    QByteArray name;
    for (int i = 0; i < 25; ++i)
        name += QByteArray(200, 'x') + '/';
    name += 'f';
    const SafeExtractResult result = extract(m_dest, TestTar().file("ok", "1").file(name.constData(), "2").file("after", "3").bytes());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QString::fromLocal8Bit(std::strerror(ENAMETOOLONG))), qPrintable(result.error));
    QCOMPARE(result.extractedEntries, qint64(1));
    QCOMPARE(QDir(m_dest).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

QTEST_GUILESS_MAIN(TestSafeExtractor)
#include "tst_safeextractor.moc"
