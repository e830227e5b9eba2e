// Podman on demand, against the real Podman: with no engine where the docker CLI looks (DOCKER_HOST
// at a socket that does not exist), Docker Explorer starts Podman's API service on a socket of
// its runtime directory, and the lesson works on it (build from a busybox base, history, run
// twice, the writable layer, a volume shared by containers and browsed). A second instance uses
// that service instead of starting another; when the owner quits (orderly, or killed) the
// service ends, and an instance that used it starts its own.

#include "app/volumes/volumefixture.h"
#include "api/dockerapi.h"
#include "build/buildrunner.h"
#include "containers/containerstore.h"
#include "volumes/volumestore.h"
#include "engine/engine.h"
#include "engine/enginelauncher.h"
#include "engine/engineprobe.h"
#include "engine/podmanfixture.h"
#include "engine/podmanservice.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "volumes/volumetreemodel.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace dx;

namespace {

qint64 parentOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // "pid (comm) state ppid ...": comm may hold spaces, so read after its closing parenthesis.
    return text.mid(text.lastIndexOf(')') + 2).split(' ').value(1).toLongLong();
}

// The pids of `podman system service` processes listening on `socket`. Not their own short-lived
// children: the service forks to run helpers (dpkg, seen answering /info), and until the exec a
// child carries the service's command line.
QList<qint64> serviceProcesses(const QString &socket)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = cmdline.readAll();
        if (text.contains(QByteArray("system\0service", 14)) && text.contains(socket.toUtf8()))
            pids << pid;
    }
    QList<qint64> services;
    for (qint64 pid : std::as_const(pids)) {
        if (!pids.contains(parentOf(pid)))
            services << pid;
    }
    return services;
}

// What those processes are, for a failure message: pid, parent, state.
QByteArray describe(const QList<qint64> &pids)
{
    QByteArray text;
    for (qint64 pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        text += stat.open(QIODevice::ReadOnly) ? stat.readAll().left(80) : QByteArray::number(pid) + " gone";
        text += '\n';
    }
    return text;
}

// One Docker Explorer as it runs at the user's: a Podman service object, the engine and the
// launcher, with the app's shared services on top.
struct Instance
{
    Instance()
        : podman(std::make_unique<PodmanService>())
        , engine(std::make_unique<Engine>())
        , launcher(std::make_unique<EngineLauncher>(engine.get(), podman.get()))
    {
    }
    ~Instance()
    {
        launcher.reset();
        podman.reset(); // ends the service first, as the app does at quit
        engine.reset();
    }
    std::unique_ptr<PodmanService> podman;
    std::unique_ptr<Engine> engine;
    std::unique_ptr<EngineLauncher> launcher;
};

} // namespace

class TestPodmanOnDemand final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runtime; // XDG_RUNTIME_DIR: the app's Podman socket lives in it
    QTemporaryDir m_files;
    std::unique_ptr<Instance> m_first;
    std::unique_ptr<Instance> m_second;
    QString m_volume;
    QStringList m_images;

    QString socketPath() const { return m_runtime.path() + QStringLiteral("/docker-explorer/podman.sock"); }

    // The real binary, with the environment of this test, a runtime directory and settings of its own.
    QProcessEnvironment appEnvironment(const QString &runtimeDir) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_files.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

