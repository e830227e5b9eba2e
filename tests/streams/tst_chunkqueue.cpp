#include "streams/chunkqueue.h"

#include <QTest>
#include <QtConcurrent>

using dx::ChunkQueue;

class TestChunkQueue final : public QObject
{
    Q_OBJECT
private slots:
    void passesChunksInOrderAcrossThreads();
    void feedBlocksWhenFull();
    void abortWakesBothSides();
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

QTEST_GUILESS_MAIN(TestChunkQueue)
#include "tst_chunkqueue.moc"
