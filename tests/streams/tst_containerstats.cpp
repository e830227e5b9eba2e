#include "streams/containerstats.h"
#include "streams/jsonlinessplitter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using dx::ContainerStats;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(DX_STREAMS_DATA_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestContainerStats final : public QObject
{
    Q_OBJECT
private slots:
    void captured_data();
    void captured();
    void cgroupV2UsesInactiveFile();
    void percpuCountWhenOnlineCpusMissing();
    void countersBeyond64BitsSaturate();
    void blockIoOpsCaseInsensitive();
    void networksAreSummed();
    void podmanCompatSample();
    void noDeltaMeansZeroCpu();
    void notASample();
    void sizes_data();
    void sizes();
};

// Expected values worked out by hand with the CLI's formulas from the captured numbers, e.g.
// oneshot-1: cpu (4021075577-3019555044)/(655880000000-653900000000)*2*100 = 101.1637,
// memory 17780736-16781312 (total_inactive_file, cgroup v1) = 999424 B = 976 KiB of 256 MiB.
void TestContainerStats::captured_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line"); // -1: the whole file is one object
    QTest::addColumn<double>("cpu");
    QTest::addColumn<QString>("cpuText");
    QTest::addColumn<QString>("netText");
    QTest::newRow("oneshot-1") << QStringLiteral("stats-oneshot-1.json") << -1 << 101.1636902020202
                               << QStringLiteral("101.16%") << QStringLiteral("736B / 0B");
    QTest::newRow("oneshot-2") << QStringLiteral("stats-oneshot-2.json") << -1 << 100.48220914572865
                               << QStringLiteral("100.48%") << QStringLiteral("806B / 0B");
    QTest::newRow("oneshot-3") << QStringLiteral("stats-oneshot-3.json") << -1 << 101.28131648241205
                               << QStringLiteral("101.28%") << QStringLiteral("806B / 0B");
    // The first streamed sample has an empty precpu_stats: the CLI divides by the whole uptime.
    QTest::newRow("stream-0") << QStringLiteral("stats-stream.jsonl") << 0 << 2.715247365591398
                              << QStringLiteral("2.72%") << QStringLiteral("806B / 0B");
    QTest::newRow("stream-1") << QStringLiteral("stats-stream.jsonl") << 1 << 99.9929827
                              << QStringLiteral("99.99%") << QStringLiteral("806B / 0B");
    QTest::newRow("stream-2") << QStringLiteral("stats-stream.jsonl") << 2 << 100.392115
                              << QStringLiteral("100.39%") << QStringLiteral("806B / 0B");
}

void TestContainerStats::captured()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(double, cpu);
    QFETCH(QString, cpuText);
    QFETCH(QString, netText);
    const QByteArray data = readData(file);
    if (data.isEmpty())
        QFAIL("captured stats are missing; run data/capture.sh");
    QJsonObject sample;
    if (line < 0) {
        sample = QJsonDocument::fromJson(data).object();
    } else {
        dx::JsonLinesSplitter splitter;
        const auto lines = splitter.feed(data);
        QVERIFY(lines.size() > line);
        sample = lines[line].object;
    }
    const ContainerStats stats = ContainerStats::fromJson(sample);
    QVERIFY(stats.valid);
    QVERIFY(qAbs(stats.cpuPercent - cpu) < 1e-9);
    QCOMPARE(stats.cpuPercentText(), cpuText);
    QCOMPARE(stats.memoryUsage, 999424.0);
    QCOMPARE(stats.memoryLimit, 268435456.0);
    QCOMPARE(stats.memoryUsageText(), QStringLiteral("976KiB / 256MiB"));
    QCOMPARE(stats.memoryPercentText(), QStringLiteral("0.37%"));
    QCOMPARE(stats.networkIoText(), netText);
    QCOMPARE(stats.blockIoText(), QStringLiteral("0B / 0B"));
    QCOMPARE(stats.pidsText(), QStringLiteral("1"));
    QVERIFY(stats.name.endsWith(QLatin1String("-busy")));
    QVERIFY(!stats.name.startsWith(QLatin1Char('/')));
    QCOMPARE(stats.id.size(), 64);
    QCOMPARE(stats.read.date(), QDate(2026, 11, 28));
}

