// What the whole app does as a user meets it: docker-explorer runs (offscreen, containers
// view) against a counting proxy in front of the real engine socket.
//   0. start-up (docker-explorer --measure-startup, three runs, medians): from launching the
//      process to its first painted window and to a filled container list, and its RSS then,
//      with N and with LARGE labelled containers on the engine;
//   1. idle: requests per minute while nothing happens, with N labelled containers listed,
//      and the process's CPU use and RSS over that window;
//   2. a container start: the requests the app sends in reaction to one start (its own
//      POST, when the start is the user's click, is one more).
// Peers: `docker ps -a` polled the way a "watch" loop would (one request per refresh) is not
// comparable, so the figures are printed against the goals of the typed-API issue:
// idle <= 2 requests/min (no /_ping while the event stream is open), start: 1 POST + <= 1 GET.
//
//   engine_requests_bench [--app PATH] [--before PATH] [--seconds N] [--containers N] [--large N]
// --before runs the same measurement with another build of the app (e.g. an older commit)
// and prints both.

#include "benchline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>

#include <unistd.h>

namespace {

constexpr auto EngineSocket = "/var/run/docker.sock";

// Forwards every connection to the engine socket and counts request lines.
class CountingProxy final : public QObject
{
public:
    explicit CountingProxy(const QString &path)
    {
        QLocalServer::removeServer(path);
        m_server.listen(path);
        QObject::connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *client = m_server.nextPendingConnection())
                pipe(client);
        });
    }
    bool isListening() const { return m_server.isListening(); }

    QMap<QString, int> counts; // "GET /containers/json" (ids collapsed) -> n
    int total = 0;
    // The engine is shared (tests or other tools may work beside the benchmark): a request within
    // PromptedMs of an event arriving on the app's event stream was asked for by that event.
    static constexpr qint64 PromptedMs = 2000;
    int unprompted = 0;
    int events = 0;
    // Requests naming `watch` (a container's id), and full lists and network reads: what a start
    // of that container may cost.
    QString watch;
    int watched = 0;

    void reset()
    {
        counts.clear();
        total = 0;
        unprompted = 0;
        events = 0;
        watched = 0;
    }

private:
    void pipe(QLocalSocket *client)
    {
        auto *engine = new QLocalSocket(client);
        engine->connectToServer(QString::fromLatin1(EngineSocket));
        auto *pending = new QByteArray;
        auto *isEvents = new bool(false);
        QObject::connect(client, &QLocalSocket::destroyed, [isEvents] { delete isEvents; });
        QObject::connect(client, &QLocalSocket::readyRead, engine, [this, client, engine, pending, isEvents] {
            const QByteArray data = client->readAll();
            if (data.contains(" /events") || data.contains("/events?"))
                *isEvents = true;
            count(data);
            if (engine->state() == QLocalSocket::ConnectedState)
                engine->write(data);
            else
                pending->append(data);
        });
        QObject::connect(engine, &QLocalSocket::connected, client, [engine, pending] {
            engine->write(*pending);
            pending->clear();
        });
        QObject::connect(engine, &QLocalSocket::readyRead, client, [this, client, engine, isEvents] {
            const QByteArray data = engine->readAll();
            if (*isEvents && data.contains("\"Action\"")) {
                m_lastEvent.start();
                ++events;
            }
            client->write(data);
        });
        QObject::connect(engine, &QLocalSocket::disconnected, client, &QLocalSocket::disconnectFromServer);
        QObject::connect(client, &QLocalSocket::disconnected, client, [client, pending] {
            delete pending;
            client->deleteLater();
        });
    }

    void count(const QByteArray &data)
    {
        static const QRegularExpression line(QStringLiteral("(?:^|\\r\\n)(GET|POST|PUT|DELETE|HEAD) (/[^ ?]*)"));
        static const QRegularExpression version(QStringLiteral("^/v1\\.\\d+"));
        static const QRegularExpression hex(QStringLiteral("/[0-9a-f]{12,64}(?=/|$)"));
        auto it = line.globalMatch(QString::fromLatin1(data.left(64 * 1024)));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QString path = m.captured(2);
            path.remove(version);
            if (!m_lastEvent.isValid() || m_lastEvent.elapsed() > PromptedMs)
                ++unprompted;
            if ((!watch.isEmpty() && path.contains(watch)) || path == QLatin1String("/containers/json")
                || path.startsWith(QLatin1String("/networks")))
                ++watched;
            path.replace(hex, QStringLiteral("/{id}"));
            ++counts[m.captured(1) + QLatin1Char(' ') + path];
            ++total;
        }
    }

    QLocalServer m_server;
    QElapsedTimer m_lastEvent;
};

