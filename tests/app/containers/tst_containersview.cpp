// ContainersView against the real engine, driven through its actions as a user would:
// start/stop (and what a Start click costs in requests), a container made by the docker CLI
// appearing through events (no reset, fast), remove with confirmation, logs and changes tabs,
// the Run dialog whose `docker run` line must agree with what the engine created and is the
// one command logged (nothing when cancelled), and Images → Run keeping the image reference.
// Everything created carries dx.test.run.

#include "api/commandrecord.h"
#include "api/dockerapi.h"
#include "containers/containeractions.h"
#include "containers/containerchangesmodel.h"
#include "containers/containerchangeswidget.h"
#include "containers/containerdetailspane.h"
#include "containers/containerinspectwidget.h"
#include "containers/containerlistmodel.h"
#include "containers/containerlogswidget.h"
#include "containers/containerstatswidget.h"
#include "containers/containerstore.h"
#include "containers/containersview.h"
#include "containers/logmodel.h"
#include "containers/rundialog.h"
#include "engine/engine.h"
#include "images/imagesview.h"
#include "session/enginesession.h"
#include "engine/testengine.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

using namespace dx;
using Action = ContainerActions::Action;

namespace {

// A port on 127.0.0.1 nobody listens on right now (the kernel picks it).
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

} // namespace

class TestContainersView final : public QObject
{
    Q_OBJECT

private:
    Engine *m_engine = nullptr;
    IconProvider *m_icons = nullptr;
    AppServices *m_services = nullptr;
    ContainersView *m_view = nullptr;
    QStringList m_commands;              // the user's commands (not plumbing) as the panel lists them
    QList<CommandRecord> m_sent;         // every command sent, plumbing too
    QList<CommandRecord> m_finished;
    QString m_image; // made by runFromImagesKeepsTheReference

    QString label() const { return test::runLabelKey() + QLatin1Char('=') + test::runId(); }

