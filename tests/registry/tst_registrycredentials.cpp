// Registry credentials as the docker CLI finds them: image references normalised to registry
// keys, config.json's auths (auth, username/password, identity tokens), credsStore and
// credHelpers answered by fake docker-credential-dxtest scripts first on PATH, and every
// failure (missing helper, non-zero exit, bad JSON, no answer) as a clear message.
#include "engine/credentialhelperfixture.h"
#include "registry/credentialhelper.h"
#include "registry/dockerconfigfile.h"
#include "registry/imagereference.h"
#include "registry/registryauth.h"
#include "registry/registrycredentials.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dx;
using namespace dx::test;

namespace {

QByteArray basicAuth(const QByteArray &user, const QByteArray &password)
{
    return QByteArray(user + ':' + password).toBase64();
}

QJsonObject decodeHeader(const QByteArray &value)
{
    const auto decoded = QByteArray::fromBase64Encoding(value, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? QJsonDocument::fromJson(*decoded).object() : QJsonObject();
}

} // namespace

class TestRegistryCredentials final : public QObject
{
    Q_OBJECT

private:
    // A config dir and a helper dir of the test's own, the helper dir first on PATH.
    struct Setup
    {
        QTemporaryDir config;
        QTemporaryDir helpers;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

        Setup()
        {
            env.insert(QStringLiteral("DOCKER_CONFIG"), config.path());
            env.insert(QStringLiteral("PATH"), helpers.path() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        }
        bool writeConfig(const QByteArray &json) const
        {
            QFile file(config.filePath(QStringLiteral("config.json")));
            return file.open(QIODevice::WriteOnly) && file.write(json) == json.size();
        }
        RegistryCredentials load(int helperTimeoutMs = 10000) const
        {
            RegistryCredentials c = RegistryCredentials::load(env);
            c.setHelperTimeoutMs(helperTimeoutMs);
            return c;
        }
    };

private slots:
    void imageReference_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("familiar");
        QTest::addColumn<QString>("key");
        const QString hub = ImageReference::dockerHubAuthKey();
        const QString digest = QStringLiteral("sha256:") + QString(64, u'a');
        QTest::newRow("official") << "busybox" << "docker.io" << "library/busybox" << "" << "" << "busybox" << hub;
        QTest::newRow("official tag") << "busybox:1.36" << "docker.io" << "library/busybox" << "1.36" << "" << "busybox" << hub;
        QTest::newRow("user") << "user/app:2" << "docker.io" << "user/app" << "2" << "" << "user/app" << hub;
        QTest::newRow("docker.io") << "docker.io/library/busybox" << "docker.io" << "library/busybox" << "" << "" << "busybox" << hub;
        QTest::newRow("index.docker.io") << "index.docker.io/user/app" << "docker.io" << "user/app" << "" << "" << "user/app" << hub;
        QTest::newRow("host:port") << "127.0.0.1:5000/a/b:1" << "127.0.0.1:5000" << "a/b" << "1" << ""
                                   << "127.0.0.1:5000/a/b" << "127.0.0.1:5000";
        QTest::newRow("host:port no tag") << "127.0.0.1:5000/b" << "127.0.0.1:5000" << "b" << "" << ""
                                          << "127.0.0.1:5000/b" << "127.0.0.1:5000";
        QTest::newRow("localhost") << "localhost/x" << "localhost" << "x" << "" << "" << "localhost/x" << "localhost";
        QTest::newRow("digest") << QStringLiteral("localhost:5000/x@") + digest << "localhost:5000" << "x" << "" << digest
                                << "localhost:5000/x" << "localhost:5000";
        QTest::newRow("tag and digest") << QStringLiteral("ghcr.io/o/r:v1@") + digest << "ghcr.io" << "o/r" << "v1" << digest
                                        << "ghcr.io/o/r" << "ghcr.io";
        QTest::newRow("dotted host") << "registry.example.com/team/app" << "registry.example.com" << "team/app" << "" << ""
                                     << "registry.example.com/team/app" << "registry.example.com";
        // A first component with upper case letters cannot be a repository path: a host.
        QTest::newRow("upper case host") << "MyHost/app" << "MyHost" << "app" << "" << "" << "MyHost/app" << "MyHost";
    }

