// The app while the way to the engine breaks, on the real engine. The app talks to it through
// a proxy socket the test owns (engine/socketproxy.h); the shared daemon is never touched. Each
// case cuts every connection mid-stream and takes the socket away (the engine is gone), checks
// that the user is told within a second and nothing is left half done, then brings the socket
// back and checks that the app works again:
//   - a build printing output: the build view says it failed with the connection; a new build
//     builds;
//   - a container's Logs tab following: says the stream broke off; follows again (from where
//     it broke off, no line twice) once the engine answers;
//   - the event stream: the status bar says not connected; the live stores pick up a container
//     created while the app was away;
//   - a volume download over a local folder (overwriting): fails, leaves the folder byte for
//     byte as it was; the download then succeeds.
// Detection times are printed as "figure: ...".

#include "build/buildlogmodel.h"
#include "build/buildoptionspanel.h"
#include "build/buildview.h"
#include "containers/containerlogswidget.h"
#include "containers/containerstore.h"
#include "containers/logmodel.h"
#include "engine/engine.h"
#include "engine/socketproxy.h"
#include "engine/testengine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/mainwindow.h"
#include "volumes/volumebrowser.h"
#include "volumes/volumefixture.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace dx;

namespace {

// The user must be told within this long after the cut.
constexpr int DetectMs = 1000;
// Bounds that only stop a hang: on a loaded machine a build step or a reconnect takes seconds.
constexpr int WaitMs = 120000;

// Waits for `done` in the event loop (the proxy lives on this thread: it must keep forwarding)
// without spinning; returns the milliseconds it took, or -1.
qint64 waitFor(const std::function<bool()> &done, int timeoutMs = WaitMs)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &loop, &QEventLoop::quit);
    tick.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return -1;
        loop.exec();
    }
    return timer.elapsed();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Every name below root (hidden ones too) with its type, mode, time and content hash.
QStringList snapshot(const QString &root)
{
    QStringList lines;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat info;
        ::lstat(QFile::encodeName(path).constData(), &info);
        QByteArray hash;
        if (S_ISREG(info.st_mode)) {
            QFile f(path);
            QCryptographicHash sha(QCryptographicHash::Sha256);
            if (f.open(QIODevice::ReadOnly))
                sha.addData(&f);
            hash = sha.result().toHex();
        }
        // A folder's time is the system's: it changes whenever a name in it does.
        lines << QStringLiteral("%1 %2 %3 %4")
                     .arg(path.mid(root.size()))
                     .arg(info.st_mode, 0, 8)
                     .arg(S_ISDIR(info.st_mode) ? qint64(0) : qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec)
                     .arg(QString::fromLatin1(hash));
    }
    lines.sort();
    return lines;
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        sha.addData(&f);
    return sha.result().toHex();
}

} // namespace

class TestFaultCuts final : public QObject
{
    Q_OBJECT

private:
    Engine m_direct; // straight to the daemon: sets up and removes what the tests use
    Engine *m_engine = nullptr; // the app's, through the proxy
    test::SocketProxy *m_proxy = nullptr;
    IconProvider *m_icons = nullptr;
    AppServices *m_services = nullptr;
    QTemporaryDir m_config;

    static void figure(const QString &text) { qInfo("figure: %s", qPrintable(text)); }

    // The engine goes away: every connection is cut and the socket is gone. Returns how long
    // it took until `told` (the user was told), or -1.
    qint64 cutUntil(const char *what, const std::function<bool()> &told)
    {
        QElapsedTimer timer;
        timer.start();
        m_proxy->stop();
        const qint64 ms = waitFor(told, 10000) < 0 ? -1 : timer.elapsed();
        figure(QStringLiteral("%1: the user was told %2 ms after the cut").arg(QLatin1String(what)).arg(ms));
        return ms;
    }

