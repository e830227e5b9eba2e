#include "containersapi.h"

#include "apirequest_p.h"
#include "containerspec.h"

#include <QCoreApplication>

namespace dx {

using namespace api;

namespace {

QString path(const QString &container, const char *action = nullptr)
{
    QString p = QStringLiteral("/containers/") + seg(container);
    if (action)
        p += QLatin1Char('/') + QLatin1String(action);
    return p;
}

bool parseCreated(const EngineResponse &response, ContainerCreated *created, QString *error)
{
    QJsonObject object;
    if (!json::parseObject(response.body, &object, error))
        return false;
    JsonFields f(object);
    created->id = f.string(QLatin1String("Id"), true);
    created->warnings = f.strings(QLatin1String("Warnings"));
    *error = f.error();
    return f.ok();
}

} // namespace

ApiCall<QList<ContainerSummary>> ContainersApi::list(const ContainerListOptions &options, const CallContext &context)
{
    QUrlQuery query;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("ps")};
    if (options.all) {
        addBool(&query, QStringLiteral("all"), true);
        cli << QStringLiteral("-a");
    }
    if (options.size) {
        addBool(&query, QStringLiteral("size"), true);
        cli << QStringLiteral("--size");
    }
    addFilters(&query, options.filters);
    for (auto it = options.filters.cbegin(); it != options.filters.cend(); ++it) {
        for (const QString &v : it.value())
            cli << QStringLiteral("--filter") << it.key() + QLatin1Char('=') + v;
    }
    return call<QList<ContainerSummary>>(m_api, request(Kind::Short, "GET", QStringLiteral("/containers/json"), query),
                                         plumbing(cli, QCoreApplication::translate("dx::ContainersApi", "List containers")), context, listParser<ContainerSummary>());
}

ApiCall<ContainerDetails> ContainersApi::inspect(const QString &container, const CallContext &context)
{
    return call<ContainerDetails>(m_api, request(Kind::Short, "GET", path(container, "json")),
                                  plumbing({QStringLiteral("docker"), QStringLiteral("inspect"), container},
                                           QCoreApplication::translate("dx::ContainersApi", "Show everything the engine knows about a container")),
                                  context, objectParser<ContainerDetails>());
}

ApiCall<ContainerDetails> ContainersApi::inspectWithSize(const QString &container, const CallContext &context)
{
    QUrlQuery query;
    addBool(&query, QStringLiteral("size"), true);
    return call<ContainerDetails>(m_api, request(Kind::Short, "GET", path(container, "json"), query),
                                  plumbing({QStringLiteral("docker"), QStringLiteral("inspect"), QStringLiteral("--size"),
                                            container},
                                           QCoreApplication::translate("dx::ContainersApi", "Show everything the engine knows about a container, with its sizes")),
                                  context, objectParser<ContainerDetails>());
}

ApiCall<ContainerCreated> ContainersApi::create(const QJsonObject &config, const QString &name, const CallContext &context)
{
    QUrlQuery query;
    if (!name.isEmpty())
        addText(&query, QStringLiteral("name"), name);
    QStringList cli{QStringLiteral("docker"), QStringLiteral("create")};
    if (!name.isEmpty())
        cli << QStringLiteral("--name") << name;
    cli << config.value(QLatin1String("Image")).toString();
    return call<ContainerCreated>(
        m_api, jsonRequest("POST", QStringLiteral("/containers/create"), query, config),
        user(cli, QCoreApplication::translate("dx::ContainersApi", "Create a container from an image")), context, &parseCreated);
}

ApiCall<ContainerCreated> ContainersApi::create(const ContainerSpec &spec, const QString &name,
                                                const CallContext &context)
{
    QUrlQuery query;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("create")};
    if (!name.isEmpty()) {
        addText(&query, QStringLiteral("name"), name);
        cli << QStringLiteral("--name") << name;
    }
    cli << spec.cliWords();
    return call<ContainerCreated>(
        m_api, jsonRequest("POST", QStringLiteral("/containers/create"), query, spec.toJson()),
        user(cli, QCoreApplication::translate("dx::ContainersApi", "Create a container from an image")), context, &parseCreated);
}

