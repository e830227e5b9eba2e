#include "terminalsession.h"

#include "api/commandrecord.h"
#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "api/execapi.h"
#include "engine/engine.h"

#include <QTimer>

namespace dx {

namespace {

// TERM for the programs in the container: what the emulator understands (256 colours).
const QString TermValue = QStringLiteral("TERM=xterm-256color");

} // namespace

QStringList TerminalSession::shellCandidates()
{
    return {QStringLiteral("/bin/bash"), QStringLiteral("/usr/bin/bash"), QStringLiteral("/usr/local/bin/bash"),
            QStringLiteral("/bin/sh"), QStringLiteral("/usr/bin/sh")};
}

TerminalSession::TerminalSession(DockerApi *api, const QString &container, const Options &options, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_container(container)
    , m_options(options)
    , m_command(options.command)
{
}

TerminalSession::~TerminalSession()
{
    if (m_reply)
        m_reply->abort();
    if (m_group != 0)
        m_api->endGroup(m_group); // closed with the view: the user ended it
}

void TerminalSession::start()
{
    if (m_options.mode == Mode::Attach) {
        // Whether the main process has a TTY (raw stream or framed) and reads input.
        m_api->containers().inspect(m_container, CallContext::internal()).then(this, [this](const ApiResult<ContainerDetails> &r) {
            if (m_end != End::None)
                return;
            if (!r.ok()) {
                finish(r.error.isNotFound() ? End::ContainerStopped : End::Refused, r.message());
                return;
            }
            if (!r.value.running) {
                finish(End::ContainerStopped, tr("The container is not running (exit code %1).").arg(r.value.exitCode),
                       r.value.exitCode);
                return;
            }
            attach(r.value);
        });
        return;
    }
    if (m_command.isEmpty())
        probeShell(0);
    else
        createExec();
}

void TerminalSession::probeShell(int index)
{
    const QStringList candidates = shellCandidates();
    if (index >= candidates.size()) {
        finish(End::NoShell, tr("This container has no shell: there is no bash and no sh (looked for %1). "
                                "Type the path of a program the image has in the command box and open a terminal with it.")
                                 .arg(candidates.join(QLatin1String(", "))));
        return;
    }
    // HEAD on the archive endpoint: whether the file is there, without running anything.
    m_api->containers().statPath(m_container, candidates.at(index), CallContext::internal())
        .then(this, [this, index, candidates](const ApiResult<ContainerPathStat> &r) {
            if (m_end != End::None)
                return;
            if (r.ok() && !r.value.isDirectory()) {
                m_command = QStringList{candidates.at(index)};
                createExec();
            } else if (r.ok() || r.error.isNotFound()) {
                probeShell(index + 1);
            } else {
                finish(r.error.kind == ApiError::Kind::Http ? End::Refused : End::ConnectionLost, r.message());
            }
        });
}

void TerminalSession::createExec()
{
    ExecOptions exec;
    exec.cmd = m_command;
    exec.tty = true;
    exec.attachStdin = true;
    exec.attachStdout = true;
    exec.attachStderr = true;
    exec.user = m_options.user;
    exec.env = QStringList{TermValue};
    QStringList cli{QStringLiteral("docker"), QStringLiteral("exec"), QStringLiteral("-it"), QStringLiteral("-e"), TermValue};
    if (!m_options.user.isEmpty())
        cli << QStringLiteral("--user") << m_options.user;
    cli << m_container << m_command;
    m_group = m_api->beginGroup(shellJoin(cli), tr("Open a terminal in a container"));
    m_api->exec().create(m_container, exec, CallContext::inGroup(m_group)).then(this, [this](const ApiResult<QString> &r) {
        if (m_end != End::None)
            return;
        if (!r.ok()) {
            // Paused, not running, gone: the engine's own words.
            finish(r.error.kind == ApiError::Kind::Http ? (r.error.isNotFound() ? End::ContainerStopped : End::Refused)
                                                        : End::ConnectionLost,
                   r.message());
            return;
        }
        m_execId = r.value;
        connectReply(m_api->exec().startInteractive(m_execId, true, CallContext::inGroup(m_group)), true);
    });
}

void TerminalSession::attach(const ContainerDetails &details)
{
    m_acceptsInput = details.openStdin;
    m_command = QStringList{details.path} + details.args;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("attach")};
    if (!details.openStdin)
        cli << QStringLiteral("--no-stdin");
    cli << m_container;
    m_group = m_api->beginGroup(shellJoin(cli), tr("Connect to the main process of a container"));
    AttachOptions options;
    options.stdin = details.openStdin;
    options.logs = m_options.replayOutput;
    connectReply(m_api->containers().attach(m_container, options, CallContext::inGroup(m_group)), details.tty);
}

void TerminalSession::connectReply(EngineReply *reply, bool raw)
{
    m_reply = reply;
    connect(reply, &EngineReply::headersReceived, this, [this](int) {
        m_open = true;
        if (!m_pendingInput.isEmpty() && m_acceptsInput)
            m_reply->write(std::exchange(m_pendingInput, {}));
        emit opened();
        sendResize(0);
    });
    connect(reply, &EngineReply::dataReceived, this, [this, raw](const QByteArray &chunk) {
        if (raw) {
            emit output(chunk);
            return;
        }
        // Without a TTY the engine frames stdout and stderr; the terminal shows both.
        QByteArray out;
        QByteArray err;
        if (!m_demuxer.feed(chunk, &out, &err) && out.isEmpty() && err.isEmpty())
            return;
        if (!out.isEmpty())
            emit output(out);
        if (!err.isEmpty())
            emit output(err);
    });
    connect(reply, &EngineReply::finished, this, [this](const EngineResponse &response) {
        m_open = false;
        onStreamFinished(ApiError::fromResponse(response));
    });
}

void TerminalSession::write(const QByteArray &bytes)
{
    if (m_end != End::None || !m_acceptsInput || bytes.isEmpty())
        return;
    if (m_open && m_reply)
        m_reply->write(bytes);
    else
        m_pendingInput += bytes;
}

void TerminalSession::resize(int rows, int columns)
{
    if (rows <= 0 || columns <= 0)
        return;
    m_rows = rows;
    m_columns = columns;
    if (m_open && !m_resizeInFlight)
        sendResize(0);
}

void TerminalSession::sendResize(int attempt)
{
    if (!m_open || m_rows <= 0 || (m_rows == m_sentRows && m_columns == m_sentColumns))
        return;
    const int rows = m_rows;
    const int columns = m_columns;
    m_resizeInFlight = true;
    const auto done = [this, rows, columns, attempt](const ApiResult<NoContent> &r) {
        m_resizeInFlight = false;
        if (r.ok()) {
            m_sentRows = rows;
            m_sentColumns = columns;
            sendResize(0); // a newer size may have come meanwhile
        } else if (attempt < 5 && m_open) {
            // Right after the start the engine may not have the process yet (the CLI retries too).
            QTimer::singleShot(20 * (attempt + 1), this, [this, attempt] { sendResize(attempt + 1); });
        }
    };
    if (m_options.mode == Mode::Exec)
        m_api->exec().resize(m_execId, rows, columns, CallContext::internal()).then(this, done);
    else
        m_api->containers().resize(m_container, rows, columns, CallContext::internal()).then(this, done);
}

void TerminalSession::close()
{
    if (m_end != End::None)
        return;
    m_closing = true;
    if (m_reply)
        m_reply->abort();
    else
        finish(End::Closed, tr("Closed."));
}

void TerminalSession::onStreamFinished(const ApiError &error)
{
    if (m_end != End::None)
        return;
    if (error.kind == ApiError::Kind::Cancelled || m_closing) {
        finish(End::Closed, tr("Closed."));
        return;
    }
    if (error.kind == ApiError::Kind::Http) {
        finish(error.isNotFound() ? End::ContainerStopped : End::Refused, error.message);
        return;
    }
    if (!error.isNone()) {
        finish(End::ConnectionLost, tr("The connection to the engine was cut: %1").arg(error.message));
        return;
    }
    if (m_options.mode == Mode::Attach) {
        afterExit(-1, false, 0);
        return;
    }
    inspectAfterStream(0);
}

void TerminalSession::inspectAfterStream(int attempt)
{
    m_api->exec().inspect(m_execId, CallContext::internal()).then(this, [this, attempt](const ApiResult<ExecDetails> &r) {
        if (m_end != End::None)
            return;
        if (r.ok() && r.value.running) {
            // The stream closed but the program runs on: the connection was cut on the way
            // (a proxy, a tunnel), unless the engine has not noted the exit yet.
            if (attempt < 3) {
                QTimer::singleShot(100, this, [this, attempt] { inspectAfterStream(attempt + 1); });
                return;
            }
            finish(End::ConnectionLost, tr("The connection to the engine was closed while the program still runs in the container."));
            return;
        }
        afterExit(r.ok() ? r.value.exitCode : -1, r.ok(), 0);
    });
}

void TerminalSession::afterExit(int exitCode, bool exitKnown, int attempt)
{
    // Whether the container itself ended (then that is the news, not the shell's exit code).
    m_api->containers().inspect(m_container, CallContext::internal()).then(this, [this, exitCode, exitKnown, attempt](const ApiResult<ContainerDetails> &r) {
        if (m_end != End::None)
            return;
        // A program killed by a signal (or that ended without a word) may be the first sign of
        // the container being stopped: the engine says so a moment later.
        const bool killed = !exitKnown || exitCode > 128;
        if (r.ok() && r.value.running && killed && attempt < 8) {
            QTimer::singleShot(125, this, [this, exitCode, exitKnown, attempt] { afterExit(exitCode, exitKnown, attempt + 1); });
            return;
        }
        if (!r.ok() && r.error.isNotFound()) {
            finish(End::ContainerStopped, tr("The container was removed."), exitCode);
            return;
        }
        if (r.ok() && !r.value.running) {
            QString why = tr("The container stopped (exit code %1).").arg(r.value.exitCode);
            if (r.value.oomKilled)
                why += QLatin1Char(' ') + tr("It ran out of memory.");
            finish(End::ContainerStopped, why, m_options.mode == Mode::Attach ? r.value.exitCode : exitCode);
            return;
        }
        if (m_options.mode == Mode::Attach) {
            finish(End::Detached, tr("Detached from the container; it goes on running."));
            return;
        }
        if (!exitKnown) {
            finish(End::Exited, tr("The program ended."), -1);
            return;
        }
        finish(End::Exited, tr("The program ended with exit code %1.").arg(exitCode), exitCode);
    });
}

void TerminalSession::finish(End end, const QString &message, int exitCode)
{
    if (m_end != End::None)
        return;
    m_end = end;
    m_message = message;
    m_exitCode = exitCode;
    m_open = false;
    if (m_reply)
        m_reply->abort();
    if (m_group != 0) {
        // The Docker Commands panel gets the outcome the CLI would give: its exit status.
        ApiError error;
        if (end == End::Closed) {
            error.kind = ApiError::Kind::Cancelled;
        } else if (end == End::Refused || end == End::NoShell) {
            error.kind = ApiError::Kind::Http;
            error.message = message;
        } else if (end == End::ConnectionLost) {
            error.kind = ApiError::Kind::Transport;
            error.message = message;
        } else if (exitCode != 0 && end != End::Detached) {
            error.kind = ApiError::Kind::Http;
            error.message = message;
        }
        m_api->endGroup(std::exchange(m_group, 0), error);
    }
    emit finished(end);
}

} // namespace dx
