// Decodes a synthetic 200,000-line POST /build response per builder and prints lines/s.
#include "benchline.h"

#include "buildctx/buildstream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace {

constexpr int kLines = 200000;

QByteArray varint(quint64 v)
{
    QByteArray out;
    do {
        const quint8 b = v & 0x7f;
        v >>= 7;
        out.append(char(v ? b | 0x80 : b));
    } while (v);
    return out;
}
QByteArray field(int n, const QByteArray &d) { return varint(quint64(n) << 3 | 2) + varint(quint64(d.size())) + d; }
QByteArray timestamp(int n, qint64 ns)
{
    return field(n, varint(1 << 3) + varint(quint64(ns / 1000000000)) + varint(2 << 3) + varint(quint64(ns % 1000000000)));
}
QByteArray traceLine(const QByteArray &message)
{
    return "{\"id\":\"moby.buildkit.trace\",\"aux\":\"" + message.toBase64() + "\"}\n";
}

QByteArray buildKitStream()
{
    QByteArray s;
    const qint64 t0 = 1700000000LL * 1000000000;
    int vertex = 0;
    for (int i = 0; i < kLines; ++i) {
        const QByteArray digest = "sha256:" + QByteArray::number(vertex).rightJustified(64, '0');
        if (i % 1000 == 999) { // a RUN step every 1000 lines: starts, logs, completes
            s += traceLine(field(1, field(1, digest) + field(3, "[2/9] RUN make") + timestamp(5, t0)
                                 + timestamp(6, t0 + i * 1000000LL)));
            ++vertex;
            continue;
        }
        if (i % 1000 == 0)
            s += traceLine(field(1, field(1, digest) + field(3, "[2/9] RUN make") + timestamp(5, t0)));
        const QByteArray log = field(1, digest) + timestamp(2, t0 + i * 1000000LL) + varint(3 << 3) + varint(1)
            + field(4, "compiling file number " + QByteArray::number(i) + ".c\n");
        s += traceLine(field(3, log));
    }
    return s;
}

QByteArray classicStream()
{
    QByteArray s;
    for (int i = 0; i < kLines; ++i) {
        if (i % 1000 == 0)
            s += "{\"stream\":\"Step " + QByteArray::number(i / 1000 + 1) + "/200 : RUN make\"}\n{\"stream\":\"\\n\"}\n";
        else
            s += "{\"stream\":\"compiling file number " + QByteArray::number(i) + ".c\\n\"}\n";
    }
    return s;
}

void run(QTextStream &out, const char *name, const QByteArray &data)
{
    QElapsedTimer t;
    t.start();
    dx::BuildStreamDecoder d;
    qint64 events = 0;
    for (qsizetype i = 0; i < data.size(); i += 16384) // engine-sized chunks
        events += d.feed(data.mid(i, 16384)).size();
    events += d.finish().size();
    const double s = double(t.nsecsElapsed()) / 1e9;
    out << QStringLiteral("%1: %2 JSON lines, %3 events in %4 s = %5 lines/s (%6 MB/s)\n")
               .arg(QLatin1String(name)).arg(data.count('\n')).arg(events).arg(s, 0, 'f', 3)
               .arg(double(data.count('\n')) / s, 0, 'f', 0).arg(double(data.size()) / 1e6 / s, 0, 'f', 1);
    out.flush();
    // Peer: the goal's 200,000 lines/s, i.e. 5 µs a line.
    const QByteArray figure = "build_stream_decode_" + QByteArray(name).trimmed();
    dx::bench::line(figure.constData(), s * 1e6 / double(data.count('\n')), 5.0, "µs/line", 1.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    run(out, "classic ", classicStream());
    run(out, "buildkit", buildKitStream());
    return 0;
}
