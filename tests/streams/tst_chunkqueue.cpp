#include "streams/chunkqueue.h"

#include <QTest>

#include <atomic>
#include <QtConcurrent>

using dx::ChunkQueue;

class TestChunkQueue final : public QObject
{
    Q_OBJECT
private slots:
    void passesChunksInOrderAcrossThreads();
    void feedBlocksWhenFull();
    void abortWakesBothSides();
    void tryFeedNeverBlocks();
};

void TestChunkQueue::passesChunksInOrderAcrossThreads()
{
    ChunkQueue queue(64);
    QFuture<QByteArray> consumer = QtConcurrent::run([&queue] {
        QByteArray all;
        for (QByteArray chunk = queue.take(); !chunk.isEmpty(); chunk = queue.take())
            all += chunk;
        return all;
    });
    QByteArray expected;
    for (int i = 0; i < 1000; ++i) {
        const QByteArray chunk = QByteArray::number(i) + ',';
        expected += chunk;
        QVERIFY(queue.feed(chunk));
    }
    queue.finish();
    QCOMPARE(consumer.result(), expected);
    QVERIFY(!queue.feed("late"));
}

void TestChunkQueue::feedBlocksWhenFull()
{
    ChunkQueue queue(10);
    QVERIFY(queue.feed(QByteArray(8, 'a')));
    std::atomic<bool> fed{false};
    QFuture<void> producer = QtConcurrent::run([&] {
        queue.feed(QByteArray(8, 'b'));
        fed = true;
    });
    QTest::qWait(100);
    QVERIFY(!fed); // 16 bytes would exceed the capacity of 10
    QCOMPARE(queue.take(), QByteArray(8, 'a'));
    producer.waitForFinished();
    QVERIFY(fed);
    QCOMPARE(queue.take(), QByteArray(8, 'b'));
}

void TestChunkQueue::abortWakesBothSides()
{
    ChunkQueue queue(4);
    QFuture<QByteArray> consumer = QtConcurrent::run([&queue] { return queue.take(); });
    QTest::qWait(50);
    queue.abort();
    QVERIFY(consumer.result().isEmpty());
    QVERIFY(queue.isAborted());
    QVERIFY(!queue.feed("x"));
}

// The GUI-thread producer: tryFeed() says Full instead of waiting, and the consumer's
// take() calls back once half the room is free again.
void TestChunkQueue::tryFeedNeverBlocks()
{
    dx::ChunkQueue queue(100);
    std::atomic<int> called{0};
    queue.setSpaceCallback([&called] { ++called; });
    QCOMPARE(queue.tryFeed(QByteArray(60, 'a')), dx::ChunkQueue::TryResult::Fed);
    QCOMPARE(queue.tryFeed(QByteArray(60, 'b')), dx::ChunkQueue::TryResult::Full);
    QCOMPARE(called.load(), 0);
    QCOMPARE(queue.take().size(), 60);
    QCOMPARE(called.load(), 1); // room again: try now
    QCOMPARE(queue.tryFeed(QByteArray(60, 'b')), dx::ChunkQueue::TryResult::Fed);
    QCOMPARE(queue.take().size(), 60);
    QCOMPARE(called.load(), 1); // nobody was waiting: no call
    queue.abort();
    QCOMPARE(queue.tryFeed(QByteArray(1, 'c')), dx::ChunkQueue::TryResult::Closed);
}

QTEST_GUILESS_MAIN(TestChunkQueue)
#include "tst_chunkqueue.moc"
