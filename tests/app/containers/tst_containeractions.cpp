// ContainerActions and ContainerRunner against the fake engine: what a click costs on the wire
// (a Start = 1 POST + at most 1 GET, the GET caused by the engine's event, not by the action),
// several containers as one command, a failure said and the row left alone, a removal that
// needs no GET, and `docker run` as ONE command made of its requests (nothing at all when it
// never ran).

#include "api/dockerapi.h"
#include "containers/containeractions.h"
#include "containers/containerlistmodel.h"
#include "containers/containerrunner.h"
#include "containers/containerstore.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "fakeengine.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dx;
using dx::test::FakeEngine;
using dx::test::FakeReply;
using dx::test::FakeRequest;
using Action = ContainerActions::Action;

namespace {

QString captured(const char *which, const char *field = "id")
{
    return dx::test::fixtures::capture().value(QLatin1String(which)).toObject().value(QLatin1String(field)).toString();
}

QJsonObject containerEvent(const QString &action, const QString &id)
{
    return {{QStringLiteral("Type"), QStringLiteral("container")},
            {QStringLiteral("Action"), action},
            {QStringLiteral("Actor"), QJsonObject{{QStringLiteral("ID"), id}}},
            {QStringLiteral("time"), 1796192520},
            {QStringLiteral("timeNano"), qint64(1796192520) * 1000000000}};
}

// What the app asked, without the connection's own pings and the event stream.
QStringList wire(const QList<FakeRequest> &requests)
{
    QStringList out;
    for (const FakeRequest &r : requests) {
        if (r.path != QLatin1String("/_ping") && r.path != QLatin1String("/events"))
            out << QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path;
    }
    return out;
}

} // namespace

