// The containers' "More" actions against the real engine, through ContainerActions as the view
// calls them: a commit gives an image with one more layer (and the changes applied) that the
// image store lists; rename, with the engine's own refusal of a name in use; recreate on a
// newer image keeps the settings and the data of the named and the anonymous volume, and a
// failed recreate leaves the old container as it was; stop with a chosen timeout. Every step
// must be one `docker …` line of the Docker Commands panel with its outcome. Everything
// created carries dx.test.run and is removed.

#include "api/commandrecord.h"
#include "api/dockerapi.h"
#include "containers/containeractions.h"
#include "containers/containerlistmodel.h"
#include "containers/containerrecreator.h"
#include "containers/containerstore.h"
#include "engine/commandspy.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "images/imagestore.h"
#include "session/enginesession.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace dx;

class TestContainerMoreEngine final : public QObject
{
    Q_OBJECT

private:
    Engine *m_engine = nullptr;
    EngineSession *m_session = nullptr;
    ContainerActions *m_actions = nullptr;
    QSignalSpy *m_commands = nullptr;
    QStringList m_images;  // made by the tests, removed at the end
    QStringList m_volumes; // anonymous volumes a recreate named

    QString name(const char *what) const
    {
        return QStringLiteral("dxtest-%1-%2").arg(QLatin1String(what), test::runId()).toLower();
    }

    QJsonObject inspect(const QString &container)
    {
        return test::json(test::call(*m_engine, EngineRequest::get(QStringLiteral("/containers/") + container + QStringLiteral("/json"))))
            .toObject();
    }

    QString run(const QString &containerName, const QJsonObject &extra = {}, const QJsonObject &host = {})
    {
        QJsonObject body{{QStringLiteral("Image"), test::baseImage()},
                         {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sleep"), QStringLiteral("300")}},
                         {QStringLiteral("Labels"), test::runLabels()},
                         {QStringLiteral("HostConfig"), host}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("name"), containerName);
        const EngineResponse r = test::call(*m_engine, EngineRequest::post(QStringLiteral("/containers/create"), q,
                                                                          QJsonDocument(body).toJson()));
        if (!r.ok()) {
            qWarning() << "create failed" << r.message;
            return {};
        }
        const QString id = test::json(r).toObject().value(QLatin1String("Id")).toString();
        const EngineResponse started = test::call(*m_engine, EngineRequest::post(QStringLiteral("/containers/") + id + QStringLiteral("/start")));
        if (!started.ok())
            qWarning() << "start failed" << started.message;
        return id;
    }

    // The user's commands that ended, as the Docker Commands panel shows them.
    QList<CommandRecord> finished() const
    {
        return test::commandRecords(*m_commands);
    }

    bool hasCommand(const QString &cli, CommandRecord::State state) const
    {
        const QList<CommandRecord> list = finished();
        return std::any_of(list.cbegin(), list.cend(), [&](const CommandRecord &r) { return r.cli == cli && r.state == state; });
    }

private slots:
    void initTestCase()
    {
        m_engine = new Engine(this);
        m_engine->connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(*m_engine);
        m_session = new EngineSession(m_engine, this);
        m_actions = new ContainerActions(m_session->api(), m_session->containers(), this);
        m_commands = new QSignalSpy(m_session->api(), &DockerApi::commandFinished);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->containers()->isLoaded(), 10000);
    }

    void cleanupTestCase()
    {
        if (!m_engine || !m_engine->isConnected())
            return;
        test::removeLabelled(*m_engine);
        for (const QString &volume : std::as_const(m_volumes))
            test::call(*m_engine, EngineRequest::del(QStringLiteral("/volumes/") + volume));
        for (const QString &image : std::as_const(m_images)) {
            QUrlQuery force;
            force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
            test::call(*m_engine, EngineRequest::del(QStringLiteral("/images/") + image, force));
        }
    }

