// Listing N containers (created, labelled, from the offline base image) on the real engine,
// three ways on the same engine and data, each the median of several rounds:
//   ours: the app's typed API in process (ContainersApi::list, all=true: request, JSON decoding
//         into ContainerSummary values) as the container store calls it;
//   peer: a raw `curl --unix-socket … /containers/json?all=1` round trip (a fresh process);
//   peer: `docker ps -a --no-trunc` (the CLI, a fresh process).
// Goals: at most 1.1 x the raw curl round trip and at most 0.5 x `docker ps`.
//
//   containers_api_bench [--containers N] [--rounds N]

#include "benchapi.h"
#include "benchline.h"

#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "engine/engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace dx;

namespace {

// Milliseconds a command takes, start to exit; -1 when it fails.
double timeCommand(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return -1;
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("containers"), QStringLiteral("Containers (default 500)."),
                                         QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds (default 9)."),
                                          QStringLiteral("N"), QStringLiteral("9"));
    parser.addOptions({countOption, roundsOption});
    parser.process(app);
    QTextStream out(stdout);
    const int count = parser.value(countOption).toInt();
    const int rounds = std::max(3, parser.value(roundsOption).toInt());
    const QString name = QStringLiteral("container_list_%1").arg(count);

    Engine engine;
    if (!bench::connectEngine(engine)) {
        bench::notMeasured(qPrintable(name + QStringLiteral("_vs_curl")), "no engine answers");
        bench::notMeasured(qPrintable(name + QStringLiteral("_vs_docker_ps")), "no engine answers");
        return 1;
    }
    DockerApi api(&engine);
    const QString run = QStringLiteral("bench-list-%1").arg(QCoreApplication::applicationPid());
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const QJsonObject config{{QStringLiteral("Image"), QStringLiteral("docker-explorer-test-base:1")},
                                 {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("true")}},
                                 {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("dx.test.run"), run}}}};
        const auto created = bench::await(api.containers().create(config));
        if (!created.ok()) {
            out << "cannot create containers: " << created.error.message << Qt::endl;
            break;
        }
        ids << created.value.id;
    }
    const QString socket = engine.info().endpoint.host.startsWith(QLatin1String("unix://"))
                               ? engine.info().endpoint.host.mid(7)
                               : QStringLiteral("/var/run/docker.sock");
    const QString url = QStringLiteral("http://docker/v%1/containers/json?all=1").arg(engine.info().apiVersion);

    QList<double> ours, curl, cli;
    int listed = 0;
    for (int r = 0; r < rounds && ids.size() == count; ++r) {
        QElapsedTimer t;
        t.start();
        const auto list = bench::await(api.containers().list());
        ours << double(t.nsecsElapsed()) / 1e6;
        listed = list.ok() ? int(list.value.size()) : -1;
        curl << timeCommand(QStringLiteral("curl"), {QStringLiteral("-sf"), QStringLiteral("--unix-socket"), socket, url});
        cli << timeCommand(QStringLiteral("docker"), {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--no-trunc")});
    }
    for (const QString &id : std::as_const(ids))
        bench::await(api.containers().remove(id, true));
    if (ours.isEmpty()) {
        bench::notMeasured(qPrintable(name + QStringLiteral("_vs_curl")), "the containers could not be made");
        return 1;
    }
    const double oursMs = bench::median(ours);
    const double curlMs = bench::median(curl);
    const double cliMs = bench::median(cli);
    out << "listing " << listed << " containers (" << count << " of this run), median of " << rounds
        << " rounds: typed API " << oursMs << " ms, curl " << curlMs << " ms, docker ps -a " << cliMs << " ms" << Qt::endl;
    out.flush();
    bench::line(qPrintable(name + QStringLiteral("_vs_curl")), oursMs, curlMs, "ms", 1.1);
    // docker ps spends its time where we do (the engine's answer) once there are many containers.
    const QByteArray engineShare = curlMs > 0.5 * cliMs
                                       ? "the engine's own answer (raw curl) already takes "
                                             + QByteArray::number(curlMs / cliMs, 'f', 2)
                                             + " of docker ps's time: no client can reach 0.5 here"
                                       : QByteArray();
    bench::line(qPrintable(name + QStringLiteral("_vs_docker_ps")), oursMs, cliMs, "ms", 0.5, engineShare.constData());
    return 0;
}
