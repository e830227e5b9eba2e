// Registry credentials reaching a real registry (docker-registry 2.8 on 127.0.0.1, htpasswd) through
// the real engine: a labelled test image pushed with the right credentials and refused with none
// or wrong ones; pulls with config.json's auths; builds from a private base image through the
// app's BuildRunner with credentials from a temporary DOCKER_CONFIG (auths and a credHelpers
// helper), failing clearly without them; and a registry without authentication, which needs
// no credentials at all. Nothing secret reaches the Docker Commands records or the log.
#include "api/dockerapi.h"
#include "api/imageprogress.h"
#include "api/imagesapi.h"
#include "build/buildrunner.h"
#include "engine/credentialhelperfixture.h"
#include "engine/engine.h"
#include "engine/registryfixture.h"
#include "engine/testengine.h"
#include "registry/registrycredentials.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace dx;
using namespace dx::test;

namespace {

QStringList *g_messages = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_messages)
        g_messages->append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// A repository path component from the run id: lower case letters, digits and '-'.
QString repositoryPart(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower())
        out += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'-';
    return out;
}

struct StreamOutcome
{
    ApiError error;
    QString digest;

    bool ok() const { return error.isNone(); }
    QString message() const { return error.message; }
};

} // namespace

class TestRegistryPull final : public QObject
{
    Q_OBJECT

private:
    Engine m_engine;
    DockerApi m_api{&m_engine};
    const QString m_user = QStringLiteral("dxuser");
    const QString m_password = QStringLiteral("pw:") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    std::unique_ptr<RegistryFixture> m_secured;
    std::unique_ptr<RegistryFixture> m_open;
    QTemporaryDir m_work;
    QString m_repository;  // dxtest-<run>
    QString m_privateBase; // on the secured registry
    QString m_openBase;    // on the open registry
    QStringList m_tags;    // every local name the test gave an image
    QByteArray m_savedConfig;
    QByteArray m_savedPath;
    QList<CommandRecord> m_records;
    QStringList m_messages;
    int m_builds = 0;

    QString dir(const QString &name) const
    {
        QDir(m_work.path()).mkpath(name);
        return m_work.filePath(name);
    }

    // A DOCKER_CONFIG folder whose config.json is `json`.
    QString configDir(const QString &name, const QByteArray &json) const
    {
        const QString path = dir(name);
        QFile file(path + QStringLiteral("/config.json"));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(json);
        return path;
    }

    QByteArray authsConfig(const QString &password) const
    {
        const QByteArray auth = (m_user + QLatin1Char(':') + password).toUtf8().toBase64();
        return "{\"auths\":{\"" + m_secured->host().toUtf8() + "\":{\"auth\":\"" + auth + "\"}}}";
    }

