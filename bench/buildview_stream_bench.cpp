// The build view's streaming path end to end, as BuildRunner runs it: a feeder thread
// stands in for the engine client and delivers 16 KB chunks of a synthetic 200,000-line
// POST /build response to the GUI thread, which hands them to the decoder thread
// (BuildStreamThread); decoded batches come back by queued signal and go into the log
// and step models, shown in the real log view. Prints lines/s end to end (first chunk to
// last row in the model) and the longest GUI-thread tick (the longest single event the
// GUI thread handled: slot calls, timers, layout, paint), with the ratio to the goals
// (>= 200,000 lines/s, <= 16 ms). "--gui-decode" also runs the old path (decoding on the
// GUI thread) through the same measurement, for comparison.
#include "benchline.h"

#include "build/buildlogmodel.h"
#include "build/buildlogview.h"
#include "build/buildstepmodel.h"
#include "build/buildstreamworker.h"
#include "buildctx/buildstream.h"
#include "dockerfile/dockerfileparser.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>

using namespace dx;

namespace {

constexpr int kLines = 200000;
constexpr qsizetype kChunk = 16384;
constexpr double kGoalLinesPerSecond = 200000;
constexpr double kGoalTickMs = 16;

// Times every event the GUI thread handles at the outermost level.
class TimingApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const bool r = QApplication::notify(receiver, event);
        longestNs = qMax(longestNs, t.nsecsElapsed());
        --m_depth;
        return r;
    }

    qint64 longestNs = 0;

private:
    int m_depth = 0;
};

QByteArray varint(quint64 v)
{
    QByteArray out;
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
    return out;
}

QByteArray field(int number, const QByteArray &payload)
{
    return varint(quint64(number) << 3 | 2) + varint(quint64(payload.size())) + payload;
}

QByteArray timestamp(qint64 ns)
{
    return varint(1 << 3) + varint(quint64(ns / 1000000000)) + varint(2 << 3) + varint(quint64(ns % 1000000000));
}

// One JSON line per output line, as the daemon sends them.
QByteArray classicStream()
{
    QByteArray s;
    s += R"({"stream":"Step 1/2 : FROM busybox"})" "\n";
    s += R"({"stream":"\n ---\u003e 1d7a3aeab775\nStep 2/2 : RUN make\n ---\u003e Running in 805811f7f96a\n"})" "\n";
    for (int i = 0; i < kLines; ++i) {
        QJsonObject o;
        o.insert(QStringLiteral("stream"), QStringLiteral("compiling unit %1 of the project sha256:%2\n")
                                               .arg(i).arg(QString::number(i, 16).rightJustified(64, QLatin1Char('a'))));
        s += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return s;
}

QByteArray buildKitStream()
{
    const qint64 t0 = 1700000000LL * 1000000000LL;
    const QByteArray digest = "sha256:5689" + QByteArray(60, 'b');
    QByteArray s;
    const QByteArray vertex = field(1, digest) + field(3, "[2/2] RUN make") + field(5, timestamp(t0));
    s += R"({"id":"moby.buildkit.trace","aux":")" + field(1, vertex).toBase64() + "\"}\n";
    // 20 log lines per trace message, as BuildKit batches them.
    for (int i = 0; i < kLines; i += 20) {
        QByteArray msg;
        for (int k = i; k < i + 20 && k < kLines; ++k) {
            const QByteArray text = "compiling unit " + QByteArray::number(k) + " of the project\n";
            msg += field(3, field(1, digest) + field(2, timestamp(t0 + qint64(k) * 1000000)) + varint(3 << 3) + varint(1)
                                + field(4, text));
        }
        s += R"({"id":"moby.buildkit.trace","aux":")" + msg.toBase64() + "\"}\n";
    }
    return s;
}

