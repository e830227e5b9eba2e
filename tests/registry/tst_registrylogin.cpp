// Log in, push and log out through the app against the real engine and a real registry
// (docker-registry 2.8 with htpasswd on 127.0.0.1): a wrong password is refused and nothing is
// stored; the right one is stored as the docker CLI stores it (config.json in a DOCKER_CONFIG of
// the test's own, mode 0600, every other key kept; or through the configured credential
// helper); a push then uses it, layer by layer, from the Push dialog; after logging out the
// registry refuses the push. The password never shows in a command or a record.
#include "api/dockerapi.h"
#include "engine/credentialhelperfixture.h"
#include "engine/engine.h"
#include "engine/registryfixture.h"
#include "engine/testengine.h"
#include "images/pulldialog.h"
#include "images/pulljob.h"
#include "images/pulllayersmodel.h"
#include "images/registrydialog.h"
#include "images/registrylogin.h"
#include "registry/imagereference.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dx;
using namespace dx::test;

namespace {

QString repositoryPart(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower())
        out += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'-';
    return out;
}

} // namespace

class TestRegistryLogin final : public QObject
{
    Q_OBJECT

private:
    Engine m_engine;
    IconProvider m_icons;
    AppServices *m_services = nullptr;
    const QString m_user = QStringLiteral("dxuser");
    const QString m_password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    std::unique_ptr<RegistryFixture> m_registry;
    QTemporaryDir m_work;
    QString m_image;
    int m_layerCount = 0;
    QList<CommandRecord> m_records;
    QByteArray m_savedConfig;
    QByteArray m_savedPath;
    // The user's own settings beside the logins: a login must keep them.
    const QByteArray m_seed = "{\"psFormat\": \"table {{.Names}}\", \"auths\": {\"other.example:5000\": "
                              "{\"auth\": \"b3RoZXI6c2VjcmV0\"}}}";

    DockerApi *api() const { return m_services->session()->api(); }
    QString configPath() const { return m_work.filePath(QStringLiteral("config/config.json")); }

    QJsonObject configJson() const
    {
        QFile file(configPath());
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }

    void writeConfig(const QByteArray &json)
    {
        QDir(m_work.path()).mkpath(QStringLiteral("config"));
        QFile file(configPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
    }

    QJsonObject inspect(const QString &reference)
    {
        const EngineResponse r = call(m_engine, EngineRequest::get(QStringLiteral("/images/%1/json").arg(reference)));
        return r.ok() ? json(r).toObject() : QJsonObject();
    }

    bool runJob(Job *job, int timeoutMs = 300000)
    {
        QSignalSpy ended(job, &Job::ended);
        job->start();
        return ended.size() == 1 || ended.wait(timeoutMs);
    }

    CommandRecord lastRecord(const QString &cliStart) const
    {
        for (auto it = m_records.crbegin(); it != m_records.crend(); ++it) {
            if (it->cli.startsWith(cliStart))
                return *it;
        }
        return {};
    }

    void verifyNoSecretShown()
    {
        for (const CommandRecord &r : std::as_const(m_records)) {
            QVERIFY2(!r.cli.contains(m_password) && !r.message.contains(m_password) && !r.request.contains(m_password),
                     qPrintable(r.cli));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_savedConfig = qgetenv("DOCKER_CONFIG");
        m_savedPath = qgetenv("PATH");
        m_engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_engine);
        DX_REQUIRE_REGISTRY_OR_SKIP(true);
        m_services = new AppServices(&m_engine, &m_icons, this);
        connect(api(), &DockerApi::commandFinished, this, [this](const CommandRecord &r) { m_records.append(r); });
        QVERIFY2(!inspect(baseImage()).isEmpty(), qPrintable(baseImage() + QStringLiteral(" is missing (scripts/engine-up.sh makes it)")));
        // The logins of this test go to a folder of its own, never the user's.
        qputenv("DOCKER_CONFIG", QFile::encodeName(m_work.filePath(QStringLiteral("config"))));

        m_registry = std::make_unique<RegistryFixture>(m_user, m_password);
        QVERIFY2(m_registry->start(), qPrintable(m_registry->error()));
        m_image = m_registry->host() + QStringLiteral("/dxtest-") + repositoryPart(runId()) + QStringLiteral("/login:1");

        // One layer of random bytes on the base, labelled with the run.
        QDir(m_work.path()).mkpath(QStringLiteral("context"));
        QFile blob(m_work.filePath(QStringLiteral("context/blob")));
        QVERIFY(blob.open(QIODevice::WriteOnly));
        QByteArray bytes(2 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        blob.write(bytes);
        blob.close();
        const QByteArray dockerfile = "FROM " + baseImage().toUtf8() + "\nCOPY blob /blob\n";
        QCOMPARE(dockerCli({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("--label"),
                            runLabelKey() + QLatin1Char('=') + runId(), QStringLiteral("-t"), m_image, QStringLiteral("-f"),
                            QStringLiteral("-"), m_work.filePath(QStringLiteral("context"))},
                           dockerfile),
                 0);
        m_layerCount = int(inspect(m_image).value(QLatin1String("RootFS")).toObject().value(QLatin1String("Layers")).toArray().size());
        QVERIFY(m_layerCount >= 2);
    }

    void cleanupTestCase()
    {
        if (!m_services)
            return;
        verifyNoSecretShown();
        call(m_engine, EngineRequest::del(QStringLiteral("/images/") + m_image));
        removeLabelled(m_engine);
        if (m_savedConfig.isNull())
            qunsetenv("DOCKER_CONFIG");
        else
            qputenv("DOCKER_CONFIG", m_savedConfig);
        qputenv("PATH", m_savedPath);
    }

    void serverKeys_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("key");
        QTest::newRow("empty is Docker Hub") << "" << ImageReference::dockerHubAuthKey();
        QTest::newRow("docker.io") << "docker.io" << ImageReference::dockerHubAuthKey();
        QTest::newRow("hub URL") << "https://index.docker.io/v1/" << ImageReference::dockerHubAuthKey();
        QTest::newRow("host:port") << "127.0.0.1:5000" << "127.0.0.1:5000";
        QTest::newRow("URL of a host") << "https://Registry.Example:5000/v2/" << "registry.example:5000";
        QTest::newRow("with a path") << "ghcr.io/owner" << "ghcr.io";
    }

    void serverKeys()
    {
        QFETCH(QString, typed);
        QFETCH(QString, key);
        QCOMPARE(RegistryLoginJob::serverKey(typed), key);
    }

    void badFieldsAreNamedAndNothingIsSent()
    {
        QVERIFY(RegistryLoginJob::problem(QStringLiteral("not a host!"), m_user, m_password).contains(QLatin1String("is not a registry")));
        QVERIFY(RegistryLoginJob::problem(m_registry->host(), {}, m_password).contains(QLatin1String("user name")));
        QVERIFY(RegistryLoginJob::problem(m_registry->host(), QStringLiteral("a:b"), m_password).contains(QLatin1String("colon")));
        QVERIFY(RegistryLoginJob::problem(m_registry->host(), m_user, {}).contains(QLatin1String("password")));
        QSignalSpy started(api(), &DockerApi::commandStarted);
        RegistryLoginJob job(api(), QStringLiteral("not a host!"), m_user, m_password);
        QVERIFY(runJob(&job));
        QCOMPARE(job.state(), Job::State::Failed);
        QCOMPARE(job.failure(), RegistryLoginJob::Failure::Invalid);
        QCOMPARE(started.size(), 0);
    }

    void wrongPasswordIsRefusedAndNothingStored()
    {
        writeConfig(m_seed);
        RegistryLoginJob job(api(), m_registry->host(), m_user, QStringLiteral("wrong-password"));
        QVERIFY(runJob(&job));
        QCOMPARE(job.state(), Job::State::Failed);
        QVERIFY2(job.failure() == RegistryLoginJob::Failure::Unauthorized, qPrintable(job.errorString()));
        QVERIFY2(job.errorString().contains(QLatin1String("refused the user name or the password")), qPrintable(job.errorString()));
        QFile file(configPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_seed); // not touched
        const CommandRecord record = lastRecord(QStringLiteral("docker login"));
        QCOMPARE(record.cli, QStringLiteral("docker login -u %1 %2").arg(m_user, m_registry->host()));
        QCOMPARE(record.state, CommandRecord::State::Failed);
        QCOMPARE(record.request, QStringLiteral("POST /auth"));
    }

    void rightPasswordIsStoredAsTheCliStoresIt()
    {
        writeConfig(m_seed);
        RegistryLoginJob job(api(), m_registry->host(), m_user, m_password);
        QVERIFY(runJob(&job));
        QVERIFY2(job.state() == Job::State::Finished, qPrintable(job.errorString()));
        const QJsonObject config = configJson();
        QCOMPARE(config.value(QLatin1String("psFormat")).toString(), QStringLiteral("table {{.Names}}"));
        const QJsonObject auths = config.value(QLatin1String("auths")).toObject();
        QCOMPARE(auths.value(QLatin1String("other.example:5000")).toObject().value(QLatin1String("auth")).toString(),
                 QStringLiteral("b3RoZXI6c2VjcmV0"));
        QCOMPARE(auths.value(m_registry->host()).toObject().value(QLatin1String("auth")).toString(),
                 QString::fromLatin1((m_user + QLatin1Char(':') + m_password).toUtf8().toBase64()));
        // Readable by its owner only.
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(configPath()) & others, QFile::Permissions());
        QVERIFY(QFile::permissions(configPath()).testFlags(QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(lastRecord(QStringLiteral("docker login")).state, CommandRecord::State::Done);
        QVERIFY(loggedInRegistries().contains(m_registry->host()));
    }

    void pushDialogUsesTheLoginLayerByLayer()
    {
        PullDialog dialog(m_services);
        dialog.setOperation(PullJob::Operation::Push);
        dialog.show();
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("pushButton")));
        dialog.setReference(m_image);
        QCOMPARE(dialog.commandText(), QStringLiteral("docker push ") + m_image);
        QSignalSpy pushed(&dialog, &PullDialog::imagePushed);
        QVERIFY(dialog.startPull());
        QVERIFY(dialog.isPulling());
        QVERIFY(pushed.wait(300000));
        QCOMPARE(pushed.first().at(0).toString(), m_image);
        QVERIFY2(pushed.first().at(1).toString().startsWith(QLatin1String("sha256:")), qPrintable(pushed.first().at(1).toString()));
        PullLayersModel *layers = dialog.job()->layers();
        QCOMPARE(layers->rowCount(), m_layerCount);
        int sent = 0;
        for (const PullLayer &layer : layers->layers()) {
            QVERIFY2(layer.isDone(), qPrintable(layer.id + QLatin1String(": ") + layer.status));
            QVERIFY(layer.updates >= 2); // Preparing, ..., Pushed
            if (layer.status == QLatin1String("Pushed"))
                ++sent;
        }
        QVERIFY(sent >= 1); // our own layer went up
        QVERIFY2(dialog.overallText().startsWith(QStringLiteral("%1 of %1 layers complete").arg(m_layerCount)),
                 qPrintable(dialog.overallText()));
        QVERIFY2(dialog.messageText().contains(m_image), qPrintable(dialog.messageText()));
        QCOMPARE(lastRecord(QStringLiteral("docker push")).cli, QStringLiteral("docker push ") + m_image);
        QCOMPARE(lastRecord(QStringLiteral("docker push")).state, CommandRecord::State::Done);

        // Pushed again: the registry has every layer.
        std::unique_ptr<PullJob> again(PullJob::push(api(), m_image));
        QVERIFY(runJob(again.get()));
        QVERIFY2(again->state() == Job::State::Finished, qPrintable(again->errorString()));
        for (const PullLayer &layer : again->layers()->layers())
            QCOMPARE(layer.status, QStringLiteral("Layer already exists"));
    }