ApiCall<NoContent> ContainersApi::start(const QString &container, const CallContext &context)
{
    return callNoContent(m_api, request(Kind::Short, "POST", path(container, "start")),
                         user({QStringLiteral("docker"), QStringLiteral("start"), container}, QCoreApplication::translate("dx::ContainersApi", "Start a container")),
                         context);
}

ApiCall<NoContent> ContainersApi::stop(const QString &container, int timeoutSeconds, const CallContext &context)
{
    QUrlQuery query;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("stop")};
    if (timeoutSeconds >= 0) {
        query.addQueryItem(QStringLiteral("t"), QString::number(timeoutSeconds));
        cli << QStringLiteral("-t") << QString::number(timeoutSeconds);
    }
    cli << container;
    EngineRequest r = request(Kind::Short, "POST", path(container, "stop"), query);
    // The engine waits for the stop timeout before it answers.
    r.timeoutMs = std::max(timeoutSeconds, 10) * 1000 + 60000;
    return callNoContent(m_api, r, user(cli, QCoreApplication::translate("dx::ContainersApi", "Stop a container (SIGTERM, then SIGKILL after the timeout)")), context);
}

ApiCall<NoContent> ContainersApi::restart(const QString &container, int timeoutSeconds, const CallContext &context)
{
    QUrlQuery query;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("restart")};
    if (timeoutSeconds >= 0) {
        query.addQueryItem(QStringLiteral("t"), QString::number(timeoutSeconds));
        cli << QStringLiteral("-t") << QString::number(timeoutSeconds);
    }
    cli << container;
    EngineRequest r = request(Kind::Short, "POST", path(container, "restart"), query);
    r.timeoutMs = std::max(timeoutSeconds, 10) * 1000 + 60000;
    return callNoContent(m_api, r, user(cli, QCoreApplication::translate("dx::ContainersApi", "Restart a container")), context);
}

ApiCall<NoContent> ContainersApi::kill(const QString &container, const QString &signal, const CallContext &context)
{
    QUrlQuery query;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("kill")};
    if (!signal.isEmpty()) {
        query.addQueryItem(QStringLiteral("signal"), signal);
        cli << QStringLiteral("-s") << signal;
    }
    cli << container;
    return callNoContent(m_api, request(Kind::Short, "POST", path(container, "kill"), query),
                         user(cli, QCoreApplication::translate("dx::ContainersApi", "Kill a container's main process")), context);
}

ApiCall<NoContent> ContainersApi::pause(const QString &container, const CallContext &context)
{
    return callNoContent(m_api, request(Kind::Short, "POST", path(container, "pause")),
                         user({QStringLiteral("docker"), QStringLiteral("pause"), container},
                              QCoreApplication::translate("dx::ContainersApi", "Freeze every process of a container")),
                         context);
}

ApiCall<NoContent> ContainersApi::unpause(const QString &container, const CallContext &context)
{
    return callNoContent(m_api, request(Kind::Short, "POST", path(container, "unpause")),
                         user({QStringLiteral("docker"), QStringLiteral("unpause"), container},
                              QCoreApplication::translate("dx::ContainersApi", "Let a paused container run again")),
                         context);
}

ApiCall<NoContent> ContainersApi::remove(const QString &container, bool force, bool volumes, const CallContext &context)
{
    QUrlQuery query;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("rm")};
    if (force) {
        addBool(&query, QStringLiteral("force"), true);
        cli << QStringLiteral("-f");
    }
    if (volumes) {
        addBool(&query, QStringLiteral("v"), true);
        cli << QStringLiteral("-v");
    }
    cli << container;
    return callNoContent(m_api, request(Kind::Short, "DELETE", path(container), query),
                         user(cli, QCoreApplication::translate("dx::ContainersApi", "Remove a container and its writable layer")), context);
}