    void imageReference()
    {
        QFETCH(QString, reference);
        const ImageReference r = ImageReference::parse(reference);
        QVERIFY(r.isValid());
        QTEST(r.domain, "domain");
        QTEST(r.path, "path");
        QTEST(r.tag, "tag");
        QTEST(r.digest, "digest");
        QTEST(r.familiarName(), "familiar");
        QTEST(r.authKey(), "key");
        QCOMPARE(ImageReference::check(reference), ImageReference::Problem::None);
    }

    void referenceCheck_data()
    {
        // What the engine would refuse with "invalid reference format", named before sending.
        QTest::addColumn<QString>("reference");
        QTest::addColumn<ImageReference::Problem>("problem");
        using P = ImageReference::Problem;
        QTest::newRow("plain") << "alpine" << P::None;
        QTest::newRow("separators") << "my_app.v2/some--thing__x:1.0-rc_1" << P::None;
        QTest::newRow("word tag") << "app:Latest_1" << P::None;
        QTest::newRow("empty") << "" << P::Empty;
        QTest::newRow("blank") << "   " << P::Empty;
        QTest::newRow("space inside") << "alpine latest" << P::Whitespace;
        QTest::newRow("trailing space") << "alpine " << P::Whitespace;
        QTest::newRow("upper case") << "Ubuntu:22.04" << P::UpperCase;
        QTest::newRow("upper case path") << "127.0.0.1:5000/Team/app" << P::UpperCase;
        QTest::newRow("two colons") << "alpine:3:19" << P::Malformed;
        QTest::newRow("empty tag") << "alpine:" << P::Malformed;
        QTest::newRow("tag starts with dot") << "alpine:.1" << P::Malformed;
        QTest::newRow("tag too long") << QStringLiteral("alpine:") + QString(129, u'a') << P::Malformed;
        QTest::newRow("short digest") << "alpine@sha256:abc" << P::Malformed;
        QTest::newRow("leading slash") << "/alpine" << P::Malformed;
        QTest::newRow("double slash") << "a//b" << P::Malformed;
        QTest::newRow("umlaut") << QStringLiteral("b\u00e4r") << P::Malformed;
        QTest::newRow("scheme") << "https://example.com/app" << P::Malformed;
        QTest::newRow("name too long") << QString(256, u'a') << P::TooLong;
    }

    void referenceCheck()
    {
        QFETCH(QString, reference);
        QTEST(ImageReference::check(reference), "problem");
    }

    void registryHostnames()
    {
        QCOMPARE(registryHostname(QStringLiteral("https://index.docker.io/v1/")), QStringLiteral("index.docker.io"));
        QCOMPARE(registryHostname(QStringLiteral("http://127.0.0.1:5000/v2/")), QStringLiteral("127.0.0.1:5000"));
        QCOMPARE(registryHostname(QStringLiteral("127.0.0.1:5000")), QStringLiteral("127.0.0.1:5000"));
        QVERIFY(!ImageReference::parse(QString()).isValid());
    }

