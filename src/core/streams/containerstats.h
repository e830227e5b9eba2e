#pragma once

#include "jsonlinessplitter.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QJsonObject;

namespace dx {

// One sample of GET /containers/{id}/stats, reduced to the figures `docker stats` shows and
// computed the way the docker CLI computes them (cli/command/container/stats_helpers.go), so
// the app and the terminal never disagree. Podman's compatible endpoint leaves out some
// fields (memory_stats.stats, blkio lists, percpu_usage); missing ones count as zero.
struct ContainerStats
{
    QString id;
    QString name; // without the leading "/"
    QDateTime read;
    double cpuPercent = 0;
    double memoryUsage = 0; // bytes, page cache (inactive_file) excluded
    double memoryLimit = 0;
    double memoryPercent = 0;
    double networkRx = 0;
    double networkTx = 0;
    double blockRead = 0;
    double blockWrite = 0;
    quint64 pids = 0;
    // false when the object is no stats sample at all (e.g. an error message object)
    bool valid = false;

    static ContainerStats fromJson(const QJsonObject &sample);

    // The texts of `docker stats --format '{{json .}}'`: "12.34%", "1.5MiB / 256MiB",
    // "736B / 0B" (network and block I/O in decimal units with 3 significant digits).
    QString cpuPercentText() const;
    QString memoryUsageText() const;
    QString memoryPercentText() const;
    QString networkIoText() const;
    QString blockIoText() const;
    QString pidsText() const;

    // go-units BytesSize ("%.4g" + KiB, MiB, ...) and HumanSizeWithPrecision ("%.*g" + kB, MB).
    static QString binarySize(double bytes);
    static QString decimalSize(double bytes, int precision = 3);
};

// The body of GET /containers/{id}/stats?stream=1 cut into samples as it arrives, so a view
// never sees the JSON.
class ContainerStatsStream final
{
public:
    // The samples this chunk completed; objects that are no sample are skipped.
    QList<ContainerStats> feed(const QByteArray &chunk);
    void reset() { m_splitter.reset(); }

private:
    JsonLinesSplitter m_splitter;
};

} // namespace dx