ApiCall<NoContent> ContainersApi::rename(const QString &container, const QString &newName, const CallContext &context)
{
    QUrlQuery query;
    addText(&query, QStringLiteral("name"), newName);
    return callNoContent(m_api, request(Kind::Short, "POST", path(container, "rename"), query),
                         user({QStringLiteral("docker"), QStringLiteral("rename"), container, newName},
                              QCoreApplication::translate("dx::ContainersApi", "Rename a container")),
                         context);
}

ApiCall<QString> ContainersApi::commit(const QString &container, const CommitOptions &options, const CallContext &context)
{
    QUrlQuery query;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("commit")};
    addText(&query, QStringLiteral("container"), container);
    if (!options.repository.isEmpty()) {
        addText(&query, QStringLiteral("repo"), options.repository);
        if (!options.tag.isEmpty())
            addText(&query, QStringLiteral("tag"), options.tag);
    }
    if (!options.comment.isEmpty()) {
        addText(&query, QStringLiteral("comment"), options.comment);
        cli << QStringLiteral("-m") << options.comment;
    }
    if (!options.author.isEmpty()) {
        addText(&query, QStringLiteral("author"), options.author);
        cli << QStringLiteral("-a") << options.author;
    }
    // One `changes` a line, as the CLI sends its repeated --change.
    for (const QString &change : options.changes) {
        addText(&query, QStringLiteral("changes"), change);
        cli << QStringLiteral("-c") << change;
    }
    addBool(&query, QStringLiteral("pause"), options.pause);
    if (!options.pause)
        cli << QStringLiteral("--pause=false");
    cli << container;
    if (!options.repository.isEmpty())
        cli << (options.tag.isEmpty() ? options.repository : options.repository + QLatin1Char(':') + options.tag);
    // The body may carry a container config to merge; the CLI sends none.
    EngineRequest r = jsonRequest("POST", QStringLiteral("/commit"), query, QJsonObject());
    // Copying a big writable layer may take minutes.
    r.timeoutMs = 600000;
    return call<QString>(m_api, r,
                         user(cli, QCoreApplication::translate("dx::ContainersApi", "Make the container's writable layer an image layer")),
                         context, [](const EngineResponse &response, QString *id, QString *error) {
                             QJsonObject object;
                             if (!json::parseObject(response.body, &object, error))
                                 return false;
                             JsonFields f(object);
                             *id = f.string(QLatin1String("Id"), true);
                             *error = f.error();
                             return f.ok();
                         });
}

ApiCall<QList<ContainerChange>> ContainersApi::changes(const QString &container, const CallContext &context)
{
    return call<QList<ContainerChange>>(m_api, request(Kind::Short, "GET", path(container, "changes")),
                                        user({QStringLiteral("docker"), QStringLiteral("diff"), container},
                                             QCoreApplication::translate("dx::ContainersApi", "What the container changed in its writable layer")),
                                        context, listParser<ContainerChange>());
}

ApiCall<ProcessList> ContainersApi::top(const QString &container, const QString &psArgs, const CallContext &context)
{
    QUrlQuery query;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("top"), container};
    if (!psArgs.isEmpty()) {
        addText(&query, QStringLiteral("ps_args"), psArgs);
        cli << psArgs.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return call<ProcessList>(m_api, request(Kind::Short, "GET", path(container, "top"), query),
                             user(cli, QCoreApplication::translate("dx::ContainersApi", "The processes running in a container")), context,
                             objectParser<ProcessList>());
}