    void headersAreBase64UrlJson()
    {
        RegistryAuth auth;
        auth.serverAddress = QStringLiteral("127.0.0.1:5000");
        auth.username = QStringLiteral("alice");
        auth.password = QStringLiteral("~~~>>>"); // the JSON's standard base64 holds '+'
        const QByteArray header = encodeRegistryAuth(auth);
        QVERIFY(QJsonDocument(auth.toJson()).toJson(QJsonDocument::Compact).toBase64().contains('+'));
        QVERIFY2(!header.contains('+') && !header.contains('/'), header.constData());
        const QJsonObject o = decodeHeader(header);
        QCOMPARE(o.value(QLatin1String("username")).toString(), auth.username);
        QCOMPARE(o.value(QLatin1String("password")).toString(), auth.password);
        QCOMPARE(o.value(QLatin1String("serveraddress")).toString(), auth.serverAddress);
        QVERIFY(!o.contains(QLatin1String("identitytoken")));
        // No credentials: {} (what the CLI sends to a registry that wants none).
        QCOMPARE(encodeRegistryAuth({}), QByteArray("e30="));

        RegistryAuth token;
        token.identityToken = QStringLiteral("tok");
        const QJsonObject config = decodeHeader(encodeRegistryConfig({{QStringLiteral("a:1"), auth}, {QStringLiteral("b"), token}}));
        QCOMPARE(config.size(), 2);
        QCOMPARE(config.value(QLatin1String("a:1")).toObject().value(QLatin1String("password")).toString(), auth.password);
        QCOMPARE(config.value(QLatin1String("b")).toObject().value(QLatin1String("identitytoken")).toString(), QStringLiteral("tok"));
    }

    void configAuths()
    {
        const QByteArray json = "{\"auths\":{"
                                "\"https://index.docker.io/v1/\":{\"auth\":\"" + basicAuth("hubuser", "pa:ss:word") + "\"},"
                                "\"127.0.0.1:5000\":{\"username\":\"alice\",\"password\":\"s3cret\"},"
                                "\"https://reg.example:443/v2/\":{\"auth\":\"" + basicAuth("bob", "pw") + "\"},"
                                "\"tokens.example\":{\"auth\":\"" + basicAuth("carol", "") + "\",\"identitytoken\":\"refresh-1\"},"
                                "\"broken.example\":{\"auth\":\"***not base64***\"},"
                                "\"nocolon.example\":{\"auth\":\"" + QByteArray("nocolon").toBase64() + "\"},"
                                "\"empty.example\":{}"
                                "},\"credHelpers\":{\"bad.example\":7},\"HttpHeaders\":{\"X\":\"y\"}}";
        DockerConfigFile config;
        QString error;
        QVERIFY2(DockerConfigFile::parse(json, &config, &error), qPrintable(error));
        // A bad entry is left out and named; the others are read.
        QCOMPARE(config.problems.size(), 3);
        QVERIFY(config.problems.join(u'\n').contains(QLatin1String("broken.example")));
        QVERIFY(config.problems.join(u'\n').contains(QLatin1String("nocolon.example")));
        QVERIFY(config.problems.join(u'\n').contains(QLatin1String("bad.example")));
        QVERIFY(config.credHelpers.isEmpty());

        const RegistryAuth hub = config.fileAuth(ImageReference::parse(QStringLiteral("busybox")).authKey());
        QCOMPARE(hub.username, QStringLiteral("hubuser"));
        QCOMPARE(hub.password, QStringLiteral("pa:ss:word")); // split at the first ':' only
        QCOMPARE(hub.serverAddress, ImageReference::dockerHubAuthKey());
        const RegistryAuth local = config.fileAuth(QStringLiteral("127.0.0.1:5000"));
        QCOMPARE(local.username, QStringLiteral("alice"));
        QCOMPARE(local.password, QStringLiteral("s3cret"));
        // A key written as a URL is found by its host, as the CLI's file store finds it.
        QCOMPARE(config.fileAuth(QStringLiteral("reg.example:443")).username, QStringLiteral("bob"));
        const RegistryAuth token = config.fileAuth(QStringLiteral("tokens.example"));
        QCOMPARE(token.identityToken, QStringLiteral("refresh-1"));
        QCOMPARE(token.username, QStringLiteral("carol"));
        QVERIFY(!config.fileAuth(QStringLiteral("empty.example")).hasCredentials());
        QVERIFY(!config.fileAuth(QStringLiteral("unknown.example")).hasCredentials());
        QVERIFY(config.helperFor(QStringLiteral("127.0.0.1:5000")).isEmpty());
    }

