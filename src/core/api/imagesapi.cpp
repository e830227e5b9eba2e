#include "imagesapi.h"

#include "apirequest_p.h"
#include "imageprogress.h"
#include "registry/imagereference.h"

#include <QCoreApplication>

#include <memory>

namespace dx {

using namespace api;

namespace {

QString path(const QString &image, const char *action = nullptr)
{
    QString p = QStringLiteral("/images/") + seg(image);
    if (action)
        p += QLatin1Char('/') + QLatin1String(action);
    return p;
}

bool parseDeleteItem(const QJsonObject &o, ImageDeleteItem *item, QString *error)
{
    JsonFields f(o);
    item->untagged = f.string(QLatin1String("Untagged"));
    item->deleted = f.string(QLatin1String("Deleted"));
    *error = f.error();
    return f.ok();
}

// The tag (or digest) the CLI sends beside the name: latest when the reference names none.
QString tagOf(const ImageReference &reference)
{
    if (!reference.digest.isEmpty())
        return reference.digest;
    return reference.tag.isEmpty() ? QStringLiteral("latest") : reference.tag;
}

void addRegistryAuth(EngineRequest *request, const RegistryAuth &auth)
{
    // Always sent, empty or not: Docker refuses a push without it ("missing X-Registry-Auth").
    request->headers.append({QByteArrayLiteral("X-Registry-Auth"), encodeRegistryAuth(auth)});
}

} // namespace

ApiCall<QList<ImageSummary>> ImagesApi::list(bool all, const QMap<QString, QStringList> &filters,
                                            const CallContext &context)
{
    QUrlQuery query;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("images")};
    if (all) {
        addBool(&query, QStringLiteral("all"), true);
        cli << QStringLiteral("-a");
    }
    addFilters(&query, filters);
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        for (const QString &v : it.value())
            cli << QStringLiteral("--filter") << it.key() + QLatin1Char('=') + v;
    }
    return call<QList<ImageSummary>>(m_api, request(Kind::Short, "GET", QStringLiteral("/images/json"), query),
                                     plumbing(cli, QCoreApplication::translate("dx::ImagesApi", "List images")), context, listParser<ImageSummary>());
}

ApiCall<ImageDetails> ImagesApi::inspect(const QString &image, const CallContext &context)
{
    return call<ImageDetails>(m_api, request(Kind::Short, "GET", path(image, "json")),
                              plumbing({QStringLiteral("docker"), QStringLiteral("image"), QStringLiteral("inspect"), image},
                                       QCoreApplication::translate("dx::ImagesApi", "Show everything the engine knows about an image")),
                              context, objectParser<ImageDetails>());
}

ApiCall<QList<ImageHistoryEntry>> ImagesApi::history(const QString &image, const CallContext &context)
{
    return call<QList<ImageHistoryEntry>>(m_api, request(Kind::Short, "GET", path(image, "history")),
                                          plumbing({QStringLiteral("docker"), QStringLiteral("history"), image},
                                                   QCoreApplication::translate("dx::ImagesApi", "Show the layers of an image")),
                                          context, listParser<ImageHistoryEntry>());
}

ApiCall<QList<ImageDeleteItem>> ImagesApi::remove(const QString &image, bool force, const CallContext &context)
{
    QUrlQuery query;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("rmi")};
    if (force) {
        addBool(&query, QStringLiteral("force"), true);
        cli << QStringLiteral("-f");
    }
    cli << image;
    return call<QList<ImageDeleteItem>>(
        m_api, request(Kind::Short, "DELETE", path(image), query), user(cli, QCoreApplication::translate("dx::ImagesApi", "Remove an image")), context,
        [](const EngineResponse &response, QList<ImageDeleteItem> *items, QString *error) {
            return json::parseList<ImageDeleteItem>(response.body, items, error, &parseDeleteItem);
        });
}

ApiCall<NoContent> ImagesApi::tag(const QString &image, const QString &target, const CallContext &context)
{
    // "repo:tag" → repo and tag; a ':' inside a registry's host:port is not a tag separator.
    QString repo = target;
    QString tagName;
    const qsizetype colon = target.lastIndexOf(QLatin1Char(':'));
    if (colon > target.lastIndexOf(QLatin1Char('/'))) {
        repo = target.left(colon);
        tagName = target.mid(colon + 1);
    }
    QUrlQuery query;
    addText(&query, QStringLiteral("repo"), repo);
    if (!tagName.isEmpty())
        addText(&query, QStringLiteral("tag"), tagName);
    return callNoContent(m_api, request(Kind::Short, "POST", path(image, "tag"), query),
                         user({QStringLiteral("docker"), QStringLiteral("tag"), image, target},
                              QCoreApplication::translate("dx::ImagesApi", "Give an image another name")),
                         context);
}