ApiCall<ContainerWaitResult> ContainersApi::wait(const QString &container, const QString &condition,
                                                 const CallContext &context)
{
    QUrlQuery query;
    if (!condition.isEmpty())
        query.addQueryItem(QStringLiteral("condition"), condition);
    EngineRequest r = request(Kind::Stream, "POST", path(container, "wait"), query);
    r.streaming = false; // one small JSON object at the end, however long that takes
    return call<ContainerWaitResult>(
        m_api, r,
        plumbing({QStringLiteral("docker"), QStringLiteral("wait"), container}, QCoreApplication::translate("dx::ContainersApi", "Wait until a container stops")),
        context, [](const EngineResponse &response, ContainerWaitResult *result, QString *error) {
            QJsonObject object;
            if (!json::parseObject(response.body, &object, error))
                return false;
            JsonFields f(object);
            result->statusCode = int(f.integer(QLatin1String("StatusCode"), 0, true));
            result->error = JsonFields(f.object(QLatin1String("Error"))).string(QLatin1String("Message"));
            *error = f.error();
            return f.ok();
        });
}

ApiCall<PruneReport> ContainersApi::prune(const QMap<QString, QStringList> &filters, const CallContext &context)
{
    QUrlQuery query;
    addFilters(&query, filters);
    QStringList cli{QStringLiteral("docker"), QStringLiteral("container"), QStringLiteral("prune"), QStringLiteral("-f")};
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        for (const QString &v : it.value())
            cli << QStringLiteral("--filter") << it.key() + QLatin1Char('=') + v;
    }
    return call<PruneReport>(m_api, request(Kind::Short, "POST", QStringLiteral("/containers/prune"), query),
                             user(cli, QCoreApplication::translate("dx::ContainersApi", "Remove all stopped containers")), context,
                             [](const EngineResponse &response, PruneReport *report, QString *error) {
                                 QJsonObject object;
                                 if (!json::parseObject(response.body, &object, error))
                                     return false;
                                 JsonFields f(object);
                                 report->deleted = f.strings(QLatin1String("ContainersDeleted"));
                                 report->spaceReclaimed = f.integer(QLatin1String("SpaceReclaimed"));
                                 *error = f.error();
                                 return f.ok();
                             });
}

EngineReply *ContainersApi::logs(const QString &container, const LogOptions &options, const CallContext &context)
{
    QUrlQuery query;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("logs")};
    addBool(&query, QStringLiteral("stdout"), true);
    addBool(&query, QStringLiteral("stderr"), true);
    if (options.follow) {
        addBool(&query, QStringLiteral("follow"), true);
        cli << QStringLiteral("--follow");
    }
    if (options.timestamps) {
        addBool(&query, QStringLiteral("timestamps"), true);
        cli << QStringLiteral("--timestamps");
    }
    if (options.tail >= 0) {
        query.addQueryItem(QStringLiteral("tail"), QString::number(options.tail));
        cli << QStringLiteral("--tail") << QString::number(options.tail);
    }
    if (options.since.isValid()) {
        // The engine takes seconds with a fraction ("1796365913.865000000"), the CLI RFC 3339.
        const qint64 ms = options.since.toMSecsSinceEpoch();
        query.addQueryItem(QStringLiteral("since"), QString::number(ms / 1000) + u'.'
                                                        + QString::number((ms % 1000) * 1000000).rightJustified(9, u'0'));
        cli << QStringLiteral("--since") << options.since.toUTC().toString(Qt::ISODateWithMs);
    }
    cli << container;
    return m_api->send(request(options.follow ? Kind::Stream : Kind::Bulk, "GET", path(container, "logs"), query),
                       user(cli, QCoreApplication::translate("dx::ContainersApi", "Show what a container printed")), context);
}

EngineReply *ContainersApi::stats(const QString &container, bool stream, const CallContext &context)
{
    QUrlQuery query;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("stats")};
    addBool(&query, QStringLiteral("stream"), stream);
    if (!stream)
        cli << QStringLiteral("--no-stream");
    cli << container;
    return m_api->send(request(Kind::Stream, "GET", path(container, "stats"), query),
                       user(cli, QCoreApplication::translate("dx::ContainersApi", "Live resource use of a container")), context);
}