class TestContainerActions final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeEngine>();
        m_fake->routeFixtures();
        m_engine = std::make_unique<Engine>();
        m_api = std::make_unique<DockerApi>(m_engine.get());
        m_store = std::make_unique<ContainerStore>(m_api.get());
        m_actions = std::make_unique<ContainerActions>(m_api.get(), m_store.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_store->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_started.clear();
        m_finished.clear();
        connect(m_api.get(), &DockerApi::commandStarted, this, [this](const CommandRecord &r) { m_started.append(r); });
        connect(m_api.get(), &DockerApi::commandFinished, this, [this](const CommandRecord &r) { m_finished.append(r); });
        m_engine->connectTo(m_fake->endpoint());
        QVERIFY(dx::test::waitConnected(*m_engine));
        QVERIFY(m_fake->waitForStreams());
        m_running = captured("runningContainer");
        m_exited = captured("exitedContainer");
        QTRY_VERIFY(m_store->find(m_running) && m_store->find(m_running)->hasSize);
        m_fake->clearRequests();
        m_started.clear();
        m_finished.clear();
    }

    void cleanup()
    {
        m_tester.reset();
        m_actions.reset();
        m_store.reset();
        m_api.reset();
        m_engine.reset();
        m_fake.reset();
    }

    void startIsOnePostAndAtMostOneGet()
    {
        const QString name = captured("exitedContainer", "name");
        // dockerd: the container starts, the event goes out, then the answer.
        m_fake->route("POST", QStringLiteral("/containers/([^/]+)/start"), [this](const FakeRequest &) {
            m_fake->pushEvent(containerEvent(QStringLiteral("start"), m_exited));
            return FakeReply::noContent();
        });
        m_actions->trigger(Action::Start, {m_exited});
        QCOMPARE(m_store->model()->busyText(m_exited), ContainerActions::busyText(Action::Start));
        QTRY_VERIFY_WITH_TIMEOUT(m_store->model()->busyText(m_exited).isEmpty(), 5000);
        QTest::qWait(300); // anything late would show up now
        const QStringList requests = wire(m_fake->requests());
        qInfo("A Start click on the wire: %s", qPrintable(requests.join(QLatin1String(", "))));
        QCOMPARE(m_fake->count("POST", QStringLiteral("/containers/.*")), 1);
        QCOMPARE(m_fake->lastRequest("POST", QStringLiteral("/containers/.*")).path,
                 QStringLiteral("/containers/%1/start").arg(name));
        QVERIFY(m_fake->count("GET", QStringLiteral("/containers/.*")) <= 1);
        QCOMPARE(requests.size(), 1 + m_fake->count("GET", QStringLiteral("/containers/.*")));
        // The panel: the user's `docker start NAME`, the store's fetch as plumbing.
        QCOMPARE(m_started.size(), requests.size());
        QCOMPARE(m_started.constFirst().cli, QStringLiteral("docker start ") + name);
        QVERIFY(!m_started.constFirst().internal);
        for (qsizetype i = 1; i < m_started.size(); ++i)
            QVERIFY(m_started.at(i).internal);
    }

    void severalContainersAreOneCommand()
    {
        m_fake->route("POST", QStringLiteral("/containers/([^/]+)/stop"), FakeReply::noContent());
        QSignalSpy finished(m_actions.get(), &ContainerActions::finished);
        m_actions->trigger(Action::Stop, {m_running, m_exited});
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(m_fake->count("POST", QStringLiteral("/containers/[^/]+/stop")), 2);
        QCOMPARE(m_started.size(), 1);
        QCOMPARE(m_started.constFirst().cli, QStringLiteral("docker stop %1 %2")
                                                 .arg(captured("runningContainer", "name"), captured("exitedContainer", "name")));
        QTRY_COMPARE(m_finished.size(), 1);
        QCOMPARE(m_finished.constFirst().state, CommandRecord::State::Done);
        QCOMPARE(m_finished.constFirst().requests, 2);
        // No event came (the fake sends none): nothing was fetched, the rows settle by themselves.
        QCOMPARE(m_fake->count("GET", QStringLiteral("/containers/.*")), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_store->model()->busyText(m_running).isEmpty(), 5000);
    }

    void failureIsSaidAndTheRowStays()
    {
        m_fake->route("POST", QStringLiteral("/containers/([^/]+)/start"),
                      FakeReply::error(500, QStringLiteral("cannot start: boom")));
        const ContainerSummary before = *m_store->find(m_exited);
        QSignalSpy failed(m_actions.get(), &ContainerActions::failed);
        m_actions->trigger(Action::Start, {m_exited});
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.constFirst().constFirst().toString().contains(QLatin1String("boom")));
        QVERIFY(m_store->model()->busyText(m_exited).isEmpty());
        QVERIFY(m_store->find(m_exited)->sameAs(before));
        QTRY_COMPARE(m_finished.size(), 1);
        QCOMPARE(m_finished.constFirst().state, CommandRecord::State::Failed);
        QVERIFY(m_finished.constFirst().message.contains(QLatin1String("boom")));
    }

    void removeDropsTheRowWithoutAsking()
    {
        m_fake->route("DELETE", QStringLiteral("/containers/([^/]+)"), FakeReply::noContent());
        QSignalSpy removed(m_store.get(), &ContainerStore::removed);
        m_actions->trigger(Action::Remove, {m_exited}, true);
        QVERIFY(removed.wait(5000));
        QVERIFY(!m_store->find(m_exited));
        const FakeRequest del = m_fake->lastRequest("DELETE", QStringLiteral("/containers/.*"));
        QCOMPARE(del.queryItem(QStringLiteral("force")), QStringLiteral("1"));
        QCOMPARE(del.queryItem(QStringLiteral("v")), QStringLiteral("1"));
        QCOMPARE(m_fake->count("GET", QStringLiteral("/containers/.*")), 0);
        QCOMPARE(m_started.constFirst().cli, QStringLiteral("docker rm -f -v ") + captured("exitedContainer", "name"));
    }

    void runIsOneDockerRun()
    {
        const QString id = QStringLiteral("c0ffee").repeated(10) + QStringLiteral("c0ff");
        m_fake->route("POST", QStringLiteral("/volumes/create"), [](const FakeRequest &r) {
            QJsonObject volume = r.json().object();
            volume.insert(QStringLiteral("Driver"), QStringLiteral("local"));
            volume.insert(QStringLiteral("Mountpoint"), QStringLiteral("/var/lib/docker/volumes/x/_data"));
            volume.insert(QStringLiteral("Scope"), QStringLiteral("local"));
            return FakeReply::json(volume, 201);
        });
        m_fake->route("POST", QStringLiteral("/containers/create"),
                      FakeReply::json(QJsonObject{{QStringLiteral("Id"), id}, {QStringLiteral("Warnings"), QJsonArray()}}, 201));
        m_fake->route("POST", QStringLiteral("/containers/%1/start").arg(id), FakeReply::noContent());
        RunSpec spec;
        spec.image = QStringLiteral("docker-explorer-test-base:1"); // a reference, never an id
        spec.name = QStringLiteral("web");
        spec.mounts = {{RunMount::Kind::Volume, QStringLiteral("dxvol"), QStringLiteral("/data"), false}};
        QSignalSpy started(m_actions.get(), &ContainerActions::containerStarted);
        m_actions->run(spec);
        QVERIFY(started.wait(5000));
        QCOMPARE(started.constFirst().constFirst().toString(), id);
        QCOMPARE(wire(m_fake->requests()),
                 (QStringList{QStringLiteral("GET /volumes/dxvol"), QStringLiteral("POST /volumes/create"),
                              QStringLiteral("POST /containers/create"), QStringLiteral("POST /containers/%1/start").arg(id)}));
        const FakeRequest create = m_fake->lastRequest("POST", QStringLiteral("/containers/create"));
        QCOMPARE(create.queryItem(QStringLiteral("name")), QStringLiteral("web"));
        QCOMPARE(create.json().object().value(QLatin1String("Image")).toString(), spec.image);
        QCOMPARE(m_fake->lastRequest("POST", QStringLiteral("/volumes/create")).json().object()
                     .value(QLatin1String("Labels")).toObject().value(ContainerRunner::createdByLabel()).toString(),
                 QStringLiteral("run-dialog"));
        // One line in the panel: the `docker run` the dialog showed, with all four requests.
        QCOMPARE(m_started.size(), 1);
        QCOMPARE(m_started.constFirst().cli, spec.dockerCommand());
        QTRY_COMPARE(m_finished.size(), 1);
        QCOMPARE(m_finished.constFirst().state, CommandRecord::State::Done);
        QCOMPARE(m_finished.constFirst().requests, 4);
    }

    void aRunThatNeverRanLogsNothing()
    {
        QSignalSpy failed(m_actions.get(), &ContainerActions::failed);
        RunSpec invalid;
        invalid.image = QStringLiteral("docker-explorer-test-base:1");
        invalid.autoRemove = true;
        invalid.restartPolicy = QStringLiteral("always"); // refused before the engine is asked
        m_actions->run(invalid);
        QCOMPARE(failed.size(), 1);
        {
            ContainerRunner runner(m_api.get()); // a dialog opened and closed again
            Q_UNUSED(runner)
        }
        QTest::qWait(200);
        QVERIFY(m_started.isEmpty());
        QVERIFY(m_finished.isEmpty());
        QVERIFY(wire(m_fake->requests()).isEmpty());
    }

    void aCancelledRunIsReportedCancelled()
    {
        m_fake->route("POST", QStringLiteral("/containers/create"),
                      FakeReply::json(QJsonObject{{QStringLiteral("Id"), QStringLiteral("x")}}, 201).delayed(2000));
        ContainerRunner runner(m_api.get());
        QSignalSpy failed(&runner, &ContainerRunner::failed);
        RunSpec spec;
        spec.image = QStringLiteral("docker-explorer-test-base:1");
        runner.run(spec);
        QVERIFY(m_fake->waitForRequest("POST", QStringLiteral("/containers/create")));
        runner.cancel();
        QVERIFY(failed.wait(5000));
        QTRY_COMPARE(m_finished.size(), 1);
        QCOMPARE(m_finished.constFirst().state, CommandRecord::State::Cancelled);
        QCOMPARE(m_finished.constFirst().cli, spec.dockerCommand());
        QVERIFY(!runner.isRunning());
    }

private:
    std::unique_ptr<FakeEngine> m_fake;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<DockerApi> m_api;
    std::unique_ptr<ContainerStore> m_store;
    std::unique_ptr<ContainerActions> m_actions;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<CommandRecord> m_started;
    QList<CommandRecord> m_finished;
    QString m_running;
    QString m_exited;
};

QTEST_GUILESS_MAIN(TestContainerActions)
#include "tst_containeractions.moc"
