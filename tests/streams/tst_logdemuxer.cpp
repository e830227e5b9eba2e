#include "streams/logdemuxer.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

#include <limits>

using dx::LogDemuxer;
using dx::LogLine;
using dx::LogStream;

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(DX_STREAMS_DATA_DIR "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray frame(LogStream stream, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = char(stream);
    qToBigEndian(quint32(payload.size()), header.data() + 4);
    return header + payload;
}

QVector<LogLine> demux(const QVector<QByteArray> &chunks, LogDemuxer::Mode mode = LogDemuxer::Mode::Multiplexed,
                       bool timestamps = false)
{
    LogDemuxer demuxer(mode, timestamps);
    QVector<LogLine> lines;
    for (const QByteArray &chunk : chunks)
        lines += demuxer.feed(chunk);
    lines += demuxer.finish();
    return lines;
}

QStringList texts(const QVector<LogLine> &lines, std::optional<LogStream> only = std::nullopt)
{
    QStringList result;
    for (const LogLine &line : lines) {
        if (!only || line.stream == *only)
            result.append(line.text);
    }
    return result;
}

// What `docker logs` printed, as lines: the reference for the captured bodies.
QStringList expectedLines(const char *name)
{
    QStringList lines = QString::fromUtf8(readData(name)).split(QLatin1Char('\n'));
    if (lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        while (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

QVector<QByteArray> randomChunks(const QByteArray &data, QRandomGenerator &random, int maxSize)
{
    QVector<QByteArray> chunks;
    for (qsizetype at = 0; at < data.size();) {
        const qsizetype size = 1 + random.bounded(maxSize);
        chunks.append(data.mid(at, size));
        at += size;
    }
    return chunks;
}

constexpr qint64 NoTimestamp = std::numeric_limits<qint64>::min();

} // namespace

class TestLogDemuxer final : public QObject
{
    Q_OBJECT
private slots:
    void framesAndStreams();
    void everySplitOfSmallStream();
    void linesSpanFramesPerStream();
    void rawModeAndCrLf();
    void invalidUtf8IsTolerated();
    void timestamps_data();
    void timestamps();
    void timestampPrefixOnLines();
    void autoModeDetects();
    void badHeaderFallsBackToRaw();
    void overlongLineIsCut();
    void capturedMultiplexed();
    void capturedMultiplexedTimestamps();
    void capturedTty();
};

void TestLogDemuxer::framesAndStreams()
{
    const QByteArray body = frame(LogStream::Stdout, "out 1\nout 2\n") + frame(LogStream::Stderr, "err\n")
            + frame(LogStream::Stdin, "in\n") + frame(LogStream::Stdout, QByteArray());
    const QVector<LogLine> lines = demux({body});
    QCOMPARE(texts(lines), (QStringList{QStringLiteral("out 1"), QStringLiteral("out 2"),
                                        QStringLiteral("err"), QStringLiteral("in")}));
    QCOMPARE(lines[2].stream, LogStream::Stderr);
    QCOMPARE(lines[3].stream, LogStream::Stdin);
    QVERIFY(!lines[0].partial);
    QVERIFY(!lines[0].timestampNs);
}

void TestLogDemuxer::everySplitOfSmallStream()
{
    const QByteArray body = frame(LogStream::Stdout, "a\nbb") + frame(LogStream::Stderr, "e1\ne")
            + frame(LogStream::Stdout, "b\n") + frame(LogStream::Stderr, "2\n");
    const QStringList expected{QStringLiteral("a"), QStringLiteral("e1"), QStringLiteral("bbb"), QStringLiteral("e2")};
    for (qsizetype i = 0; i <= body.size(); ++i) {
        for (qsizetype j = i; j <= body.size(); ++j)
            QCOMPARE(texts(demux({body.left(i), body.mid(i, j - i), body.mid(j)})), expected);
    }
}

void TestLogDemuxer::linesSpanFramesPerStream()
{
    const QByteArray body = frame(LogStream::Stdout, "hel") + frame(LogStream::Stderr, "wor")
            + frame(LogStream::Stdout, "lo\npartial") + frame(LogStream::Stderr, "ld\n");
    const QVector<LogLine> lines = demux({body});
    QCOMPARE(texts(lines), (QStringList{QStringLiteral("hello"), QStringLiteral("world"), QStringLiteral("partial")}));
    QCOMPARE(lines[1].stream, LogStream::Stderr);
    QVERIFY(lines[2].partial);
}

void TestLogDemuxer::rawModeAndCrLf()
{
    const QVector<LogLine> lines = demux({"one\r\ntw", "o\r", "\nthree\r\r\n\nlast"}, LogDemuxer::Mode::Raw);
    QCOMPARE(texts(lines), (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"),
                                        QString(), QStringLiteral("last")}));
    for (const LogLine &line : lines)
        QCOMPARE(line.stream, LogStream::Stdout);
}

void TestLogDemuxer::invalidUtf8IsTolerated()
{
    // "é" split across two frames must still decode; stray bytes become U+FFFD.
    const QByteArray body = frame(LogStream::Stdout, "caf\xc3") + frame(LogStream::Stdout, "\xa9 \xff\xfe!\n");
    const QVector<LogLine> lines = demux({body});
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].text, QString::fromUtf8("caf\xc3\xa9 \xef\xbf\xbd\xef\xbf\xbd!"));
}