    void commitMakesAnImageWithTheNewLayer()
    {
        const QString container = name("commit");
        const QString id = run(container, {{QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"),
                                                                                QStringLiteral("echo v1 > /hello.txt; sleep 300")}}});
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(test::call(*m_engine, EngineRequest::get(QStringLiteral("/containers/") + id + QStringLiteral("/changes")))
                                     .body.contains("hello.txt"),
                                 10000);
        const QJsonObject base = test::json(test::call(*m_engine, EngineRequest::get(QStringLiteral("/images/") + test::baseImage() + QStringLiteral("/json")))).toObject();
        const int baseLayers = int(base.value(QLatin1String("RootFS")).toObject().value(QLatin1String("Layers")).toArray().size());
        QVERIFY(baseLayers > 0);

        CommitSpec spec;
        spec.container = container;
        spec.reference = name("committed") + QStringLiteral(":1");
        spec.comment = QStringLiteral("wrote hello.txt");
        spec.author = QStringLiteral("Test <test@example.com>");
        spec.changesText = QStringLiteral("CMD [\"cat\", \"/hello.txt\"]\nENV STAGE=committed\nLABEL %1=%2")
                               .arg(test::runLabelKey(), test::runId());
        QVERIFY(spec.problems().isEmpty());
        QSignalSpy committed(m_actions, &ContainerActions::committed);
        QSignalSpy failed(m_actions, &ContainerActions::failed);
        m_actions->commit(spec);
        QTRY_VERIFY_WITH_TIMEOUT(committed.count() + failed.count() == 1, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const QString imageId = committed.first().at(0).toString();
        m_images.append(imageId);
        QCOMPARE(committed.first().at(1).toString(), spec.reference);

        const QJsonObject image = test::json(test::call(*m_engine, EngineRequest::get(QStringLiteral("/images/") + imageId + QStringLiteral("/json")))).toObject();
        // The writable layer became one more layer on top of the image's.
        QCOMPARE(image.value(QLatin1String("RootFS")).toObject().value(QLatin1String("Layers")).toArray().size(), baseLayers + 1);
        QCOMPARE(image.value(QLatin1String("Comment")).toString(), spec.comment);
        QCOMPARE(image.value(QLatin1String("Author")).toString(), spec.author);
        QVERIFY(image.value(QLatin1String("RepoTags")).toArray().contains(spec.reference));
        const QJsonObject config = image.value(QLatin1String("Config")).toObject();
        QCOMPARE(config.value(QLatin1String("Cmd")).toArray(), (QJsonArray{QStringLiteral("cat"), QStringLiteral("/hello.txt")}));
        QVERIFY(config.value(QLatin1String("Env")).toArray().contains(QStringLiteral("STAGE=committed")));

        // The Images view's store lists it (from the engine's events), and the panel shows the command.
        QTRY_VERIFY_WITH_TIMEOUT(m_session->images()->find(imageId).has_value(), 10000);
        const QList<CommandRecord> records = finished();
        const auto it = std::find_if(records.cbegin(), records.cend(),
                                     [](const CommandRecord &r) { return r.cli.startsWith(QLatin1String("docker commit ")); });
        QVERIFY2(it != records.cend(), qPrintable(test::describeCommands(records)));
        QCOMPARE(it->state, CommandRecord::State::Done);
        QVERIFY2(it->cli.contains(QLatin1String("-m 'wrote hello.txt'")) && it->cli.endsWith(container + u' ' + spec.reference),
                 qPrintable(it->cli));
        QVERIFY(it->request.startsWith(QLatin1String("POST /commit")));
    }