    // The engine is back; returns how long the app took to say it is connected again.
    qint64 comeBack(const char *what)
    {
        QElapsedTimer timer;
        timer.start();
        if (!m_proxy->restart())
            return -1;
        const qint64 ms = waitFor([this] { return m_engine->isConnected(); }, 30000) < 0 ? -1 : timer.elapsed();
        figure(QStringLiteral("%1: connected again %2 ms after the socket came back").arg(QLatin1String(what)).arg(ms));
        return ms;
    }

    QString createContainer(const QString &name, const QString &script)
    {
        const QJsonObject body{{QStringLiteral("Image"), test::baseImage()},
                               {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), script}},
                               {QStringLiteral("Labels"), test::runLabels()}};
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("name"), name);
        const EngineResponse r = test::call(m_direct, EngineRequest::post(QStringLiteral("/containers/create"), q,
                                                                          QJsonDocument(body).toJson()));
        return r.ok() ? test::json(r).toObject().value(QLatin1String("Id")).toString() : QString();
    }

    void removeImages()
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("filters"),
                       QStringLiteral("{\"label\":[\"%1=%2\"]}").arg(test::runLabelKey(), test::runId()));
        const QJsonArray images = test::json(test::call(m_direct, EngineRequest::get(QStringLiteral("/images/json"), q))).toArray();
        for (const QJsonValue &i : images) {
            QUrlQuery force;
            force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
            test::call(m_direct, EngineRequest::del(QStringLiteral("/images/") + i[QLatin1String("Id")].toString(), force));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        QCoreApplication::setApplicationName(QStringLiteral("tst_faultcuts-") + test::runId());
        m_direct.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_direct);
        if (m_direct.info().endpoint.kind != Endpoint::Kind::Unix)
            QSKIP("the proxy sits in front of a unix socket; this engine is reached otherwise");
        m_proxy = new test::SocketProxy(m_direct.info().endpoint.socketPath);
        QVERIFY(m_proxy->isListening());
        m_engine = new Engine(this);
        m_engine->connectTo(Endpoint::fromHost(m_proxy->host()));
        QVERIFY(test::waitConnected(*m_engine));
        m_icons = new IconProvider(this);
        m_services = new AppServices(m_engine, m_icons, this);
    }

    // Whatever a case did, the next one starts with the engine there.
    void init()
    {
        if (!m_proxy)
            return;
        m_proxy->releaseResponses();
        QVERIFY(m_proxy->restart());
        QVERIFY(waitFor([this] { return m_engine->isConnected() && m_engine->eventsLive(); }, 30000) >= 0);
    }

    void cleanupTestCase()
    {
        delete m_services;
        m_services = nullptr;
        delete m_engine;
        m_engine = nullptr;
        delete m_proxy;
        m_proxy = nullptr;
        if (m_direct.isConnected()) {
            removeImages();
            test::removeLabelled(m_direct);
            test::removeHelperImage(m_direct);
        }
    }

    void buildCut()
    {
        QTemporaryDir context;
        QVERIFY(context.isValid());
        const QString dockerfile = context.filePath(QStringLiteral("Dockerfile"));
        // The run id keeps BuildKit's cache (and a parallel copy of this test) out of it.
        QVERIFY(writeFile(dockerfile, QStringLiteral("FROM %1\nRUN i=0; while [ $i -lt 600 ]; do i=$((i+1)); "
                                                     "echo tick-%2-$i; sleep 0.1; done\n")
                                          .arg(test::baseImage(), test::runId()).toUtf8()));
        BuildView view(m_services);
        view.setExtraLabels({{test::runLabelKey(), test::runId()}});
        view.optionsPanel()->setContextDir(context.path());
        view.optionsPanel()->setDockerfilePath(dockerfile);
        view.optionsPanel()->setBuilder(m_engine->info().buildKit ? BuildOptions::Builder::BuildKit
                                                                  : BuildOptions::Builder::Classic);
        view.optionsPanel()->setTags({QStringLiteral("dx-faultcuts-%1:cut").arg(test::runId().toLower())});
        view.resize(1000, 700);
        view.show();
        QSignalSpy finished(&view, &BuildView::buildFinished);
        view.startBuild();
        const QString third = QStringLiteral("tick-%1-3").arg(test::runId());
        QVERIFY2(waitFor([&] { return view.logModel()->toPlainText().contains(third) || !finished.isEmpty(); }) >= 0,
                 "the build printed nothing");
        QVERIFY2(finished.isEmpty(), qPrintable(view.messageText()));

        const qint64 ms = cutUntil("build", [&] { return !finished.isEmpty() && !view.messageText().isEmpty(); });
        QVERIFY2(ms >= 0 && ms < DetectMs, qPrintable(QString::number(ms)));
        const BuildResult result = finished.first().first().value<BuildResult>();
        QVERIFY(!result.ok);
        QVERIFY(!result.canceled);
        QVERIFY2(result.error.contains(QLatin1String("connection to the engine was lost")), qPrintable(result.error));
        QCOMPARE(view.messageText(), result.error);
        QVERIFY(!view.isBuilding());
        qInfo("build view says: %s", qPrintable(view.messageText()));

        QVERIFY(comeBack("build") >= 0);
        QVERIFY(writeFile(dockerfile, QStringLiteral("FROM %1\nRUN echo again-%2\n").arg(test::baseImage(), test::runId()).toUtf8()));
        view.optionsPanel()->setTags({QStringLiteral("dx-faultcuts-%1:again").arg(test::runId().toLower())});
        finished.clear();
        view.startBuild();
        QVERIFY(waitFor([&] { return !finished.isEmpty(); }) >= 0);
        const BuildResult again = finished.first().first().value<BuildResult>();
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(!again.imageId.isEmpty());
    }

    void logFollowCut()
    {
        const QString id = createContainer(QStringLiteral("dx-faultcuts-logs-") + test::runId(),
                                           QStringLiteral("i=0; while true; do i=$((i+1)); echo line-$i; sleep 0.05; done"));
        QVERIFY(!id.isEmpty());
        QVERIFY(test::call(m_direct, EngineRequest::post(QStringLiteral("/containers/%1/start").arg(id))).ok());

        ContainerLogsWidget logs(m_services);
        logs.setContainer(id, {}, true);
        logs.setTty(false);
        logs.setActive(true);
        QVERIFY(waitFor([&] { return logs.model()->rowCount() >= 5; }) >= 0);
        QVERIFY(logs.isStreaming());

        const qint64 ms = cutUntil("log follow", [&] { return logs.statusText().startsWith(QLatin1String("Log stream ended")); });
        QVERIFY2(ms >= 0 && ms < DetectMs, qPrintable(QString::number(ms) + u' ' + logs.statusText()));
        QVERIFY(!logs.isStreaming());
        QVERIFY2(logs.statusText().contains(QLatin1String("connection to the engine was lost"))
                     && logs.statusText().contains(QLatin1String("following again")),
                 qPrintable(logs.statusText()));
        qInfo("logs tab says: %s", qPrintable(logs.statusText()));
        const int before = logs.model()->rowCount();
        // Away until the app knows the engine is gone; the container keeps printing.
        QVERIFY(waitFor([&] { return !m_engine->isConnected(); }, 10000) >= 0);

        QVERIFY(comeBack("log follow") >= 0);
        QElapsedTimer resumed;
        resumed.start();
        QVERIFY2(waitFor([&] { return logs.isStreaming() && logs.model()->rowCount() >= before + 10; }, 30000) >= 0,
                 qPrintable(logs.statusText()));
        figure(QStringLiteral("log follow: new lines %1 ms after the app was connected again").arg(resumed.elapsed()));
        QVERIFY2(logs.statusText().startsWith(QLatin1String("Following")), qPrintable(logs.statusText()));

        // Only the log stream's connection breaks; the engine stays: it follows again by itself.
        QElapsedTimer cut;
        cut.start();
        QCOMPARE(m_proxy->cut("/logs"), 1);
        QVERIFY(waitFor([&] { return logs.statusText().startsWith(QLatin1String("Log stream ended")); }, 10000) >= 0);
        const qint64 told = cut.elapsed();
        figure(QStringLiteral("log follow, its connection alone cut: the user was told %1 ms after the cut").arg(told));
        QVERIFY2(told < DetectMs, qPrintable(QString::number(told)));
        const int beforeSecond = logs.model()->rowCount();
        QVERIFY2(waitFor([&] { return logs.isStreaming() && logs.model()->rowCount() >= beforeSecond + 10; }, 30000) >= 0,
                 qPrintable(logs.statusText()));
        figure(QStringLiteral("log follow, its connection alone cut: new lines %1 ms after the cut").arg(cut.elapsed()));
        QVERIFY(m_engine->isConnected());

        // From where each stream broke off: no line twice, in order.
        const QStringList lines = logs.model()->toLines();
        const QRegularExpression number(QStringLiteral("^line-(\\d+)$"));
        int last = 0;
        int missed = 0;
        for (const QString &line : lines) {
            const QRegularExpressionMatch m = number.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            const int n = m.captured(1).toInt();
            QVERIFY2(last == 0 || n > last, qPrintable(QStringLiteral("line-%1 after line-%2").arg(n).arg(last)));
            missed += last == 0 ? 0 : n - last - 1;
            last = n;
        }
        figure(QStringLiteral("log follow: %1 line(s) missed across the cut").arg(missed));
    }

    void eventsCut()
    {
        MainWindow window(m_services);
        window.show();
        window.showView(ViewId::Containers);
        auto *status = window.findChild<QLabel *>(QStringLiteral("engineStatusText"));
        QVERIFY(status);
        ContainerStore *store = m_services->session()->containers();
        QVERIFY(waitFor([&] { return store->isLoaded() && !store->isStale() && m_engine->eventsLive(); }) >= 0);
        QVERIFY2(!status->text().startsWith(EngineInfo().stateText()), qPrintable(status->text()));

        EngineInfo gone;
        gone.state = EngineInfo::State::Disconnected;
        const QString notConnected = gone.stateText();
        const qint64 ms = cutUntil("event stream", [&] { return status->text().startsWith(notConnected); });
        QVERIFY2(ms >= 0 && ms < DetectMs, qPrintable(QString::number(ms) + u' ' + status->text()));
        QVERIFY(!m_engine->eventsLive());
        QVERIFY(store->isStale());
        qInfo("status bar says: %s", qPrintable(status->text()));

        // Back, and a container made by somebody else right away: the stores are live again.
        QVERIFY(m_proxy->restart());
        const QString name = QStringLiteral("dx-faultcuts-events-") + test::runId();
        const QString id = createContainer(name, QStringLiteral("true"));
        QVERIFY(!id.isEmpty());
        QVERIFY(comeBack("event stream") >= 0);
        QVERIFY(waitFor([&] { return store->find(id).has_value() && !store->isStale(); }, 30000) >= 0);
        QVERIFY2(!status->text().startsWith(notConnected), qPrintable(status->text()));
        // And one more after that arrives by its event.
        const QString laterId = createContainer(name + QStringLiteral("-later"), QStringLiteral("true"));
        QVERIFY(!laterId.isEmpty());
        QVERIFY(waitFor([&] { return store->find(laterId).has_value(); }, 30000) >= 0);
    }

    void volumeDownloadCut()
    {
        const QString volume = QStringLiteral("dx-faultcuts-vol-") + test::runId();
        QString why;
        const QString mountpoint = test::createVolume(m_direct, volume, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // 64 MiB of random data in three files; the cut lands in big.bin, after a.bin and
        // b.txt have been written (the archive lists them in name order).
        const QString filled = test::runWithVolume(
            m_direct, volume, QStringLiteral("/v"),
            QStringLiteral("mkdir /v/data && head -c 16777216 /dev/urandom > /v/data/a.bin && echo new > /v/data/b.txt"
                           " && head -c 50331648 /dev/urandom > /v/data/big.bin && cd /v/data && sha256sum a.bin big.bin"));
        QVERIFY(!filled.isEmpty());
        const QByteArray sums = test::logsOf(m_direct, filled);
        QVERIFY2(sums.count('\n') == 2, sums.constData());

        QTemporaryDir local;
        QVERIFY(local.isValid());
        const QString data = local.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        QVERIFY(writeFile(data + QStringLiteral("/a.bin"), "the original a"));
        QVERIFY(writeFile(data + QStringLiteral("/big.bin"), QByteArray(1 << 20, 'o')));
        QVERIFY(writeFile(data + QStringLiteral("/keep.txt"), "not in the volume"));
        const QStringList before = snapshot(local.path());

        VolumeBrowser browser(m_services);
        test::configureBrowser(browser);
        QSignalSpy ready(&browser, &VolumeBrowser::helperReady);
        QSignalSpy ended(&browser, &VolumeBrowser::transferFinished);
        browser.openVolume(volume, mountpoint);
        QVERIFY(waitFor([&] { return !ready.isEmpty(); }) >= 0);

        // The response stops after 40 MiB, so the cut lands in the middle of the stream.
        const qint64 holdAt = qint64(40) << 20;
        m_proxy->holdResponses("/archive", holdAt);
        browser.downloadTo(QStringLiteral("data"), local.path());
        QVERIFY2(waitFor([&] { return m_proxy->forwarded("/archive") >= holdAt || !ended.isEmpty(); }) >= 0,
                 qPrintable(browser.statusText()));
        QVERIFY2(ended.isEmpty(), qPrintable(ended.isEmpty() ? QString() : ended.first().at(1).toString()));
        const QString partPrefix = QStringLiteral(".big.bin.dx-part-");
        QVERIFY(waitFor([&] {
            // The app has read what the proxy let through: the new big.bin is being written.
            const QStringList names = QDir(data).entryList(QDir::Files | QDir::Hidden);
            return std::any_of(names.cbegin(), names.cend(), [&](const QString &n) { return n.startsWith(partPrefix); });
        }) >= 0);

        const qint64 ms = cutUntil("volume download", [&] { return !ended.isEmpty(); });
        QVERIFY2(ms >= 0 && ms < DetectMs, qPrintable(QString::number(ms)));
        QCOMPARE(ended.first().at(0).toBool(), false);
        const QString message = ended.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("connection to the engine was lost")), qPrintable(message));
        QVERIFY2(browser.statusText().contains(message), qPrintable(browser.statusText()));
        QVERIFY(!browser.isTransferring());
        qInfo("volume browser says: %s", qPrintable(browser.statusText()));
        // Nothing of the download is left, every original is as it was, byte for byte.
        QCOMPARE(snapshot(local.path()), before);

        m_proxy->releaseResponses();
        QVERIFY(comeBack("volume download") >= 0);
        ended.clear();
        browser.downloadTo(QStringLiteral("data"), local.path());
        QVERIFY(waitFor([&] { return !ended.isEmpty(); }) >= 0);
        QVERIFY2(ended.first().at(0).toBool(), qPrintable(ended.first().at(1).toString()));
        const QByteArray got = sha256Of(data + QStringLiteral("/a.bin")) + "  a.bin\n"
            + sha256Of(data + QStringLiteral("/big.bin")) + "  big.bin\n";
        QCOMPARE(got, sums);
        QCOMPARE(QFileInfo(data + QStringLiteral("/b.txt")).size(), qint64(4));
        QCOMPARE(QDir(data).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
                 (QStringList{QStringLiteral("a.bin"), QStringLiteral("b.txt"), QStringLiteral("big.bin"),
                              QStringLiteral("keep.txt")}));
        bool released = false;
        browser.closeVolume([&] { released = true; });
        QVERIFY(waitFor([&] { return released; }, 60000) >= 0);
    }
};

QTEST_MAIN(TestFaultCuts)
#include "tst_faultcuts.moc"