void TestLogDemuxer::timestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("nanos");
    QTest::newRow("nano") << QByteArray("2026-11-28T02:04:02.088731308Z") << qint64(1795831442088731308);
    QTest::newRow("trimmed fraction") << QByteArray("2026-11-28T02:04:02.5Z") << qint64(1795831442500000000);
    QTest::newRow("no fraction") << QByteArray("1970-01-01T00:00:00Z") << qint64(0);
    QTest::newRow("offset") << QByteArray("2026-11-28T04:04:02+02:00") << qint64(1795831442000000000);
    QTest::newRow("negative offset") << QByteArray("2026-11-27T23:04:02.1-03:00") << qint64(1795831442100000000);
    QTest::newRow("leap year") << QByteArray("2024-02-29T12:00:00Z") << qint64(1709208000000000000);
    QTest::newRow("extra digits") << QByteArray("2026-11-28T02:04:02.0887313081Z") << qint64(1795831442088731308);
    QTest::newRow("no zone") << QByteArray("2026-11-28T02:04:02") << NoTimestamp;
    QTest::newRow("letters") << QByteArray("2026-1x-28T02:04:02Z") << NoTimestamp;
    QTest::newRow("month 13") << QByteArray("2026-13-28T02:04:02Z") << NoTimestamp;
    QTest::newRow("empty fraction") << QByteArray("2026-11-28T02:04:02.Z") << NoTimestamp;
    QTest::newRow("trailing") << QByteArray("2026-11-28T02:04:02Zx") << NoTimestamp;
    QTest::newRow("short") << QByteArray("2026") << NoTimestamp;
    // Found by fuzzing: years outside qint64 nanoseconds overflowed.
    QTest::newRow("year 1000") << QByteArray("1000-01-01T00:00:00Z") << NoTimestamp;
    QTest::newRow("year 9999") << QByteArray("9999-12-31T23:59:59.999999999Z") << NoTimestamp;
    QTest::newRow("before 1970") << QByteArray("1969-12-31T23:59:59.5Z") << qint64(-500000000);
}

void TestLogDemuxer::timestamps()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, nanos);
    const std::optional<qint64> parsed = LogDemuxer::parseRfc3339Nano(text.constData(), text.size());
    if (nanos == NoTimestamp) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, nanos);
    }
}

void TestLogDemuxer::timestampPrefixOnLines()
{
    const QByteArray body = frame(LogStream::Stdout, "2026-11-28T02:04:02.088731308Z hello world\n")
            + frame(LogStream::Stderr, "not-a-time x\n") + frame(LogStream::Stdout, "2026-11-28T02:04:03Z \n");
    const QVector<LogLine> lines = demux({body}, LogDemuxer::Mode::Multiplexed, true);
    QCOMPARE(texts(lines), (QStringList{QStringLiteral("hello world"), QStringLiteral("not-a-time x"), QString()}));
    QCOMPARE(lines[0].timestampNs.value_or(0), qint64(1795831442088731308));
    QCOMPARE(lines[0].timestamp(), QDateTime(QDate(2026, 11, 28), QTime(2, 4, 2, 88), Qt::UTC));
    QVERIFY(!lines[1].timestampNs);
    QVERIFY(lines[2].timestampNs);
}

void TestLogDemuxer::autoModeDetects()
{
    const QByteArray multiplexed = frame(LogStream::Stderr, "x\n");
    QVector<QByteArray> bytes;
    for (char c : multiplexed)
        bytes.append(QByteArray(1, c));
    QVector<LogLine> lines = demux(bytes, LogDemuxer::Mode::Auto);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].stream, LogStream::Stderr);

    lines = demux({"hello\n", "tty\n"}, LogDemuxer::Mode::Auto);
    QCOMPARE(texts(lines), (QStringList{QStringLiteral("hello"), QStringLiteral("tty")}));
    lines = demux({"hi"}, LogDemuxer::Mode::Auto); // too short to be a frame
    QCOMPARE(texts(lines), QStringList{QStringLiteral("hi")});
}

void TestLogDemuxer::badHeaderFallsBackToRaw()
{
    LogDemuxer demuxer;
    QVector<LogLine> lines = demuxer.feed(frame(LogStream::Stdout, "ok\n") + "oops, a tty\nmore");
    lines += demuxer.finish();
    QVERIFY(demuxer.hasError());
    QCOMPARE(demuxer.errorOffset(), qint64(11));
    QVERIFY(!demuxer.errorString().isEmpty());
    QCOMPARE(texts(lines), (QStringList{QStringLiteral("ok"), QStringLiteral("oops, a tty"), QStringLiteral("more")}));
}

