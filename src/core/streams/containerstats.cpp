#include "containerstats.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <iterator>
#include <limits>

namespace dx {

namespace {

// Counters are uint64 in the engine; QJsonValue keeps integers up to 2^63 exactly.
quint64 counter(const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 integer = value.toInteger(-1);
        if (integer >= 0)
            return quint64(integer);
        // Beyond 2^64 the cast would be undefined: saturate.
        const double real = value.toDouble();
        if (!(real > 0))
            return 0;
        return real >= 18446744073709551616.0 ? std::numeric_limits<quint64>::max() : quint64(real);
    }
    return 0;
}

double cpuPercentOf(const QJsonObject &cpu, const QJsonObject &previousCpu)
{
    // The CLI converts to float64 before subtracting; doing the same keeps the last digit equal.
    const double cpuDelta = double(counter(cpu[QLatin1String("cpu_usage")][QLatin1String("total_usage")]))
            - double(counter(previousCpu[QLatin1String("cpu_usage")][QLatin1String("total_usage")]));
    const double systemDelta = double(counter(cpu[QLatin1String("system_cpu_usage")]))
            - double(counter(previousCpu[QLatin1String("system_cpu_usage")]));
    double onlineCpus = double(counter(cpu[QLatin1String("online_cpus")]));
    if (onlineCpus == 0.0)
        onlineCpus = cpu[QLatin1String("cpu_usage")][QLatin1String("percpu_usage")].toArray().size();
    if (systemDelta > 0.0 && cpuDelta > 0.0)
        return cpuDelta / systemDelta * onlineCpus * 100.0;
    return 0.0;
}

double memoryUsageNoCache(const QJsonObject &memory)
{
    const quint64 usage = counter(memory[QLatin1String("usage")]);
    const QJsonObject stats = memory[QLatin1String("stats")].toObject();
    // cgroup v1 reports total_inactive_file, cgroup v2 inactive_file (see moby#40727).
    const auto v1 = stats.constFind(QLatin1String("total_inactive_file"));
    if (v1 != stats.constEnd() && counter(*v1) < usage)
        return double(usage - counter(*v1));
    const quint64 v2 = counter(stats[QLatin1String("inactive_file")]);
    if (v2 < usage)
        return double(usage - v2);
    return double(usage);
}

QString formatG(const char *format, int precision, double value, const char *unit)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, precision, value, unit);
    return QString::fromLatin1(buffer);
}

QString scaled(double size, double base, const char *const *units, int unitCount, int precision)
{
    int i = 0;
    while (size >= base && i < unitCount - 1) {
        size /= base;
        ++i;
    }
    return formatG("%.*g%s", precision, size, units[i]);
}

QString percent(double value)
{
    return formatG("%.*f%s", 2, value, "%");
}

} // namespace

ContainerStats ContainerStats::fromJson(const QJsonObject &sample)
{
    ContainerStats stats;
    const QJsonObject cpu = sample[QLatin1String("cpu_stats")].toObject();
    const QJsonObject memory = sample[QLatin1String("memory_stats")].toObject();
    stats.valid = !cpu.isEmpty() || !memory.isEmpty();

    stats.id = sample[QLatin1String("id")].toString();
    stats.name = sample[QLatin1String("name")].toString();
    if (stats.name.startsWith(QLatin1Char('/')))
        stats.name.remove(0, 1);
    stats.read = QDateTime::fromString(sample[QLatin1String("read")].toString(), Qt::ISODateWithMs);

    stats.cpuPercent = cpuPercentOf(cpu, sample[QLatin1String("precpu_stats")].toObject());
    stats.memoryUsage = memoryUsageNoCache(memory);
    stats.memoryLimit = double(counter(memory[QLatin1String("limit")]));
    if (stats.memoryLimit != 0)
        stats.memoryPercent = stats.memoryUsage / stats.memoryLimit * 100.0;

    const QJsonObject networks = sample[QLatin1String("networks")].toObject();
    for (auto it = networks.constBegin(); it != networks.constEnd(); ++it) {
        stats.networkRx += double(counter(it.value()[QLatin1String("rx_bytes")]));
        stats.networkTx += double(counter(it.value()[QLatin1String("tx_bytes")]));
    }

    // Summed as integers like the CLI; "Read"/"read"/"Write" differ between cgroup versions.
    quint64 blockRead = 0;
    quint64 blockWrite = 0;
    const QJsonArray blkio =
            sample[QLatin1String("blkio_stats")][QLatin1String("io_service_bytes_recursive")].toArray();
    for (const QJsonValue &entry : blkio) {
        const QString op = entry[QLatin1String("op")].toString();
        if (op.isEmpty())
            continue;
        const QChar first = op.at(0).toLower();
        if (first == QLatin1Char('r'))
            blockRead += counter(entry[QLatin1String("value")]);
        else if (first == QLatin1Char('w'))
            blockWrite += counter(entry[QLatin1String("value")]);
    }
    stats.blockRead = double(blockRead);
    stats.blockWrite = double(blockWrite);
    stats.pids = counter(sample[QLatin1String("pids_stats")][QLatin1String("current")]);
    return stats;
}

QString ContainerStats::binarySize(double bytes)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};
    return scaled(bytes, 1024.0, units, int(std::size(units)), 4);
}

QString ContainerStats::decimalSize(double bytes, int precision)
{
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
    return scaled(bytes, 1000.0, units, int(std::size(units)), precision);
}

QString ContainerStats::cpuPercentText() const
{
    return percent(cpuPercent);
}

QString ContainerStats::memoryUsageText() const
{
    return binarySize(memoryUsage) + QLatin1String(" / ") + binarySize(memoryLimit);
}

QString ContainerStats::memoryPercentText() const
{
    return percent(memoryPercent);
}

QString ContainerStats::networkIoText() const
{
    return decimalSize(networkRx) + QLatin1String(" / ") + decimalSize(networkTx);
}

QString ContainerStats::blockIoText() const
{
    return decimalSize(blockRead) + QLatin1String(" / ") + decimalSize(blockWrite);
}

QString ContainerStats::pidsText() const
{
    return QString::number(pids);
}

QList<ContainerStats> ContainerStatsStream::feed(const QByteArray &chunk)
{
    QList<ContainerStats> samples;
    for (const JsonLine &line : m_splitter.feed(chunk)) {
        if (!line.isValid())
            continue;
        ContainerStats stats = ContainerStats::fromJson(line.object);
        if (stats.valid)
            samples.append(std::move(stats));
    }
    return samples;
}

} // namespace dx
