#include "streams/jsonlinessplitter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using dx::JsonLine;
using dx::JsonLinesSplitter;

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(DX_STREAMS_DATA_DIR "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QVector<JsonLine> feedAll(const QVector<QByteArray> &chunks, qsizetype maxLine = JsonLinesSplitter::DefaultMaxLineBytes)
{
    JsonLinesSplitter splitter(maxLine);
    QVector<JsonLine> lines;
    for (const QByteArray &chunk : chunks)
        lines += splitter.feed(chunk);
    lines += splitter.finish();
    return lines;
}

QByteArrayList rawOf(const QVector<JsonLine> &lines)
{
    QByteArrayList raw;
    for (const JsonLine &line : lines)
        raw.append(line.raw);
    return raw;
}

} // namespace

class TestJsonLinesSplitter final : public QObject
{
    Q_OBJECT
private slots:
    void separators_data();
    void separators();
    void stringsMayHoldBraces();
    void everySplitPointGivesTheSameObjects();
    void invalidValuesAreReportedAndSkipped();
    void finishReportsTruncatedObject();
    void overlongLineIsFatalAndBounded();
    void offsetsCountFromStreamStart();
    void capturedEventsReplayedAtEveryBoundary();
    void capturedStatsStreamReplayedRandomly();
};

void TestJsonLinesSplitter::separators_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::newRow("lf") << QByteArray("{\"a\":1}\n{\"a\":2}\n");
    QTest::newRow("crlf") << QByteArray("{\"a\":1}\r\n{\"a\":2}\r\n");
    QTest::newRow("concatenated") << QByteArray("{\"a\":1}{\"a\":2}");
    QTest::newRow("no final newline") << QByteArray("{\"a\":1}\n{\"a\":2}");
    QTest::newRow("blank lines and spaces") << QByteArray("\n\n  {\"a\":1}  \r\n\t\n{\"a\":2}\n\n");
}

void TestJsonLinesSplitter::separators()
{
    QFETCH(QByteArray, stream);
    const QVector<JsonLine> lines = feedAll({stream});
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].isValid());
    QCOMPARE(lines[0].object.value(QLatin1String("a")).toInt(), 1);
    QCOMPARE(lines[1].object.value(QLatin1String("a")).toInt(), 2);
    QCOMPARE(lines[0].raw, QByteArray("{\"a\":1}"));
}

void TestJsonLinesSplitter::stringsMayHoldBraces()
{
    const QByteArray stream(R"({"s":"}{\"}\\","n":{"x":[1,{"y":"]"}]}}{"t":"\"{\n"})");
    const QVector<JsonLine> lines = feedAll({stream});
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].isValid(), qPrintable(lines[0].error));
    QCOMPARE(lines[0].object.value(QLatin1String("s")).toString(), QStringLiteral("}{\"}\\"));
    QCOMPARE(lines[1].object.value(QLatin1String("t")).toString(), QStringLiteral("\"{\n"));
}

void TestJsonLinesSplitter::everySplitPointGivesTheSameObjects()
{
    const QByteArray stream(R"({"status":"pull","id":"a\"}"}{"x":[{},{}]}
{"y":"é"})"
                            "\r\n");
    const QByteArrayList expected = rawOf(feedAll({stream}));
    QCOMPARE(expected.size(), 3);
    for (qsizetype i = 0; i <= stream.size(); ++i) {
        for (qsizetype j = i; j <= stream.size(); ++j) {
            const auto lines = feedAll({stream.left(i), stream.mid(i, j - i), stream.mid(j)});
            QCOMPARE(rawOf(lines), expected);
            for (const JsonLine &line : lines)
                QVERIFY(line.isValid());
        }
    }
}

