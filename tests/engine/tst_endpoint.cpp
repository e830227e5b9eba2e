#include "engine/apiversion.h"
#include "engine/endpoint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dx;

class TestEndpoint final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QProcessEnvironment env(const QList<QPair<QString, QString>> &vars) const
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("HOME"), m_dir.path() + QStringLiteral("/home"));
        for (const auto &v : vars)
            e.insert(v.first, v.second);
        return e;
    }

    static void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    void writeContext(const QString &configDir, const QString &name, const QString &host, bool tls)
    {
        const QString id = QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
        write(configDir + QStringLiteral("/contexts/meta/") + id + QStringLiteral("/meta.json"),
              QStringLiteral(R"({"Name":"%1","Metadata":{},"Endpoints":{"docker":{"Host":"%2","SkipTLSVerify":false}}})")
                  .arg(name, host).toUtf8());
        if (tls) {
            for (const char *f : {"ca.pem", "cert.pem", "key.pem"})
                write(configDir + QStringLiteral("/contexts/tls/") + id + QStringLiteral("/docker/") + QLatin1String(f), "x");
        }
    }

private slots:
    void parseHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("baseUrl");
        QTest::newRow("unix") << "unix:///var/run/docker.sock" << int(Endpoint::Kind::Unix) << "/var/run/docker.sock" << "http://localhost";
        QTest::newRow("tcp default port") << "tcp://10.0.0.5" << int(Endpoint::Kind::Tcp) << "10.0.0.5:2375" << "http://10.0.0.5:2375";
        QTest::newRow("tcp port") << "tcp://example.org:2376" << int(Endpoint::Kind::Tcp) << "example.org:2376" << "http://example.org:2376";
        QTest::newRow("ipv6") << "tcp://[::1]:2375" << int(Endpoint::Kind::Tcp) << "[::1]:2375" << "http://[::1]:2375";
        QTest::newRow("ssh") << "ssh://me@box" << int(Endpoint::Kind::Ssh) << "me@box" << "http://localhost";
        QTest::newRow("npipe") << "npipe:////./pipe/docker_engine" << int(Endpoint::Kind::Invalid) << "" << "";
        QTest::newRow("garbage") << "docker.example" << int(Endpoint::Kind::Invalid) << "" << "";
        QTest::newRow("empty unix") << "unix://" << int(Endpoint::Kind::Invalid) << "" << "";
    }

    void parseHosts()
    {
        QFETCH(QString, host);
        QFETCH(int, kind);
        QFETCH(QString, target);
        QFETCH(QString, baseUrl);
        const Endpoint ep = Endpoint::fromHost(host);
        QCOMPARE(int(ep.kind), kind);
        if (ep.kind == Endpoint::Kind::Unix)
            QCOMPARE(ep.socketPath, target);
        else if (ep.isValid())
            QCOMPARE(ep.address, target);
        else
            QVERIFY(!ep.error.isEmpty());
        QCOMPARE(ep.baseUrl(), baseUrl);
    }

    void dockerHostWins()
    {
        const QString config = m_dir.path() + QStringLiteral("/cfg1");
        write(config + QStringLiteral("/config.json"), R"({"currentContext":"remote"})");
        writeContext(config, QStringLiteral("remote"), QStringLiteral("tcp://remote:2376"), true);
        EndpointResolver r(env({{QStringLiteral("DOCKER_HOST"), QStringLiteral("unix:///tmp/x.sock")},
                                {QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("remote")},
                                {QStringLiteral("DOCKER_CONFIG"), config}}));
        const Endpoint ep = r.resolve();
        QCOMPARE(ep.socketPath, QStringLiteral("/tmp/x.sock"));
        QCOMPARE(ep.origin, QStringLiteral("DOCKER_HOST"));
    }

    void tlsVerifyFromEnvironment()
    {
        const QString certs = m_dir.path() + QStringLiteral("/certs");
        for (const char *f : {"ca.pem", "cert.pem", "key.pem"})
            write(certs + u'/' + QLatin1String(f), "x");
        EndpointResolver r(env({{QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://h:2376")},
                                {QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")},
                                {QStringLiteral("DOCKER_CERT_PATH"), certs}}));
        const Endpoint ep = r.resolve();
        QVERIFY(ep.isValid());
        QVERIFY(ep.tls);
        QVERIFY(ep.tlsVerify);
        QCOMPARE(ep.caFile, certs + QStringLiteral("/ca.pem"));
        QCOMPARE(ep.baseUrl(), QStringLiteral("https://h:2376"));

        // Verification demanded but no CA: a clear error, not a silent insecure connection.
        EndpointResolver missing(env({{QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://h:2376")},
                                      {QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")},
                                      {QStringLiteral("DOCKER_CERT_PATH"), m_dir.path() + QStringLiteral("/none")}}));
        QVERIFY(!missing.resolve().isValid());
        QVERIFY(missing.resolve().error.contains(QLatin1String("ca.pem")));

        EndpointResolver tlsOnly(env({{QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://h:2376")},
                                      {QStringLiteral("DOCKER_TLS"), QStringLiteral("1")},
                                      {QStringLiteral("DOCKER_CERT_PATH"), certs}}));
        QVERIFY(tlsOnly.resolve().tls);
        QVERIFY(!tlsOnly.resolve().tlsVerify);
    }

    // The docker CLI's defaults: TLS (DOCKER_TLS_VERIFY or DOCKER_TLS) makes tcp://h mean port 2376,
    // https:// verifies (system CA store without a CA file), and only an explicit request
    // (DOCKER_TLS alone, SkipTLSVerify, the dialog's "noverify:") turns verification off.
    void tlsResolution_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("tlsVerifyEnv"); // "-" = unset
        QTest::addColumn<QString>("tlsEnv");       // "-" = unset
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<bool>("verify");
        QTest::addColumn<QString>("display");
        QTest::newRow("tcp plain") << "tcp://h" << "-" << "-" << "h:2375" << false << false << "tcp://h:2375";
        QTest::newRow("tcp + TLS_VERIFY") << "tcp://h" << "1" << "-" << "h:2376" << true << true << "tcp://h:2376 (TLS)";
        QTest::newRow("tcp + TLS_VERIFY=0 is set") << "tcp://h" << "0" << "-" << "h:2376" << true << true << "tcp://h:2376 (TLS)";
        QTest::newRow("tcp + empty TLS_VERIFY") << "tcp://h" << "" << "-" << "h:2375" << false << false << "tcp://h:2375";
        QTest::newRow("tcp + TLS only") << "tcp://h" << "-" << "1" << "h:2376" << true << false << "tcp://h:2376 (TLS, unverified)";
        QTest::newRow("explicit 2375 kept") << "tcp://h:2375" << "1" << "-" << "h:2375" << true << true << "tcp://h:2375 (TLS)";
        QTest::newRow("https no CA") << "https://h" << "-" << "-" << "h:2376" << true << true << "tcp://h:2376 (TLS)";
        QTest::newRow("https + TLS only") << "https://h:9000" << "-" << "1" << "h:9000" << true << false << "tcp://h:9000 (TLS, unverified)";
    }

    void tlsResolution()
    {
        QFETCH(QString, host);
        QFETCH(QString, tlsVerifyEnv);
        QFETCH(QString, tlsEnv);
        QFETCH(QString, address);
        QFETCH(bool, tls);
        QFETCH(bool, verify);
        QFETCH(QString, display);
        const QString certs = m_dir.path() + QStringLiteral("/tlscerts");
        for (const char *f : {"ca.pem", "cert.pem", "key.pem"})
            write(certs + u'/' + QLatin1String(f), "x");
        QList<QPair<QString, QString>> vars{{QStringLiteral("DOCKER_HOST"), host},
                                            {QStringLiteral("DOCKER_CERT_PATH"), certs}};
        if (tlsVerifyEnv != QLatin1String("-"))
            vars.append({QStringLiteral("DOCKER_TLS_VERIFY"), tlsVerifyEnv});
        if (tlsEnv != QLatin1String("-"))
            vars.append({QStringLiteral("DOCKER_TLS"), tlsEnv});
        const Endpoint ep = EndpointResolver(env(vars)).resolve();
        QVERIFY2(ep.isValid(), qPrintable(ep.error));
        QCOMPARE(ep.address, address);
        QCOMPARE(ep.tls, tls);
        QCOMPARE(ep.tls && ep.tlsVerify, verify);
        QCOMPARE(ep.displayName(), display);
        QCOMPARE(ep.baseUrl(), (tls ? QStringLiteral("https://") : QStringLiteral("http://")) + address);
    }

    void httpsWithoutFilesVerifiesAgainstSystemStore()
    {
        const Endpoint ep = EndpointResolver(env({})).fromChoice(QStringLiteral("https://engine.example:2376"));
        QVERIFY(ep.tls && ep.tlsVerify);
        QVERIFY(ep.caFile.isEmpty()); // libcurl then uses the system CA store
        QVERIFY(!ep.displayName().contains(QLatin1String("unverified")));
    }

    void explicitNoVerifyChoice()
    {
        const EndpointResolver r(env({}));
        Endpoint ep = r.fromChoice(Endpoint::noVerifyPrefix() + QStringLiteral("https://engine.example:2376"));
        QCOMPARE(ep.kind, Endpoint::Kind::Tcp);
        QVERIFY(ep.tls);
        QVERIFY(!ep.tlsVerify);
        QCOMPARE(ep.displayName(), QStringLiteral("tcp://engine.example:2376 (TLS, unverified)"));
        QVERIFY(!ep.isUnencryptedRemote());

        // Like the CLI's -H tcp://h --tls: encrypted, unverified, on the TLS port.
        ep = r.fromChoice(Endpoint::noVerifyPrefix() + QStringLiteral("tcp://engine.example"));
        QVERIFY(ep.tls && !ep.tlsVerify);
        QCOMPARE(ep.address, QStringLiteral("engine.example:2376"));
        QCOMPARE(ep.baseUrl(), QStringLiteral("https://engine.example:2376"));
    }

    void contextSkipTlsVerifyIsUnverified()
    {
        const QString config = m_dir.path() + QStringLiteral("/cfgskip");
        const QString name = QStringLiteral("skip");
        const QString id = QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
        write(config + QStringLiteral("/contexts/meta/") + id + QStringLiteral("/meta.json"),
              "{\"Name\":\"skip\",\"Metadata\":{},\"Endpoints\":{\"docker\":"
              "{\"Host\":\"tcp:/" "/skiphost\",\"SkipTLSVerify\":true}}}"); // split: with // inside a raw string, moc found no class here
        const Endpoint ep = EndpointResolver(env({{QStringLiteral("DOCKER_CONFIG"), config}})).contextEndpoint(name);
        QVERIFY(ep.tls && !ep.tlsVerify);
        QCOMPARE(ep.address, QStringLiteral("skiphost:2376"));
        QVERIFY(ep.displayName().contains(QLatin1String("unverified")));
    }

    void loopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << "tcp://localhost:2375" << true;
        QTest::newRow("LOCALHOST") << "tcp://LOCALHOST" << true;
        QTest::newRow("127.0.0.1") << "tcp://127.0.0.1:2375" << true;
        QTest::newRow("127.3.4.5") << "tcp://127.3.4.5" << true;
        QTest::newRow("::1") << "tcp://[::1]:2375" << true;
        QTest::newRow("10.0.0.5") << "tcp://10.0.0.5:2375" << false;
        QTest::newRow("128.0.0.1") << "tcp://128.0.0.1" << false;
        QTest::newRow("name starting 127") << "tcp://127.evil.example" << false;
        QTest::newRow("localhost.evil") << "tcp://localhost.evil.example" << false;
        QTest::newRow("remote v6") << "tcp://[2001:db8::1]:2375" << false;
        QTest::newRow("name") << "tcp://docker.example.org" << false;
    }

    void loopback()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        const Endpoint ep = Endpoint::fromHost(host);
        QCOMPARE(ep.kind, Endpoint::Kind::Tcp);
        QCOMPARE(ep.isLoopback(), loopback);
        // Plain tcp: a warning exactly when the host is another machine.
        QCOMPARE(ep.isUnencryptedRemote(), !loopback);
        QCOMPARE(ep.securityWarning().isEmpty(), loopback);
    }

    void securityWarningText()
    {
        Endpoint ep = Endpoint::fromHost(QStringLiteral("tcp://10.0.0.5:2375"));
        QCOMPARE(ep.hostName(), QStringLiteral("10.0.0.5"));
        QCOMPARE(ep.securityWarning(),
                 QStringLiteral("Unencrypted connection to 10.0.0.5: anyone on the network can control this engine"));
        QVERIFY(Endpoint::fromHost(QStringLiteral("https://10.0.0.5")).securityWarning().isEmpty());
        QVERIFY(Endpoint::fromHost(QStringLiteral("unix:///var/run/docker.sock")).securityWarning().isEmpty());
        QVERIFY(Endpoint::fromHost(QStringLiteral("ssh://me@10.0.0.5")).securityWarning().isEmpty());
        QCOMPARE(Endpoint::fromHost(QStringLiteral("tcp://[2001:db8::1]:2375")).hostName(), QStringLiteral("2001:db8::1"));
    }

    void contextFromEnvironmentAndConfig()
    {
        const QString config = m_dir.path() + QStringLiteral("/cfg2");
        write(config + QStringLiteral("/config.json"), R"({"auths":{},"currentContext":"fromconfig"})");
        writeContext(config, QStringLiteral("fromconfig"), QStringLiteral("tcp://cfg-host:2376"), true);
        writeContext(config, QStringLiteral("fromenv"), QStringLiteral("ssh://me@envhost:2222"), false);

        EndpointResolver byConfig(env({{QStringLiteral("DOCKER_CONFIG"), config}}));
        Endpoint ep = byConfig.resolve();
        QCOMPARE(ep.kind, Endpoint::Kind::Tcp);
        QCOMPARE(ep.address, QStringLiteral("cfg-host:2376"));
        QCOMPARE(ep.contextName, QStringLiteral("fromconfig"));
        QVERIFY(ep.tls && ep.tlsVerify);
        QVERIFY(ep.certFile.endsWith(QLatin1String("/docker/cert.pem")));

        EndpointResolver byEnv(env({{QStringLiteral("DOCKER_CONFIG"), config},
                                    {QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("fromenv")}}));
        ep = byEnv.resolve();
        QCOMPARE(ep.kind, Endpoint::Kind::Ssh);
        QCOMPARE(ep.address, QStringLiteral("me@envhost"));
        QCOMPARE(ep.sshPort, 2222);

        const QStringList names = byConfig.contextNames();
        QCOMPARE(names.first(), QStringLiteral("default"));
        QCOMPARE(names.size(), 3);
        QVERIFY(names.contains(QStringLiteral("fromenv")) && names.contains(QStringLiteral("fromconfig")));

        EndpointResolver unknown(env({{QStringLiteral("DOCKER_CONFIG"), config},
                                      {QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("nope")}}));
        QVERIFY(!unknown.resolve().isValid());
        QVERIFY(unknown.resolve().error.contains(QLatin1String("nope")));
    }

    void defaultContextInConfigMeansLocal()
    {
        const QString config = m_dir.path() + QStringLiteral("/cfg3");
        write(config + QStringLiteral("/config.json"), R"({"currentContext":"default"})");
        EndpointResolver r(env({{QStringLiteral("DOCKER_CONFIG"), config}}));
        r.setSocketCandidates({m_dir.path() + QStringLiteral("/missing.sock")});
        QCOMPARE(r.resolve().kind, Endpoint::Kind::Unix);
    }

    void socketOrderDockerThenPodman()
    {
        const QString podman = m_dir.path() + QStringLiteral("/podman.sock");
        write(podman, "");
        EndpointResolver r(env({}));
        r.setSocketCandidates({m_dir.path() + QStringLiteral("/docker.sock"), podman});
        QCOMPARE(r.resolve().socketPath, podman);
        write(m_dir.path() + QStringLiteral("/docker.sock"), "");
        QCOMPARE(r.resolve().socketPath, m_dir.path() + QStringLiteral("/docker.sock"));

        EndpointResolver runtime(env({{QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/run/user/1000")}}));
        const QStringList sockets = runtime.defaultSockets();
        QCOMPARE(sockets.first(), QStringLiteral("/var/run/docker.sock"));
        QVERIFY(sockets.indexOf(QStringLiteral("/run/podman/podman.sock"))
                < sockets.indexOf(QStringLiteral("/run/user/1000/podman/podman.sock")));
    }

    void negotiation_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("minimum");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("error");
        QTest::newRow("docker 20.10") << "1.41" << "1.12" << "1.41" << false;
        QTest::newRow("docker 24") << "1.43" << "1.12" << "1.43" << false;
        QTest::newRow("docker 29 newer than us") << "1.52" << "1.44" << "1.47" << false;
        QTest::newRow("podman 4.3") << "1.41" << "1.24" << "1.41" << false;
        QTest::newRow("minor compared as number") << "1.9" << "" << "1.9" << true;
        QTest::newRow("no header") << "" << "" << "1.24" << true;
        QTest::newRow("future engine refuses us") << "1.60" << "1.50" << "1.47" << true;
    }

    void negotiation()
    {
        QFETCH(QString, server);
        QFETCH(QString, minimum);
        QFETCH(QString, expected);
        QFETCH(bool, error);
        const auto n = ApiVersion::negotiate(server, minimum);
        QCOMPARE(n.version.toString(), expected);
        QCOMPARE(!n.error.isEmpty(), error);
        QVERIFY(ApiVersion::parse(QStringLiteral("1.9")) < ApiVersion::parse(QStringLiteral("1.41")));
        QVERIFY(!ApiVersion::parse(QStringLiteral("x.1")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