ApiCall<PruneReport> ImagesApi::prune(bool all, const CallContext &context)
{
    return prune(all, {}, context);
}

ApiCall<PruneReport> ImagesApi::prune(bool all, const QMap<QString, QStringList> &filters, const CallContext &context)
{
    QUrlQuery query;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("image"), QStringLiteral("prune"), QStringLiteral("-f")};
    QMap<QString, QStringList> sent = filters;
    if (all) {
        sent.insert(QStringLiteral("dangling"), {QStringLiteral("false")});
        cli << QStringLiteral("-a");
    }
    addFilters(&query, sent);
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        for (const QString &v : it.value())
            cli << QStringLiteral("--filter") << it.key() + QLatin1Char('=') + v;
    }
    return call<PruneReport>(m_api, request(Kind::Short, "POST", QStringLiteral("/images/prune"), query),
                             user(cli, all ? QCoreApplication::translate("dx::ImagesApi", "Remove every image no container uses") : QCoreApplication::translate("dx::ImagesApi", "Remove dangling images")),
                             context, [](const EngineResponse &response, PruneReport *report, QString *error) {
                                 QJsonObject object;
                                 if (!json::parseObject(response.body, &object, error))
                                     return false;
                                 JsonFields f(object);
                                 for (const QJsonValue &v : f.array(QLatin1String("ImagesDeleted"))) {
                                     const QJsonObject item = v.toObject();
                                     const QString id = item.value(QLatin1String("Deleted")).toString();
                                     report->deleted.append(id.isEmpty() ? item.value(QLatin1String("Untagged")).toString() : id);
                                 }
                                 report->spaceReclaimed = f.integer(QLatin1String("SpaceReclaimed"));
                                 *error = f.error();
                                 return f.ok();
                             });
}

ApiCall<ImageImportReport> ImagesApi::import(const QByteArray &rootfs, const QString &repository, const QString &tag,
                                            const QStringList &changes, const CallContext &context)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fromSrc"), QStringLiteral("-"));
    // The tag goes inside repo ("name:tag"): Docker reads it there too, and Podman 4.3 ignores
    // the separate tag parameter (it names the image docker.io/library/NAME:latest).
    addText(&query, QStringLiteral("repo"), tag.isEmpty() ? repository : repository + QLatin1Char(':') + tag);
    QStringList cli{QStringLiteral("docker"), QStringLiteral("import")};
    for (const QString &change : changes) {
        addText(&query, QStringLiteral("changes"), change);
        cli << QStringLiteral("--change") << change;
    }
    cli << QStringLiteral("-") << (tag.isEmpty() ? repository : repository + QLatin1Char(':') + tag);
    EngineRequest r = request(Kind::Short, "POST", QStringLiteral("/images/create"), query);
    r.body = rootfs;
    r.contentType = "application/x-tar";
    return call<ImageImportReport>(
        m_api, r, user(cli, QCoreApplication::translate("dx::ImagesApi", "Make an image from a tar of files")), context,
        [](const EngineResponse &response, ImageImportReport *report, QString *error) {
            // JSON lines: {"status":"sha256:..."} or {"errorDetail":{...},"error":"..."}.
            for (const QByteArray &line : response.body.split('\n')) {
                if (line.trimmed().isEmpty())
                    continue;
                QJsonObject object;
                if (!json::parseObject(line, &object, error))
                    return false;
                JsonFields f(object);
                const QString failure = f.string(QLatin1String("error"));
                const QString status = f.string(QLatin1String("status"));
                if (!f.ok()) {
                    *error = f.error();
                    return false;
                }
                if (!failure.isEmpty())
                    report->error = failure;
                else if (status.startsWith(QLatin1String("sha256:")))
                    report->imageId = status;
            }
            return true;
        });
}

EngineReply *ImagesApi::pull(const QString &reference, const RegistryAuth &auth, const CallContext &context)
{
    return pull(reference, QString(), auth, context);
}

EngineReply *ImagesApi::pull(const QString &reference, const QString &platform, const RegistryAuth &auth,
                             const CallContext &context)
{
    const ImageReference parsed = ImageReference::parse(reference);
    QUrlQuery query;
    addText(&query, QStringLiteral("fromImage"), parsed.isValid() ? parsed.familiarName() : reference);
    addText(&query, QStringLiteral("tag"), tagOf(parsed));
    QStringList cli{QStringLiteral("docker"), QStringLiteral("pull")};
    if (!platform.isEmpty()) {
        addText(&query, QStringLiteral("platform"), platform);
        cli << QStringLiteral("--platform") << platform;
    }
    cli << reference;
    EngineRequest r = request(Kind::Stream, "POST", QStringLiteral("/images/create"), query);
    addRegistryAuth(&r, auth);
    return sendProgressStream(r, user(cli,
                                      QCoreApplication::translate("dx::ImagesApi", "Download an image from its registry")),
                              context);
}