void TestLogDemuxer::overlongLineIsCut()
{
    LogDemuxer demuxer(LogDemuxer::Mode::Raw, false, 100);
    QVector<LogLine> lines;
    for (int i = 0; i < 5; ++i)
        lines += demuxer.feed(QByteArray(50, 'x'));
    lines += demuxer.feed("\n");
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].partial);
    QCOMPARE(lines[0].text.size(), 100);
    QCOMPARE(lines[2].text.size(), 50);
    QVERIFY(!lines[2].partial);
}

void TestLogDemuxer::capturedMultiplexed()
{
    const QByteArray body = readData("logs-multiplexed.bin");
    if (body.isEmpty())
        QFAIL("data/logs-multiplexed.bin is missing; run data/capture.sh");
    const QStringList stdoutLines = expectedLines("logs-expected-stdout.txt");
    const QStringList stderrLines = expectedLines("logs-expected-stderr.txt");
    const QVector<LogLine> whole = demux({body});
    QCOMPARE(texts(whole, LogStream::Stdout), stdoutLines);
    QCOMPARE(texts(whole, LogStream::Stderr), stderrLines);
    QVERIFY(whole.last().partial); // "no-newline"
    QCOMPARE(whole.last().text, QStringLiteral("no-newline"));

    // Every boundary in the first frames (headers, payloads, lines) ...
    for (qsizetype i = 0; i <= 600; ++i)
        QCOMPARE(texts(demux({body.left(i), body.mid(i)})), texts(whole));
    // ... and random cuts everywhere, byte-sized ones included.
    QRandomGenerator random(42);
    for (int run = 0; run < 100; ++run)
        QCOMPARE(texts(demux(randomChunks(body, random, run % 3 == 0 ? 3 : 5000))), texts(whole));
}

void TestLogDemuxer::capturedMultiplexedTimestamps()
{
    const QByteArray body = readData("logs-multiplexed-ts.bin");
    if (body.isEmpty())
        QFAIL("data/logs-multiplexed-ts.bin is missing; run data/capture.sh");
    const QVector<LogLine> lines = demux({body}, LogDemuxer::Mode::Multiplexed, true);
    // Same text as without timestamps: the 20000-byte line the engine cut in two messages
    // comes out whole, without the second message's timestamp inside it.
    QCOMPARE(texts(lines, LogStream::Stdout), expectedLines("logs-expected-stdout.txt"));
    QCOMPARE(texts(lines, LogStream::Stderr), expectedLines("logs-expected-stderr.txt"));
    qint64 previous = 0;
    for (const LogLine &line : lines) {
        QVERIFY2(line.timestampNs, qPrintable(line.text.left(60)));
        QVERIFY(*line.timestampNs >= previous || line.stream == LogStream::Stderr);
        previous = line.stream == LogStream::Stdout ? *line.timestampNs : previous;
    }
    QCOMPARE(lines.first().timestamp().date(), QDate(2026, 11, 28));

    QRandomGenerator random(7);
    for (int run = 0; run < 100; ++run) {
        const auto again = demux(randomChunks(body, random, run % 3 == 0 ? 3 : 5000),
                                 LogDemuxer::Mode::Multiplexed, true);
        QCOMPARE(texts(again), texts(lines));
    }
}

void TestLogDemuxer::capturedTty()
{
    const QByteArray body = readData("logs-tty.bin");
    if (body.isEmpty())
        QFAIL("data/logs-tty.bin is missing; run data/capture.sh");
    const QVector<LogLine> lines = demux({body}, LogDemuxer::Mode::Raw);
    // A TTY merges stderr into stdout in write order.
    QStringList expected{QStringLiteral("first"), QStringLiteral("to-stderr"), QString::fromUtf8("caf\xc3\xa9 \xef\xbf\xbd\xef\xbf\xbd bad")};
    for (int i = 0; i < 300; ++i)
        expected << QStringLiteral("line-%1").arg(i) << QStringLiteral("err-%1").arg(i);
    expected << QString(20000, QLatin1Char('x')) << QStringLiteral("crlf") << QStringLiteral("no-newline");
    QCOMPARE(texts(lines), expected);
    QCOMPARE(demux({body}, LogDemuxer::Mode::Auto).size(), lines.size());

    QRandomGenerator random(3);
    for (int run = 0; run < 50; ++run)
        QCOMPARE(texts(demux(randomChunks(body, random, 4000), LogDemuxer::Mode::Raw)), expected);

    const QByteArray withTimestamps = readData("logs-tty-ts.bin");
    const QVector<LogLine> stamped = demux({withTimestamps}, LogDemuxer::Mode::Raw, true);
    QCOMPARE(stamped.size(), expected.size());
    for (const LogLine &line : stamped)
        QVERIFY(line.timestampNs);
    QCOMPARE(stamped[1].text, QStringLiteral("to-stderr"));
}

QTEST_GUILESS_MAIN(TestLogDemuxer)
#include "tst_logdemuxer.moc"
