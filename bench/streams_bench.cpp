// Streams benchmarks: log demultiplexing throughput, and tar listing against GNU tar on the
// same bytes. Prints figures and ratios; build in Release for meaningful numbers.

#include "benchline.h"

#include "streams/logdemuxer.h"
#include "streams/tarbuilder.h"
#include "streams/tarlisting.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryFile>
#include <QtEndian>

#include <cstdio>

namespace {

constexpr int LineCount = 1000000;
constexpr int FileCount = 10000;
constexpr qsizetype CurlChunk = 16 * 1024; // CURL_MAX_WRITE_SIZE: what the write callback gets

QByteArray multiplexedLogs(bool timestamps)
{
    QByteArray body;
    body.reserve(qsizetype(LineCount) * 80);
    for (int i = 0; i < LineCount; ++i) {
        QByteArray payload;
        if (timestamps)
            payload += "2026-11-28T02:04:02." + QByteArray::number(100000000 + i) + "Z ";
        payload += "level=info msg=\"request served\" line=" + QByteArray::number(i) + '\n';
        char header[8] = {char(i % 7 == 0 ? 2 : 1), 0, 0, 0};
        qToBigEndian(quint32(payload.size()), header + 4);
        body.append(header, 8).append(payload);
    }
    return body;
}

void benchDemux(bool timestamps)
{
    const QByteArray body = multiplexedLogs(timestamps);
    dx::LogDemuxer demuxer(dx::LogDemuxer::Mode::Multiplexed, timestamps);
    QVector<dx::LogLine> lines;
    qint64 total = 0;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype at = 0; at < body.size(); at += CurlChunk) {
        demuxer.feed(body.constData() + at, qMin(CurlChunk, body.size() - at), lines);
        total += lines.size();
        lines.clear(); // a model would take them here
    }
    total += demuxer.finish().size();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("demux %s: %lld lines, %.1f MB in %.3f s = %.2f M lines/s (%.0f MB/s)\n",
                timestamps ? "with timestamps   " : "without timestamps", total, body.size() / 1e6, seconds,
                double(total) / seconds / 1e6, body.size() / 1e6 / seconds);
    // Peer: the logs goal's 200,000 lines/s, i.e. 5 µs a line.
    dx::bench::line(timestamps ? "log_demux_timestamps" : "log_demux", seconds * 1e6 / double(total), 5.0, "µs/line", 1.0);
}

QByteArray tarOfFiles()
{
    QByteArray tar;
    dx::TarBuilder builder([&tar](const char *data, qsizetype size) {
        tar.append(data, size);
        return true;
    });
    for (int i = 0; i < FileCount; ++i) {
        const QString name = QStringLiteral("srv/app/module%1/file%2.txt").arg(i / 100).arg(i, 5, 10, QLatin1Char('0'));
        builder.addFile(name, QByteArray(200 + i % 1000, 'x'), 0644, 1700000000);
    }
    builder.finish();
    return tar;
}

void benchTar()
{
    QByteArray tar = tarOfFiles();
    QBuffer buffer(&tar);
    buffer.open(QIODevice::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    const dx::TarListingResult result = dx::TarListing::list(&buffer);
    const double ours = double(timer.nsecsElapsed()) / 1e9;
    std::printf("tar listing: %lld entries, %.1f MB in %.4f s = %.0f files/s%s\n", result.entryCount,
                tar.size() / 1e6, ours, double(result.entryCount) / ours, result.ok() ? "" : " (FAILED)");

    QTemporaryFile file;
    if (!file.open() || file.write(tar) != tar.size() || !file.flush()) {
        std::printf("GNU tar: could not write the temporary file\n");
        return;
    }
    QProcess gnuTar;
    gnuTar.setStandardOutputFile(QProcess::nullDevice());
    timer.restart();
    gnuTar.start(QStringLiteral("tar"), {QStringLiteral("-tf"), file.fileName()});
    if (!gnuTar.waitForFinished(60000) || gnuTar.exitCode() != 0) {
        std::printf("GNU tar: not available\n");
        dx::bench::notMeasured("tar_listing_vs_gnu_tar", "GNU tar is not installed");
        return;
    }
    const double theirs = double(timer.nsecsElapsed()) / 1e9;
    std::printf("GNU tar -tf: %.4f s (process start included) = %.0f files/s; ratio ours/GNU time = %.2f\n",
                theirs, FileCount / theirs, ours / theirs);
    dx::bench::line("tar_listing_vs_gnu_tar", ours, theirs, "s", 1.0);
}

} // namespace

int main()
{
    benchDemux(false);
    benchDemux(true);
    benchTar();
    return 0;
}