// One request to the real engine (not through the proxy): the outside world acting.
QByteArray engineCall(const QByteArray &method, const QByteArray &path, const QByteArray &body = {})
{
    QLocalSocket socket;
    socket.connectToServer(QString::fromLatin1(EngineSocket));
    if (!socket.waitForConnected(5000))
        return {};
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    socket.write(request + "\r\n" + body);
    QByteArray answer;
    while (socket.state() == QLocalSocket::ConnectedState && socket.waitForReadyRead(30000))
        answer += socket.readAll();
    answer += socket.readAll();
    const qsizetype split = answer.indexOf("\r\n\r\n");
    return split < 0 ? QByteArray() : answer.mid(split + 4);
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms)
            return false;
        wait(20);
    }
    return true;
}

// CPU time (user + system) of a process so far, in seconds, from /proc.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

double residentMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

struct Startup
{
    double firstPaintMs = -1; // the app's own count from its process start
    double listFilledMs = -1;
    double launchToListMs = -1; // measured here: from QProcess::start to the line arriving
    double rssMiB = -1;
    int rows = -1;
    QString error;
};

Startup measureStartup(const QString &app)
{
    Startup s;
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(app, {QStringLiteral("--measure-startup")});
    QByteArray output;
    while (process.waitForReadyRead(60000)) {
        output += process.readAllStandardOutput();
        if (s.launchToListMs < 0 && output.contains("startup list-filled"))
            s.launchToListMs = double(timer.nsecsElapsed()) / 1e6;
        if (output.contains("startup rss-kib") && output.endsWith('\n'))
            break;
    }
    if (!process.waitForFinished(10000))
        process.kill();
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> w = line.split(' ');
        if (line.startsWith("startup first-paint"))
            s.firstPaintMs = w.value(2).toDouble();
        else if (line.startsWith("startup list-filled")) {
            s.listFilledMs = w.value(2).toDouble();
            s.rows = w.value(4).toInt();
        } else if (line.startsWith("startup rss-kib"))
            s.rssMiB = w.value(2).toDouble() / 1024.0;
    }
    if (s.launchToListMs < 0 || s.rssMiB < 0)
        s.error = QStringLiteral("no start-up figures from %1 --measure-startup").arg(app);
    return s;
}