    void renameAndTheEnginesRefusal()
    {
        const QString a = name("rename-a");
        const QString b = name("rename-b");
        const QString idA = run(a);
        const QString idB = run(b);
        QVERIFY(!idA.isEmpty() && !idB.isEmpty());
        QTRY_VERIFY(m_session->containers()->find(idA) && m_session->containers()->find(idB));
        QVERIFY(!m_actions->nameProblem(idA, b).isEmpty());              // in use
        QVERIFY(!m_actions->nameProblem(idA, QStringLiteral("x")).isEmpty()); // the engine wants two characters
        QVERIFY(!m_actions->nameProblem(idA, QStringLiteral("-x")).isEmpty());
        QVERIFY(m_actions->nameProblem(idA, a).isEmpty());               // its own name

        const QString renamedTo = name("renamed");
        QSignalSpy renamed(m_actions, &ContainerActions::renamed);
        m_actions->rename(idA, renamedTo);
        QTRY_COMPARE_WITH_TIMEOUT(renamed.count(), 1, 10000);
        QCOMPARE(inspect(idA).value(QLatin1String("Name")).toString(), u'/' + renamedTo);
        QVERIFY(hasCommand(QStringLiteral("docker rename %1 %2").arg(a, renamedTo), CommandRecord::State::Done));
        QTRY_COMPARE(m_session->containers()->find(idA)->name, renamedTo);

        // Past the dialog's check (a race): the engine refuses, and the message says why.
        QSignalSpy failed(m_actions, &ContainerActions::failed);
        m_actions->rename(idA, b);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("already in use")), qPrintable(failed.first().first().toString()));
        QVERIFY(hasCommand(QStringLiteral("docker rename %1 %2").arg(renamedTo, b), CommandRecord::State::Failed));
    }

    void recreateKeepsSettingsAndVolumes()
    {
        const QString container = name("recreate");
        const QString volume = name("recreate-data");
        QString error;
        test::createVolume(*m_engine, volume, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject host{{QStringLiteral("Binds"), QJsonArray{QString(volume + QStringLiteral(":/named"))}},
                               {QStringLiteral("RestartPolicy"), QJsonObject{{QStringLiteral("Name"), QStringLiteral("unless-stopped")}}}};
        const QJsonObject extra{{QStringLiteral("Env"), QJsonArray{QStringLiteral("MODE=x")}},
                                {QStringLiteral("Volumes"), QJsonObject{{QStringLiteral("/anon"), QJsonObject()}}},
                                {QStringLiteral("Labels"), QJsonObject{{test::runLabelKey(), test::runId()}, {QStringLiteral("team"), QStringLiteral("a")}}}};
        const QString oldId = run(container, extra, host);
        QVERIFY(!oldId.isEmpty());
        QString anon;
        for (const QJsonValue &m : inspect(oldId).value(QLatin1String("Mounts")).toArray()) {
            if (m[QLatin1String("Destination")].toString() == QLatin1String("/anon"))
                anon = m[QLatin1String("Name")].toString();
        }
        QVERIFY(!anon.isEmpty());
        m_volumes.append(anon);
        QCOMPARE(test::dockerCli({QStringLiteral("exec"), container, QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("echo named-data > /named/f && echo anon-data > /anon/f")}),
                 0);

        // "Version 1.2": the same files plus a new ENV, made by a commit.
        const QString newer = name("recreate-app") + QStringLiteral(":1.2");
        CommitSpec spec;
        spec.container = container;
        spec.reference = newer;
        spec.changesText = QStringLiteral("ENV VERSION=1.2\nLABEL %1=%2").arg(test::runLabelKey(), test::runId());
        QSignalSpy committed(m_actions, &ContainerActions::committed);
        m_actions->commit(spec);
        QTRY_COMPARE_WITH_TIMEOUT(committed.count(), 1, 60000);
        m_images.append(committed.first().first().toString());

        m_commands->clear();
        QSignalSpy recreated(m_actions, &ContainerActions::recreated);
        QSignalSpy failed(m_actions, &ContainerActions::failed);
        m_actions->recreate(oldId, newer, 1, true); // sleep as PID 1 ignores SIGTERM: killed after 1 s
        QTRY_VERIFY_WITH_TIMEOUT(recreated.count() + failed.count() == 1, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const QString newId = recreated.first().at(1).toString();
        QCOMPARE(recreated.first().at(2).toString(), container);
        QVERIFY(newId != oldId);

        const QJsonObject now = inspect(container);
        QCOMPARE(now.value(QLatin1String("Id")).toString(), newId);
        QCOMPARE(now.value(QLatin1String("Config")).toObject().value(QLatin1String("Image")).toString(), newer);
        QVERIFY(now.value(QLatin1String("State")).toObject().value(QLatin1String("Running")).toBool());
        const QJsonArray env = now.value(QLatin1String("Config")).toObject().value(QLatin1String("Env")).toArray();
        QVERIFY(env.contains(QStringLiteral("MODE=x")));
        QVERIFY(env.contains(QStringLiteral("VERSION=1.2"))); // the new image's own, not overwritten
        QCOMPARE(now.value(QLatin1String("Config")).toObject().value(QLatin1String("Labels")).toObject().value(QLatin1String("team")).toString(),
                 QStringLiteral("a"));
        QCOMPARE(now.value(QLatin1String("HostConfig")).toObject().value(QLatin1String("RestartPolicy")).toObject().value(QLatin1String("Name")).toString(),
                 QStringLiteral("unless-stopped"));
        QByteArray out;
        QCOMPARE(test::dockerCli({QStringLiteral("exec"), container, QStringLiteral("cat"), QStringLiteral("/named/f"), QStringLiteral("/anon/f")},
                                 {}, &out),
                 0);
        QCOMPARE(out, QByteArray("named-data\nanon-data\n"));
        QCOMPARE(test::call(*m_engine, EngineRequest::get(QStringLiteral("/containers/") + oldId + QStringLiteral("/json"))).status, 404);
        QCOMPARE(test::call(*m_engine, EngineRequest::get(QStringLiteral("/containers/") + ContainerRecreator::temporaryName(container)
                                                          + QStringLiteral("/json"))).status,
                 404);

        // Each step is its own command, with its outcome.
        const QString temp = ContainerRecreator::temporaryName(container);
        for (const QString &cli : {QStringLiteral("docker create --name %1 %2").arg(temp, newer),
                                   QStringLiteral("docker stop -t 1 %1").arg(container), QStringLiteral("docker start %1").arg(temp),
                                   QStringLiteral("docker rm %1").arg(container), QStringLiteral("docker rename %1 %2").arg(temp, container)})
            QVERIFY2(hasCommand(cli, CommandRecord::State::Done), qPrintable(cli + u'\n' + test::describeCommands(finished())));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->containers()->find(newId) && !m_session->containers()->find(oldId), 10000);
    }

    void failedRecreateKeepsTheOld()
    {
        const QString container = name("recreate-fail");
        const QString id = run(container);
        QVERIFY(!id.isEmpty());
        QSignalSpy recreated(m_actions, &ContainerActions::recreated);
        QSignalSpy failed(m_actions, &ContainerActions::failed);
        m_actions->recreate(id, name("no-such-image") + QStringLiteral(":0"), 1, true);
        QTRY_VERIFY_WITH_TIMEOUT(recreated.count() + failed.count() == 1, 30000);
        QCOMPARE(recreated.count(), 0);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("unchanged")), qPrintable(message));
        const QJsonObject still = inspect(container);
        QCOMPARE(still.value(QLatin1String("Id")).toString(), id);
        QVERIFY(still.value(QLatin1String("State")).toObject().value(QLatin1String("Running")).toBool());
        QTRY_VERIFY(m_session->containers()->model()->busyText(id).isEmpty());
    }

    void stopAfterAChosenTimeout()
    {
        const QString container = name("stopafter");
        const QString id = run(container);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(m_session->containers()->find(id));
        QSignalSpy done(m_actions, &ContainerActions::finished);
        QElapsedTimer timer;
        timer.start();
        m_actions->stopAfter({id}, 1);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        QVERIFY(done.first().at(2).toBool());
        QVERIFY2(timer.elapsed() >= 900 && timer.elapsed() < 9000, qPrintable(QString::number(timer.elapsed())));
        const QJsonObject state = inspect(id).value(QLatin1String("State")).toObject();
        // sleep as PID 1 has no handler for SIGTERM: killed when the second ran out.
        QCOMPARE(state.value(QLatin1String("ExitCode")).toInt(), 137);
        QVERIFY(exitCodeMeaning(137, state.value(QLatin1String("OOMKilled")).toBool()).contains(QLatin1String("stop")));
        QVERIFY(hasCommand(QStringLiteral("docker stop -t 1 %1").arg(container), CommandRecord::State::Done));
    }
};

QTEST_GUILESS_MAIN(TestContainerMoreEngine)
#include "tst_containermoreengine.moc"