    void configThatIsNotJson()
    {
        DockerConfigFile config;
        QString error;
        QVERIFY(!DockerConfigFile::parse("{\"auths\": {", &config, &error));
        QVERIFY2(error.contains(QLatin1String("JSON")), qPrintable(error));
        QVERIFY(!DockerConfigFile::parse("[1]", &config, &error));
        QVERIFY(!error.isEmpty());

        Setup setup;
        QVERIFY(setup.writeConfig("{\"auths\": {"));
        const RegistryCredentials credentials = setup.load();
        QCOMPARE(credentials.problems().size(), 1);
        QVERIFY2(credentials.problems().first().contains(credentials.configPath()), qPrintable(credentials.problems().first()));
        QStringList errors;
        QVERIFY(credentials.all(&errors).isEmpty());
        QCOMPARE(errors, credentials.problems());
    }

    void loginEntriesKeepTheRestOfTheFile()
    {
        const QByteArray original = "{\"psFormat\": \"x\", \"credHelpers\": {\"gcr.io\": \"gcloud\"}, \"auths\": "
                                    "{\"https://127.0.0.1:5000/v1/\": {\"auth\": \"YTpi\"}, \"keep.example\": {}}}";
        RegistryAuth auth;
        auth.username = QStringLiteral("alice");
        auth.password = QStringLiteral("p:w");
        QByteArray out;
        QString error;
        QVERIFY2(DockerConfigFile::withEntry(original, QStringLiteral("r.example:5000"), &auth, false, &out, &error),
                 qPrintable(error));
        DockerConfigFile config;
        QVERIFY(DockerConfigFile::parse(out, &config, &error));
        QCOMPARE(config.fileAuth(QStringLiteral("r.example:5000")).password, QStringLiteral("p:w"));
        QCOMPARE(config.credHelpers.value(QStringLiteral("gcr.io")), QStringLiteral("gcloud"));
        QVERIFY(config.auths.contains(QStringLiteral("keep.example")));
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QLatin1String("psFormat")).toString(), QStringLiteral("x"));

        // With a helper the file only names the registry.
        QVERIFY(DockerConfigFile::withEntry(original, QStringLiteral("r.example:5000"), &auth, true, &out, &error));
        QVERIFY(QJsonDocument::fromJson(out).object().value(QLatin1String("auths")).toObject()
                    .value(QLatin1String("r.example:5000")).toObject().isEmpty());
        QVERIFY(!out.contains("p:w"));

        // Logging out of a host also takes out a key an older CLI wrote as a URL of it.
        QVERIFY(DockerConfigFile::withEntry(original, QStringLiteral("127.0.0.1:5000"), nullptr, false, &out, &error));
        QVERIFY(DockerConfigFile::parse(out, &config, &error));
        QCOMPARE(config.auths.keys(), QStringList{QStringLiteral("keep.example")});

