#include "execapi.h"

#include "apirequest_p.h"

#include <QCoreApplication>

namespace dx {

using namespace api;

bool ExecDetails::fromJson(const QJsonObject &o, ExecDetails *d, QString *error)
{
    JsonFields f(o);
    d->id = f.string(QLatin1String("ID"), true);
    d->running = f.boolean(QLatin1String("Running"));
    d->exitCode = d->running ? -1 : int(f.integer(QLatin1String("ExitCode"), -1));
    d->pid = int(f.integer(QLatin1String("Pid")));
    *error = f.error();
    return f.ok();
}

ApiCall<QString> ExecApi::create(const QString &container, const ExecOptions &options, const CallContext &context)
{
    QJsonObject body{{QStringLiteral("Cmd"), QJsonArray::fromStringList(options.cmd)},
                     {QStringLiteral("Tty"), options.tty},
                     {QStringLiteral("AttachStdin"), options.attachStdin},
                     {QStringLiteral("AttachStdout"), options.attachStdout},
                     {QStringLiteral("AttachStderr"), options.attachStderr}};
    QStringList cli{QStringLiteral("docker"), QStringLiteral("exec")};
    if (options.attachStdin && options.tty)
        cli << QStringLiteral("-it");
    else if (options.attachStdin)
        cli << QStringLiteral("-i");
    else if (options.tty)
        cli << QStringLiteral("-t");
    if (!options.user.isEmpty()) {
        body.insert(QStringLiteral("User"), options.user);
        cli << QStringLiteral("--user") << options.user;
    }
    if (!options.workingDir.isEmpty()) {
        body.insert(QStringLiteral("WorkingDir"), options.workingDir);
        cli << QStringLiteral("--workdir") << options.workingDir;
    }
    if (!options.env.isEmpty()) {
        body.insert(QStringLiteral("Env"), QJsonArray::fromStringList(options.env));
        for (const QString &e : options.env)
            cli << QStringLiteral("--env") << e;
    }
    cli << container << options.cmd;
    return call<QString>(m_api,
                         jsonRequest("POST", QStringLiteral("/containers/") + seg(container) + QStringLiteral("/exec"), {}, body),
                         user(cli, QCoreApplication::translate("dx::ExecApi", "Run a command inside a running container")), context,
                         [](const EngineResponse &response, QString *id, QString *error) {
                             QJsonObject object;
                             if (!json::parseObject(response.body, &object, error))
                                 return false;
                             JsonFields f(object);
                             *id = f.string(QLatin1String("Id"), true);
                             *error = f.error();
                             return f.ok();
                         });
}

EngineReply *ExecApi::start(const QString &execId, const CallContext &context)
{
    EngineRequest r = request(Kind::Bulk, "POST", QStringLiteral("/exec/") + seg(execId) + QStringLiteral("/start"));
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("Detach"), false}, {QStringLiteral("Tty"), false}})
                 .toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    return m_api->send(r,
                       plumbing({QStringLiteral("docker"), QStringLiteral("exec"), QStringLiteral("--start"), execId},
                                QCoreApplication::translate("dx::ExecApi", "Run a prepared command and read its output")),
                       context);
}

EngineReply *ExecApi::startInteractive(const QString &execId, bool tty, const CallContext &context)
{
    EngineRequest r = request(Kind::Stream, "POST", QStringLiteral("/exec/") + seg(execId) + QStringLiteral("/start"));
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("Detach"), false}, {QStringLiteral("Tty"), tty}})
                 .toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    r.upgrade = true;
    return m_api->send(r,
                       plumbing({QStringLiteral("docker"), QStringLiteral("exec"), QStringLiteral("--start"), execId},
                                QCoreApplication::translate("dx::ExecApi", "Connect to a prepared command's terminal")),
                       context);
}

ApiCall<ExecDetails> ExecApi::inspect(const QString &execId, const CallContext &context)
{
    return call<ExecDetails>(m_api, request(Kind::Short, "GET", QStringLiteral("/exec/") + seg(execId) + QStringLiteral("/json")),
                             plumbing({QStringLiteral("docker"), QStringLiteral("inspect"), execId}, QCoreApplication::translate("dx::ExecApi", "State of an exec session")),
                             context, objectParser<ExecDetails>());
}

ApiCall<NoContent> ExecApi::resize(const QString &execId, int rows, int columns, const CallContext &context)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("h"), QString::number(rows));
    query.addQueryItem(QStringLiteral("w"), QString::number(columns));
    return callNoContent(m_api, request(Kind::Short, "POST", QStringLiteral("/exec/") + seg(execId) + QStringLiteral("/resize"), query),
                         plumbing({QStringLiteral("stty"), QStringLiteral("rows"), QString::number(rows), QStringLiteral("cols"),
                                   QString::number(columns)},
                                  QCoreApplication::translate("dx::ExecApi", "Resize a terminal")),
                         context);
}

} // namespace dx