// Three start-ups, the median of each figure.
void reportStartup(const QString &app, int containers)
{
    QList<Startup> runs;
    for (int i = 0; i < 3; ++i) {
        const Startup s = measureStartup(app);
        if (!s.error.isEmpty()) {
            dx::bench::notMeasured(qPrintable(QStringLiteral("launch_to_filled_list_%1").arg(containers)), qPrintable(s.error));
            return;
        }
        runs << s;
    }
    const auto median = [&runs](double Startup::*field) {
        QList<double> v;
        for (const Startup &s : std::as_const(runs))
            v << s.*field;
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    QTextStream(stdout) << "start-up with " << containers << " containers (" << runs.constFirst().rows
                        << " rows listed): first paint " << median(&Startup::firstPaintMs) << " ms, list filled "
                        << median(&Startup::listFilledMs) << " ms after the process started (its own count), "
                        << median(&Startup::launchToListMs) << " ms from launch as measured here, RSS "
                        << median(&Startup::rssMiB) << " MiB" << Qt::endl;
    // Peers: the goals (0.5 s from launch to a filled list; 80 MB at rest with 100 containers).
    dx::bench::line(qPrintable(QStringLiteral("launch_to_first_paint_%1").arg(containers)), median(&Startup::firstPaintMs),
                    500.0, "ms", 1.0);
    dx::bench::line(qPrintable(QStringLiteral("launch_to_filled_list_%1").arg(containers)),
                    median(&Startup::launchToListMs), 500.0, "ms", 1.0);
    dx::bench::line(qPrintable(QStringLiteral("rss_after_start_%1").arg(containers)), median(&Startup::rssMiB), 80.0, "MB",
                    containers <= 100 ? 1.0 : 2.0);
}

struct Figures
{
    double idlePerMinute = -1; // not prompted by an engine event
    double idleAllPerMinute = -1;
    int idleEvents = 0;
    double idleCpuPercent = -1;
    double idleRssMiB = -1;
    int startRequests = -1;
    QMap<QString, int> idle;
    QMap<QString, int> start;
    QString error;
};

Figures measure(const QString &app, const QString &proxyPath, CountingProxy &proxy, const QString &victim, int seconds)
{
    Figures f;
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + proxyPath);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path()); // no saved engine choice, no autosave
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    proxy.reset();
    process.start(app, {QStringLiteral("--view"), QStringLiteral("containers")});
    if (!process.waitForStarted(10000)) {
        f.error = QStringLiteral("cannot start ") + app;
        return f;
    }
    if (!waitFor([&] { return proxy.counts.value(QStringLiteral("GET /containers/json")) > 0; }, 60000)) {
        f.error = QStringLiteral("the app never listed containers");
        process.kill();
        process.waitForFinished();
        return f;
    }
    wait(5000); // first sizes, images, volumes, networks: start-up, not idle
    proxy.reset();
    const double cpuBefore = cpuSeconds(process.processId());
    wait(seconds * 1000);
    f.idle = proxy.counts;
    f.idlePerMinute = proxy.unprompted * 60.0 / seconds;
    f.idleAllPerMinute = proxy.total * 60.0 / seconds;
    f.idleEvents = proxy.events;
    f.idleCpuPercent = (cpuSeconds(process.processId()) - cpuBefore) * 100.0 / seconds;
    f.idleRssMiB = residentMiB(process.processId());

    proxy.reset();
    proxy.watch = victim;
    engineCall("POST", "/containers/" + victim.toLatin1() + "/start");
    wait(3000);
    f.start = proxy.counts;
    f.startRequests = proxy.watched; // about this container, or a full list, or a network
    engineCall("POST", "/containers/" + victim.toLatin1() + "/kill");
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished();
    }
    return f;
}