private slots:
    void initTestCase()
    {
        if (PodmanService::findProgram().isEmpty()) {
            if (test::engineRequired())
                QFAIL("podman is not installed (scripts/setup.sh --test installs it)");
            QSKIP("podman is not installed");
        }
        QVERIFY(m_runtime.isValid() && m_files.isValid());
        QFile conf(m_files.filePath(QStringLiteral("containers.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(test::containersConf(test::PodmanService::runtimeForHost()));
        conf.close();
        qputenv("CONTAINERS_CONF", conf.fileName().toUtf8());
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toUtf8());
        // Where the docker CLI looks, and only there: nothing answers.
        qputenv("DOCKER_HOST", QByteArray("unix://") + m_runtime.filePath(QStringLiteral("nothing.sock")).toUtf8());
        m_volume = QStringLiteral("dxtest-podman-") + test::runId();
    }

    void cleanupTestCase()
    {
        for (Instance *instance : {m_first.get(), m_second.get()}) {
            if (!instance || !instance->engine->isConnected())
                continue;
            Engine &engine = *instance->engine;
            test::removeLabelled(engine);
            test::removeHelperImage(engine);
            QUrlQuery force;
            force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
            for (const QString &image : std::as_const(m_images))
                test::call(engine, EngineRequest::del(QStringLiteral("/images/") + image, force));
            break;
        }
        m_second.reset();
        m_first.reset();
        QTRY_VERIFY_WITH_TIMEOUT(serviceProcesses(socketPath()).isEmpty(), 10000);
    }

    void automaticStartsPodman()
    {
        m_first = std::make_unique<Instance>();
        QSignalSpy ready(m_first->podman.get(), &PodmanService::ready);
        m_first->launcher->connectToChoice(QString());
        QVERIFY2(test::waitConnected(*m_first->engine, 90000),
                 qPrintable(m_first->engine->info().message + u' ' + m_first->podman->errorString()));
        QCOMPARE(m_first->podman->state(), PodmanService::State::Running);
        QCOMPARE(ready.size(), 1);
        const EngineInfo &info = m_first->engine->info();
        QVERIFY(info.podman);
        QVERIFY(info.endpoint.startedByApp);
        QCOMPARE(info.endpoint.socketPath, socketPath());
        QVERIFY2(info.summary().contains(QLatin1String("(started by Docker Explorer)")), qPrintable(info.summary()));
        QCOMPARE(serviceProcesses(socketPath()), QList<qint64>{m_first->podman->processId()});
        QCOMPARE(EngineProbe::ping(m_first->podman->endpoint()).product, QStringLiteral("Podman"));
    }

    void lessonWorksOnIt()
    {
        QVERIFY(m_first && m_first->engine->isConnected());
        Engine &engine = *m_first->engine;
        IconProvider icons;
        AppServices services(&engine, &icons);

        // Build from an offline busybox base: Podman's buildah output, a tagged image.
        const QString base = QStringLiteral("dx-ondemand-base:") + test::runId();
        QString why;
        const QString baseId = test::importBusybox(engine, base, &why);
        QVERIFY2(!baseId.isEmpty(), qPrintable(why));
        m_images << base << baseId;
        const QString tag = QStringLiteral("dx-ondemand-app:") + test::runId();
        BuildOptions options;
        options.contextDir = m_files.path();
        options.dockerfileText = "FROM " + base.toUtf8() + "\nRUN echo layer > /hello\nCMD cat /hello\n";
        options.useDockerfileText = true;
        options.tags = {tag};
        options.labels = {{test::runLabelKey(), test::runId()}};
        BuildRunner runner(services.session()->api(), options);
        QSignalSpy ended(&runner, &Job::ended);
        runner.start();
        QVERIFY(ended.wait(180000));
        QVERIFY2(runner.buildResult().ok, qPrintable(runner.buildResult().error));
        m_images.prepend(tag);

        // Its history: one entry per instruction on top of the base.
        const QJsonArray history = test::json(test::call(engine, EngineRequest::get(QStringLiteral("/images/") + tag + QStringLiteral("/history")))).toArray();
        QVERIFY2(history.size() >= 3, qPrintable(QString::number(history.size())));

        // Run it twice, both writing to one volume, one of them into its writable layer too.
        test::createVolume(engine, m_volume, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // The volume store learns of it from Podman's event (which names volumes otherwise).
        QTRY_VERIFY_WITH_TIMEOUT(services.session()->volumes()->find(m_volume).has_value(), 30000);
        const QString one = test::runWithVolume(engine, m_volume, QStringLiteral("/data"),
                                                QStringLiteral("cat /hello > /data/one.txt && echo w > /written.txt"), true, tag);
        const QString two = test::runWithVolume(engine, m_volume, QStringLiteral("/data"),
                                                QStringLiteral("echo two > /data/two.txt"), true, tag);
        QVERIFY(!one.isEmpty() && !two.isEmpty() && one != two);
        const QJsonArray changes = test::json(test::call(engine, EngineRequest::get(QStringLiteral("/containers/%1/changes").arg(one)))).toArray();
        bool written = false;
        for (const QJsonValue &c : changes)
            written = written || c[QLatin1String("Path")].toString() == QLatin1String("/written.txt");
        QVERIFY2(written, QJsonDocument(changes).toJson().constData());

        // Stop and start, seen by the shared container store through Podman's events.
        ContainerStore *store = services.session()->containers();
        const QString sleeper = test::runWithVolume(engine, m_volume, QStringLiteral("/data"), QStringLiteral("sleep 120"), false, tag);
        QVERIFY(!sleeper.isEmpty());
        const auto stateOf = [store](const QString &id) {
            const std::optional<ContainerSummary> c = store->find(id);
            return c ? c->state : QStringLiteral("<unknown>");
        };
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(one), QStringLiteral("exited"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(sleeper), QStringLiteral("running"), 30000);
        QUrlQuery quick;
        quick.addQueryItem(QStringLiteral("t"), QStringLiteral("1"));
        QVERIFY(test::call(engine, EngineRequest::post(QStringLiteral("/containers/%1/stop").arg(sleeper), quick)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(sleeper), QStringLiteral("exited"), 30000);
        QVERIFY(test::call(engine, EngineRequest::post(QStringLiteral("/containers/%1/start").arg(sleeper))).ok());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(sleeper), QStringLiteral("running"), 30000);
        QVERIFY(test::call(engine, EngineRequest::post(QStringLiteral("/containers/%1/stop").arg(sleeper), quick)).ok());

        // The volume's browser shows what both wrote, through the helper container.
        VolumeBrowser browser(&services);
        test::configureBrowser(browser);
        browser.setForceRemote(true);
        QSignalSpy loaded(&browser, &VolumeBrowser::treeLoaded);
        browser.openVolume(m_volume, {});
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QVERIFY2(loaded.first().first().toBool(), qPrintable(browser.statusText()));
        QVERIFY(browser.model()->contains(QStringLiteral("one.txt")));
        QVERIFY(browser.model()->contains(QStringLiteral("two.txt")));
        bool closed = false;
        browser.closeVolume([&] { closed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(closed, 60000);
    }

    void secondInstanceUsesIt()
    {
        QVERIFY(m_first);
        m_second = std::make_unique<Instance>();
        m_second->launcher->connectToChoice(QString());
        QVERIFY2(test::waitConnected(*m_second->engine, 60000), qPrintable(m_second->podman->errorString()));
        QCOMPARE(m_second->podman->state(), PodmanService::State::Reused);
        QVERIFY(!m_second->podman->ownsProcess());
        QVERIFY(m_second->engine->info().endpoint.startedByApp);
        QCOMPARE(serviceProcesses(socketPath()).size(), 1);
    }

    void ownerQuitsAndTheOtherTakesOver()
    {
        QVERIFY(m_first && m_second);
        const QList<qint64> before = serviceProcesses(socketPath());
        m_first.reset();
        QTRY_VERIFY_WITH_TIMEOUT(m_second->podman->state() == PodmanService::State::Running, 60000);
        QVERIFY(test::waitConnected(*m_second->engine, 60000));
        const QList<qint64> after = serviceProcesses(socketPath());
        QCOMPARE(after.size(), 1);
        QVERIFY(after != before);
        // The lesson's objects are still there: Podman's storage outlives its API service.
        QVERIFY(test::call(*m_second->engine, EngineRequest::get(QStringLiteral("/volumes/") + m_volume)).ok());
    }

    void staleSocketIsReplaced()
    {
        QTemporaryDir dir;
        const QString socket = dir.filePath(QStringLiteral("podman.sock"));
        { // a socket file nobody listens on, as a killed service leaves it
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un address = {};
            address.sun_family = AF_UNIX;
            qstrncpy(address.sun_path, QFile::encodeName(socket).constData(), sizeof(address.sun_path));
            QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
            ::close(fd);
        }
        QVERIFY(QFileInfo::exists(socket));
        PodmanService service(dir.path(), PodmanService::findProgram());
        QSignalSpy ready(&service, &PodmanService::ready);
        service.start();
        QVERIFY2(ready.wait(60000), qPrintable(service.errorString()));
        QCOMPARE(service.state(), PodmanService::State::Running);
    }

    void missingPodmanSaysSo()
    {
        QTemporaryDir dir;
        PodmanService none(dir.path(), QString());
        QSignalSpy failed(&none, &PodmanService::failed);
        none.start();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("apt-get install podman")),
                 qPrintable(failed.first().first().toString()));

        PodmanService broken(dir.path(), dir.filePath(QStringLiteral("no-such-podman")));
        QSignalSpy brokenFailed(&broken, &PodmanService::failed);
        broken.start();
        QVERIFY(brokenFailed.wait(30000));
        QCOMPARE(broken.state(), PodmanService::State::Failed);
        QVERIFY2(brokenFailed.first().first().toString().contains(QLatin1String("no-such-podman")),
                 qPrintable(brokenFailed.first().first().toString()));
    }

    void serviceDyingIsReported()
    {
        QTemporaryDir dir;
        PodmanService service(dir.path(), PodmanService::findProgram());
        QSignalSpy ready(&service, &PodmanService::ready);
        service.start();
        QVERIFY2(ready.wait(60000), qPrintable(service.errorString()));
        QSignalSpy failed(&service, &PodmanService::failed);
        ::kill(pid_t(service.processId()), SIGKILL);
        QVERIFY(failed.wait(10000));
        QCOMPARE(service.state(), PodmanService::State::Failed);
        QVERIFY2(service.errorString().contains(QLatin1String("ended by itself")), qPrintable(service.errorString()));
    }

    // The real binary: it starts the service, a second one uses it, and whichever way the
    // owner ends (SIGTERM, or SIGKILL), the service ends too.
    void theAppOwnsItsService()
    {
        QTemporaryDir runtime;
        const QString socket = runtime.path() + QStringLiteral("/docker-explorer/podman.sock");
        const auto waitFor = [](QProcess &p, const QByteArray &text, QByteArray *seen) {
            return QTest::qWaitFor([&] {
                *seen += p.readAllStandardError();
                return seen->contains(text) || p.state() == QProcess::NotRunning;
            }, 90000) && seen->contains(text);
        };

        QProcess owner;
        owner.setProcessEnvironment(appEnvironment(runtime.path()));
        owner.start(QStringLiteral(DX_APP_BINARY), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--view"), QStringLiteral("containers")});
        QByteArray ownerErr;
        QVERIFY2(waitFor(owner, "started Podman", &ownerErr), ownerErr.constData());
        QVERIFY2(serviceProcesses(socket).size() == 1, describe(serviceProcesses(socket)).constData());

        QProcess second;
        second.setProcessEnvironment(appEnvironment(runtime.path()));
        second.start(QStringLiteral(DX_APP_BINARY), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--view"), QStringLiteral("containers"),
                                                     QStringLiteral("--screenshot"), m_files.filePath(QStringLiteral("second.png"))});
        QVERIFY(second.waitForFinished(90000));
        const QByteArray secondErr = second.readAllStandardError();
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(secondErr.contains("started by another Docker Explorer"), secondErr.constData());
        QVERIFY2(serviceProcesses(socket).size() == 1, describe(serviceProcesses(socket)).constData());

        owner.terminate(); // SIGTERM: the orderly quit
        QVERIFY(owner.waitForFinished(30000));
        QCOMPARE(owner.exitStatus(), QProcess::NormalExit);
        QCOMPARE(owner.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(serviceProcesses(socket).isEmpty(), 10000);

        QProcess killed;
        killed.setProcessEnvironment(appEnvironment(runtime.path()));
        killed.start(QStringLiteral(DX_APP_BINARY), {QStringLiteral("--view"), QStringLiteral("containers")});
        QByteArray killedErr;
        QVERIFY2(waitFor(killed, "started Podman", &killedErr), killedErr.constData());
        QVERIFY2(serviceProcesses(socket).size() == 1, describe(serviceProcesses(socket)).constData());
        killed.kill(); // no chance to clean up: the kernel's parent-death signal ends the service
        QVERIFY(killed.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(serviceProcesses(socket).isEmpty(), 10000);
    }
};

QTEST_MAIN(TestPodmanOnDemand)
#include "tst_podmanondemand.moc"