        // No file yet; a file that is not an object is not overwritten.
        QVERIFY(DockerConfigFile::withEntry({}, QStringLiteral("a.example"), &auth, false, &out, &error));
        QVERIFY(DockerConfigFile::parse(out, &config, &error));
        QCOMPARE(config.fileAuth(QStringLiteral("a.example")).username, QStringLiteral("alice"));
        QVERIFY(!DockerConfigFile::withEntry("[1]", QStringLiteral("a.example"), &auth, false, &out, &error));
        QVERIFY(!DockerConfigFile::withEntry("{\"auths\": 3}", QStringLiteral("a.example"), &auth, false, &out, &error));
        QVERIFY2(error.contains(QLatin1String("auths")), qPrintable(error));
    }

    void storeAndEraseWriteTheFile()
    {
        Setup setup;
        QDir(setup.config.path()).removeRecursively(); // no folder yet: made, for the owner only
        RegistryCredentials credentials = setup.load();
        RegistryAuth auth;
        auth.serverAddress = QStringLiteral("r.example:5000");
        auth.username = QStringLiteral("bob");
        auth.password = QStringLiteral("secret");
        QString error;
        QVERIFY2(credentials.store(auth, &error), qPrintable(error));
        QCOMPARE(setup.load().forRegistry(QStringLiteral("r.example:5000")).password, QStringLiteral("secret"));
        QCOMPARE(setup.load().registries(), QStringList{QStringLiteral("r.example:5000")});
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(setup.config.filePath(QStringLiteral("config.json"))) & others, QFile::Permissions());
        QCOMPARE(QFile::permissions(setup.config.path()) & others, QFile::Permissions());
        QVERIFY2(credentials.erase(QStringLiteral("r.example:5000"), &error), qPrintable(error));
        QVERIFY(setup.load().registries().isEmpty());
        // Nothing stored, nothing to erase: no error.
        QVERIFY(credentials.erase(QStringLiteral("r.example:5000"), &error));
    }

    void missingConfigIsNoCredentials()
    {
        Setup setup; // DOCKER_CONFIG is an empty folder
        const RegistryCredentials credentials = setup.load();
        QVERIFY(credentials.problems().isEmpty());
        QString error;
        QVERIFY(!credentials.forImage(QStringLiteral("127.0.0.1:5000/a:1"), &error).hasCredentials());
        QVERIFY(error.isEmpty());
        QStringList errors;
        QVERIFY(credentials.all(&errors).isEmpty());
        QVERIFY(errors.isEmpty());
    }

    void configDirFollowsTheCli()
    {
        // DOCKER_CONFIG first, else ~/.docker.
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).mkdir(QStringLiteral(".docker")));
        QFile file(home.filePath(QStringLiteral(".docker/config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"auths\":{\"h:1\":{\"auth\":\"" + basicAuth("u", "p") + "\"}}}");
        file.close();
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), home.path());
        QCOMPARE(RegistryCredentials::load(env).configPath(), home.filePath(QStringLiteral(".docker/config.json")));
        QCOMPARE(RegistryCredentials::load(env).forRegistry(QStringLiteral("h:1")).password, QStringLiteral("p"));
        QTemporaryDir other;
        env.insert(QStringLiteral("DOCKER_CONFIG"), other.path());
        QCOMPARE(RegistryCredentials::load(env).configPath(), other.filePath(QStringLiteral("config.json")));
        QVERIFY(!RegistryCredentials::load(env).forRegistry(QStringLiteral("h:1")).hasCredentials());
    }

    void credHelperAnswers()
    {
        Setup setup;
        QVERIFY(writeCredentialHelper(setup.helpers.path(), QStringLiteral("dxtest"),
                                      {{QStringLiteral("127.0.0.1:5000"), QStringLiteral("alice"), QStringLiteral("s3cret")},
                                       {QStringLiteral("tokens.example"), QStringLiteral("<token>"), QStringLiteral("refresh-2")}}));
        // The file's own entry for a registry with a helper is not used: the helper answers.
        QVERIFY(setup.writeConfig("{\"auths\":{\"127.0.0.1:5000\":{\"auth\":\"" + basicAuth("stale", "old") + "\"}},"
                                  "\"credHelpers\":{\"127.0.0.1:5000\":\"dxtest\",\"tokens.example\":\"dxtest\","
                                  "\"unknown.example\":\"dxtest\"}}"));
        const RegistryCredentials credentials = setup.load();
        QString error;
        const RegistryAuth auth = credentials.forImage(QStringLiteral("127.0.0.1:5000/team/app:1"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(auth.username, QStringLiteral("alice"));
        QCOMPARE(auth.password, QStringLiteral("s3cret"));
        QCOMPARE(auth.serverAddress, QStringLiteral("127.0.0.1:5000"));
        // The server address on stdin, as the CLI writes it: no newline.
        QCOMPARE(credentialHelperStdin(setup.helpers.path(), QStringLiteral("dxtest"), QStringLiteral("get")),
                 QByteArray("127.0.0.1:5000"));

        // "<token>" as the user name: the secret is an identity token.
        const RegistryAuth token = credentials.forRegistry(QStringLiteral("tokens.example"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(token.identityToken, QStringLiteral("refresh-2"));
        QVERIFY(token.username.isEmpty());
        QVERIFY(token.password.isEmpty());
        QCOMPARE(decodeHeader(encodeRegistryAuth(token)).value(QLatin1String("identitytoken")).toString(), QStringLiteral("refresh-2"));

        // "credentials not found in native keychain": nothing stored, not an error.
        QVERIFY(!credentials.forRegistry(QStringLiteral("unknown.example"), &error).hasCredentials());
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // Every helper registry, for a build; the file's stale entry is overridden.
        QStringList errors;
        const RegistryAuthMap all = credentials.all(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(all.keys(), (QStringList{QStringLiteral("127.0.0.1:5000"), QStringLiteral("tokens.example")}));
        QCOMPARE(all.value(QStringLiteral("127.0.0.1:5000")).password, QStringLiteral("s3cret"));
    }

    void credsStoreListsAndAnswers()
    {
        Setup setup;
        QVERIFY(writeCredentialHelper(setup.helpers.path(), QStringLiteral("dxstore"),
                                      {{QStringLiteral("https://index.docker.io/v1/"), QStringLiteral("hubuser"), QStringLiteral("hubpw")},
                                       {QStringLiteral("a.example"), QStringLiteral("a"), QStringLiteral("apw")}}));
        QVERIFY(writeCredentialHelper(setup.helpers.path(), QStringLiteral("dxtest"),
                                      {{QStringLiteral("a.example"), QStringLiteral("own"), QStringLiteral("ownpw")}}));
        // With a store, the file's auths only say who logged in (docker login writes {} there).
        QVERIFY(setup.writeConfig("{\"auths\":{\"a.example\":{},\"file.example\":{\"auth\":\"" + basicAuth("f", "fpw") + "\"}},"
                                  "\"credsStore\":\"dxstore\",\"credHelpers\":{\"a.example\":\"dxtest\"}}"));
        const RegistryCredentials credentials = setup.load();
        QString error;
        QCOMPARE(credentials.forImage(QStringLiteral("busybox"), &error).password, QStringLiteral("hubpw"));
        QCOMPARE(credentials.forImage(QStringLiteral("a.example/x"), &error).password, QStringLiteral("ownpw"));
        QVERIFY(!credentials.forImage(QStringLiteral("file.example/x"), &error).hasCredentials());
        QVERIFY(error.isEmpty());

        QStringList errors;
        const RegistryAuthMap all = credentials.all(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.value(ImageReference::dockerHubAuthKey()).username, QStringLiteral("hubuser"));
        QCOMPARE(all.value(QStringLiteral("a.example")).username, QStringLiteral("own")); // its own helper wins
    }

    void missingHelper()
    {
        Setup setup;
        QVERIFY(setup.writeConfig("{\"auths\":{\"ok.example\":{\"auth\":\"" + basicAuth("u", "p") + "\"}},"
                                  "\"credHelpers\":{\"127.0.0.1:5000\":\"dxmissing\"}}"));
        const RegistryCredentials credentials = setup.load();
        QString error;
        QVERIFY(!credentials.forImage(QStringLiteral("127.0.0.1:5000/a"), &error).hasCredentials());
        QVERIFY2(error.contains(QLatin1String("docker-credential-dxmissing")) && error.contains(QLatin1String("not installed")),
                 qPrintable(error));
        QVERIFY(error.contains(QLatin1String("127.0.0.1:5000")));
        // The other registries are still sent.
        QStringList errors;
        const RegistryAuthMap all = credentials.all(&errors);
        QCOMPARE(all.keys(), QStringList{QStringLiteral("ok.example")});
        QCOMPARE(errors, QStringList{error});
        // A store that is not installed: nothing from it, and why.
        QVERIFY(setup.writeConfig("{\"credsStore\":\"dxmissing\"}"));
        QVERIFY(setup.load().all(&errors).isEmpty());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QLatin1String("docker-credential-dxmissing")), qPrintable(errors.first()));
        // A name that is a path is refused rather than run.
        QVERIFY(setup.writeConfig("{\"credHelpers\":{\"h\":\"../../bin/sh\"}}"));
        setup.load().forRegistry(QStringLiteral("h"), &error);
        QVERIFY2(error.contains(QLatin1String("not the name of a credential helper")), qPrintable(error));
    }

    void helperFailures_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("bad JSON") << QByteArray("cat >/dev/null\nprintf '{\"Username\":\"u\",\"Secret\":\"topsecret-1\"'\n")
                                  << QStringList{QStringLiteral("docker-credential-dxtest"), QStringLiteral("not credentials")};
        QTest::newRow("not an object") << QByteArray("cat >/dev/null\necho '[\"topsecret-1\"]'\n")
                                       << QStringList{QStringLiteral("not credentials"), QStringLiteral("not a JSON object")};
        QTest::newRow("wrong types") << QByteArray("cat >/dev/null\necho '{\"Username\":1,\"Secret\":\"topsecret-1\"}'\n")
                                     << QStringList{QStringLiteral("must be strings")};
        QTest::newRow("exit code") << QByteArray("cat >/dev/null\necho 'keyring is locked'\nexit 3\n")
                                   << QStringList{QStringLiteral("exit code 3"), QStringLiteral("keyring is locked")};
        QTest::newRow("stderr") << QByteArray("cat >/dev/null\necho 'gpg: decryption failed' >&2\nexit 1\n")
                                << QStringList{QStringLiteral("exit code 1"), QStringLiteral("gpg: decryption failed")};
    }

    void helperFailures()
    {
        QFETCH(QByteArray, script);
        QFETCH(QStringList, mentions);
        Setup setup;
        QVERIFY(writeCredentialHelperScript(setup.helpers.path(), QStringLiteral("dxtest"), script));
        QVERIFY(setup.writeConfig("{\"credHelpers\":{\"127.0.0.1:5000\":\"dxtest\"}}"));
        QString error;
        QVERIFY(!setup.load().forImage(QStringLiteral("127.0.0.1:5000/a"), &error).hasCredentials());
        for (const QString &m : mentions)
            QVERIFY2(error.contains(m), qPrintable(error));
        // What a broken answer held never reaches the message: it may be the secret.
        QVERIFY2(!error.contains(QLatin1String("topsecret")), qPrintable(error));
    }

    void helperThatDoesNotAnswer()
    {
        Setup setup;
        QVERIFY(writeCredentialHelperScript(setup.helpers.path(), QStringLiteral("dxtest"), "exec sleep 30\n"));
        QVERIFY(setup.writeConfig("{\"credHelpers\":{\"127.0.0.1:5000\":\"dxtest\"}}"));
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(!setup.load(500).forImage(QStringLiteral("127.0.0.1:5000/a"), &error).hasCredentials());
        QVERIFY2(error.contains(QLatin1String("did not answer within 0.5 s")), qPrintable(error));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void helperOutputParsers()
    {
        RegistryAuth auth;
        QString error;
        QCOMPARE(CredentialHelper::parseGet("{\"ServerURL\":\"h\",\"Username\":\"u\",\"Secret\":\"s\"}", QStringLiteral("h"), &auth, &error),
                 CredentialHelper::Outcome::Found);
        QCOMPARE(auth.password, QStringLiteral("s"));
        QCOMPARE(CredentialHelper::parseGet("{\"ServerURL\":\"h\",\"Username\":\"\",\"Secret\":\"\"}", QStringLiteral("h"), &auth, &error),
                 CredentialHelper::Outcome::NotFound);
        QCOMPARE(CredentialHelper::parseGet("", QStringLiteral("h"), &auth, &error), CredentialHelper::Outcome::Failed);
        QStringList servers;
        QVERIFY(CredentialHelper::parseList("{\"a\":\"u\",\"b\":\"v\"}", &servers, &error));
        QCOMPARE(servers, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!CredentialHelper::parseList("nope", &servers, &error));
    }
};

QTEST_GUILESS_MAIN(TestRegistryCredentials)
#include "tst_registrycredentials.moc"
