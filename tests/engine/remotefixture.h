#pragma once

// Real remote transports in front of the real local engine, started and stopped by the tests:
// a TLS terminator (socat with certificates made by openssl) and an sshd on loopback whose
// `docker system dial-stdio` reaches the engine, exactly like a remote host would.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace dx::test {

inline bool runTool(const QString &program, const QStringList &args, const QString &workDir, QString *output = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return false;
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

inline int freeishPort(int base)
{
    // Spread concurrent runs; the fixture retries on a clash by failing loudly.
    return base + int(QCoreApplication::applicationPid() % 5000);
}

inline bool waitForPort(QProcess &server, const QString &probeProgram, const QStringList &probeArgs)
{
    for (int i = 0; i < 100; ++i) {
        if (server.state() != QProcess::Running)
            return false;
        if (runTool(probeProgram, probeArgs, QDir::tempPath()))
            return true;
        QTest::qWait(50);
    }
    return false;
}

// Certificates for "localhost"/127.0.0.1 signed by a throw-away CA, in DOCKER_CERT_PATH layout.
inline bool makeCertificates(const QString &dir, QString *why)
{
    const QString openssl = QStringLiteral("openssl");
    const QString ext = dir + QStringLiteral("/ext.cnf");
    QFile f(ext);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
    f.close();
    QFile c(dir + QStringLiteral("/client.cnf"));
    if (!c.open(QIODevice::WriteOnly))
        return false;
    c.write("extendedKeyUsage=clientAuth\n");
    c.close();
    const QList<QStringList> steps{
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=dx-test-ca"),
         QStringLiteral("-keyout"), QStringLiteral("ca-key.pem"), QStringLiteral("-out"), QStringLiteral("ca.pem")},
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
         QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"), QStringLiteral("server-key.pem"), QStringLiteral("-out"), QStringLiteral("server.csr")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"), QStringLiteral("-CA"),
         QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca-key.pem"), QStringLiteral("-CAcreateserial"),
         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), ext, QStringLiteral("-out"), QStringLiteral("server-cert.pem")},
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
         QStringLiteral("/CN=client"), QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("client.csr")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("client.csr"), QStringLiteral("-CA"),
         QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca-key.pem"), QStringLiteral("-CAcreateserial"),
         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), dir + QStringLiteral("/client.cnf"),
         QStringLiteral("-out"), QStringLiteral("cert.pem")},
    };
    for (const QStringList &args : steps) {
        QString out;
        if (!runTool(openssl, args, dir, &out)) {
            *why = QStringLiteral("openssl %1 failed: %2").arg(args.join(u' '), out);
            return false;
        }
    }
    return true;
}

} // namespace dx::test
