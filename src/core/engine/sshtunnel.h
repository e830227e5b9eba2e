#pragma once

#include "endpoint.h"

#include <QList>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace dx {

// ssh:// endpoints, as the docker CLI does them: a private unix socket that libcurl connects
// to; every connection accepted there becomes an `ssh host docker system dial-stdio` process
// whose stdin and stdout are that connection. Lives on the engine thread.
class SshTunnel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshTunnel)

public:
    explicit SshTunnel(const Endpoint &endpoint, QObject *parent = nullptr);
    ~SshTunnel() override;

    bool isListening() const { return m_listenFd >= 0; }
    QString socketPath() const { return m_socketPath; }
    QString errorString() const { return m_error; }

    // The ssh command line for an endpoint, also shown to the user.
    static QStringList command(const Endpoint &endpoint);

private:
    void onIncoming();
    void reap();

    QStringList m_command;
    QString m_dir;
    QString m_socketPath;
    QString m_error;
    int m_listenFd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QList<qint64> m_children;
};

} // namespace dx