// The engine client's thread: delivers the response to the GUI thread as fast as it can.
class Feeder final : public QThread
{
public:
    Feeder(const QByteArray &data, QObject *receiver, std::function<void(const QByteArray &)> onChunk,
           std::function<void()> onEnd)
        : m_data(data), m_receiver(receiver), m_onChunk(std::move(onChunk)), m_onEnd(std::move(onEnd)) {}

protected:
    void run() override
    {
        for (qsizetype off = 0; off < m_data.size(); off += kChunk) {
            const QByteArray chunk = m_data.mid(off, kChunk);
            QMetaObject::invokeMethod(m_receiver, [this, chunk] { m_onChunk(chunk); }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(m_receiver, [this] { m_onEnd(); }, Qt::QueuedConnection);
    }

private:
    QByteArray m_data;
    QObject *m_receiver;
    std::function<void(const QByteArray &)> m_onChunk;
    std::function<void()> m_onEnd;
};

struct Figures
{
    int rows = 0;
    double linesPerSecond = 0;
    double longestTickMs = 0;
};

Figures run(TimingApplication &app, const QByteArray &stream, bool decodeOnGui)
{
    BuildLogModel log; // its default 40 ms coalescing tick, as in the view
    BuildStepModel steps;
    steps.reset(DockerfileParser::parse("FROM busybox\nRUN make\n"));
    BuildLogView view;
    view.setModel(&log);
    view.resize(1000, 700);
    view.show();
    QObject::connect(&log, &BuildLogModel::flushed, &view, &BuildLogView::scrollToEndIfFollowing);
    QCoreApplication::processEvents();

    QEventLoop loop;
    QObject receiver;
    const auto append = [&](const QList<BuildEvent> &events) {
        log.appendEvents(events);
        steps.apply(events);
    };
    const auto done = [&] {
        log.flush();
        loop.quit();
    };

    BuildStreamThread stream_;
    BuildStreamDecoder guiDecoder;
    const quint64 generation = 1;
    QObject::connect(stream_.worker(), &BuildStreamWorker::eventsReady, &receiver, [&](quint64 g) {
        append(stream_.worker()->take(g));
    });
    QObject::connect(stream_.worker(), &BuildStreamWorker::ended, &receiver, [&](quint64 g, const BuildStreamSummary &) {
        append(stream_.worker()->take(g));
        done();
    });
    stream_.begin(generation);

    Feeder feeder(
        stream, &receiver,
        [&](const QByteArray &chunk) {
            if (decodeOnGui)
                append(guiDecoder.feed(chunk));
            else
                stream_.feed(generation, chunk);
        },
        [&] {
            if (decodeOnGui) {
                append(guiDecoder.finish());
                done();
            } else {
                stream_.end(generation);
            }
        });
    app.longestNs = 0;
    QElapsedTimer clock;
    clock.start();
    feeder.start();
    loop.exec();
    const qint64 ns = clock.nsecsElapsed();
    feeder.wait();
    Figures f;
    f.rows = log.rowCount();
    f.linesPerSecond = double(f.rows) / (double(ns) / 1e9);
    f.longestTickMs = double(app.longestNs) / 1e6;
    return f;
}

void print(const char *name, const char *path, const Figures &f)
{
    QTextStream(stdout) << name << " (" << path << "): " << f.rows << " rows, "
                        << qRound64(f.linesPerSecond) << " lines/s end to end ("
                        << QString::number(f.linesPerSecond / kGoalLinesPerSecond, 'f', 2)
                        << "x the goal of 200,000), longest GUI-thread tick "
                        << QString::number(f.longestTickMs, 'f', 1) << " ms ("
                        << QString::number(f.longestTickMs / kGoalTickMs, 'f', 2) << "x the 16 ms budget)" << Qt::endl;
    if (QByteArray(path) != "decoder thread")
        return; // the old path is for comparison only
    // Peers: the goals (200,000 lines/s = 5 µs a line; one frame, 16 ms).
    const QByteArray builder = QByteArray(name);
    dx::bench::line(QByteArray("build_200k_lines_throughput_" + builder).constData(), 1e6 / f.linesPerSecond, 1e6 / kGoalLinesPerSecond,
                    "µs/line", 1.0);
    dx::bench::line(QByteArray("build_200k_lines_longest_ui_stall_" + builder).constData(), f.longestTickMs, kGoalTickMs, "ms", 1.0);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    const bool compare = app.arguments().contains(QStringLiteral("--gui-decode"));
    const QByteArray classic = classicStream();
    const QByteArray buildKit = buildKitStream();
    print("classic", "decoder thread", run(app, classic, false));
    print("buildkit", "decoder thread", run(app, buildKit, false));
    if (compare) {
        print("classic", "decoding on the GUI thread", run(app, classic, true));
        print("buildkit", "decoding on the GUI thread", run(app, buildKit, true));
    }
    return 0;
}