void TestJsonLinesSplitter::invalidValuesAreReportedAndSkipped()
{
    const QByteArray stream("{\"a\":1}\npage not found\n[1,2]\n{\"b\":}\n42\n{\"c\":3}\n");
    const QVector<JsonLine> lines = feedAll({stream});
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines[0].isValid());
    QVERIFY(!lines[1].isValid());
    QCOMPARE(lines[1].raw, QByteArray("page not found"));
    QVERIFY(!lines[2].isValid()); // an array is not an object
    QVERIFY(!lines[3].isValid());
    QVERIFY(!lines[4].isValid());
    QVERIFY(lines[5].isValid());
    QCOMPARE(lines[5].object.value(QLatin1String("c")).toInt(), 3);
}

void TestJsonLinesSplitter::finishReportsTruncatedObject()
{
    JsonLinesSplitter splitter;
    QVERIFY(splitter.feed("{\"a\":1}\n{\"b\":[1,").size() == 1);
    const QVector<JsonLine> rest = splitter.finish();
    QCOMPARE(rest.size(), 1);
    QVERIFY(!rest[0].isValid());
    QCOMPARE(rest[0].raw, QByteArray("{\"b\":[1,"));
    QVERIFY(splitter.finish().isEmpty());
}

void TestJsonLinesSplitter::overlongLineIsFatalAndBounded()
{
    JsonLinesSplitter splitter(1024);
    QCOMPARE(splitter.feed("{\"ok\":1}\n{\"big\":\"").size(), 1);
    for (int i = 0; i < 10; ++i)
        QVERIFY(splitter.feed(QByteArray(200, 'x')).isEmpty());
    QVERIFY(splitter.hasFatalError());
    QVERIFY(!splitter.fatalError().isEmpty());
    QCOMPARE(splitter.fatalErrorOffset(), qint64(9));
    QVERIFY(splitter.feed("\"}\n{\"a\":1}\n").isEmpty());
    QVERIFY(splitter.finish().isEmpty());
    QVERIFY(!splitter.hasFatalError()); // finish() resets for reuse
}

void TestJsonLinesSplitter::offsetsCountFromStreamStart()
{
    JsonLinesSplitter splitter;
    QVector<JsonLine> lines = splitter.feed("{\"a\":1}\r\n{\"b\"");
    lines += splitter.feed(":2}{\"c\":3}");
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0].offset, qint64(0));
    QCOMPARE(lines[1].offset, qint64(9));
    QCOMPARE(lines[2].offset, qint64(16));
}

void TestJsonLinesSplitter::capturedEventsReplayedAtEveryBoundary()
{
    const QByteArray events = readData("events.jsonl");
    if (events.isEmpty())
        QFAIL("data/events.jsonl is missing; run data/capture.sh");
    const QVector<JsonLine> whole = feedAll({events});
    QCOMPARE(whole.size(), events.count('\n'));
    for (const JsonLine &line : whole) {
        QVERIFY(line.isValid());
        QCOMPARE(line.object.value(QLatin1String("Type")).toString(), QStringLiteral("container"));
    }
    const QByteArrayList expected = rawOf(whole);
    for (qsizetype i = 0; i <= events.size(); ++i)
        QCOMPARE(rawOf(feedAll({events.left(i), events.mid(i)})), expected);

    // Also as some engines send them: without any separator.
    QByteArray concatenated = events;
    concatenated.replace('\n', QByteArray());
    QCOMPARE(rawOf(feedAll({concatenated})), expected);
}

void TestJsonLinesSplitter::capturedStatsStreamReplayedRandomly()
{
    const QByteArray stats = readData("stats-stream.jsonl");
    if (stats.isEmpty())
        QFAIL("data/stats-stream.jsonl is missing; run data/capture.sh");
    const QByteArrayList expected = rawOf(feedAll({stats}));
    QCOMPARE(expected.size(), 3);
    QRandomGenerator random(20240101);
    for (int run = 0; run < 500; ++run) {
        QVector<QByteArray> chunks;
        for (qsizetype at = 0; at < stats.size();) {
            const qsizetype size = 1 + random.bounded(run % 2 ? 16 : 2048);
            chunks.append(stats.mid(at, size));
            at += size;
        }
        QCOMPARE(rawOf(feedAll(chunks)), expected);
    }
}

QTEST_GUILESS_MAIN(TestJsonLinesSplitter)
#include "tst_jsonlinessplitter.moc"
