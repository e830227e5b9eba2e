// tcp+TLS and ssh endpoints against the real engine, through a TLS terminator and an sshd
// that this test starts on loopback (and stops). Nothing else on the machine is touched.

#include "remotefixture.h"
#include "testengine.h"

#include <unistd.h>

using namespace dx;

class TestRemoteEndpoints final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_socat;
    QProcess m_sshd;
    bool m_localEngine = false;

    static void requireTool(const char *tool)
    {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty()
            && QStandardPaths::findExecutable(QLatin1String(tool), {QStringLiteral("/usr/sbin")}).isEmpty()) {
            const QByteArray why = QByteArray(tool) + " is not installed (scripts/setup.sh --test installs it)";
            if (test::engineRequired())
                QFAIL(why.constData());
            QSKIP(why.constData());
        }
    }

    static void stop(QProcess &p)
    {
        if (p.state() == QProcess::NotRunning)
            return;
        p.terminate();
        if (!p.waitForFinished(5000))
            p.kill();
        p.waitForFinished(2000);
    }

private slots:
    void initTestCase()
    {
        Engine local;
        local.connectTo(Endpoint::fromHost(QStringLiteral("unix:///var/run/docker.sock")));
        m_localEngine = test::waitConnected(local, 5000);
    }

    void cleanupTestCase()
    {
        stop(m_socat);
        stop(m_sshd);
    }

    void tlsVerified()
    {
        if (!m_localEngine) {
            if (test::engineRequired())
                QFAIL("no engine at /var/run/docker.sock");
            QSKIP("no engine at /var/run/docker.sock");
        }
        requireTool("socat");
        requireTool("openssl");
        const QString certs = m_dir.path() + QStringLiteral("/certs");
        QDir().mkpath(certs);
        QString why;
        QVERIFY2(test::makeCertificates(certs, &why), qPrintable(why));

        const int port = test::freeishPort(31000);
        m_socat.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_socat.start(QStringLiteral("socat"),
                      {QStringLiteral("OPENSSL-LISTEN:%1,bind=127.0.0.1,reuseaddr,fork,cert=%2/server-cert.pem,key=%2/server-key.pem,cafile=%2/ca.pem,verify=1")
                           .arg(port).arg(certs),
                       QStringLiteral("UNIX-CONNECT:/var/run/docker.sock")});
        QVERIFY(m_socat.waitForStarted());
        QTest::qWait(300);
        QCOMPARE(m_socat.state(), QProcess::Running);

        QProcessEnvironment env;
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://localhost:%1").arg(port));
        env.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
        env.insert(QStringLiteral("DOCKER_CERT_PATH"), certs);
        const Endpoint ep = EndpointResolver(env).resolve();
        QVERIFY(ep.tls && ep.tlsVerify);

        Engine engine;
        engine.connectTo(ep);
        QVERIFY2(test::waitConnected(engine, 10000), qPrintable(engine.info().message));
        QVERIFY(engine.info().endpoint.displayName().contains(QLatin1String("TLS")));
        const EngineResponse r = test::call(engine, EngineRequest::get(QStringLiteral("/containers/json")));
        QVERIFY2(r.ok(), qPrintable(r.message));

        // Without our client certificate the terminator refuses us: a clear TLS error.
        Endpoint noClientCert = ep;
        noClientCert.certFile.clear();
        noClientCert.keyFile.clear();
        Engine refused;
        refused.connectTo(noClientCert);
        QTRY_VERIFY_WITH_TIMEOUT(refused.info().state == EngineInfo::State::Disconnected, 10000);
        QVERIFY(!refused.info().message.isEmpty());

        // A server certificate from another CA is not trusted.
        Endpoint wrongCa = ep;
        wrongCa.caFile = certs + QStringLiteral("/cert.pem");
        Engine untrusted;
        untrusted.connectTo(wrongCa);
        QTRY_VERIFY_WITH_TIMEOUT(untrusted.info().state == EngineInfo::State::Disconnected, 10000);
        QVERIFY2(untrusted.info().message.contains(QLatin1String("TLS")), qPrintable(untrusted.info().message));

        // No CA file still verifies, against the system store, which does not know our test CA.
        Endpoint systemStore = ep;
        systemStore.caFile.clear();
        Engine unknownCa;
        unknownCa.connectTo(systemStore);
        QTRY_VERIFY_WITH_TIMEOUT(unknownCa.info().state == EngineInfo::State::Disconnected, 10000);
        QVERIFY2(unknownCa.info().message.contains(QLatin1String("TLS")), qPrintable(unknownCa.info().message));

        // Verification explicitly off (the CLI's --tls): connects, and says it is unverified.
        Endpoint unverified = systemStore;
        unverified.tlsVerify = false;
        Engine insecure;
        insecure.connectTo(unverified);
        QVERIFY2(test::waitConnected(insecure, 10000), qPrintable(insecure.info().message));
        QVERIFY2(insecure.info().summary().contains(QLatin1String("(TLS, unverified)")), qPrintable(insecure.info().summary()));
        stop(m_socat);
    }

    void sshDialStdio()
    {
        if (!m_localEngine) {
            if (test::engineRequired())
                QFAIL("no engine at /var/run/docker.sock");
            QSKIP("no engine at /var/run/docker.sock");
        }
        requireTool("ssh");
        requireTool("sshd");
        requireTool("ssh-keygen");
        if (::geteuid() != 0) {
            if (test::engineRequired())
                QFAIL("the sshd fixture needs root");
            QSKIP("the sshd fixture needs root");
        }
        const QString d = m_dir.path() + QStringLiteral("/ssh");
        QDir().mkpath(d + QStringLiteral("/bin"));
        QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation directory
        QVERIFY(test::runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                              QStringLiteral("-N"), QString(), QStringLiteral("-f"), d + QStringLiteral("/hostkey")}, d));
        QVERIFY(test::runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                              QStringLiteral("-N"), QString(), QStringLiteral("-f"), d + QStringLiteral("/id")}, d));
        QFile::copy(d + QStringLiteral("/id.pub"), d + QStringLiteral("/authorized_keys"));
        const int port = test::freeishPort(36000);
        const auto write = [](const QString &path, const QString &text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        };
        write(d + QStringLiteral("/sshd_config"),
              QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/hostkey\nAuthorizedKeysFile %2/authorized_keys\n"
                             "PermitRootLogin prohibit-password\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                             "StrictModes no\nUsePAM no\nPidFile %2/sshd.pid\n").arg(port).arg(d));
        write(d + QStringLiteral("/ssh_config"),
              QStringLiteral("Host dx-test-remote\n  HostName 127.0.0.1\n  Port %1\n  User root\n  IdentityFile %2/id\n"
                             "  StrictHostKeyChecking no\n  UserKnownHostsFile /dev/null\n  LogLevel ERROR\n").arg(port).arg(d));
        // The client reads its config from the real home; a wrapper points ssh at ours instead.
        const QString sshPath = QStandardPaths::findExecutable(QStringLiteral("ssh"));
        write(d + QStringLiteral("/bin/ssh"), QStringLiteral("#!/bin/sh\nexec %1 -F %2/ssh_config \"$@\"\n").arg(sshPath, d));
        QFile::setPermissions(d + QStringLiteral("/bin/ssh"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("PATH", (d + QStringLiteral("/bin:") + qEnvironmentVariable("PATH")).toLocal8Bit());

        m_sshd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sshd.start(QStringLiteral("/usr/sbin/sshd"), {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), d + QStringLiteral("/sshd_config")});
        QVERIFY(m_sshd.waitForStarted());
        QVERIFY2(test::waitForPort(m_sshd, d + QStringLiteral("/bin/ssh"),
                                   {QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("dx-test-remote"), QStringLiteral("true")}),
                 "sshd did not accept the test key");

        const Endpoint ep = Endpoint::fromHost(QStringLiteral("ssh://dx-test-remote"));
        QCOMPARE(ep.kind, Endpoint::Kind::Ssh);
        Engine engine;
        engine.connectTo(ep);
        QVERIFY2(test::waitConnected(engine, 20000), qPrintable(engine.info().message));
        const EngineResponse r = test::call(engine, EngineRequest::get(QStringLiteral("/images/json")));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(test::json(r).isArray());
        stop(m_sshd);
    }
};

QTEST_GUILESS_MAIN(TestRemoteEndpoints)
#include "tst_remoteendpoints.moc"