    template<typename T>
    ApiResult<T> wait(const ApiCall<T> &call)
    {
        ApiResult<T> result;
        bool done = false;
        call.then(this, [&](const ApiResult<T> &r) {
            result = r;
            done = true;
        });
        QElapsedTimer timer;
        timer.start();
        while (!done && timer.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return result;
    }

    StreamOutcome runStream(EngineReply *reply)
    {
        StreamOutcome outcome;
        ImageProgressDecoder decoder;
        bool done = false;
        connect(reply, &EngineReply::dataReceived, this, [&](const QByteArray &chunk) { decoder.feed(chunk); });
        connect(reply, &EngineReply::finished, this, [&](const EngineResponse &r) {
            decoder.finish();
            outcome.error = decoder.outcome(r);
            done = true;
        });
        QElapsedTimer timer;
        timer.start();
        while (!done && timer.elapsed() < 300000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!done) {
            reply->abort();
            outcome.error.kind = ApiError::Kind::Transport;
            outcome.error.message = QStringLiteral("test timeout");
        }
        outcome.digest = decoder.digest();
        return outcome;
    }

    StreamOutcome pull(const QString &reference, const RegistryAuth &auth)
    {
        return runStream(m_api.images().pull(reference, auth));
    }

    StreamOutcome push(const QString &reference, const RegistryAuth &auth)
    {
        return runStream(m_api.images().push(reference, auth));
    }

    RegistryAuth credentials(const QString &password) const
    {
        RegistryAuth auth;
        auth.serverAddress = m_secured->host();
        auth.username = m_user;
        auth.password = password;
        return auth;
    }

    bool exists(const QString &reference)
    {
        return wait(m_api.images().inspect(reference)).ok();
    }

    QString labelOf(const QString &reference)
    {
        return wait(m_api.images().inspect(reference)).value.labels.value(runLabelKey());
    }

    // Removes the local name only (the image goes with its last name); true when it is gone.
    bool untag(const QString &reference)
    {
        if (exists(reference))
            wait(m_api.images().remove(reference));
        return !exists(reference);
    }

    // Builds `dockerfile` through the app's BuildRunner, as the Build view does.
    BuildResult build(const QByteArray &dockerfile, BuildOptions::Builder builder = BuildOptions::Builder::Classic,
                      QStringList *notes = nullptr, QStringList *lines = nullptr)
    {
        const QString context = dir(QStringLiteral("context%1").arg(++m_builds));
        QFile file(context + QStringLiteral("/Dockerfile"));
        if (file.open(QIODevice::WriteOnly))
            file.write(dockerfile);
        file.close();
        BuildOptions options;
        options.contextDir = context;
        options.labels = {{runLabelKey(), runId()}};
        options.builder = builder;
        const QString tag = m_repository + QStringLiteral("/built:%1").arg(m_builds);
        options.tags = {tag};
        m_tags.append(tag);
        BuildRunner runner(&m_api, options);
        QSignalSpy ended(&runner, &Job::ended);
        QSignalSpy noted(&runner, &BuildRunner::noteAdded);
        if (lines) {
            connect(&runner, &BuildRunner::eventsReceived, this, [lines](const QList<BuildEvent> &events) {
                for (const BuildEvent &e : events)
                    lines->append(e.line);
            });
        }
        m_api.trackJob(&runner);
        runner.start();
        if (!ended.wait(300000)) {
            BuildResult timeout;
            timeout.error = QStringLiteral("test timeout");
            return timeout;
        }
        if (notes) {
            for (const QList<QVariant> &n : std::as_const(noted))
                notes->append(n.first().toString());
        }
        return runner.buildResult();
    }

    QByteArray privateDockerfile() const
    {
        return "FROM " + m_privateBase.toUtf8() + "\nLABEL dx.test.registry=private-base\n";
    }

    void useConfig(const QString &path) { qputenv("DOCKER_CONFIG", path.toUtf8()); }

private slots:
    void initTestCase()
    {
        m_savedConfig = qgetenv("DOCKER_CONFIG");
        m_savedPath = qgetenv("PATH");
        m_messages.clear();
        g_messages = &m_messages;
        g_previousHandler = qInstallMessageHandler(captureMessage);
        connect(&m_api, &DockerApi::commandStarted, this, [this](const CommandRecord &r) { m_records.append(r); });
        connect(&m_api, &DockerApi::commandFinished, this, [this](const CommandRecord &r) { m_records.append(r); });

        m_engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_engine);
        DX_REQUIRE_REGISTRY_OR_SKIP(true);
        QVERIFY2(exists(baseImage()), qPrintable(baseImage() + QStringLiteral(" is missing (scripts/engine-up.sh makes it)")));

        m_secured = std::make_unique<RegistryFixture>(m_user, m_password);
        QVERIFY2(m_secured->start(), qPrintable(m_secured->error()));
        m_open = std::make_unique<RegistryFixture>();
        QVERIFY2(m_open->start(), qPrintable(m_open->error()));
        QCOMPARE(m_secured->probe(), 401);
        QCOMPARE(m_open->probe(), 200);

        // No credentials of the user's: every test says which config it uses.
        useConfig(dir(QStringLiteral("empty-config")));

        m_repository = QStringLiteral("dxtest-") + repositoryPart(runId());
        m_privateBase = m_secured->host() + QLatin1Char('/') + m_repository + QStringLiteral("/base:1");
        m_openBase = m_open->host() + QLatin1Char('/') + m_repository + QStringLiteral("/base:1");
        m_tags << m_privateBase << m_openBase;

        // The labelled test image, named for both registries, made from the offline base.
        QDir(m_work.path()).mkpath(QStringLiteral("base"));
        QFile file(m_work.filePath(QStringLiteral("base/Dockerfile")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        // A layer of its own (the run id in a file), so a pull of it downloads something.
        file.write("FROM " + baseImage().toUtf8() + "\nCOPY run-id /dx-run-id\nLABEL dx.test.registry=base\n");
        file.close();
        QFile runFile(m_work.filePath(QStringLiteral("base/run-id")));
        QVERIFY(runFile.open(QIODevice::WriteOnly));
        runFile.write(runId().toUtf8() + '\n');
        runFile.close();
        BuildOptions options;
        options.contextDir = m_work.filePath(QStringLiteral("base"));
        options.labels = {{runLabelKey(), runId()}};
        options.tags = {m_privateBase, m_openBase};
        options.builder = BuildOptions::Builder::Classic;
        BuildRunner runner(&m_api, options);
        QSignalSpy ended(&runner, &Job::ended);
        runner.start();
        QVERIFY(ended.wait(300000));
        QVERIFY2(runner.buildResult().ok, qPrintable(runner.buildResult().error));
        QCOMPARE(labelOf(m_privateBase), runId());

        // Into the secured registry, with the right credentials.
        const StreamOutcome pushed = push(m_privateBase, credentials(m_password));
        QVERIFY2(pushed.ok(), qPrintable(pushed.message()));
        QVERIFY2(pushed.digest.startsWith(QLatin1String("sha256:")), qPrintable(pushed.digest));
    }

    void cleanupTestCase()
    {
        for (const QString &tag : std::as_const(m_tags))
            untag(tag);
        // Whatever else carries this run's label (images built from the labelled base inherit it).
        QMap<QString, QStringList> filter{{QStringLiteral("label"), {runLabelKey() + QLatin1Char('=') + runId()}}};
        const ApiResult<QList<ImageSummary>> left = wait(m_api.images().list(false, filter));
        for (const ImageSummary &image : left.value)
            wait(m_api.images().remove(image.id, true));
        qInstallMessageHandler(g_previousHandler);
        g_messages = nullptr;
        if (m_savedConfig.isNull())
            qunsetenv("DOCKER_CONFIG");
        else
            qputenv("DOCKER_CONFIG", m_savedConfig);
        qputenv("PATH", m_savedPath);
        if (m_secured)
            m_secured->stop();
        if (m_open)
            m_open->stop();
        if (!left.value.isEmpty())
            QVERIFY(wait(m_api.images().list(false, filter)).value.isEmpty());
    }

    void pushWithoutTheRightCredentialsIsRefused()
    {
        // Docker reports these inside its 200 stream; the Docker Commands panel shows them failed.
        const StreamOutcome none = push(m_privateBase, {});
        QVERIFY(!none.ok());
        QVERIFY2(none.message().contains(QLatin1String("no basic auth credentials")), qPrintable(none.message()));
        const StreamOutcome wrong = push(m_privateBase, credentials(QStringLiteral("wrong")));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.message().contains(QLatin1String("unauthorized")), qPrintable(wrong.message()));
        QVERIFY2(wrong.message().contains(QLatin1String("docker login")), qPrintable(wrong.message()));
        QTRY_VERIFY(!m_records.isEmpty() && m_records.last().state == CommandRecord::State::Failed);
        QCOMPARE(m_records.last().cli, QStringLiteral("docker push ") + m_privateBase);
        QCOMPARE(m_records.last().message, wrong.message());
    }

    void pullWithWrongPasswordIsUnauthorized()
    {
        QVERIFY(untag(m_privateBase));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_CONFIG"), configDir(QStringLiteral("wrong-config"), authsConfig(QStringLiteral("wrong"))));
        QString error;
        const RegistryAuth auth = RegistryCredentials::load(env).forImage(m_privateBase, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(auth.password, QStringLiteral("wrong"));
        const StreamOutcome pulled = pull(m_privateBase, auth);
        QVERIFY(!pulled.ok());
        QVERIFY2(pulled.message().contains(QLatin1String("unauthorized")), qPrintable(pulled.message()));
        // With what to do about it.
        QVERIFY2(pulled.message().contains(QLatin1String("docker login")), qPrintable(pulled.message()));
        QVERIFY(!exists(m_privateBase));
    }

    void pullWithConfigAuths()
    {
        QVERIFY(untag(m_privateBase));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_CONFIG"), configDir(QStringLiteral("auths-config"), authsConfig(m_password)));
        QString error;
        const RegistryAuth auth = RegistryCredentials::load(env).forImage(m_privateBase, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const StreamOutcome pulled = pull(m_privateBase, auth);
        QVERIFY2(pulled.ok(), qPrintable(pulled.message()));
        QCOMPARE(labelOf(m_privateBase), runId());
        // The panel's line for it, with its outcome.
        const auto pullRecord = [this] {
            for (auto it = m_records.crbegin(); it != m_records.crend(); ++it) {
                if (it->cli == QStringLiteral("docker pull ") + m_privateBase)
                    return *it;
            }
            return CommandRecord();
        };
        QTRY_COMPARE(pullRecord().state, CommandRecord::State::Done);
    }

    void buildFromPrivateBaseWithConfigAuths()
    {
        // The build must pull it, its own layer included: no tag of the image may stay behind.
        QVERIFY(untag(m_privateBase));
        QVERIFY(untag(m_openBase));
        useConfig(configDir(QStringLiteral("auths-config"), authsConfig(m_password)));
        QStringList notes;
        QStringList lines;
        const BuildResult result = build(privateDockerfile(), BuildOptions::Builder::Classic, &notes, &lines);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(notes.isEmpty());
        QVERIFY(exists(m_privateBase));
        // The base image's pull shows in the build's output as `docker build` prints it: a line
        // per layer and status, ending in "Pull complete" for each layer fetched.
        const QStringList complete = lines.filter(QRegularExpression(QStringLiteral("^[0-9a-f]{12}: Pull complete$")));
        QVERIFY2(!complete.isEmpty(), qPrintable(lines.join(u'\n')));
        QVERIFY2(!lines.filter(QRegularExpression(QStringLiteral("^[0-9a-f]{12}: (Downloading|Pulling fs layer)"))).isEmpty(),
                 qPrintable(lines.join(u'\n')));
        QCOMPARE(labelOf(m_repository + QStringLiteral("/built:%1").arg(m_builds)), runId());
        // The open registry's tests push the same image under its name.
        QVERIFY(wait(m_api.images().tag(m_privateBase, m_openBase)).ok());
    }

    void buildFromPrivateBaseFailsWithoutCredentials()
    {
        QVERIFY(untag(m_privateBase));
        useConfig(dir(QStringLiteral("empty-config")));
        const BuildResult result = build(privateDockerfile());
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("no basic auth credentials")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("docker login")), qPrintable(result.error));
        QVERIFY(!exists(m_privateBase));

        // Wrong ones are refused as such.
        useConfig(configDir(QStringLiteral("wrong-config"), authsConfig(QStringLiteral("wrong"))));
        const BuildResult wrong = build(privateDockerfile());
        QVERIFY(!wrong.ok);
        QVERIFY2(wrong.error.contains(QLatin1String("unauthorized")), qPrintable(wrong.error));
    }

    void buildFromPrivateBaseThroughCredentialHelper()
    {
        QVERIFY(untag(m_privateBase));
        const QString helpers = dir(QStringLiteral("helpers"));
        QVERIFY(writeCredentialHelper(helpers, QStringLiteral("dxtest"), {{m_secured->host(), m_user, m_password}}));
        qputenv("PATH", helpers.toUtf8() + ':' + m_savedPath);
        // The file's entry is stale: the registry's own helper must be the one asked.
        useConfig(configDir(QStringLiteral("helper-config"),
                            "{\"auths\":{\"" + m_secured->host().toUtf8() + "\":{\"auth\":\"" + QByteArray("dxuser:stale").toBase64()
                                + "\"}},\"credHelpers\":{\"" + m_secured->host().toUtf8() + "\":\"dxtest\"}}"));
        QStringList notes;
        const BuildResult result = build(privateDockerfile(), BuildOptions::Builder::Classic, &notes);
        qputenv("PATH", m_savedPath);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n')));
        QCOMPARE(credentialHelperStdin(helpers, QStringLiteral("dxtest"), QStringLiteral("get")), m_secured->host().toUtf8());
        QVERIFY(exists(m_privateBase));

        // The helper gone: the build says which helper is missing, and fails as unauthenticated.
        QVERIFY(untag(m_privateBase));
        notes.clear();
        const BuildResult missing = build(privateDockerfile(), BuildOptions::Builder::Classic, &notes);
        QVERIFY(!missing.ok);
        // Not the file's stale entry either: the registry's credentials belong to its helper.
        QVERIFY2(missing.error.contains(QLatin1String("no basic auth credentials")), qPrintable(missing.error));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(QLatin1String("docker-credential-dxtest")), qPrintable(notes.first()));
        QVERIFY(missing.note.contains(QLatin1String("docker-credential-dxtest")));
    }

