// Pull through the app (PullJob, its layers model, the Pull dialog, the Run dialog's "Pull and
// Run") against the real engine and real registries (docker-registry 2.8 on 127.0.0.1, open and
// with htpasswd): a labelled image with three layers of its own on top of the offline base is
// pushed, removed here, and pulled again, each layer seen with its progress; an unknown tag, a
// wrong password, an unreachable registry (refused, or a name that does not resolve) and a
// malformed reference each give their own message; a cancelled pull (a registry that accepts
// the connection and never answers) is a cancelled command in the Docker Commands panel, not a
// finished one.
#include "api/dockerapi.h"
#include "api/imageprogress.h"
#include "api/imagesapi.h"
#include "containers/rundialog.h"
#include "engine/engine.h"
#include "engine/registryfixture.h"
#include "engine/testengine.h"
#include "images/pulldialog.h"
#include "images/pulljob.h"
#include "images/pulllayersmodel.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dx;
using namespace dx::test;

namespace {

// A repository path component from the run id: lower case letters, digits and '-'.
QString repositoryPart(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower())
        out += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'-';
    return out;
}

// Every status each layer went through, in order, as the model showed them.
using StatusTrail = QMap<QString, QStringList>;

} // namespace

class TestPullDialog final : public QObject
{
    Q_OBJECT

private:
    Engine m_engine;
    IconProvider m_icons;
    AppServices *m_services = nullptr;
    const QString m_user = QStringLiteral("dxuser");
    const QString m_password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    std::unique_ptr<RegistryFixture> m_open;
    std::unique_ptr<RegistryFixture> m_secured;
    QTemporaryDir m_work;
    QString m_image;   // on the open registry
    QString m_private; // the same image on the secured one
    QStringList m_ownLayers; // the diff ids of the three layers on top of the base
    int m_layerCount = 0;
    QList<CommandRecord> m_finished;
    QByteArray m_savedConfig;

    DockerApi *api() const { return m_services->session()->api(); }

    QJsonObject inspect(const QString &reference)
    {
        const EngineResponse r = call(m_engine, EngineRequest::get(QStringLiteral("/images/%1/json").arg(reference)));
        return r.ok() ? json(r).toObject() : QJsonObject();
    }

    bool removeImage(const QString &reference)
    {
        call(m_engine, EngineRequest::del(QStringLiteral("/images/") + reference));
        return inspect(reference).isEmpty();
    }

    QString configDir(const QString &name, const QByteArray &json) const
    {
        QDir(m_work.path()).mkpath(name);
        QFile file(m_work.filePath(name + QStringLiteral("/config.json")));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(json);
        return m_work.filePath(name);
    }

    bool push(const QString &reference, const RegistryAuth &auth)
    {
        EngineReply *reply = api()->images().push(reference, auth, CallContext::internal());
        auto decoder = std::make_shared<ImageProgressDecoder>();
        ApiError error;
        bool done = false;
        connect(reply, &EngineReply::dataReceived, this, [decoder](const QByteArray &chunk) { decoder->feed(chunk); });
        connect(reply, &EngineReply::finished, this, [&, decoder](const EngineResponse &r) {
            decoder->finish();
            error = decoder->outcome(r);
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 300000))
            return false;
        if (!error.isNone())
            qWarning().noquote() << "push" << reference << error.message;
        return error.isNone();
    }

    // Runs the job to its end, every layer's statuses recorded as the model showed them.
    bool runJob(PullJob *job, StatusTrail *trail = nullptr, int timeoutMs = 300000)
    {
        PullLayersModel *model = job->layers();
        if (trail) {
            connect(model, &QAbstractItemModel::dataChanged, job, [model, trail](const QModelIndex &from) {
                const PullLayer layer = model->layerAt(from.row());
                QStringList &statuses = (*trail)[layer.id];
                if (statuses.isEmpty() || statuses.last() != layer.status)
                    statuses.append(layer.status);
            });
        }
        QSignalSpy ended(job, &Job::ended);
        job->start();
        return ended.size() == 1 || ended.wait(timeoutMs);
    }