    QString createContainer(const QString &name, const QStringList &cmd)
    {
        const QJsonObject body{{QStringLiteral("Image"), test::baseImage()},
                               {QStringLiteral("Cmd"), QJsonArray::fromStringList(cmd)},
                               {QStringLiteral("Labels"), QJsonObject{{test::runLabelKey(), test::runId()}}}};
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("name"), name);
        const EngineResponse r = test::call(*m_engine, EngineRequest::post(QStringLiteral("/containers/create"), q,
                                                                          QJsonDocument(body).toJson()));
        if (!r.ok())
            qWarning() << "create failed" << r.message;
        return test::json(r).toObject().value(QLatin1String("Id")).toString();
    }

    QString stateOf(const QString &id) const
    {
        const int row = m_view->model()->rowOf(id);
        return row < 0 ? QString() : m_view->model()->containerAt(row).state;
    }

    QString uniqueName(const char *what) const
    {
        return QStringLiteral("dxtest-%1-%2").arg(QLatin1String(what), test::runId());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme::apply(Theme::Mode::Light);
        m_engine = new Engine(this);
        m_icons = new IconProvider(this);
        m_services = new AppServices(m_engine, m_icons, this);
        DockerApi *api = m_services->session()->api();
        connect(api, &DockerApi::commandStarted, this, [this](const CommandRecord &r) {
            m_sent.append(r);
            if (!r.internal)
                m_commands.append(r.cli);
        });
        connect(api, &DockerApi::commandFinished, this, [this](const CommandRecord &r) { m_finished.append(r); });
        m_engine->connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(*m_engine);
        m_view = new ContainersView(m_services);
        m_view->resize(1200, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->store()->isLoaded(), 10000);
        QVERIFY(!m_view->isLoading() || m_view->details()->isLoading());
    }

    void cleanupTestCase()
    {
        delete m_view;
        if (m_engine && m_engine->isConnected()) {
            test::removeLabelled(*m_engine);
            if (!m_image.isEmpty())
                test::call(*m_engine, EngineRequest::del(QStringLiteral("/images/") + m_image));
        }
    }

    void startStopThroughTheGui()
    {
        const QString id = createContainer(uniqueName("startstop"),
                                           {QStringLiteral("sh"), QStringLiteral("-c"),
                                            QStringLiteral("echo layer >> /layer.txt; echo to-stdout; echo to-stderr >&2; sleep 300")});
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(m_view->model()->contains(id));
        QCOMPARE(stateOf(id), QStringLiteral("created"));
        m_view->selectContainer(id);
        QCOMPARE(m_view->selectedIds(), QStringList{id});
        QVERIFY(m_view->action(Action::Start)->isEnabled());
        QVERIFY(!m_view->action(Action::Stop)->isEnabled());

        m_commands.clear();
        m_view->action(Action::Start)->trigger();
        QVERIFY(!m_view->model()->busyText(id).isEmpty()); // the row shows "starting…" at once
        QVERIFY(!m_view->action(Action::Start)->isEnabled());
        QVERIFY(m_commands.contains(QStringLiteral("docker start %1").arg(uniqueName("startstop"))));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), QStringLiteral("running"), 10000);
        QTRY_VERIFY(m_view->action(Action::Stop)->isEnabled());

        // Logs: stdout and stderr, told apart.
        LogModel *logs = m_view->details()->logs()->model();
        QTRY_VERIFY_WITH_TIMEOUT(logs->rowCount() >= 2, 10000);
        bool sawOut = false;
        bool sawErr = false;
        for (int row = 0; row < logs->rowCount(); ++row) {
            const QModelIndex index = logs->index(row);
            sawOut = sawOut || (index.data().toString() == QLatin1String("to-stdout") && index.data(LogModel::StreamRole).toInt() == int(LogStream::Stdout));
            sawErr = sawErr || (index.data().toString() == QLatin1String("to-stderr") && index.data(LogModel::StreamRole).toInt() == int(LogStream::Stderr));
        }
        QVERIFY(sawOut);
        QVERIFY(sawErr);

        // sh as PID 1 ignores SIGTERM: the engine kills it after the 10 s grace period.
        m_view->action(Action::Stop)->trigger();
        QCOMPARE(m_view->model()->busyText(id), ContainerActions::busyText(Action::Stop));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), QStringLiteral("exited"), 25000);
        // The row says "stopping…" until the engine answered the stop.
        QTRY_VERIFY_WITH_TIMEOUT(m_view->action(Action::Start)->isEnabled(), 5000);

        // The classic lesson: start it again and its writable layer is still there.
        m_view->action(Action::Start)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), QStringLiteral("running"), 10000);
        m_sent.clear();
        m_view->details()->showTab(ContainerDetailsPane::ChangesTab);
        ContainerChangesWidget *changes = m_view->details()->changes();
        QTRY_VERIFY_WITH_TIMEOUT(!changes->isLoading() && changes->model()->count(ContainerChangesModel::Added) >= 1, 10000);
        const QModelIndexList found = changes->model()->match(changes->model()->index(0, 0), ContainerChangesModel::PathRole,
                                                              QStringLiteral("/layer.txt"), 1, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        const EngineResponse layer = test::call(*m_engine, EngineRequest::get(QStringLiteral("/containers/%1/archive").arg(id),
                                                                              QUrlQuery(QStringLiteral("path=/layer.txt"))));
        QVERIFY(layer.ok());
        QVERIFY(layer.body.contains("layer\nlayer\n")); // written once per start, kept across stop/start
        // Showing the tab read the diff once, and the sizes with it.
        QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->containerAt(m_view->model()->rowOf(id)).hasSize, 10000);
        int diffs = 0;
        for (const CommandRecord &r : std::as_const(m_sent))
            diffs += r.cli.startsWith(QLatin1String("docker diff")) ? 1 : 0;
        QCOMPARE(diffs, 1);
        m_view->details()->showTab(ContainerDetailsPane::LogsTab);
        m_view->action(Action::Kill)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), QStringLiteral("exited"), 10000);
    }

    void cliContainerAppearsThroughEvents()
    {
        QSignalSpy resets(m_view->model(), &QAbstractItemModel::modelReset);
        QElapsedTimer clock;
        clock.start();
        QHash<QString, qint64> eventAt;
        QHash<QString, qint64> appliedAt;
        connect(m_engine, &Engine::event, this, [&](const EngineEvent &e) {
            if (e.type == QLatin1String("container") && !eventAt.contains(e.actorId))
                eventAt.insert(e.actorId, clock.nsecsElapsed());
        });
        connect(m_view->store(), &ContainerStore::changed, this, [&](const QString &id) {
            if (!appliedAt.contains(id))
                appliedAt.insert(id, clock.nsecsElapsed());
        });
        QProcess docker;
        docker.start(QStringLiteral("docker"), {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--label"), label(),
                                                QStringLiteral("--name"), uniqueName("cli"), test::baseImage(),
                                                QStringLiteral("sleep"), QStringLiteral("300")});
        QVERIFY(docker.waitForFinished(30000));
        QCOMPARE(docker.exitCode(), 0);
        const QString id = QString::fromUtf8(docker.readAllStandardOutput()).trimmed();
        QCOMPARE(id.size(), 64);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->contains(id), 5000);
        QTRY_COMPARE(stateOf(id), QStringLiteral("running"));
        QCOMPARE(resets.size(), 0);
        QVERIFY(eventAt.contains(id));
        QVERIFY(appliedAt.contains(id));
        // The first event is the create: the store waits CreateSettleMs for the start that
        // follows, then fetches once.
        const double latencyMs = (appliedAt.value(id) - eventAt.value(id)) / 1e6;
        qInfo("first event -> row applied: %.2f ms", latencyMs);
        QVERIFY2(latencyMs < ContainerStore::CreateSettleMs + 250, qPrintable(QStringLiteral("took %1 ms").arg(latencyMs)));

        // Stats stream only while their tab is visible.
        m_view->selectContainer(id);
        ContainerStatsWidget *stats = m_view->details()->stats();
        QVERIFY(!stats->isStreaming());
        m_view->details()->showTab(ContainerDetailsPane::StatsTab);
        QVERIFY(stats->isStreaming());
        QVERIFY(!m_view->details()->logs()->isStreaming()); // only the visible tab reads
        QTRY_VERIFY_WITH_TIMEOUT(stats->sampleCount() >= 1, 10000);
        m_view->details()->showTab(ContainerDetailsPane::LogsTab);
        QVERIFY(!stats->isStreaming());
        disconnect(m_engine, &Engine::event, this, nullptr);
        disconnect(m_view->store(), &ContainerStore::changed, this, nullptr);
    }

    void removeAsksFirst()
    {
        const QString name = uniqueName("remove");
        const QString id = createContainer(name, {QStringLiteral("sleep"), QStringLiteral("300")});
        QTRY_VERIFY(m_view->model()->contains(id));
        m_view->selectContainer(id);
        m_commands.clear();
        m_view->action(Action::Remove)->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_view->findChild<QMessageBox *>(QStringLiteral("removeConfirm"))) && box->isVisible());
        QVERIFY(box->text().contains(name));
        QVERIFY(m_view->model()->contains(id)); // nothing happened before the answer
        auto *remove = box->findChild<QPushButton *>(QStringLiteral("removeButton"));
        QVERIFY(remove);
        remove->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->contains(id), 10000);
        QVERIFY(m_commands.contains(QStringLiteral("docker rm -f %1").arg(name)));
    }

    void runDialogCreatesWhatItShows()
    {
        const int port = freeLoopbackPort();
        QVERIFY(port > 1024);

        m_view->openRunDialog();
        RunDialog *dialog = m_view->runDialog();
        QVERIFY(dialog && dialog->isVisible());
        RunSpec spec;
        spec.image = test::baseImage();
        spec.name = uniqueName("run");
        spec.command = QStringLiteral("sh -c 'echo started; sleep 300'");
        spec.env = {{QStringLiteral("GREETING"), QStringLiteral("hello world")}};
        spec.ports = {{QStringLiteral("127.0.0.1"), port, 80, QStringLiteral("tcp")}};
        spec.mounts = {{RunMount::Kind::Volume, uniqueName("vol"), QStringLiteral("/data"), false}};
        spec.workingDir = QStringLiteral("/data");
        dialog->setSpec(spec);
        dialog->setLabels({{test::runLabelKey(), test::runId()}});
        const QString command = dialog->commandText();
        QCOMPARE(command, dialog->spec().dockerCommand());
        QVERIFY(command.contains(QStringLiteral("--name %1").arg(spec.name)));
        QVERIFY(command.contains(QStringLiteral("-e 'GREETING=hello world'")));
        QVERIFY(command.contains(QStringLiteral("-p 127.0.0.1:%1:80").arg(port)));
        QVERIFY(command.contains(QStringLiteral("-v %1:/data").arg(uniqueName("vol"))));

        QSignalSpy started(dialog, &RunDialog::containerStarted);
        m_commands.clear();
        m_finished.clear();
        dialog->run();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 20000);
        // ONE command: the `docker run` line the dialog showed, made of the volume lookup and
        // create, the container create and its start (the new container's logs follow it).
        const QStringList made = m_commands.filter(QRegularExpression(QStringLiteral("^docker (run|create|start|volume)")));
        QCOMPARE(made, QStringList{command});
        const auto run = std::find_if(m_finished.cbegin(), m_finished.cend(),
                                      [&command](const CommandRecord &r) { return r.cli == command; });
        QVERIFY(run != m_finished.cend());
        QCOMPARE(run->state, CommandRecord::State::Done);
        QCOMPARE(run->requests, 4);
        const QString id = started.at(0).at(0).toString();
        QTRY_VERIFY(m_view->model()->contains(id));
        QTRY_COMPARE(m_view->selectedIds(), QStringList{id});

        const QJsonObject inspect = test::json(test::call(*m_engine, EngineRequest::get(QStringLiteral("/containers/%1/json").arg(id)))).toObject();
        QCOMPARE(inspect[QLatin1String("Name")].toString(), QLatin1Char('/') + spec.name);
        QVERIFY(inspect[QLatin1String("Config")][QLatin1String("Env")].toArray().contains(QStringLiteral("GREETING=hello world")));
        QCOMPARE(inspect[QLatin1String("Config")][QLatin1String("WorkingDir")].toString(), QStringLiteral("/data"));
        QCOMPARE(inspect[QLatin1String("Config")][QLatin1String("Cmd")].toArray(),
                 (QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo started; sleep 300")}));
        const QJsonObject binding = inspect[QLatin1String("HostConfig")][QLatin1String("PortBindings")][QLatin1String("80/tcp")].toArray().at(0).toObject();
        QCOMPARE(binding[QLatin1String("HostIp")].toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(binding[QLatin1String("HostPort")].toString(), QString::number(port));
        const QJsonArray mounts = inspect[QLatin1String("Mounts")].toArray();
        QCOMPARE(mounts.size(), 1);
        QCOMPARE(mounts.at(0)[QLatin1String("Type")].toString(), QStringLiteral("volume"));
        QCOMPARE(mounts.at(0)[QLatin1String("Name")].toString(), uniqueName("vol"));
        QCOMPARE(mounts.at(0)[QLatin1String("Destination")].toString(), QStringLiteral("/data"));
        QCOMPARE(inspect[QLatin1String("Config")][QLatin1String("Labels")][test::runLabelKey()].toString(), test::runId());
        const QJsonObject volume = test::json(test::call(*m_engine, EngineRequest::get(QStringLiteral("/volumes/") + uniqueName("vol")))).toObject();
        QCOMPARE(volume[QLatin1String("Labels")][test::runLabelKey()].toString(), test::runId());

        // Running the same form again: a NEW container is wanted, but the name is taken. The
        // shared store knows that container, so the dialog says so beside the name field as
        // the name is set, Run is off, and nothing is sent.
        m_view->openRunDialog();
        dialog->setSpec(spec);
        dialog->setLabels({{test::runLabelKey(), test::runId()}});
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText(ContainerRunner::Field::Name).isEmpty(), 10000);
        QVERIFY2(dialog->errorText(ContainerRunner::Field::Name).contains(spec.name),
                 qPrintable(dialog->errorText(ContainerRunner::Field::Name)));
        auto *runButton = dialog->findChild<QPushButton *>(QStringLiteral("runButton"));
        QVERIFY(runButton);
        QVERIFY(!runButton->isEnabled());
        m_sent.clear();
        dialog->run();
        QTest::qWait(200);
        QVERIFY(!dialog->isRunning());
        for (const CommandRecord &r : std::as_const(m_sent))
            QVERIFY2(!r.request.startsWith(QLatin1String("POST /containers/create")), qPrintable(r.request));

        // A name the engine would refuse is explained beside the field before anything is sent.
        RunSpec badName = spec;
        badName.name = QStringLiteral("mein container");
        dialog->setSpec(badName);
        QVERIFY(dialog->errorText(ContainerRunner::Field::Name).contains(QLatin1String("letters, digits")));
        QVERIFY(!runButton->isEnabled());

        // Another name but the same host port: the start fails, the error sits at the ports
        // table, and the half-made container is removed again.
        RunSpec portTaken = spec;
        portTaken.name = uniqueName("porttaken");
        portTaken.mounts.clear();
        dialog->setSpec(portTaken);
        dialog->run();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText(ContainerRunner::Field::Ports).isEmpty(), 10000);
        QVERIFY(dialog->errorText(ContainerRunner::Field::Name).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(test::call(*m_engine, EngineRequest::get(QStringLiteral("/containers/%1/json").arg(portTaken.name))).status == 404, 10000);

        // An image the engine does not have: the error sits at the image field.
        RunSpec missing = portTaken;
        missing.image = QStringLiteral("dx-no-such-image-%1:0").arg(test::runId());
        missing.ports.clear();
        dialog->setSpec(missing);
        dialog->run();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText(ContainerRunner::Field::Image).isEmpty(), 10000);
        dialog->reject();

        QUrlQuery force(QStringLiteral("force=1"));
        QVERIFY(test::call(*m_engine, EngineRequest::del(QStringLiteral("/containers/") + id, force)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->contains(id), 10000);
    }

    void startClickCosts()
    {
        const QString name = uniqueName("cost");
        const QString id = createContainer(name, {QStringLiteral("sleep"), QStringLiteral("300")});
        QTRY_VERIFY(m_view->model()->contains(id));
        m_view->selectContainer(id);
        // The Inspect tab: it shows the document the store fetched, so the click's own fetch
        // serves it as well.
        m_view->details()->showTab(ContainerDetailsPane::InspectTab);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->details()->isLoading(), 10000);
        QTest::qWait(300);
        m_sent.clear();
        m_view->action(Action::Start)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), QStringLiteral("running"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->busyText(id).isEmpty(), 5000);
        QTest::qWait(500); // anything late would show up now
        // Counted: what went to /containers about this container, and any full list. Requests
        // about other containers (tests running beside this one start and stop their own) are
        // listed but not counted. The network joined needs no request (the event names the
        // container).
        const auto aboutThis = [&](const QString &request) {
            return request.contains(QLatin1String(" /containers/") + id) || request.contains(QLatin1String(" /containers/") + name)
                   || request.contains(QLatin1String(" /containers/json"));
        };
        int posts = 0;
        int gets = 0;
        int networkGets = 0;
        QStringList requests;
        for (const CommandRecord &r : std::as_const(m_sent)) {
            requests << r.request;
            networkGets += r.request.startsWith(QLatin1String("GET /networks")) ? 1 : 0;
            if (!aboutThis(r.request))
                continue;
            posts += r.request.startsWith(QLatin1String("POST ")) ? 1 : 0;
            gets += r.request.startsWith(QLatin1String("GET ")) ? 1 : 0;
        }
        qInfo("A Start click: %d POST and %d GET about the container; all requests: %s", posts, gets,
              qPrintable(requests.join(QLatin1String(", "))));
        QCOMPARE(posts, 1);
        QVERIFY(gets <= 1);
        QCOMPARE(networkGets, 0);
        QTRY_VERIFY(m_view->details()->inspect()->text().contains(QLatin1String("\"Running\": true")));
        m_view->details()->showTab(ContainerDetailsPane::LogsTab);
    }

    void cancelledRunDialogLogsNothing()
    {
        m_view->openRunDialog();
        RunDialog *dialog = m_view->runDialog();
        QVERIFY(dialog && dialog->isVisible());
        RunSpec spec;
        spec.image = test::baseImage();
        spec.name = uniqueName("cancelled");
        spec.mounts = {{RunMount::Kind::Volume, uniqueName("cancelledvol"), QStringLiteral("/data"), false}};
        dialog->setSpec(spec);
        dialog->setLabels({{test::runLabelKey(), test::runId()}});
        m_sent.clear();
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::Cancel)->click();
        QVERIFY(!dialog->isVisible());
        QTest::qWait(500);
        // Nothing of the dialog's was sent. (The stores' own reads of other tests' containers may
        // run meanwhile: internal, and about other objects.)
        for (const CommandRecord &r : std::as_const(m_sent)) {
            QVERIFY2(r.internal, qPrintable(r.cli));
            QVERIFY2(!r.request.contains(spec.name) && !r.request.contains(uniqueName("cancelledvol"))
                         && !r.request.startsWith(QLatin1String("POST")),
                     qPrintable(r.request));
        }
        QCOMPARE(test::call(*m_engine, EngineRequest::get(QStringLiteral("/volumes/") + uniqueName("cancelledvol"))).status, 404);
        QCOMPARE(test::call(*m_engine, EngineRequest::get(QStringLiteral("/containers/%1/json").arg(spec.name))).status, 404);
    }

    void runFromImagesKeepsTheReference()
    {
        // An image of our own; containers run from it inherit its dx.test.run label.
        const QString repo = QStringLiteral("dxtest-run-%1").arg(test::runId());
        const QString reference = repo + QStringLiteral(":latest");
        const QString source = createContainer(uniqueName("commitsrc"), {QStringLiteral("true")});
        QVERIFY(!source.isEmpty());
        QUrlQuery commit;
        commit.addQueryItem(QStringLiteral("container"), source);
        commit.addQueryItem(QStringLiteral("repo"), repo);
        commit.addQueryItem(QStringLiteral("tag"), QStringLiteral("latest"));
        commit.addQueryItem(QStringLiteral("changes"), QStringLiteral("LABEL %1=%2").arg(test::runLabelKey(), test::runId()));
        const EngineResponse committed = test::call(*m_engine, EngineRequest::post(QStringLiteral("/commit"), commit, "{}"));
        QVERIFY2(committed.ok(), qPrintable(committed.message));
        m_image = reference;
        const QString imageId = test::json(committed).toObject().value(QLatin1String("Id")).toString();

        ImagesView images(m_services);
        QTRY_VERIFY_WITH_TIMEOUT(images.selectImage(imageId), 10000);
        QSignalSpy shown(m_services, &AppServices::showContainerRequested);
        m_commands.clear();
        images.runSelected();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 20000);
        const QString id = shown.at(0).at(0).toString();
        QCOMPARE(m_commands.filter(QRegularExpression(QStringLiteral("^docker (run|create|start)"))),
                 QStringList{QStringLiteral("docker run -d ") + reference});
        const QJsonObject inspect = test::json(test::call(*m_engine, EngineRequest::get(QStringLiteral("/containers/%1/json").arg(id)))).toObject();
        QCOMPARE(inspect[QLatin1String("Config")][QLatin1String("Image")].toString(), reference);
        QCOMPARE(inspect[QLatin1String("Image")].toString(), imageId);
        QCOMPARE(inspect[QLatin1String("Config")][QLatin1String("Labels")][test::runLabelKey()].toString(), test::runId());
        QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->contains(id), 10000);
        QCOMPARE(m_view->model()->containerAt(m_view->model()->rowOf(id)).image, reference);
        QTRY_COMPARE(m_view->selectedIds(), QStringList{id});
    }

    void liveBannerFollowsStaleness()
    {
        auto *banner = m_view->findChild<QWidget *>(QStringLiteral("liveBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        emit m_view->store()->staleChanged(true);
        QVERIFY(banner->isVisible());
        emit m_view->store()->staleChanged(false);
        QVERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestContainersView)
#include "tst_containersview.moc"
