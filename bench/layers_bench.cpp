// The files in each layer, on a generated image of several hundred MB (DX_BENCH_LAYERS_MB,
// 300 by default, in three layers of random bytes plus one of 5,000 small files and one that
// overwrites and removes some of them):
//   listing: `docker-explorer layers IMAGE --format json` against
//            `docker save IMAGE | tar -t > /dev/null` for the same image (the peer lists the
//            outer tar only; ours also lists every layer inside it and computes the report),
//            best of 3 wall-clock times each;
//   memory:  the peak RSS (VmHWM) of `docker-explorer layers`, against a fixed goal of 100 MB:
//            the stream passes through an 8 MB queue and only names and sizes are kept, so
//            the peak must not grow with the image; 100 MB is Qt and libcurl's baseline with
//            room for the file lists of a large distribution image, and well under the
//            image itself, which a tool holding the tar would need.
// The image carries the label dx.test.run=bench-PID and is removed at the end.
// Needs a Docker engine and its CLI (for `docker build` and the peer).
//
//   layers_bench [--app PATH]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

struct Run
{
    bool ok = false;
    double seconds = 0;
    double peakMiB = 0;
    QByteArray out;
    QByteArray err;
};

// The peak resident size of a running process, in MiB (0 when it is gone).
double peakMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

Run run(const QString &program, const QStringList &args, bool keepOutput)
{
    Run r;
    QProcess p;
    if (!keepOutput)
        p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForStarted())
        return r;
    const qint64 pid = p.processId();
    while (!p.waitForFinished(5))
        r.peakMiB = std::max(r.peakMiB, peakMiB(pid)); // VmHWM only grows: the last read is the peak
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (keepOutput)
        r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return r;
}

QString ratioLine(const QString &name, const QString &unit, double ours, double peer, double goal, const QString &why)
{
    const double ratio = ours / peer;
    QString line = QStringLiteral("bench %1: ours %2 %3, peer %4 %3, ratio %5, goal <= %6")
                           .arg(name)
                           .arg(ours, 0, 'f', 2)
                           .arg(unit)
                           .arg(peer, 0, 'f', 2)
                           .arg(ratio, 0, 'f', 2)
                           .arg(goal, 0, 'g', 3);
    if (ratio > goal)
        line += QStringLiteral(", missed: ") + why;
    return line;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The docker-explorer binary."), QStringLiteral("PATH"),
                                       QStringLiteral(DX_APP_BINARY));
    parser.addOption(appOption);
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("A 60 MB image instead of 300 MB."));
    parser.addOption(quickOption);
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const bool quick = parser.isSet(quickOption) || qEnvironmentVariableIsSet("DX_BENCH_QUICK");
    const int megabytes = qEnvironmentVariableIsSet("DX_BENCH_LAYERS_MB") ? qEnvironmentVariableIntValue("DX_BENCH_LAYERS_MB")
                                                                         : (quick ? 60 : 300);
    const QString run_ = QStringLiteral("bench-%1").arg(QCoreApplication::applicationPid());
    const QString image = QStringLiteral("dx-layers-bench:") + run_;
    const int third = std::max(1, megabytes / 3);
    const QString dockerfile = QStringLiteral(
            "FROM docker-explorer-test-base:1\n"
            "RUN head -c %1m /dev/urandom > /one.bin\n"
            "RUN head -c %1m /dev/urandom > /two.bin\n"
            "RUN mkdir -p /many && cd /many && for d in $(seq 1 50); do mkdir $d; for f in $(seq 1 100); do echo $d-$f > $d/$f.txt; done; done\n"
            "RUN head -c %1m /dev/urandom > /three.bin\n"
            "RUN rm -rf /many/1 /many/2 && echo changed > /many/3/1.txt && rm /one.bin\n")
                                      .arg(third);
    QTemporaryDir context;
    QFile file(context.filePath(QStringLiteral("Dockerfile")));
    if (!file.open(QIODevice::WriteOnly) || file.write(dockerfile.toUtf8()) < 0) {
        err << "cannot write the Dockerfile\n";
        return 1;
    }
    file.close();
    out << "building a " << megabytes << " MB image in 5 layers (" << image << ")…" << Qt::endl;
    QProcess build;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
    build.setProcessEnvironment(env);
    build.start(QStringLiteral("docker"), {QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("--label"),
                                           QStringLiteral("dx.test.run=") + run_, QStringLiteral("-t"), image, context.path()});
    if (!build.waitForFinished(900000) || build.exitCode() != 0) {
        err << "docker build failed (is an engine running?): " << build.readAllStandardError() << Qt::endl;
        return 1;
    }

    const QString appPath = parser.value(appOption);
    const QStringList ours{QStringLiteral("layers"), image, QStringLiteral("--format"), QStringLiteral("json")};
    const QStringList peer{QStringLiteral("-c"), QStringLiteral("docker save '%1' | tar -t > /dev/null").arg(image)};
    // A first round of each warms the engine's page cache for both alike.
    Run check = run(appPath, ours, true);
    run(QStringLiteral("sh"), peer, false);
    int code = 0;
    if (!check.ok) {
        err << "docker-explorer layers failed: " << check.err << Qt::endl;
        code = 1;
    } else {
        const QJsonObject report = QJsonDocument::fromJson(check.out).object();
        out << "report: " << report.value(QLatin1String("layers")).toArray().size() << " layers, wasted "
            << qint64(report.value(QLatin1String("wastedBytes")).toDouble()) << " bytes, efficiency "
            << report.value(QLatin1String("efficiency")).toDouble() << Qt::endl;
        double oursBest = 1e9;
        double peerBest = 1e9;
        double oursPeak = 0;
        for (int i = 0; i < 3; ++i) {
            const Run a = run(appPath, ours, false);
            const Run b = run(QStringLiteral("sh"), peer, false);
            if (!a.ok || !b.ok) {
                err << "a run failed: " << a.err << b.err << Qt::endl;
                code = 1;
                break;
            }
            oursBest = std::min(oursBest, a.seconds);
            peerBest = std::min(peerBest, b.seconds);
            oursPeak = std::max(oursPeak, a.peakMiB);
            out << QStringLiteral("round %1: ours %2 s (%3 MiB peak), peer %4 s\n")
                           .arg(i + 1)
                           .arg(a.seconds, 0, 'f', 2)
                           .arg(a.peakMiB, 0, 'f', 1)
                           .arg(b.seconds, 0, 'f', 2);
        }
        if (code == 0) {
            out << ratioLine(QStringLiteral("layers_listing"), QStringLiteral("s"), oursBest, peerBest, 1.25,
                             QStringLiteral("listing every nested layer costs more than skipping the outer entries"))
                << '\n';
            out << ratioLine(QStringLiteral("layers_memory"), QStringLiteral("MB"), oursPeak * 1.048576, 100.0, 1.0,
                             QStringLiteral("the peak grew past the streaming budget"))
                << Qt::endl;
        }
    }

    QProcess remove;
    remove.start(QStringLiteral("docker"), {QStringLiteral("rmi"), QStringLiteral("-f"), image});
    remove.waitForFinished(120000);
    return code;
}
