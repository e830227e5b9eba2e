// Packs a 20,000-file (~200 MB) context with ContextTarWriter and with GNU tar, and
// prints throughput, their ratio and peak RSS. GNU tar notices when its output is
// /dev/null and then skips reading file contents, so it is timed twice: literally as
// `tar -cf - -C dir . > /dev/null`, and piped into cat (it has to read everything).
#include "benchline.h"

#include "buildctx/buildcontext.h"
#include "buildctx/contexttarwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

long maxRssKiB(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_maxrss;
}

// Sizes: 19,000 small (0-4 KiB), 900 of 100 KiB, 100 of ~720 KiB; ~200 MB in total.
qint64 createContext(const QString &root)
{
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (int i = 0; i < block.size(); ++i)
        block[i] = char('a' + (i * 7919) % 26);
    qint64 total = 0;
    quint32 seed = 12345;
    for (int i = 0; i < 20000; ++i) {
        const QString dir = QStringLiteral("%1/d%2/s%3").arg(root).arg(i / 1000).arg((i / 100) % 10);
        if (i % 100 == 0)
            QDir().mkpath(dir);
        seed = seed * 1103515245 + 12345;
        qint64 size = (seed >> 8) % 4097;
        if (i % 200 == 7)
            size = 737280;
        else if (i % 22 == 3)
            size = 102400;
        QFile f(QStringLiteral("%1/f%2.dat").arg(dir).arg(i));
        if (!f.open(QIODevice::WriteOnly))
            return -1;
        f.write(block.constData(), size);
        total += size;
    }
    return total;
}

double runShell(const QString &command)
{
    QElapsedTimer t;
    t.start();
    QProcess::execute(QStringLiteral("sh"), {QStringLiteral("-c"), command});
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString root = dir.path();
    const qint64 bytes = createContext(root);
    if (bytes < 0) {
        out << "cannot create the test context\n";
        return 1;
    }
    const double mb = double(bytes) / 1e6;
    out << QStringLiteral("context: 20000 files, %1 MB in %2\n").arg(mb, 0, 'f', 1).arg(root);
    const QString quoted = QLatin1Char('\'') + root + QLatin1Char('\'');
    runShell(QStringLiteral("tar -cf - -C %1 . | cat > /dev/null").arg(quoted)); // warm the page cache
    const long rssBefore = maxRssKiB(RUSAGE_SELF);

    const int devNull = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    double ours = 1e9, tarLiteral = 1e9, tarPiped = 1e9;
    qint64 tarBytes = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        const dx::ContextScan scan = dx::BuildContext::scan(root);
        dx::ContextTarWriter writer(scan);
        writer.write([devNull](const char *data, qint64 size) { return ::write(devNull, data, size_t(size)) == size; });
        ours = qMin(ours, double(t.nsecsElapsed()) / 1e9);
        tarBytes = writer.bytesWritten();
        tarLiteral = qMin(tarLiteral, runShell(QStringLiteral("tar -cf - -C %1 . > /dev/null").arg(quoted)));
        tarPiped = qMin(tarPiped, runShell(QStringLiteral("tar -cf - -C %1 . | cat > /dev/null").arg(quoted)));
    }
    ::close(devNull);

    out << QStringLiteral("ours (scan + pack):       %1 s  %2 MB/s  (%3 MB of tar)\n")
               .arg(ours, 0, 'f', 3).arg(mb / ours, 0, 'f', 0).arg(double(tarBytes) / 1e6, 0, 'f', 1);
    out << QStringLiteral("GNU tar > /dev/null:      %1 s  %2 MB/s  (skips reading contents)\n")
               .arg(tarLiteral, 0, 'f', 3).arg(mb / tarLiteral, 0, 'f', 0);
    out << QStringLiteral("GNU tar | cat >/dev/null: %1 s  %2 MB/s\n").arg(tarPiped, 0, 'f', 3).arg(mb / tarPiped, 0, 'f', 0);
    out << QStringLiteral("ratio ours/tar (piped):   %1 (goal >= 1.0)\n").arg(tarPiped / ours, 0, 'f', 2);
    out << QStringLiteral("ratio ours/tar (literal): %1\n").arg(tarLiteral / ours, 0, 'f', 2);
    out << QStringLiteral("peak RSS: %1 MiB before packing, %2 MiB after 3 rounds\n")
               .arg(double(rssBefore) / 1024, 0, 'f', 1).arg(double(maxRssKiB(RUSAGE_SELF)) / 1024, 0, 'f', 1);
    out.flush();
    // Time for the same bytes: at least GNU tar's throughput means a ratio of at most 1.
    dx::bench::line("context_packing_vs_gnu_tar", ours, tarPiped, "s", 1.0);
    return 0;
}