void print(QTextStream &out, const QString &name, const Figures &f)
{
    if (!f.error.isEmpty()) {
        out << name << ": " << f.error << Qt::endl;
        return;
    }
    out << name << ": idle " << QString::number(f.idlePerMinute, 'f', 1) << " requests/min not prompted by an event ("
        << QString::number(f.idleAllPerMinute, 'f', 1) << " in all, " << f.idleEvents << " events from others), CPU "
        << QString::number(f.idleCpuPercent, 'f', 2) << " %, RSS " << QString::number(f.idleRssMiB, 'f', 1) << " MiB";
    for (auto it = f.idle.cbegin(); it != f.idle.cend(); ++it)
        out << "  [" << it.key() << " x" << it.value() << "]";
    out << Qt::endl;
    out << name << ": one container start (outside the app) -> " << f.startRequests << " requests";
    for (auto it = f.start.cbegin(); it != f.start.cend(); ++it)
        out << "  [" << it.key() << " x" << it.value() << "]";
    out << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The docker-explorer to measure."),
                                       QStringLiteral("PATH"), QStringLiteral(DX_APP_BINARY));
    const QCommandLineOption beforeOption(QStringLiteral("before"), QStringLiteral("Another build to measure the same way."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Idle window (default 60)."),
                                           QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption containersOption(QStringLiteral("containers"), QStringLiteral("Containers listed (default 100)."),
                                              QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption largeOption(QStringLiteral("large"),
                                         QStringLiteral("Containers for the second start-up (default 2000; 0: none)."),
                                         QStringLiteral("N"), QStringLiteral("2000"));
    parser.addOptions({appOption, beforeOption, secondsOption, containersOption, largeOption});
    parser.process(app);
    QTextStream out(stdout);

    if (engineCall("GET", "/_ping") != "OK") {
        out << "engine_requests_bench: no engine answers at " << EngineSocket << Qt::endl;
        return 1;
    }
    const QString run = QStringLiteral("bench-requests-%1").arg(QCoreApplication::applicationPid());
    const QJsonObject labels{{QStringLiteral("dx.test.run"), run}};
    QStringList ids;
    const int count = parser.value(containersOption).toInt();
    for (int i = 0; i < count; ++i) {
        const QJsonObject config{{QStringLiteral("Image"), QStringLiteral("docker-explorer-test-base:1")},
                                 {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sleep"), QStringLiteral("600")}},
                                 {QStringLiteral("Labels"), labels}};
        const QJsonObject created = QJsonDocument::fromJson(
            engineCall("POST", "/containers/create", QJsonDocument(config).toJson(QJsonDocument::Compact))).object();
        const QString id = created.value(QLatin1String("Id")).toString();
        if (id.isEmpty()) {
            out << "engine_requests_bench: cannot create containers (is docker-explorer-test-base:1 there? scripts/engine-up.sh makes it)" << Qt::endl;
            break;
        }
        ids << id;
    }

    if (!ids.isEmpty())
        reportStartup(parser.value(appOption), ids.size());

    QTemporaryDir dir;
    const QString proxyPath = dir.filePath(QStringLiteral("proxy.sock"));
    CountingProxy proxy(proxyPath);
    const int seconds = std::max(5, parser.value(secondsOption).toInt());
    if (!ids.isEmpty() && proxy.isListening()) {
        out << "engine_requests_bench: " << ids.size() << " containers, idle window " << seconds << " s" << Qt::endl;
        const Figures now = measure(parser.value(appOption), proxyPath, proxy, ids.constFirst(), seconds);
        print(out, QStringLiteral("this build"), now);
        out.flush();
        if (now.error.isEmpty()) {
            const QByteArray idleName = "idle_requests_per_min_" + QByteArray::number(seconds) + "s";
            // Peers: the goals. Idle: no /_ping while the event stream is open, at most 2 requests a
            // minute; CPU at most 0.5 %; 80 MB with 100 containers. A start outside the app: at
            // most one refresh (the user's own click adds its POST).
            dx::bench::line(idleName.constData(), now.idlePerMinute,
                            2.0, "req/min", 1.0);
            const QByteArray others = now.idleEvents > 0
                                          ? "the app followed " + QByteArray::number(now.idleEvents)
                                                + " engine events of other work on the shared engine in the window"
                                          : QByteArray();
            dx::bench::line("idle_cpu_percent", now.idleCpuPercent, 0.5, "%", 1.0, others.constData());
            dx::bench::line(qPrintable(QStringLiteral("rss_at_rest_%1_containers").arg(ids.size())), now.idleRssMiB, 80.0,
                            "MB", 1.0);
            dx::bench::line("requests_per_container_start", now.startRequests, 1.0, "requests", 1.0);
        }
        if (parser.isSet(beforeOption)) {
            const Figures before = measure(parser.value(beforeOption), proxyPath, proxy, ids.constLast(), seconds);
            print(out, QStringLiteral("before"), before);
            if (now.error.isEmpty() && before.error.isEmpty()) {
                out << "bench idle_requests: ours " << QString::number(now.idlePerMinute, 'f', 1) << " req/min, peer "
                    << QString::number(before.idlePerMinute, 'f', 1) << " req/min (before), ratio "
                    << QString::number(before.idlePerMinute > 0 ? now.idlePerMinute / before.idlePerMinute : 0, 'f', 3)
                    << ", goal <= 2 req/min" << Qt::endl;
                out << "bench requests_per_start: ours " << now.startRequests << " requests, peer " << before.startRequests
                    << " requests (before), ratio "
                    << QString::number(before.startRequests > 0 ? double(now.startRequests) / before.startRequests : 0, 'f', 3)
                    << ", goal <= 1 GET (+1 POST for a click)" << Qt::endl;
            }
        }
    }
    // The second start-up, with many containers.
    const int large = parser.value(largeOption).toInt();
    if (!ids.isEmpty() && large > ids.size()) {
        QElapsedTimer created;
        created.start();
        for (int i = ids.size(); i < large; ++i) {
            const QJsonObject config{{QStringLiteral("Image"), QStringLiteral("docker-explorer-test-base:1")},
                                     {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("true")}},
                                     {QStringLiteral("Labels"), labels}};
            const QString id = QJsonDocument::fromJson(engineCall("POST", "/containers/create",
                                                                   QJsonDocument(config).toJson(QJsonDocument::Compact)))
                                   .object()
                                   .value(QLatin1String("Id"))
                                   .toString();
            if (id.isEmpty())
                break;
            ids << id;
        }
        out << "engine_requests_bench: " << ids.size() << " containers (made in " << created.elapsed() / 1000 << " s)"
            << Qt::endl;
        reportStartup(parser.value(appOption), ids.size());
    }
    for (const QString &id : std::as_const(ids))
        engineCall("DELETE", "/containers/" + id.toLatin1() + "?force=1");
    return 0;
}