    void logoutForgetsAndThePushIsRefused()
    {
        QCOMPARE(registryLogout(m_registry->host()), QString());
        const QJsonObject auths = configJson().value(QLatin1String("auths")).toObject();
        QVERIFY(!auths.contains(m_registry->host()));
        QVERIFY(auths.contains(QLatin1String("other.example:5000")));
        QCOMPARE(configJson().value(QLatin1String("psFormat")).toString(), QStringLiteral("table {{.Names}}"));
        QVERIFY(!loggedInRegistries().contains(m_registry->host()));

        std::unique_ptr<PullJob> push(PullJob::push(api(), m_image));
        QVERIFY(runJob(push.get()));
        QCOMPARE(push->state(), Job::State::Failed);
        QCOMPARE(push->failure(), PullJob::Failure::Unauthorized);
        QVERIFY2(push->errorString().contains(QLatin1String("Registries")), qPrintable(push->errorString()));
        QCOMPARE(lastRecord(QStringLiteral("docker push")).state, CommandRecord::State::Failed);
    }

    void loginGoesToTheCredentialHelper()
    {
        const QString bin = m_work.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        // A helper that keeps what it is told (a real one keeps it in a keychain).
        const QByteArray stdinFile = QDir(bin).filePath(QStringLiteral("dxtest")).toUtf8() + ".$1.stdin";
        QVERIFY(writeCredentialHelperScript(bin, QStringLiteral("dxtest"),
                                            "input=$(cat)\nprintf '%s' \"$input\" > \"" + stdinFile + "\"\nexit 0\n"));
        qputenv("PATH", QFile::encodeName(bin) + ':' + m_savedPath);
        writeConfig("{\"credsStore\": \"dxtest\"}");

        RegistryLoginJob job(api(), m_registry->host(), m_user, m_password);
        QVERIFY(runJob(&job));
        QVERIFY2(job.state() == Job::State::Finished, qPrintable(job.errorString()));
        const QJsonObject stored = QJsonDocument::fromJson(credentialHelperStdin(bin, QStringLiteral("dxtest"), QStringLiteral("store"))).object();
        QCOMPARE(stored.value(QLatin1String("ServerURL")).toString(), m_registry->host());
        QCOMPARE(stored.value(QLatin1String("Username")).toString(), m_user);
        QCOMPARE(stored.value(QLatin1String("Secret")).toString(), m_password);
        // The file names the registry only: the secret is the helper's.
        const QJsonObject config = configJson();
        QCOMPARE(config.value(QLatin1String("credsStore")).toString(), QStringLiteral("dxtest"));
        QVERIFY(config.value(QLatin1String("auths")).toObject().contains(m_registry->host()));
        QVERIFY(config.value(QLatin1String("auths")).toObject().value(m_registry->host()).toObject().isEmpty());
        QFile file(configPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_password.toUtf8()));

