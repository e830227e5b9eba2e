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