    CommandRecord lastPullRecord(const QString &reference) const
    {
        for (auto it = m_finished.crbegin(); it != m_finished.crend(); ++it) {
            if (it->cli == QStringLiteral("docker pull ") + reference)
                return *it;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_savedConfig = qgetenv("DOCKER_CONFIG");
        m_engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_engine);
        DX_REQUIRE_REGISTRY_OR_SKIP(true);
        m_services = new AppServices(&m_engine, &m_icons, this);
        connect(api(), &DockerApi::commandFinished, this, [this](const CommandRecord &r) { m_finished.append(r); });
        QVERIFY2(!inspect(baseImage()).isEmpty(), qPrintable(baseImage() + QStringLiteral(" is missing (scripts/engine-up.sh makes it)")));
        // No credentials of the user's: each test says which config it uses.
        qputenv("DOCKER_CONFIG", configDir(QStringLiteral("empty-config"), "{}").toUtf8());

        m_open = std::make_unique<RegistryFixture>();
        QVERIFY2(m_open->start(), qPrintable(m_open->error()));
        m_secured = std::make_unique<RegistryFixture>(m_user, m_password);
        QVERIFY2(m_secured->start(), qPrintable(m_secured->error()));
        const QString repository = QStringLiteral("/dxtest-") + repositoryPart(runId()) + QStringLiteral("/pull:1");
        m_image = m_open->host() + repository;
        m_private = m_secured->host() + repository;

        // Three layers of random bytes (they compress to nothing less) on the base: downloaded
        // with progress; the base's layer is already here.
        QDir(m_work.path()).mkpath(QStringLiteral("context"));
        QByteArray dockerfile = "FROM " + baseImage().toUtf8() + "\n";
        for (int i = 1; i <= 3; ++i) {
            QFile blob(m_work.filePath(QStringLiteral("context/blob%1").arg(i)));
            QVERIFY(blob.open(QIODevice::WriteOnly));
            QByteArray bytes(i * 1024 * 1024, Qt::Uninitialized);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            blob.write(bytes);
            blob.close();
            dockerfile += "COPY blob" + QByteArray::number(i) + " /blob" + QByteArray::number(i) + "\n";
        }
        QCOMPARE(test::dockerCli({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("--label"),
                                  runLabelKey() + QLatin1Char('=') + runId(), QStringLiteral("-t"), m_image, QStringLiteral("-t"),
                                  m_private, QStringLiteral("-f"), QStringLiteral("-"), m_work.filePath(QStringLiteral("context"))},
                                 dockerfile),
                 0);
        const QJsonObject built = inspect(m_image);
        QCOMPARE(built.value(QLatin1String("Config")).toObject().value(QLatin1String("Labels")).toObject().value(runLabelKey()).toString(),
                 runId());
        const QJsonArray layers = built.value(QLatin1String("RootFS")).toObject().value(QLatin1String("Layers")).toArray();
        m_layerCount = int(layers.size());
        QVERIFY(m_layerCount >= 4);
        for (qsizetype i = layers.size() - 3; i < layers.size(); ++i)
            m_ownLayers.append(layers.at(i).toString());

        QVERIFY(push(m_image, {}));
        RegistryAuth auth;
        auth.serverAddress = m_secured->host();
        auth.username = m_user;
        auth.password = m_password;
        QVERIFY(push(m_private, auth));
        // Gone here, with its own layers: the pulls below must download them.
        QVERIFY(removeImage(m_private));
        QVERIFY(removeImage(m_image));
    }

