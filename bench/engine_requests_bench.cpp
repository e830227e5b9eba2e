// What the whole app asks the engine: docker-explorer runs (offscreen, containers view)
// against a counting proxy in front of the real engine socket.
//   1. idle: requests per minute while nothing happens, with N labelled containers listed;
//   2. a container start: the requests the app sends in reaction to one start (its own
//      POST, when the start is the user's click, is one more).
// Peers: `docker ps -a` polled the way a "watch" loop would (one request per refresh) is not
// comparable, so the figures are printed against the goals of the typed-API issue:
// idle <= 2 requests/min (no /_ping while the event stream is open), start: 1 POST + <= 1 GET.
//
//   engine_requests_bench [--app PATH] [--before PATH] [--seconds N] [--containers N]
// --before runs the same measurement with another build of the app (e.g. an older commit)
// and prints both.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
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

    void reset()
    {
        counts.clear();
        total = 0;
    }

private:
    void pipe(QLocalSocket *client)
    {
        auto *engine = new QLocalSocket(client);
        engine->connectToServer(QString::fromLatin1(EngineSocket));
        auto *pending = new QByteArray;
        QObject::connect(client, &QLocalSocket::readyRead, engine, [this, client, engine, pending] {
            const QByteArray data = client->readAll();
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
        QObject::connect(engine, &QLocalSocket::readyRead, client, [client, engine] { client->write(engine->readAll()); });
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
            path.replace(hex, QStringLiteral("/{id}"));
            ++counts[m.captured(1) + QLatin1Char(' ') + path];
            ++total;
        }
    }

    QLocalServer m_server;
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

struct Figures
{
    double idlePerMinute = -1;
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
    wait(seconds * 1000);
    f.idle = proxy.counts;
    f.idlePerMinute = proxy.total * 60.0 / seconds;

    proxy.reset();
    engineCall("POST", "/containers/" + victim.toLatin1() + "/start");
    wait(3000);
    f.start = proxy.counts;
    f.startRequests = proxy.total;
    // The same share of idle traffic that fell into these 3 s is not the start's doing.
    f.startRequests -= int(f.idlePerMinute * 3 / 60.0 + 0.5);
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
    out << name << ": idle " << QString::number(f.idlePerMinute, 'f', 1) << " requests/min";
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
    parser.addOptions({appOption, beforeOption, secondsOption, containersOption});
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

    QTemporaryDir dir;
    const QString proxyPath = dir.filePath(QStringLiteral("proxy.sock"));
    CountingProxy proxy(proxyPath);
    const int seconds = std::max(5, parser.value(secondsOption).toInt());
    if (!ids.isEmpty() && proxy.isListening()) {
        out << "engine_requests_bench: " << ids.size() << " containers, idle window " << seconds << " s" << Qt::endl;
        const Figures now = measure(parser.value(appOption), proxyPath, proxy, ids.constFirst(), seconds);
        print(out, QStringLiteral("this build"), now);
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
    for (const QString &id : std::as_const(ids))
        engineCall("DELETE", "/containers/" + id.toLatin1() + "?force=1");
    return 0;
}