void TestContainerStats::cgroupV2UsesInactiveFile()
{
    const ContainerStats stats = ContainerStats::fromJson(json(
            R"({"memory_stats":{"usage":10485760,"limit":1073741824,"stats":{"inactive_file":2097152,"file":4194304}}})"));
    QCOMPARE(stats.memoryUsage, 8388608.0);
    QCOMPARE(stats.memoryUsageText(), QStringLiteral("8MiB / 1GiB"));
    QCOMPARE(stats.memoryPercentText(), QStringLiteral("0.78%"));

    // v1 key wins when present; a cache larger than the usage is ignored.
    const ContainerStats v1 = ContainerStats::fromJson(json(
            R"({"memory_stats":{"usage":1000,"limit":4000,"stats":{"total_inactive_file":5000,"inactive_file":200}}})"));
    QCOMPARE(v1.memoryUsage, 800.0);
    const ContainerStats bigCache = ContainerStats::fromJson(
            json(R"({"memory_stats":{"usage":1000,"limit":4000,"stats":{"inactive_file":5000}}})"));
    QCOMPARE(bigCache.memoryUsage, 1000.0);
    QCOMPARE(bigCache.memoryPercentText(), QStringLiteral("25.00%"));
}

// A counter beyond 2^64 would be undefined behaviour cast to an integer; it saturates.
void TestContainerStats::countersBeyond64BitsSaturate()
{
    const ContainerStats stats = ContainerStats::fromJson(json(
            R"({"memory_stats":{"usage":1e30,"limit":4000},
                "cpu_stats":{"cpu_usage":{"total_usage":1e300},"system_cpu_usage":1e25,"online_cpus":1e40},
                "precpu_stats":{"cpu_usage":{"total_usage":100},"system_cpu_usage":1000}})"));
    QCOMPARE(stats.memoryUsage, double(std::numeric_limits<quint64>::max()));
    QVERIFY(qIsFinite(stats.cpuPercent));
}

void TestContainerStats::percpuCountWhenOnlineCpusMissing()
{
    // (300-100)/(2000-1000) * 4 cpus * 100 = 80%
    const ContainerStats stats = ContainerStats::fromJson(json(
            R"({"cpu_stats":{"cpu_usage":{"total_usage":300,"percpu_usage":[1,2,3,4]},"system_cpu_usage":2000},
                "precpu_stats":{"cpu_usage":{"total_usage":100},"system_cpu_usage":1000}})"));
    QCOMPARE(stats.cpuPercent, 80.0);
    QCOMPARE(stats.cpuPercentText(), QStringLiteral("80.00%"));
}

void TestContainerStats::blockIoOpsCaseInsensitive()
{
    const ContainerStats stats = ContainerStats::fromJson(json(R"({"memory_stats":{},
        "blkio_stats":{"io_service_bytes_recursive":[
            {"major":8,"minor":0,"op":"Read","value":1000000},{"major":8,"minor":0,"op":"Write","value":2500},
            {"major":8,"minor":16,"op":"read","value":500000},{"major":8,"minor":16,"op":"write","value":500},
            {"major":8,"minor":0,"op":"Sync","value":99},{"major":8,"minor":0,"op":"Total","value":7},
            {"major":8,"minor":0,"op":"","value":5}]}})"));
    QCOMPARE(stats.blockRead, 1500000.0);
    QCOMPARE(stats.blockWrite, 3000.0);
    QCOMPARE(stats.blockIoText(), QStringLiteral("1.5MB / 3kB"));
}

void TestContainerStats::networksAreSummed()
{
    const ContainerStats stats = ContainerStats::fromJson(json(R"({"cpu_stats":{},"networks":{
        "eth0":{"rx_bytes":1234567,"tx_bytes":1000},"eth1":{"rx_bytes":1000,"tx_bytes":999999999}}})"));
    QCOMPARE(stats.networkRx, 1235567.0);
    QCOMPARE(stats.networkIoText(), QStringLiteral("1.24MB / 1GB"));
}