EngineReply *ImagesApi::push(const QString &reference, const RegistryAuth &auth, const CallContext &context)
{
    const ImageReference parsed = ImageReference::parse(reference);
    QUrlQuery query;
    addText(&query, QStringLiteral("tag"), tagOf(parsed));
    EngineRequest r = request(Kind::Stream, "POST", path(parsed.isValid() ? parsed.familiarName() : reference, "push"), query);
    addRegistryAuth(&r, auth);
    return sendProgressStream(r, user({QStringLiteral("docker"), QStringLiteral("push"), reference},
                                      QCoreApplication::translate("dx::ImagesApi", "Upload an image to its registry")),
                              context);
}

EngineReply *ImagesApi::save(const QStringList &images, const CallContext &context)
{
    QStringList cli{QStringLiteral("docker"), QStringLiteral("save")};
    cli << images;
    EngineRequest r;
    if (images.size() == 1) {
        r = request(Kind::Bulk, "GET", path(images.constFirst(), "get"));
    } else {
        QUrlQuery query;
        for (const QString &image : images)
            addText(&query, QStringLiteral("names"), image);
        r = request(Kind::Bulk, "GET", QStringLiteral("/images/get"), query);
    }
    return m_api->send(r, user(cli, QCoreApplication::translate("dx::ImagesApi", "Write images with all their layers into one tar")),
                       context);
}

ApiCall<ImageLoadReport> ImagesApi::load(std::shared_ptr<BodySource> tar, const CallContext &context)
{
    QUrlQuery query;
    addBool(&query, QStringLiteral("quiet"), true);
    // The stall limit while the tar goes up, then as long as the engine needs to unpack it.
    EngineRequest r = request(Kind::Upload, "POST", QStringLiteral("/images/load"), query);
    r.streaming = false;
    r.bodySource = std::move(tar);
    r.contentType = "application/x-tar";
    return call<ImageLoadReport>(
        m_api, r, user({QStringLiteral("docker"), QStringLiteral("load")},
                       QCoreApplication::translate("dx::ImagesApi", "Read images from a tar written by docker save")),
        context, [](const EngineResponse &response, ImageLoadReport *report, QString *error) {
            // JSON lines: {"stream":"Loaded image: name:tag\n"}, {"stream":"Loaded image ID:
            // sha256:...\n"} or {"errorDetail":{...},"error":"..."}.
            for (const QByteArray &line : response.body.split('\n')) {
                if (line.trimmed().isEmpty())
                    continue;
                QJsonObject object;
                if (!json::parseObject(line, &object, error))
                    return false;
                JsonFields f(object);
                const QString failure = f.string(QLatin1String("error"));
                const QString stream = f.string(QLatin1String("stream")).trimmed();
                if (!f.ok()) {
                    *error = f.error();
                    return false;
                }
                if (!failure.isEmpty())
                    report->error = failure;
                for (const QLatin1String prefix : {QLatin1String("Loaded image: "), QLatin1String("Loaded image ID: ")}) {
                    if (stream.startsWith(prefix))
                        report->loaded.append(stream.mid(prefix.size()).trimmed());
                }
            }
            return true;
        });
}

EngineReply *ImagesApi::sendProgressStream(const EngineRequest &request, const Command &command, const CallContext &context)
{
    // A failure inside the 200 stream is the command's outcome too: the request runs as a group
    // of one, ended with what the stream said.
    if (context.group != 0 || context.visibility == CallContext::Visibility::Internal)
        return m_api->send(request, command, context);
    CallContext grouped = context;
    grouped.group = m_api->beginGroup(command.cli, context.description.isEmpty() ? command.description : context.description);
    EngineReply *reply = m_api->send(request, command, grouped);
    auto decoder = std::make_shared<ImageProgressDecoder>();
    QObject::connect(reply, &EngineReply::dataReceived, m_api, [decoder](const QByteArray &chunk) { decoder->feed(chunk); });
    QObject::connect(reply, &EngineReply::finished, m_api,
                     [api = m_api, group = grouped.group, decoder](const EngineResponse &response) {
                         decoder->finish();
                         api->endGroup(group, decoder->outcome(response));
                     });
    // A reply deleted before it finished (never by itself) leaves no command running forever.
    QObject::connect(reply, &QObject::destroyed, m_api, [api = m_api, group = grouped.group] {
        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        api->endGroup(group, cancelled);
    });
    return reply;
}

} // namespace dx
