#pragma once

#include "api/apiresult.h"
#include "streams/execoutput.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace dx {

class DockerApi;
class EngineReply;
struct ContainerDetails;

// One interactive terminal in a running container, over a hijacked connection on the engine
// thread: a command run with a TTY (`docker exec -it`: exec create, exec start upgraded,
// exec resize, exec inspect for the exit code), or the container's main process (`docker
// attach`: attach upgraded, container resize, the container's exit code). The shell is found
// (bash, then sh) unless a command is given. Raw bytes in and out: a TerminalScreen draws them.
//
// The Docker Commands panel shows the session as one command (`docker exec -it web /bin/bash`)
// from the moment its first request is sent until it ends, with its outcome.
class TerminalSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalSession)

public:
    enum class Mode { Exec, Attach };
    enum class End {
        None,
        Exited,           // the program ended; exitCode() says how
        ContainerStopped, // the container stopped (or went away) under the session
        Refused,          // the engine refused the exec or the attach (message() has its words)
        NoShell,          // Exec without a command: neither bash nor sh in the container
        ConnectionLost,   // the connection to the engine was cut
        Detached,         // Attach: the stream ended but the container runs on (Ctrl+P Ctrl+Q)
        Closed,           // we closed it
    };
    Q_ENUM(End)

    struct Options
    {
        Mode mode = Mode::Exec;
        QStringList command; // Exec: empty means bash, then sh
        QString user;        // Exec: as whom (empty: the container's user)
        bool replayOutput = false; // Attach: first what the process printed so far
    };

    // The shells looked for when no command is given, in order.
    static QStringList shellCandidates();

    TerminalSession(DockerApi *api, const QString &container, const Options &options, QObject *parent = nullptr);
    ~TerminalSession() override;

    void start();
    // Keystrokes and pastes; kept until the connection is there.
    void write(const QByteArray &bytes);
    // The terminal's size in characters: sent to the engine now, or once the session is open.
    void resize(int rows, int columns);
    // Ends the connection: the program's input ends (a shell exits).
    void close();

    QString container() const { return m_container; }
    Mode mode() const { return m_options.mode; }
    // What runs: the command found or given ("/bin/bash"), or the container's main process.
    QStringList command() const { return m_command; }
    QString execId() const { return m_execId; }
    bool isOpen() const { return m_open; }
    bool isFinished() const { return m_end != End::None; }
    End end() const { return m_end; }
    int exitCode() const { return m_exitCode; }
    QString message() const { return m_message; }
    // Whether the program reads what is typed (attach to a container without OpenStdin: no).
    bool acceptsInput() const { return m_acceptsInput; }

signals:
    // The program's terminal is connected: output flows, typing reaches it.
    void opened();
    void output(const QByteArray &bytes);
    // Once, at the end; message() and exitCode() say the rest.
    void finished(dx::TerminalSession::End end);

private:
    void probeShell(int index);
    void createExec();
    void attach(const ContainerDetails &details);
    void connectReply(EngineReply *reply, bool raw);
    void onStreamFinished(const ApiError &error);
    void inspectAfterStream(int attempt);
    void afterExit(int exitCode, bool exitKnown, int attempt);
    void sendResize(int attempt);
    void finish(End end, const QString &message, int exitCode = -1);

    DockerApi *m_api;
    QString m_container;
    Options m_options;
    QStringList m_command;
    QString m_execId;
    QPointer<EngineReply> m_reply;
    ExecOutputDemuxer m_demuxer;
    QByteArray m_pendingInput;
    quint64 m_group = 0;
    int m_rows = 0;
    int m_columns = 0;
    int m_sentRows = 0;
    int m_sentColumns = 0;
    bool m_resizeInFlight = false;
    bool m_open = false;
    bool m_closing = false;
    bool m_acceptsInput = true;
    End m_end = End::None;
    int m_exitCode = -1;
    QString m_message;
};

} // namespace dx