void TestContainerStats::podmanCompatSample()
{
    // Podman 4 compat endpoint: no memory_stats.stats, null blkio list, no percpu_usage.
    const ContainerStats stats = ContainerStats::fromJson(json(R"({"read":"2024-03-01T10:00:01.5+01:00",
        "name":"web","id":"abc","pids_stats":{"current":3},
        "blkio_stats":{"io_service_bytes_recursive":null},
        "cpu_stats":{"cpu_usage":{"total_usage":2000000000,"usage_in_kernelmode":0},"system_cpu_usage":20000000000,"online_cpus":2},
        "precpu_stats":{"cpu_usage":{"total_usage":1000000000},"system_cpu_usage":10000000000,"online_cpus":2},
        "memory_stats":{"usage":52428800,"limit":2147483648},
        "networks":{"eth0":{"rx_bytes":2048,"tx_bytes":1024}}})"));
    QVERIFY(stats.valid);
    QCOMPARE(stats.name, QStringLiteral("web"));
    QCOMPARE(stats.cpuPercentText(), QStringLiteral("20.00%"));
    QCOMPARE(stats.memoryUsageText(), QStringLiteral("50MiB / 2GiB"));
    QCOMPARE(stats.memoryPercentText(), QStringLiteral("2.44%"));
    QCOMPARE(stats.networkIoText(), QStringLiteral("2.05kB / 1.02kB"));
    QCOMPARE(stats.blockIoText(), QStringLiteral("0B / 0B"));
    QCOMPARE(stats.pids, quint64(3));
    QCOMPARE(stats.read.toUTC().time(), QTime(9, 0, 1, 500));
}

void TestContainerStats::noDeltaMeansZeroCpu()
{
    // A stopped container: all zero, limit 0; nothing divides by zero.
    const ContainerStats stats = ContainerStats::fromJson(json(
            R"({"cpu_stats":{"cpu_usage":{"total_usage":0}},"precpu_stats":{},"memory_stats":{},"pids_stats":{}})"));
    QVERIFY(stats.valid);
    QCOMPARE(stats.cpuPercentText(), QStringLiteral("0.00%"));
    QCOMPARE(stats.memoryUsageText(), QStringLiteral("0B / 0B"));
    QCOMPARE(stats.memoryPercentText(), QStringLiteral("0.00%"));
    QCOMPARE(stats.pidsText(), QStringLiteral("0"));
}

void TestContainerStats::notASample()
{
    QVERIFY(!ContainerStats::fromJson(json(R"({"message":"No such container: x"})")).valid);
    QVERIFY(!ContainerStats::fromJson(QJsonObject()).valid);
    const ContainerStats strange = ContainerStats::fromJson(
            json(R"({"cpu_stats":"x","memory_stats":{"usage":-5,"limit":"big"},"networks":[1]})"));
    QCOMPARE(strange.memoryUsage, 0.0);
}

// Against what go-units prints (units.BytesSize / HumanSizeWithPrecision(x, 3)).
void TestContainerStats::sizes_data()
{
    QTest::addColumn<double>("bytes");
    QTest::addColumn<QString>("binary");
    QTest::addColumn<QString>("decimal");
    QTest::newRow("0") << 0.0 << QStringLiteral("0B") << QStringLiteral("0B");
    QTest::newRow("999") << 999.0 << QStringLiteral("999B") << QStringLiteral("999B");
    QTest::newRow("1000") << 1000.0 << QStringLiteral("1000B") << QStringLiteral("1kB");
    QTest::newRow("1024") << 1024.0 << QStringLiteral("1KiB") << QStringLiteral("1.02kB");
    QTest::newRow("1536") << 1536.0 << QStringLiteral("1.5KiB") << QStringLiteral("1.54kB");
    QTest::newRow("1048575") << 1048575.0 << QStringLiteral("1024KiB") << QStringLiteral("1.05MB");
    QTest::newRow("12.3456MiB") << 12945408.0 << QStringLiteral("12.35MiB") << QStringLiteral("12.9MB");
    QTest::newRow("7.7GiB") << 8267812864.0 << QStringLiteral("7.7GiB") << QStringLiteral("8.27GB");
}

void TestContainerStats::sizes()
{
    QFETCH(double, bytes);
    QFETCH(QString, binary);
    QFETCH(QString, decimal);
    QCOMPARE(ContainerStats::binarySize(bytes), binary);
    QCOMPARE(ContainerStats::decimalSize(bytes), decimal);
}

QTEST_GUILESS_MAIN(TestContainerStats)
#include "tst_containerstats.moc"