        QCOMPARE(registryLogout(m_registry->host()), QString());
        QCOMPARE(credentialHelperStdin(bin, QStringLiteral("dxtest"), QStringLiteral("erase")), m_registry->host().toUtf8());
        QVERIFY(!configJson().value(QLatin1String("auths")).toObject().contains(m_registry->host()));
        qputenv("PATH", m_savedPath);
    }

    void registriesDialogLogsInAndOut()
    {
        writeConfig("{}");
        RegistryDialog dialog(m_services);
        dialog.show();
        QSignalSpy listed(&dialog, &RegistryDialog::loggedInChanged);
        QVERIFY(listed.size() > 0 || listed.wait(10000));
        QVERIFY(dialog.loggedIn().isEmpty());
        dialog.setServer(QStringLiteral("not a host!"));
        QVERIFY2(dialog.problemText().contains(QLatin1String("is not a registry")), qPrintable(dialog.problemText()));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("loginButton"))->isEnabled());

        dialog.setServer(m_registry->host());
        dialog.setUser(m_user);
        dialog.setPassword(m_password);
        QCOMPARE(dialog.problemText(), QString());
        QCOMPARE(dialog.commandText(), QStringLiteral("docker login -u %1 %2").arg(m_user, m_registry->host()));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("loginButton"))->isEnabled());
        QSignalSpy loggedIn(&dialog, &RegistryDialog::loginEnded);
        listed.clear();
        QVERIFY(dialog.logIn());
        QVERIFY(loggedIn.wait(60000));
        QCOMPARE(loggedIn.first().first().toBool(), true);
        QVERIFY2(dialog.messageText().contains(QLatin1String("Logged in to ")), qPrintable(dialog.messageText()));
        QTRY_VERIFY(dialog.loggedIn().contains(m_registry->host()));
        // Nothing of the secret stays in the dialog.
        for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            QVERIFY(!edit->text().contains(m_password));

        QSignalSpy loggedOut(&dialog, &RegistryDialog::logoutEnded);
        dialog.logOut(m_registry->host());
        QVERIFY(loggedOut.wait(30000));
        QCOMPARE(loggedOut.first().first().toBool(), true);
        QTRY_VERIFY(!dialog.loggedIn().contains(m_registry->host()));
        QVERIFY(!configJson().value(QLatin1String("auths")).toObject().contains(m_registry->host()));
    }

    void configThatIsNotJsonIsLeftAlone()
    {
        writeConfig("{ not json");
        RegistryLoginJob job(api(), m_registry->host(), m_user, m_password);
        QVERIFY(runJob(&job));
        QCOMPARE(job.state(), Job::State::Failed);
        QCOMPARE(job.failure(), RegistryLoginJob::Failure::Storage);
        QVERIFY2(job.errorString().contains(QLatin1String("is left as it is")), qPrintable(job.errorString()));
        QFile file(configPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ not json"));
    }
};

QTEST_MAIN(TestRegistryLogin)
#include "tst_registrylogin.moc"
