#pragma once

#include "apicall.h"
#include "commandrecord.h"
#include "registry/registryauth.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QStringList>
#include <QUrlQuery>

#include <memory>

namespace dx {

class BodySource;
class DockerApi;
class EngineReply;
struct PruneReport;

// Everything POST /build is told besides the context tar, and the `docker build` command line
// that makes the same image from the same folder. Both come from here, so the Docker Commands
// panel cannot drift from what was sent.
struct BuildParameters
{
    QString contextDir;            // the CLI's last word; "." when empty
    QString dockerfile;            // the `dockerfile` query value: its path inside the context tar
    // What `-f` says at the command line; empty: CONTEXT/Dockerfile. Ignored with stdinDockerfile.
    QString dockerfileArgument;
    // Set when the Dockerfile is not a file on disk (the editor's unsaved text): it travels
    // inside the context like `docker build -f- CONTEXT`, whose stdin the command line gives
    // as a heredoc.
    bool dockerfileFromStdin = false;
    QByteArray stdinDockerfile;
    QStringList tags;
    QList<QPair<QString, QString>> buildArgs; // sent as written: '+', ';', '=', spaces included
    QList<QPair<QString, QString>> labels;
    QString target;
    QString platform;              // e.g. "linux/amd64"; empty: the engine's own
    bool noCache = false;
    bool pull = false;
    bool forceRm = true;           // remove the intermediate containers even when a step fails
    bool buildKit = false;         // version=2 (DOCKER_BUILDKIT=1) instead of the classic builder
    // The registries' credentials for pulling base images (RegistryCredentials::all()), sent as
    // X-Registry-Config like `docker build` does. Secrets: never part of the command line.
    RegistryAuthMap registryAuths;

    QUrlQuery query() const;
    // One line, or the heredoc form when the Dockerfile comes from stdin:
    //     DOCKER_BUILDKIT=0 docker build -f- -t demo:1 /ctx <<'EOF'
    //     FROM busybox
    //     EOF
    QString commandLine() const;
    // The heredoc delimiter: EOF unless the text has a line that reads EOF.
    static QString heredocDelimiter(const QByteArray &text);
};

// POST /build and the build cache.
class BuildApi final
{
    Q_DISABLE_COPY_MOVE(BuildApi)

public:
    explicit BuildApi(DockerApi *api)
        : m_api(api)
    {
    }

    // Streams the JSON-lines progress. The Docker Commands panel shows
    // parameters.commandLine(), and only once the request is really sent.
    EngineReply *build(const BuildParameters &parameters, std::shared_ptr<BodySource> context,
                       const CallContext &callContext = {});
    ApiCall<PruneReport> pruneCache(bool all = false, const CallContext &context = {});
    // Filters are BuildKit's record fields (id, parent, type, description, inuse, shared,
    // private) and until; the engine refuses others, labels among them.
    ApiCall<PruneReport> pruneCache(bool all, const QMap<QString, QStringList> &filters, const CallContext &context);

private:
    DockerApi *m_api;
};

} // namespace dx
