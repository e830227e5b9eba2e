#pragma once

// A real image registry (Debian's docker-registry 2.8) that a test starts on 127.0.0.1 and a
// free port of its own, with its storage in a temporary folder and, when asked, htpasswd
// authentication (a bcrypt file made by `htpasswd -Bbn`). Stopped again by the test: only the
// process it started. Docker 20.10 treats registries on 127.0.0.0/8 as insecure by default,
// so the engine pulls and pushes over plain http without any daemon configuration.

#include "engine/testengine.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace dx::test {

class RegistryFixture final
{
public:
    // Without a user the registry lets everybody push and pull.
    explicit RegistryFixture(QString user = {}, QString password = {})
        : m_user(std::move(user))
        , m_password(std::move(password))
    {
    }
    ~RegistryFixture() { stop(); }
    Q_DISABLE_COPY_MOVE(RegistryFixture)

    static QString binary()
    {
        const QString installed = QStringLiteral("/usr/bin/docker-registry");
        return QFile::exists(installed) ? installed : QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
    }
    static QString htpasswdBinary() { return QStandardPaths::findExecutable(QStringLiteral("htpasswd")); }
    // Empty when the fixture can run here; else what is missing, for the skip message.
    static QString missing(bool withAuth)
    {
        if (binary().isEmpty())
            return QStringLiteral("docker-registry is not installed (Debian package docker-registry; scripts/setup.sh --test)");
        if (withAuth && htpasswdBinary().isEmpty())
            return QStringLiteral("htpasswd is not installed (Debian package apache2-utils; scripts/setup.sh --test)");
        return {};
    }

    bool requiresAuth() const { return !m_user.isEmpty(); }
    int port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QString error() const { return m_error; }

    // Starts the registry and waits until it answers /v2/ (401 with authentication).
    bool start()
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary directory"));
        if (requiresAuth() && !writeHtpasswd())
            return false;
        // A free port can be taken by somebody else between the probe and the registry's
        // bind: then the registry exits at once, and another port is tried.
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort();
            if (m_port <= 0)
                return fail(QStringLiteral("no free port on 127.0.0.1"));
            if (!writeConfig())
                return false;
            m_process.setProcessChannelMode(QProcess::MergedChannels);
            m_process.start(binary(), {QStringLiteral("serve"), m_dir.filePath(QStringLiteral("config.yml"))});
            if (!m_process.waitForStarted(10000))
                return fail(QStringLiteral("docker-registry did not start: ") + m_process.errorString());
            if (waitAnswering(60000))
                return true;
            const bool exited = m_process.state() == QProcess::NotRunning;
            const QString output = QString::fromLocal8Bit(m_process.readAll());
            stop();
            if (!exited || !output.contains(QLatin1String("address already in use")))
                return fail(QStringLiteral("docker-registry on %1 did not answer /v2/: %2").arg(host(), output));
        }
        return fail(QStringLiteral("docker-registry found no free port"));
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // What /v2/ answers now: 200 open, 401 wants credentials, 0 nothing.
    int probe(int timeoutMs = 2000) const
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
        if (!socket.waitForConnected(timeoutMs))
            return 0;
        socket.write("GET /v2/ HTTP/1.0\r\nHost: " + host().toLatin1() + "\r\n\r\n");
        QByteArray answer;
        QDeadlineTimer deadline(timeoutMs);
        while (!answer.contains("\r\n") && !deadline.hasExpired()
               && socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            answer += socket.readAll();
        // "HTTP/1.1 401 Unauthorized"
        return answer.startsWith("HTTP/") ? answer.mid(9, 3).toInt() : 0;
    }

private:
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    static int freePort()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0))
            return 0;
        return server.serverPort();
    }

    bool writeHtpasswd()
    {
        QProcess htpasswd;
        htpasswd.start(htpasswdBinary(), {QStringLiteral("-Bbn"), m_user, m_password});
        if (!htpasswd.waitForFinished(30000) || htpasswd.exitCode() != 0)
            return fail(QStringLiteral("htpasswd failed: ") + QString::fromLocal8Bit(htpasswd.readAllStandardError()));
        QFile file(m_dir.filePath(QStringLiteral("htpasswd")));
        if (!file.open(QIODevice::WriteOnly) || file.write(htpasswd.readAllStandardOutput().trimmed() + '\n') < 0)
            return fail(QStringLiteral("cannot write the htpasswd file"));
        return true;
    }

    bool writeConfig()
    {
        QByteArray yaml = "version: 0.1\n"
                          "log:\n  level: error\n  accesslog:\n    disabled: true\n"
                          "storage:\n  filesystem:\n    rootdirectory: " + m_dir.filePath(QStringLiteral("storage")).toUtf8() + "\n"
                          "  delete:\n    enabled: true\n"
                          "http:\n  addr: " + host().toLatin1() + "\n";
        if (requiresAuth())
            yaml += "auth:\n  htpasswd:\n    realm: dx-test\n    path: " + m_dir.filePath(QStringLiteral("htpasswd")).toUtf8() + "\n";
        QFile file(m_dir.filePath(QStringLiteral("config.yml")));
        if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size())
            return fail(QStringLiteral("cannot write the registry configuration"));
        return true;
    }

    bool waitAnswering(int timeoutMs)
    {
        const int expected = requiresAuth() ? 401 : 200;
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (m_process.state() != QProcess::Running)
                return false;
            if (probe() == expected)
                return true;
            m_process.waitForFinished(100); // returns early only when it exits
        }
        return false;
    }

    QString m_user;
    QString m_password;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace dx::test

// Skips (locally) or fails (with DX_REQUIRE_ENGINE=1, as in CI) when the registry cannot run.
#define DX_REQUIRE_REGISTRY_OR_SKIP(withAuth)                                                          \
    do {                                                                                               \
        const QString missingTool = dx::test::RegistryFixture::missing(withAuth);                      \
        if (!missingTool.isEmpty()) {                                                                  \
            if (dx::test::engineRequired())                                                            \
                QFAIL(qPrintable(missingTool));                                                        \
            QSKIP(qPrintable(missingTool));                                                            \
        }                                                                                              \
    } while (false)
