// Following a container's log to its end, on the real engine, the same log both ways: a
// labelled container from the offline base image prints N numbered lines and exits; then
//   ours: the app's path (ContainersApi::logs with follow, the multiplexed stream demultiplexed
//         by LogDemuxer into lines, on this thread as the Logs tab's worker does);
//   peer: `docker logs -f CONTAINER > /dev/null` (the CLI writes the same lines).
// Both end when the engine closes the stream (the container has exited). Median of rounds.
// Goal: at most the CLI's time (ratio <= 1).
//
//   logs_follow_bench [--lines N] [--rounds N]

#include "benchapi.h"
#include "benchline.h"

#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "engine/engine.h"
#include "streams/logdemuxer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace dx;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption linesOption(QStringLiteral("lines"), QStringLiteral("Lines (default 1000000)."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds (default 5)."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({linesOption, roundsOption});
    parser.process(app);
    QTextStream out(stdout);
    const int lines = parser.value(linesOption).toInt();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const char *name = "logs_follow_vs_docker_logs";

    Engine engine;
    if (!bench::connectEngine(engine)) {
        bench::notMeasured(name, "no engine answers");
        return 1;
    }
    DockerApi api(&engine);
    const QString run = QStringLiteral("bench-logs-%1").arg(QCoreApplication::applicationPid());
    const QJsonObject config{{QStringLiteral("Image"), QStringLiteral("docker-explorer-test-base:1")},
                             {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("seq"), QStringLiteral("1"), QString::number(lines)}},
                             {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("dx.test.run"), run}}}};
    const auto created = bench::await(api.containers().create(config));
    if (!created.ok()) {
        bench::notMeasured(name, qPrintable(created.error.message));
        return 1;
    }
    const QString id = created.value.id;
    bench::await(api.containers().start(id));
    bench::await(api.containers().wait(id));

    QList<double> ours, cli;
    qint64 got = 0;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        LogDemuxer demuxer(LogDemuxer::Mode::Multiplexed);
        QVector<LogLine> batch;
        got = 0;
        LogOptions options;
        options.follow = true;
        EngineReply *reply = api.containers().logs(id, options);
        QEventLoop loop;
        QObject::connect(reply, &EngineReply::dataReceived, &loop, [&](const QByteArray &chunk) {
            demuxer.feed(chunk.constData(), chunk.size(), batch);
            got += batch.size();
            batch.clear();
        });
        QObject::connect(reply, &EngineReply::finished, &loop, [&] {
            got += demuxer.finish().size();
            loop.quit();
        });
        loop.exec();
        ours << double(t.nsecsElapsed()) / 1e6;

        QProcess docker;
        docker.setStandardOutputFile(QProcess::nullDevice());
        t.restart();
        docker.start(QStringLiteral("docker"), {QStringLiteral("logs"), QStringLiteral("-f"), id});
        docker.waitForFinished(300000);
        cli << double(t.nsecsElapsed()) / 1e6;
    }
    bench::await(api.containers().remove(id, true));
    out << "following a log of " << lines << " lines to its end (" << got << " lines demultiplexed), median of " << rounds
        << " rounds: ours " << bench::median(ours) << " ms, docker logs -f " << bench::median(cli) << " ms" << Qt::endl;
    out.flush();
    bench::line(name, bench::median(ours), bench::median(cli), "ms", 1.0);
    return got == lines ? 0 : 1;
}