    void buildKitFallsBackToSendTheCredentials()
    {
        if (m_engine.info().podman)
            QSKIP("Podman builds with buildah; there is no BuildKit to fall back from");
        // Docker 20.10's BuildKit asks its client session for registry credentials; without one
        // the build falls back to the classic builder, which takes X-Registry-Config.
        QVERIFY(untag(m_privateBase));
        useConfig(configDir(QStringLiteral("auths-config"), authsConfig(m_password)));
        QStringList notes;
        const BuildResult result = build(privateDockerfile(), BuildOptions::Builder::BuildKit, &notes);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.buildKit);
        QCOMPARE(notes.size(), 1);
        QVERIFY(exists(m_privateBase));
    }

    void openRegistryNeedsNoCredentials()
    {
        useConfig(dir(QStringLiteral("empty-config")));
        const StreamOutcome pushed = push(m_openBase, {});
        QVERIFY2(pushed.ok(), qPrintable(pushed.message()));
        QVERIFY(pushed.digest.startsWith(QLatin1String("sha256:")));
        QVERIFY(untag(m_openBase));
        QString error;
        const RegistryAuth none = RegistryCredentials::load().forImage(m_openBase, &error);
        QVERIFY(!none.hasCredentials());
        QVERIFY(error.isEmpty());
        const StreamOutcome pulled = pull(m_openBase, none);
        QVERIFY2(pulled.ok(), qPrintable(pulled.message()));
        QCOMPARE(labelOf(m_openBase), runId());
        // And a build from it.
        QVERIFY(untag(m_openBase));
        const BuildResult built = build("FROM " + m_openBase.toUtf8() + "\nLABEL dx.test.registry=open-base\n");
        QVERIFY2(built.ok, qPrintable(built.error));
    }

    void secretsStayOutOfRecordsAndLogs()
    {
        QVERIFY(m_records.size() >= 10);
        const QByteArray encoded = (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
        const QString secret = m_password.mid(3); // the random part
        for (const CommandRecord &r : std::as_const(m_records)) {
            for (const QString &text : {r.cli, r.request, r.message, r.description}) {
                QVERIFY2(!text.contains(secret) && !text.contains(QString::fromLatin1(encoded))
                             && !text.contains(QLatin1String("X-Registry")),
                         qPrintable(text));
            }
        }
        for (const QString &message : std::as_const(m_messages))
            QVERIFY2(!message.contains(secret) && !message.contains(QString::fromLatin1(encoded)), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestRegistryPull)
#include "tst_registrypull.moc"