EngineReply *ContainersApi::getArchive(const QString &container, const QString &filePath, const CallContext &context)
{
    QUrlQuery query;
    addText(&query, QStringLiteral("path"), filePath);
    return m_api->send(request(Kind::Bulk, "GET", path(container, "archive"), query),
                       user({QStringLiteral("docker"), QStringLiteral("cp"), container + QLatin1Char(':') + filePath,
                             QStringLiteral("-")},
                            QCoreApplication::translate("dx::ContainersApi", "Copy files out of a container")),
                       context);
}

ApiCall<ContainerPathStat> ContainersApi::statPath(const QString &container, const QString &filePath,
                                                   const CallContext &context)
{
    QUrlQuery query;
    addText(&query, QStringLiteral("path"), filePath);
    EngineRequest r = request(Kind::Short, "HEAD", path(container, "archive"), query);
    const QString what = QStringLiteral("HEAD ") + r.path;
    EngineReply *reply = m_api->send(r,
                                     plumbing({QStringLiteral("docker"), QStringLiteral("exec"), container,
                                               QStringLiteral("stat"), filePath},
                                              QCoreApplication::translate("dx::ContainersApi", "What is at a path in a container")),
                                     context);
    // The answer is a header, not a body.
    return ApiCall<ContainerPathStat>(reply, what, [](const EngineResponse &response, ContainerPathStat *stat, QString *error) {
        const std::optional<ContainerPathStat> parsed = ContainerPathStat::fromHeader(response.header("X-Docker-Container-Path-Stat"));
        if (!parsed) {
            *error = QStringLiteral("no readable X-Docker-Container-Path-Stat header");
            return false;
        }
        *stat = *parsed;
        return true;
    });
}

ApiCall<NoContent> ContainersApi::putArchive(const QString &container, const QString &dir, std::shared_ptr<BodySource> tar,
                                             const CallContext &context)
{
    QUrlQuery query;
    addText(&query, QStringLiteral("path"), dir);
    EngineRequest r = request(Kind::Bulk, "PUT", path(container, "archive"), query);
    r.streaming = false;
    r.bodySource = std::move(tar);
    r.contentType = "application/x-tar";
    return callNoContent(m_api, r,
                         user({QStringLiteral("docker"), QStringLiteral("cp"), QStringLiteral("-"),
                               container + QLatin1Char(':') + dir},
                              QCoreApplication::translate("dx::ContainersApi", "Copy files into a container")),
                         context);
}

EngineReply *ContainersApi::attach(const QString &container, const AttachOptions &options, const CallContext &context)
{
    QUrlQuery query;
    addBool(&query, QStringLiteral("stream"), true);
    addBool(&query, QStringLiteral("stdin"), options.stdin);
    addBool(&query, QStringLiteral("stdout"), true);
    addBool(&query, QStringLiteral("stderr"), true);
    if (options.logs)
        addBool(&query, QStringLiteral("logs"), true);
    EngineRequest r = request(Kind::Stream, "POST", path(container, "attach"), query);
    r.upgrade = true;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("attach")};
    if (!options.stdin)
        cli << QStringLiteral("--no-stdin");
    cli << container;
    return m_api->send(r, user(cli, QCoreApplication::translate("dx::ContainersApi", "Connect to the main process of a container")),
                       context);
}

ApiCall<NoContent> ContainersApi::resize(const QString &container, int rows, int columns, const CallContext &context)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("h"), QString::number(rows));
    query.addQueryItem(QStringLiteral("w"), QString::number(columns));
    return callNoContent(m_api, request(Kind::Short, "POST", path(container, "resize"), query),
                         plumbing({QStringLiteral("stty"), QStringLiteral("rows"), QString::number(rows), QStringLiteral("cols"),
                                   QString::number(columns)},
                                  QCoreApplication::translate("dx::ContainersApi", "Resize a container's terminal")),
                         context);
}

} // namespace dx
