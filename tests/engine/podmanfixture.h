#pragma once

// A Podman API service that a test starts on its own socket and stops again: a real second
// engine (Podman 4) beside the Docker daemon, never the user's.

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace dx::test {

class PodmanService final
{
public:
    // runtime: the OCI runtime Podman is told to use; by default the one that works here.
    explicit PodmanService(const QString &runtime = runtimeForHost())
    {
        // Podman in a container-less CI sandbox needs explicit ulimits to run RUN steps.
        QByteArray text = "[containers]\ndefault_ulimits = [\"nofile=20000:20000\", \"nproc=32768:32768\"]\n";
        if (!runtime.isEmpty())
            text += "[engine]\nruntime = \"" + runtime.toUtf8() + "\"\n";
        QFile conf(m_dir.path() + QStringLiteral("/containers.conf"));
        if (conf.open(QIODevice::WriteOnly))
            conf.write(text);
    }

    // crun (Podman's first choice when installed) refuses to start anything on a host with
    // hybrid or v1 cgroups ("while running runtime: exit status 1"); runc, which docker.io
    // brings along, runs there. Empty: leave Podman's own choice.
    static QString runtimeForHost()
    {
        if (QFile::exists(QStringLiteral("/sys/fs/cgroup/cgroup.controllers")))
            return {}; // pure cgroup v2: every runtime works
        const QString runc = QStandardPaths::findExecutable(QStringLiteral("runc"),
                                                            {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                                             QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/local/bin")});
        return runc.isEmpty() ? QString() : QStringLiteral("runc");
    }
    ~PodmanService() { stop(); }

    static bool available() { return !QStandardPaths::findExecutable(QStringLiteral("podman")).isEmpty(); }
    QString socketPath() const { return m_dir.path() + QStringLiteral("/podman.sock"); }
    QString host() const { return QStringLiteral("unix://") + socketPath(); }

    bool start()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CONTAINERS_CONF"), m_dir.path() + QStringLiteral("/containers.conf"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("podman"), {QStringLiteral("system"), QStringLiteral("service"),
                                                   QStringLiteral("--time=0"), host()});
        return m_process.waitForStarted(5000);
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
        QFile::remove(socketPath());
    }

    QByteArray output() { return m_process.readAll(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

} // namespace dx::test
