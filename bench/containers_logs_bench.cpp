// Container logs: 1,000,000 multiplexed log lines (stdout and stderr frames, as the engine
// sends them) cut into 32 KiB chunks, demultiplexed by LogDemuxer into LogModel, shown in a
// QListView with uniform item sizes (offscreen). The model takes the queued lines once per
// 30 ms tick, as the Logs tab does. Prints lines/s (goal >= 200,000) and the longest tick
// (flush + view update; goal <= 16 ms).

#include "benchline.h"

#include "containers/logmodel.h"
#include "streams/logdemuxer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QTextStream>
#include <QtEndian>

#include <algorithm>

using namespace dx;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    constexpr int Lines = 1000000;
    constexpr int ChunkBytes = 32 * 1024;
    constexpr int TickMs = 30;

    QByteArray stream;
    stream.reserve(Lines * 60);
    for (int i = 0; i < Lines; ++i) {
        const QByteArray payload = "2024-05-01 12:00:00 GET /api/items/" + QByteArray::number(i) + " 200 in 3ms\n";
        char header[8] = {char(i % 5 == 0 ? 2 : 1), 0, 0, 0};
        qToBigEndian(quint32(payload.size()), header + 4);
        stream.append(header, 8);
        stream.append(payload);
    }

    LogModel model;
    QListView view;
    view.setUniformItemSizes(true);
    view.setModel(&model);
    view.resize(1000, 600);
    view.show();
    app.processEvents();

    LogDemuxer demuxer(LogDemuxer::Mode::Multiplexed);
    QVector<LogLine> lines;
    QElapsedTimer total;
    QElapsedTimer sinceTick;
    QElapsedTimer tickTimer;
    QVector<qint64> ticks;
    qint64 longestChunkNs = 0;
    total.start();
    sinceTick.start();
    const auto tick = [&] {
        tickTimer.start();
        model.flush();
        view.scrollToBottom();
        app.processEvents(); // layout and paint of the view, as the event loop would do
        ticks.append(tickTimer.nsecsElapsed());
        sinceTick.restart();
    };
    for (qsizetype at = 0; at < stream.size(); at += ChunkBytes) {
        QElapsedTimer chunk;
        chunk.start();
        lines.clear();
        demuxer.feed(stream.constData() + at, qMin<qsizetype>(ChunkBytes, stream.size() - at), lines);
        model.append(lines);
        longestChunkNs = qMax(longestChunkNs, chunk.nsecsElapsed());
        if (sinceTick.elapsed() >= TickMs)
            tick();
    }
    model.append(demuxer.finish());
    tick();
    const double seconds = total.nsecsElapsed() / 1e9;
    std::sort(ticks.begin(), ticks.end());
    out << Lines << " lines (" << stream.size() / (1024 * 1024) << " MiB) in " << seconds << " s: "
        << qint64(Lines / seconds) << " lines/s (goal >= 200000)" << Qt::endl;
    out << ticks.size() << " ticks of " << TickMs << " ms: median " << ticks.at(ticks.size() / 2) / 1e6 << " ms, longest "
        << ticks.last() / 1e6 << " ms (goal <= 16 ms); longest chunk decode " << longestChunkNs / 1e6 << " ms" << Qt::endl;
    out << "kept " << model.rowCount() << " lines (cap " << model.maxLines() << "), dropped " << model.droppedLines()
        << Qt::endl;
    out.flush();
    // Peers: the goals (200,000 lines/s = 5 µs a line; one frame, 16 ms).
    dx::bench::line("logs_1M_lines_throughput", seconds * 1e6 / Lines, 5.0, "µs/line", 1.0);
    dx::bench::line("logs_1M_lines_longest_ui_stall", ticks.last() / 1e6, 16.0, "ms", 1.0);
    return 0;
}
