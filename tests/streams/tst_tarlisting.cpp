#include "streams/chunkqueue.h"
#include "streams/tarlisting.h"
#include "testtar.h"

#include <QBuffer>
#include <QTest>
#include <QtConcurrent>

using dx::TarEntry;
using dx::TarEntryType;
using dx::TarListing;
using dx::test::TestTar;

namespace {

QByteArray sampleTar()
{
    return TestTar()
            .dir("app/")
            .file("app/run.sh", "#!/bin/sh\necho hi\n", 0755)
            .symlink("app/current", "run.sh")
            .hardlink("app/again.sh", "app/run.sh")
            .fifo("app/pipe")
            .file(QByteArray("app/") .append(QByteArray(150, 'n')).constData(), QByteArray(5000, 'z'))
            .bytes();
}

} // namespace

class TestTarListing final : public QObject
{
    Q_OBJECT
private slots:
    void listsEveryField();
    void listsFromChunkQueueInTinyChunks();
    void callbackCanStop();
    void truncatedAndGarbageReportErrors_data();
    void truncatedAndGarbageReportErrors();
    void emptyStreamIsAnError();
    void cancelFlag();
};

void TestTarListing::listsEveryField()
{
    QByteArray tar = sampleTar();
    QBuffer buffer(&tar);
    buffer.open(QIODevice::ReadOnly);
    const dx::TarListingResult result = TarListing::list(&buffer);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.entries.size(), 6);
    QCOMPARE(result.entryCount, qint64(6));
    const QVector<TarEntry> &e = result.entries;
    QCOMPARE(e[0].path, QStringLiteral("app/"));
    QCOMPARE(e[0].type, TarEntryType::Directory);
    QCOMPARE(e[1].type, TarEntryType::File);
    QCOMPARE(e[1].size, qint64(18));
    QCOMPARE(e[1].mode, 0755u);
    QCOMPARE(e[1].mtime, qint64(1700000000));
    QCOMPARE(e[1].uid, qint64(1000));
    QCOMPARE(e[1].gid, qint64(100));
    QCOMPARE(e[2].type, TarEntryType::Symlink);
    QCOMPARE(e[2].linkTarget, QStringLiteral("run.sh"));
    QCOMPARE(e[3].type, TarEntryType::Hardlink);
    QCOMPARE(e[3].linkTarget, QStringLiteral("app/run.sh"));
    QCOMPARE(e[4].type, TarEntryType::Other);
    QCOMPARE(e[5].path.size(), 154); // pax long name
    QCOMPARE(e[5].size, qint64(5000));
}

void TestTarListing::listsFromChunkQueueInTinyChunks()
{
    const QByteArray tar = sampleTar();
    dx::ChunkQueue queue(100);
    QFuture<dx::TarListingResult> listing = QtConcurrent::run([&queue] { return TarListing::list(&queue); });
    for (qsizetype at = 0; at < tar.size(); at += 7)
        QVERIFY(queue.feed(tar.mid(at, 7)));
    queue.finish();
    const dx::TarListingResult result = listing.result();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.entries.size(), 6);
}

void TestTarListing::callbackCanStop()
{
    QByteArray tar = sampleTar();
    QBuffer buffer(&tar);
    buffer.open(QIODevice::ReadOnly);
    int seen = 0;
    const auto result = TarListing::list(&buffer, [&seen](const TarEntry &) { return ++seen < 2; });
    QVERIFY(result.cancelled);
    QCOMPARE(seen, 2);
    QVERIFY(result.entries.isEmpty());
}

void TestTarListing::truncatedAndGarbageReportErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray tar = sampleTar();
    QTest::newRow("cut in a header") << tar.left(512 * 3 + 100);
    QTest::newRow("cut in data") << tar.left(tar.size() - 3000);
    QTest::newRow("garbage") << QByteArray(2000, 'g');
    QByteArray badChecksum = tar;
    badChecksum[148] = 'X';
    QTest::newRow("bad checksum") << badChecksum;
}

void TestTarListing::truncatedAndGarbageReportErrors()
{
    QFETCH(QByteArray, data);
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const auto result = TarListing::list(&buffer);
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.errorOffset >= 0);
}

void TestTarListing::emptyStreamIsAnError()
{
    QByteArray nothing;
    QBuffer buffer(&nothing);
    buffer.open(QIODevice::ReadOnly);
    // An empty body is no tar, but libarchive reads it as an empty archive: no entries, no crash.
    const auto result = TarListing::list(&buffer);
    QCOMPARE(result.entries.size(), 0);
}

void TestTarListing::cancelFlag()
{
    QByteArray tar = sampleTar();
    QBuffer buffer(&tar);
    buffer.open(QIODevice::ReadOnly);
    std::atomic<bool> cancel{true};
    const auto result = TarListing::list(&buffer, &cancel);
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok());
}

QTEST_GUILESS_MAIN(TestTarListing)
#include "tst_tarlisting.moc"