    void cleanupTestCase()
    {
        if (!m_services)
            return;
        for (const QString &reference : {m_image, m_private})
            removeImage(reference);
        removeLabelled(m_engine);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("filters"), QStringLiteral("{\"label\":[\"%1=%2\"]}").arg(runLabelKey(), runId()));
        const QJsonArray left = json(call(m_engine, EngineRequest::get(QStringLiteral("/images/json"), q))).toArray();
        for (const QJsonValue &image : left) {
            QUrlQuery force;
            force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
            call(m_engine, EngineRequest::del(QStringLiteral("/images/") + image[QLatin1String("Id")].toString(), force));
        }
        if (m_savedConfig.isNull())
            qunsetenv("DOCKER_CONFIG");
        else
            qputenv("DOCKER_CONFIG", m_savedConfig);
    }

    void pullShowsEveryLayer()
    {
        QVERIFY(inspect(m_image).isEmpty());
        PullJob job(api(), m_image);
        QAbstractItemModelTester tester(job.layers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy progress(&job, &Job::progress);
        StatusTrail trail;
        QVERIFY(runJob(&job, &trail));
        QVERIFY2(job.state() == Job::State::Finished, qPrintable(job.errorString()));
        QVERIFY(job.digest().startsWith(QLatin1String("sha256:")));

        // One row per layer of the image, each seen with its progress.
        const QJsonObject pulled = inspect(m_image);
        QVERIFY(!pulled.isEmpty());
        QCOMPARE(pulled.value(QLatin1String("Config")).toObject().value(QLatin1String("Labels")).toObject().value(runLabelKey()).toString(),
                 runId());
        PullLayersModel *model = job.layers();
        QCOMPARE(model->rowCount(), m_layerCount);
        int downloaded = 0;
        for (const PullLayer &layer : model->layers()) {
            const QStringList statuses = trail.value(layer.id);
            QVERIFY2(layer.updates > 0, qPrintable(layer.id));
            QVERIFY(layer.isDone());
            if (layer.status == QLatin1String("Already exists"))
                continue;
            // A layer of our own: downloaded with bytes counted, extracted, complete.
            ++downloaded;
            QCOMPARE(layer.status, QStringLiteral("Pull complete"));
            QVERIFY2(statuses.contains(QStringLiteral("Downloading")) && statuses.contains(QStringLiteral("Extracting")),
                     qPrintable(layer.id + QLatin1String(": ") + statuses.join(QLatin1String(", "))));
            QVERIFY(statuses.indexOf(QStringLiteral("Downloading")) < statuses.indexOf(QStringLiteral("Extracting")));
            QVERIFY2(layer.size >= 1024 * 1024, qPrintable(QString::number(layer.size)));
        }
        QCOMPARE(downloaded, m_ownLayers.size());
        QCOMPARE(model->completeCount(), m_layerCount);
        QVERIFY(model->downloadedBytes() >= 6 * 1024 * 1024);
        // The whole pull counted up to its end.
        QVERIFY(progress.size() >= 2);
        QCOMPARE(job.done(), job.total());
        QCOMPARE(job.total(), qint64(m_layerCount) * 1000);
        QVERIFY(model->notes().join(u'\n').contains(QLatin1String("Digest: sha256:")));

        // The Docker Commands panel: exactly the command typed at the command line, done.
        QTRY_COMPARE(lastPullRecord(m_image).state, CommandRecord::State::Done);

        // DX_PULL_CAPTURE=FILE: the engine's stream of this pull, kept as test data for the
        // screenshot mode's picture of a pull (tests/registry/data/pull-stream.jsonl).
        const QString capture = qEnvironmentVariable("DX_PULL_CAPTURE");
        if (!capture.isEmpty()) {
            QVERIFY(removeImage(m_image));
            QFile out(capture);
            QVERIFY(out.open(QIODevice::WriteOnly));
            EngineReply *reply = api()->images().pull(m_image, {}, CallContext::internal());
            bool done = false;
            connect(reply, &EngineReply::dataReceived, this, [&out](const QByteArray &chunk) { out.write(chunk); });
            connect(reply, &EngineReply::finished, this, [&done] { done = true; });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 300000));
        }
    }

    void dialogPullsAndSaysSo()
    {
        QVERIFY(removeImage(m_image));
        PullDialog dialog(m_services);
        dialog.show();
        QSignalSpy pulled(&dialog, &PullDialog::imagePulled);
        dialog.setReference(m_image);
        QCOMPARE(dialog.commandText(), QStringLiteral("docker pull ") + m_image);
        QVERIFY(dialog.startPull());
        QVERIFY(dialog.isPulling());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("pullButton"))->isEnabled());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("cancelPullButton"))->isEnabled());
        QVERIFY(pulled.wait(300000));
        QCOMPARE(pulled.first().first().toString(), m_image);
        QCOMPARE(dialog.layersView()->model()->rowCount(), m_layerCount);
        QVERIFY2(dialog.overallText().startsWith(QStringLiteral("%1 of %1 layers complete").arg(m_layerCount)),
                 qPrintable(dialog.overallText()));
        QVERIFY2(dialog.messageText().contains(m_image), qPrintable(dialog.messageText()));
        QVERIFY(!inspect(m_image).isEmpty());
    }

    void dialogChecksTheReference_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("says");
        QTest::newRow("upper case") << "Alpine:3" << "" << "lower case";
        QTest::newRow("space") << "alpine 3" << "" << "space";
        QTest::newRow("two tags") << "alpine:3:19" << "" << "is not an image reference";
        QTest::newRow("platform") << "alpine:3" << "Linux AMD64" << "is not a platform";
    }

    void dialogChecksTheReference()
    {
        QFETCH(QString, reference);
        QFETCH(QString, platform);
        QFETCH(QString, says);
        PullDialog dialog(m_services);
        dialog.setReference(reference);
        dialog.setPlatform(platform);
        QVERIFY2(dialog.problemText().contains(says), qPrintable(dialog.problemText()));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("pullButton"))->isEnabled());
        // Nothing reaches the engine.
        QSignalSpy started(api(), &DockerApi::commandStarted);
        QVERIFY(!dialog.startPull());
        PullJob job(api(), reference, platform);
        QVERIFY(runJob(&job));
        QCOMPARE(job.state(), Job::State::Failed);
        QCOMPARE(job.failure(), PullJob::Failure::InvalidReference);
        QVERIFY2(job.errorString().contains(says), qPrintable(job.errorString()));
        QTest::qWait(50);
        for (const QList<QVariant> &record : std::as_const(started))
            QVERIFY(!record.first().value<CommandRecord>().cli.startsWith(QLatin1String("docker pull")));
    }

    void unknownTagIsNotFound()
    {
        const QString unknown = m_image.section(QLatin1Char(':'), 0, -2) + QStringLiteral(":no-such-tag");
        PullJob job(api(), unknown);
        QVERIFY(runJob(&job));
        QCOMPARE(job.state(), Job::State::Failed);
        QCOMPARE(job.failure(), PullJob::Failure::NotFound);
        QVERIFY2(job.errorString().startsWith(unknown + QStringLiteral(" was not found")), qPrintable(job.errorString()));
        QVERIFY2(job.errorString().contains(QLatin1String("manifest unknown")), qPrintable(job.errorString()));
        QTRY_COMPARE(lastPullRecord(unknown).state, CommandRecord::State::Failed);
    }

    void wrongPasswordIsUnauthorized()
    {
        const QByteArray auth = (m_user + QStringLiteral(":wrong")).toUtf8().toBase64();
        qputenv("DOCKER_CONFIG", configDir(QStringLiteral("wrong-config"),
                                           "{\"auths\":{\"" + m_secured->host().toUtf8() + "\":{\"auth\":\"" + auth + "\"}}}")
                                     .toUtf8());
        PullJob job(api(), m_private);
        QVERIFY(runJob(&job));
        qputenv("DOCKER_CONFIG", m_work.filePath(QStringLiteral("empty-config")).toUtf8());
        QCOMPARE(job.state(), Job::State::Failed);
        QCOMPARE(job.failure(), PullJob::Failure::Unauthorized);
        QVERIFY2(job.errorString().startsWith(QStringLiteral("The registry refused to hand out ") + m_private),
                 qPrintable(job.errorString()));
        QVERIFY2(job.errorString().contains(QLatin1String("docker login")), qPrintable(job.errorString()));
        QVERIFY(inspect(m_private).isEmpty());
        QTRY_COMPARE(lastPullRecord(m_private).state, CommandRecord::State::Failed);

        // The right one, from the same place the docker CLI reads it.
        const QByteArray right = (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
        qputenv("DOCKER_CONFIG", configDir(QStringLiteral("right-config"),
                                           "{\"auths\":{\"" + m_secured->host().toUtf8() + "\":{\"auth\":\"" + right + "\"}}}")
                                     .toUtf8());
        PullJob good(api(), m_private);
        QVERIFY(runJob(&good));
        qputenv("DOCKER_CONFIG", m_work.filePath(QStringLiteral("empty-config")).toUtf8());
        QVERIFY2(good.state() == Job::State::Finished, qPrintable(good.errorString()));
        QVERIFY(!inspect(m_private).isEmpty());
    }

    void unreachableRegistryIsNoNetwork_data()
    {
        QTest::addColumn<bool>("dns");
        QTest::addColumn<QString>("engineSays");
        // A port nobody listens on: the engine's dial is refused, as without a network.
        QTest::newRow("refused") << false << "connection refused";
        // A registry name that does not resolve (.invalid never does), as without DNS.
        QTest::newRow("dns") << true << "dx-no-such-host.invalid";
    }

    void unreachableRegistryIsNoNetwork()
    {
        QFETCH(bool, dns);
        QFETCH(QString, engineSays);
        QString reference = QStringLiteral("dx-no-such-host.invalid/dxtest/none:1");
        if (!dns) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            reference = QStringLiteral("127.0.0.1:%1/dxtest/none:1").arg(probe.serverPort());
        }
        PullJob job(api(), reference);
        QVERIFY(runJob(&job, nullptr, 120000));
        QCOMPARE(job.state(), Job::State::Failed);
        QCOMPARE(job.failure(), PullJob::Failure::NoNetwork);
        QVERIFY2(job.errorString().startsWith(QLatin1String("No internet")), qPrintable(job.errorString()));
        QVERIFY2(job.errorString().contains(QStringLiteral("Images → Load")), qPrintable(job.errorString()));
        QVERIFY2(job.errorString().contains(engineSays), qPrintable(job.errorString()));
        QTRY_COMPARE(lastPullRecord(reference).state, CommandRecord::State::Failed);
    }

    void cancelIsACancelledCommand()
    {
        // A registry that takes the connection and never answers: the pull waits until the
        // dialog's Cancel aborts the request.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held.append(s);
        });
        const QString reference = QStringLiteral("127.0.0.1:%1/dxtest/slow:1").arg(silent.serverPort());
        PullDialog dialog(m_services);
        dialog.show();
        dialog.setReference(reference);
        QVERIFY(dialog.startPull());
        // The request is with the engine, and the engine with the registry.
        QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 20000);
        QVERIFY(dialog.isPulling());
        QSignalSpy ended(dialog.job(), &Job::ended);
        dialog.findChild<QPushButton *>(QStringLiteral("cancelPullButton"))->click();
        QVERIFY(ended.size() == 1 || ended.wait(20000));
        QCOMPARE(dialog.job()->state(), Job::State::Cancelled);
        QCOMPARE(dialog.messageText(), QStringLiteral("The pull was cancelled."));
        QTRY_COMPARE(lastPullRecord(reference).state, CommandRecord::State::Cancelled);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("pullButton"))->isEnabled());
        qDeleteAll(held);
    }

    void runDialogPullsTheMissingImage()
    {
        // Under no name at all: a pull of an image the engine has under another name only tags it.
        QVERIFY(removeImage(m_image));
        QVERIFY(removeImage(m_private));
        RunDialog dialog(m_services);
        dialog.show();
        dialog.setLabels({{runLabelKey(), runId()}});
        RunSpec spec;
        spec.image = m_image;
        spec.command = QStringLiteral("sleep 60");
        dialog.setSpec(spec);
        QSignalSpy started(&dialog, &RunDialog::containerStarted);
        dialog.run();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.canPullAndRun(), 30000);
        QVERIFY2(dialog.errorText(RunSpec::Field::Image).contains(QLatin1String("Pull and Run")),
                 qPrintable(dialog.errorText(RunSpec::Field::Image)));
        dialog.pullAndRun();
        QVERIFY(dialog.pullDialog());
        QVERIFY(dialog.pullDialog()->isPulling());
        QVERIFY(started.wait(300000));
        // The pull dialog closed itself once the image was there, and the container runs it.
        QVERIFY(!dialog.pullDialog()->isVisible());
        QCOMPARE(dialog.pullDialog()->layersView()->model()->rowCount(), m_layerCount);
        const QJsonObject container =
            json(call(m_engine, EngineRequest::get(QStringLiteral("/containers/%1/json").arg(started.first().first().toString()))))
                .toObject();
        QCOMPARE(container.value(QLatin1String("Config")).toObject().value(QLatin1String("Image")).toString(), m_image);
        QTRY_COMPARE(lastPullRecord(m_image).state, CommandRecord::State::Done);
    }
};

QTEST_MAIN(TestPullDialog)
#include "tst_pulldialog.moc"
