#include "streams/safeextractor.h"
#include "testtar.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

// Each attack runs in dest/ inside a sandbox whose outside/ plays the rest of the system:
// after extraction, outside/ must be exactly as before.
class TestSafeExtractor final : public QObject
{
    Q_OBJECT
private slots:
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
    void missingFolderIsAnError();

private:
    QTemporaryDir m_sandbox;
    QString m_dest;
    QString m_outside;
};

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
    QVERIFY(result.extractedEntries < 50);
    // Every file that exists is complete.
    const QStringList files = QDir(m_dest).entryList(QDir::Files);
    QCOMPARE(files.size(), int(result.extractedEntries));
    for (const QString &file : files)
        QCOMPARE(QFileInfo(m_dest + QLatin1Char('/') + file).size(), qint64(100000));
}

void TestSafeExtractor::truncatedStreamLeavesNoPartialFile()
{
    const QByteArray tar = TestTar().file("whole", "ok").file("big", QByteArray(300000, 'b')).bytes();
    const SafeExtractResult result = extract(m_dest, tar.left(tar.size() - 100000));
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(readFile(m_dest + QStringLiteral("/whole")), QByteArray("ok"));
    QVERIFY(!QFile::exists(m_dest + QStringLiteral("/big")));
}

void TestSafeExtractor::missingFolderIsAnError()
{
    const SafeExtractResult result = extract(m_dest + QStringLiteral("/nope"), TestTar().file("f", "x").bytes());
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QLatin1String("nope")));
}

QTEST_GUILESS_MAIN(TestSafeExtractor)
#include "tst_safeextractor.moc"
