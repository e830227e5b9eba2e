#include "buildapi.h"

#include "apirequest_p.h"
#include "containertypes.h"

#include <QCoreApplication>

namespace dx {

using namespace api;

namespace {

QString pairsToJson(const QList<QPair<QString, QString>> &pairs)
{
    QJsonObject object;
    for (const auto &p : pairs)
        object.insert(p.first, p.second);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QUrlQuery BuildParameters::query() const
{
    // Free text goes in through addText() and DockerApi::send() escapes what the engine would
    // read otherwise, so a build argument like "x+y;z=1 %41" arrives unchanged.
    QUrlQuery q;
    for (const QString &t : tags)
        addText(&q, QStringLiteral("t"), t);
    if (!dockerfile.isEmpty())
        addText(&q, QStringLiteral("dockerfile"), dockerfile);
    if (!buildArgs.isEmpty())
        addText(&q, QStringLiteral("buildargs"), pairsToJson(buildArgs));
    if (!target.isEmpty())
        addText(&q, QStringLiteral("target"), target);
    if (!platform.isEmpty())
        addText(&q, QStringLiteral("platform"), platform);
    if (noCache)
        addBool(&q, QStringLiteral("nocache"), true);
    if (pull)
        addBool(&q, QStringLiteral("pull"), true);
    if (!labels.isEmpty())
        addText(&q, QStringLiteral("labels"), pairsToJson(labels));
    addBool(&q, QStringLiteral("rm"), true);
    if (forceRm)
        addBool(&q, QStringLiteral("forcerm"), true);
    q.addQueryItem(QStringLiteral("version"), buildKit ? QStringLiteral("2") : QStringLiteral("1"));
    return q;
}

QString BuildParameters::heredocDelimiter(const QByteArray &text)
{
    const QList<QByteArray> lines = text.split('\n');
    QString delimiter = QStringLiteral("EOF");
    for (int n = 1; lines.contains(delimiter.toUtf8()) || lines.contains(delimiter.toUtf8() + '\r'); ++n)
        delimiter = QStringLiteral("EOF_%1").arg(n);
    return delimiter;
}

QString BuildParameters::commandLine() const
{
    QStringList words{QStringLiteral("docker"), QStringLiteral("build")};
    if (dockerfileFromStdin)
        words << QStringLiteral("-f-");
    else if (!dockerfileArgument.isEmpty())
        words << QStringLiteral("-f") << dockerfileArgument;
    for (const QString &t : tags)
        words << QStringLiteral("-t") << t;
    for (const auto &a : buildArgs)
        words << QStringLiteral("--build-arg") << a.first + QLatin1Char('=') + a.second;
    if (!target.isEmpty())
        words << QStringLiteral("--target") << target;
    if (!platform.isEmpty())
        words << QStringLiteral("--platform") << platform;
    if (noCache)
        words << QStringLiteral("--no-cache");
    if (pull)
        words << QStringLiteral("--pull");
    if (forceRm)
        words << QStringLiteral("--force-rm");
    for (const auto &l : labels)
        words << QStringLiteral("--label") << l.first + QLatin1Char('=') + l.second;
    if (buildKit)
        words << QStringLiteral("--progress=plain");
    words << (contextDir.isEmpty() ? QStringLiteral(".") : contextDir);
    QString line = QStringLiteral("DOCKER_BUILDKIT=%1 ").arg(buildKit ? 1 : 0) + shellJoin(words);
    if (!dockerfileFromStdin)
        return line;
    // A quoted delimiter: the shell passes the text on unchanged ($VAR, backslashes).
    const QString delimiter = heredocDelimiter(stdinDockerfile);
    QString text = QString::fromUtf8(stdinDockerfile);
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return line + QStringLiteral(" <<'") + delimiter + QStringLiteral("'\n") + text + delimiter;
}

EngineReply *BuildApi::build(const BuildParameters &parameters, std::shared_ptr<BodySource> context,
                             const CallContext &callContext)
{
    EngineRequest r = request(Kind::Upload, "POST", QStringLiteral("/build"), parameters.query());
    r.bodySource = std::move(context);
    r.contentType = "application/x-tar";
    if (!parameters.registryAuths.isEmpty())
        r.headers.append({QByteArrayLiteral("X-Registry-Config"), encodeRegistryConfig(parameters.registryAuths)});
    const Command command{parameters.commandLine(),
                          QCoreApplication::translate("dx::BuildApi", "Build an image"), false};
    return m_api->send(r, command, callContext);
}

ApiCall<PruneReport> BuildApi::pruneCache(bool all, const CallContext &context)
{
    return pruneCache(all, {}, context);
}

ApiCall<PruneReport> BuildApi::pruneCache(bool all, const QMap<QString, QStringList> &filters, const CallContext &context)
{
    QUrlQuery query;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("builder"), QStringLiteral("prune"), QStringLiteral("-f")};
    if (all) {
        addBool(&query, QStringLiteral("all"), true);
        cli << QStringLiteral("-a");
    }
    addFilters(&query, filters);
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        for (const QString &v : it.value())
            cli << QStringLiteral("--filter") << it.key() + QLatin1Char('=') + v;
    }
    return call<PruneReport>(m_api, request(Kind::Short, "POST", QStringLiteral("/build/prune"), query),
                             user(cli, QCoreApplication::translate("dx::BuildApi", "Remove the build cache")), context,
                             [](const EngineResponse &response, PruneReport *report, QString *error) {
                                 QJsonObject object;
                                 if (!json::parseObject(response.body, &object, error))
                                     return false;
                                 JsonFields f(object);
                                 report->deleted = f.strings(QLatin1String("CachesDeleted"));
                                 report->spaceReclaimed = f.integer(QLatin1String("SpaceReclaimed"));
                                 *error = f.error();
                                 return f.ok();
                             });
}

} // namespace dx
