// Builds the same context and Dockerfile (the offline test base image, a few RUN/COPY
// steps, --no-cache, classic builder) through the app's path (BuildRunner: context scan,
// streamed tar body, decoder thread) and through `DOCKER_BUILDKIT=0 docker build`, a few
// times each, alternating, and prints the median wall times and their ratio (goal <= 1.05).
// Images carry dx.test.run=bench-<id> and are removed at the end.
#include "benchline.h"

#include "api/dockerapi.h"
#include "build/buildrunner.h"
#include "engine/engine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace dx;

namespace {

constexpr int kRounds = 3;

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QString docker(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("docker"), args);
    p.waitForFinished(600000); // a benchmark: blocking is fine here
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    Engine engine;
    engine.connectToDefault();
    QElapsedTimer wait;
    wait.start();
    while (!engine.isConnected() && wait.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!engine.isConnected()) {
        out << "no engine answers; nothing measured" << Qt::endl;
        return 1;
    }

    const QString run = QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString label = QStringLiteral("dx.test.run=") + run;
    const QString base = qEnvironmentVariable("DX_TEST_IMAGE", QStringLiteral("docker-explorer-test-base:1"));
    QTemporaryDir dir;
    QByteArray payload;
    for (int i = 0; i < 20000; ++i)
        payload += "line " + QByteArray::number(i) + " of the copied file\n";
    write(dir.filePath(QStringLiteral("data.txt")), payload);
    write(dir.filePath(QStringLiteral("Dockerfile")),
          QStringLiteral("FROM %1\nRUN echo one > /one.txt\nCOPY data.txt /data/data.txt\n"
                         "RUN wc -l /data/data.txt > /count.txt\nWORKDIR /work\nRUN ls -la / > /work/ls.txt\n")
              .arg(base).toUtf8());

    DockerApi api(&engine);
    QList<double> appMs;
    QList<double> cliMs;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
    const int rounds = qEnvironmentVariableIsEmpty("DX_BENCH_QUICK") ? kRounds : 2; // bench/run --quick
    for (int round = 0; round < rounds; ++round) {
        BuildOptions o;
        o.contextDir = dir.path();
        o.tags = {QStringLiteral("dx-bench-app:%1").arg(run.toLower())};
        o.labels = {{QStringLiteral("dx.test.run"), run}};
        o.noCache = true;
        o.builder = BuildOptions::Builder::Classic;
        QEventLoop loop;
        BuildRunner runner(&api, o);
        QObject::connect(&runner, &Job::ended, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        runner.start();
        loop.exec();
        appMs.append(double(t.nsecsElapsed()) / 1e6);
        const BuildResult result = runner.buildResult();
        if (!result.ok) {
            out << "app build failed: " << result.error << Qt::endl;
            break;
        }

        t.restart();
        docker({QStringLiteral("build"), QStringLiteral("--no-cache"), QStringLiteral("-q"), QStringLiteral("--label"), label,
                QStringLiteral("-t"), QStringLiteral("dx-bench-cli:%1").arg(run.toLower()), dir.path()},
               env);
        cliMs.append(double(t.nsecsElapsed()) / 1e6);
        out << "round " << round + 1 << ": app " << qRound(appMs.last()) << " ms, docker CLI " << qRound(cliMs.last())
            << " ms" << Qt::endl;
    }
    const double a = median(appMs);
    const double c = median(cliMs);
    out << "median: app " << qRound(a) << " ms, docker CLI " << qRound(c) << " ms, ratio app/CLI "
        << QString::number(c > 0 ? a / c : 0, 'f', 3) << " (goal <= 1.05)" << Qt::endl;
    out.flush();
    dx::bench::line("build_vs_docker_build", a, c, "ms", 1.05);

    const QStringList ids = docker({QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("--filter"),
                                    QStringLiteral("label=") + label}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!ids.isEmpty())
        docker(QStringList{QStringLiteral("rmi"), QStringLiteral("-f")} + ids);
    return 0;
}
