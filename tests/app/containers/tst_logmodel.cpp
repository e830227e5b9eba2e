// LogModel fed by the core LogDemuxer with output captured from a real engine
// (data/logs_multiplexed*.bin: a container printing "out N" to stdout and "err N" to stderr),
// and the stats formula on a captured stats stream.

#include "containers/logmodel.h"
#include "streams/containerstats.h"
#include "streams/jsonlinessplitter.h"
#include "streams/logdemuxer.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace dx;

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(CONTAINERS_DATA_DIR "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLogModel final : public QObject
{
    Q_OBJECT

private slots:
    void demultiplexesCapturedLogs_data()
    {
        QTest::addColumn<int>("chunkSize");
        QTest::newRow("whole") << 100000;
        QTest::newRow("byte by byte") << 1;
        QTest::newRow("7 bytes") << 7;
    }

    void demultiplexesCapturedLogs()
    {
        QFETCH(int, chunkSize);
        const QByteArray body = readData("logs_multiplexed.bin");
        QVERIFY(!body.isEmpty());
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        LogDemuxer demuxer(LogDemuxer::Mode::Multiplexed);
        for (qsizetype at = 0; at < body.size(); at += chunkSize) {
            QVector<LogLine> lines;
            demuxer.feed(body.constData() + at, qMin<qsizetype>(chunkSize, body.size() - at), lines);
            model.append(lines);
        }
        QCOMPARE(model.rowCount(), 0); // nothing enters before the tick
        model.flush();
        QCOMPARE(inserts.size(), 1);
        QVERIFY(!demuxer.hasError());
        QCOMPARE(model.rowCount(), 20);
        int stdoutLines = 0;
        int stderrLines = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const QString text = index.data().toString();
            const int stream = index.data(LogModel::StreamRole).toInt();
            if (text.startsWith(QLatin1String("out "))) {
                QCOMPARE(stream, int(LogStream::Stdout));
                QVERIFY(!index.data(Qt::ForegroundRole).isValid());
                ++stdoutLines;
            } else {
                QVERIFY(text.startsWith(QLatin1String("err ")));
                QCOMPARE(stream, int(LogStream::Stderr));
                QVERIFY(index.data(Qt::ForegroundRole).value<QColor>().isValid());
                ++stderrLines;
            }
        }
        QCOMPARE(stdoutLines, 10);
        QCOMPARE(stderrLines, 10);
    }

    void timestamps()
    {
        LogModel model;
        LogDemuxer demuxer(LogDemuxer::Mode::Multiplexed, true);
        model.append(demuxer.feed(readData("logs_multiplexed_ts.bin")));
        model.flush();
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(model.index(0).data(LogModel::TimestampRole).toLongLong() > 0);
        QVERIFY(!model.index(0).data().toString().startsWith(QLatin1String("20")));
        model.setShowTimestamps(true);
        QVERIFY(model.index(0).data().toString().startsWith(QLatin1String("20")));
        QVERIFY(model.index(0).data().toString().contains(QLatin1String("Z ")));
    }

    void capAndSearch()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxLines(100);
        for (int batch = 0; batch < 5; ++batch) {
            for (int i = 0; i < 70; ++i) {
                LogLine line;
                line.text = QStringLiteral("line %1").arg(batch * 70 + i);
                model.append(std::move(line));
            }
            model.flush();
            QVERIFY(model.rowCount() <= 100);
        }
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.droppedLines(), 250);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("line 250"));
        QCOMPARE(model.index(99).data().toString(), QStringLiteral("line 349"));
        QCOMPARE(model.find(QStringLiteral("line 300"), 0), 50);
        QCOMPARE(model.find(QStringLiteral("LINE 26"), 90, true), 10); // wraps, case-insensitive
        QCOMPARE(model.find(QStringLiteral("line 34"), 95, false), 95);
        QCOMPARE(model.find(QStringLiteral("line 26"), 5, false), 19); // wraps backwards to "line 269"
        QCOMPARE(model.find(QStringLiteral("absent"), 0), -1);
        // More than the cap in one tick: only the newest survive, in one insert.
        for (int i = 0; i < 250; ++i) {
            LogLine line;
            line.text = QString::number(i);
            model.append(std::move(line));
        }
        model.flush();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("150"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // The docker CLI's formula (cli/command/container/stats_helpers.go) applied by hand to a
    // captured sample, compared with what the app shows.
    void statsFormulaOnCapturedJson()
    {
        JsonLinesSplitter splitter;
        const QVector<JsonLine> samples = splitter.feed(readData("stats_stream.json"));
        QVERIFY(samples.size() >= 2);
        const QJsonObject s = samples.at(1).object;
        const QJsonObject cpu = s.value(QLatin1String("cpu_stats")).toObject();
        const QJsonObject pre = s.value(QLatin1String("precpu_stats")).toObject();
        const double cpuDelta = cpu[QLatin1String("cpu_usage")][QLatin1String("total_usage")].toDouble()
            - pre[QLatin1String("cpu_usage")][QLatin1String("total_usage")].toDouble();
        const double systemDelta = cpu[QLatin1String("system_cpu_usage")].toDouble() - pre[QLatin1String("system_cpu_usage")].toDouble();
        double online = cpu[QLatin1String("online_cpus")].toDouble();
        if (online == 0)
            online = cpu[QLatin1String("cpu_usage")][QLatin1String("percpu_usage")].toArray().size();
        const double expectedCpu = systemDelta > 0 && cpuDelta > 0 ? cpuDelta / systemDelta * online * 100.0 : 0.0;
        const QJsonObject mem = s.value(QLatin1String("memory_stats")).toObject();
        const QJsonObject memStats = mem.value(QLatin1String("stats")).toObject();
        double usage = mem[QLatin1String("usage")].toDouble();
        // cgroup v1: total_inactive_file, v2: inactive_file (page cache is not the app's memory)
        if (memStats.contains(QLatin1String("total_inactive_file")))
            usage -= qMin(usage, memStats[QLatin1String("total_inactive_file")].toDouble());
        else if (memStats.contains(QLatin1String("inactive_file")))
            usage -= qMin(usage, memStats[QLatin1String("inactive_file")].toDouble());
        const ContainerStats stats = ContainerStats::fromJson(s);
        QVERIFY(stats.valid);
        QVERIFY(qAbs(stats.cpuPercent - expectedCpu) < 1e-6);
        QCOMPARE(stats.memoryUsage, usage);
        QCOMPARE(stats.memoryLimit, mem[QLatin1String("limit")].toDouble());
        QCOMPARE(stats.pids, quint64(s[QLatin1String("pids_stats")][QLatin1String("current")].toInteger()));
        QVERIFY(stats.cpuPercentText().endsWith(QLatin1Char('%')));
    }
};

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
