#pragma once

// A Podman API service that a test starts on its own socket and stops again: a real second
// engine (Podman 4) beside the Docker daemon, never the user's.

#include "engine/testengine.h"
#include "streams/tarbuilder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace dx::test {

// A busybox-static root file system imported as `reference` (repo:tag): the offline base image
// for builds and runs on an engine without a registry. Returns the image id, or empty and why.
inline QString importBusybox(Engine &engine, const QString &reference, QString *error)
{
    QByteArray tar;
    TarBuilder builder([&tar](const char *data, qsizetype size) {
        tar.append(data, size);
        return true;
    });
    builder.addDirectory(QStringLiteral("bin"));
    builder.addPath(QStandardPaths::findExecutable(QStringLiteral("busybox")), QStringLiteral("bin/busybox"));
    QTemporaryDir links;
    for (const char *applet : {"sh", "echo", "cat", "true", "sleep", "ls"}) {
        const QString link = links.filePath(QLatin1String(applet));
        QFile::link(QStringLiteral("busybox"), link);
        builder.addPath(link, QStringLiteral("bin/") + QLatin1String(applet));
    }
    if (!builder.finish()) {
        *error = QStringLiteral("cannot pack busybox");
        return {};
    }
    EngineRequest import = EngineRequest::post(QStringLiteral("/images/create"));
    import.query.addQueryItem(QStringLiteral("fromSrc"), QStringLiteral("-"));
    import.body = tar;
    import.contentType = "application/x-tar";
    const EngineResponse imported = call(engine, import);
    if (!imported.ok()) {
        *error = imported.message;
        return {};
    }
    const QString id = QString::fromUtf8(imported.body).section(QLatin1String("sha256:"), 1, 1).left(64);
    if (id.size() != 64) {
        *error = QString::fromUtf8(imported.body);
        return {};
    }
    QUrlQuery tag;
    tag.addQueryItem(QStringLiteral("repo"), reference.section(u':', 0, 0));
    tag.addQueryItem(QStringLiteral("tag"), reference.section(u':', 1));
    const EngineResponse tagged = call(engine, EngineRequest::post(QStringLiteral("/images/") + id + QStringLiteral("/tag"), tag));
    if (!tagged.ok()) {
        *error = tagged.message;
        return {};
    }
    return id;
}

// The containers.conf a Podman service needs to run containers here (see PodmanService).
inline QByteArray containersConf(const QString &runtime)
{
    QByteArray text = "[containers]\ndefault_ulimits = [\"nofile=20000:20000\", \"nproc=32768:32768\"]\n";
    if (!runtime.isEmpty())
        text += "[engine]\nruntime = \"" + runtime.toUtf8() + "\"\n";
    return text;
}

class PodmanService final
{
public:
    // runtime: the OCI runtime Podman is told to use; by default the one that works here.
    explicit PodmanService(const QString &runtime = runtimeForHost())
    {
        // Podman in a container-less CI sandbox needs explicit ulimits to run RUN steps.
        QFile conf(m_dir.path() + QStringLiteral("/containers.conf"));
        if (conf.open(QIODevice::WriteOnly))
            conf.write(containersConf(runtime));
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
