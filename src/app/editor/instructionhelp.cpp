#include "instructionhelp.h"

#include "dockerfilelexer.h"

#include <QCoreApplication>

namespace dx {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dx::InstructionHelp", text);
}

QString lit(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

QStringList InstructionHelp::keywords()
{
    return DockerfileLexer::instructionNames();
}

InstructionHelp::Entry InstructionHelp::entry(const QString &keyword)
{
    const QString k = keyword.toUpper();
    Entry e;
    e.keyword = k;
    if (k == QLatin1String("FROM")) {
        e.summary = tr("Start a build stage from a base image.");
        e.details = tr("Every Dockerfile starts with FROM. The image it names is the first layers of yours. "
                       "Name a stage with AS to copy files out of it later (multi-stage builds).");
        e.forms = {lit("FROM [--platform=<platform>] <image>[:<tag>] [AS <name>]"), lit("FROM <image>@<digest>")};
        e.example = lit("FROM python:3.12-slim AS app");
    } else if (k == QLatin1String("RUN")) {
        e.summary = tr("Run a command while building and keep its file changes as a new layer.");
        e.details = tr("The shell form runs the command with /bin/sh -c. Chain related commands with && so they "
                       "share one layer. --mount gives the command caches, secrets or files from other stages.");
        e.forms = {lit("RUN [--mount=...] [--network=...] <command>"), lit("RUN [\"executable\", \"arg\", ...]"),
                   lit("RUN <<EOF ... EOF")};
        e.example = lit("RUN apt-get update && apt-get install -y curl");
    } else if (k == QLatin1String("CMD")) {
        e.summary = tr("The default command a container of the image runs.");
        e.details = tr("Only the last CMD counts. Arguments given to docker run replace it. With an ENTRYPOINT, "
                       "CMD gives that entrypoint its default arguments. Prefer the exec (JSON) form.");
        e.forms = {lit("CMD [\"executable\", \"arg\", ...]"), lit("CMD [\"arg\", ...]"), lit("CMD command arg ...")};
        e.example = lit("CMD [\"python\", \"app.py\"]");
    } else if (k == QLatin1String("LABEL")) {
        e.summary = tr("Add metadata (key=value pairs) to the image.");
        e.details = tr("Labels cost no layer. docker inspect shows them; tools use them for the author, "
                       "the source repository or the version.");
        e.forms = {lit("LABEL <key>=<value> [<key>=<value> ...]")};
        e.example = lit("LABEL org.opencontainers.image.source=\"https://example.com/app\"");
    } else if (k == QLatin1String("MAINTAINER")) {
        e.summary = tr("Deprecated: the author of the image.");
        e.details = tr("Use LABEL org.opencontainers.image.authors=... instead.");
        e.forms = {lit("MAINTAINER <name>")};
        e.example = lit("LABEL org.opencontainers.image.authors=\"me@example.com\"");
    } else if (k == QLatin1String("EXPOSE")) {
        e.summary = tr("Document the ports the application listens on.");
        e.details = tr("EXPOSE publishes nothing by itself: use docker run -p to map a port to the host.");
        e.forms = {lit("EXPOSE <port>[/<protocol>] ...")};
        e.example = lit("EXPOSE 8080/tcp");
    } else if (k == QLatin1String("ENV")) {
        e.summary = tr("Set environment variables for the following instructions and the container.");
        e.details = tr("The values stay in the image and in every container of it. Do not put secrets here.");
        e.forms = {lit("ENV <key>=<value> [<key>=<value> ...]")};
        e.example = lit("ENV PYTHONUNBUFFERED=1 APP_HOME=/app");
    } else if (k == QLatin1String("ADD")) {
        e.summary = tr("Copy files, URLs or archives into the image.");
        e.details = tr("Like COPY, but also downloads URLs and unpacks local tar archives. Use COPY unless you "
                       "need one of those.");
        e.forms = {lit("ADD [--chown=<user>] [--checksum=<sha256>] <src>... <dest>"), lit("ADD [\"<src>\", ... \"<dest>\"]")};
        e.example = lit("ADD --checksum=sha256:... https://example.com/tool.tar.gz /opt/");
    } else if (k == QLatin1String("COPY")) {
        e.summary = tr("Copy files from the build context or another stage into the image.");
        e.details = tr("Sources are relative to the build context (minus what .dockerignore excludes). "
                       "--from copies out of an earlier stage or an image.");
        e.forms = {lit("COPY [--from=<stage>] [--chown=<user>] [--chmod=<mode>] [--link] <src>... <dest>"),
                   lit("COPY [\"<src>\", ... \"<dest>\"]")};
        e.example = lit("COPY --from=build /src/app /usr/local/bin/app");
    } else if (k == QLatin1String("ENTRYPOINT")) {
        e.summary = tr("The executable a container always runs.");
        e.details = tr("Arguments of docker run and CMD are appended to it. Use the exec (JSON) form so "
                       "signals reach your program.");
        e.forms = {lit("ENTRYPOINT [\"executable\", \"arg\", ...]"), lit("ENTRYPOINT command arg ...")};
        e.example = lit("ENTRYPOINT [\"python\", \"app.py\"]");
    } else if (k == QLatin1String("VOLUME")) {
        e.summary = tr("Mark a folder as a volume: its data lives outside the container's writable layer.");
        e.details = tr("Changes made to that folder by later build steps are discarded.");
        e.forms = {lit("VOLUME [\"/path\", ...]"), lit("VOLUME /path ...")};
        e.example = lit("VOLUME /data");
    } else if (k == QLatin1String("USER")) {
        e.summary = tr("The user (and group) the following instructions and the container run as.");
        e.details = tr("Run as a user without root rights whenever the application allows it.");
        e.forms = {lit("USER <user>[:<group>]"), lit("USER <uid>[:<gid>]")};
        e.example = lit("USER 1000:1000");
    } else if (k == QLatin1String("WORKDIR")) {
        e.summary = tr("Change the working folder for the following instructions and the container.");
        e.details = tr("The folder is created if it does not exist. Use absolute paths.");
        e.forms = {lit("WORKDIR /path")};
        e.example = lit("WORKDIR /app");
    } else if (k == QLatin1String("ARG")) {
        e.summary = tr("Declare a build argument (docker build --build-arg).");
        e.details = tr("Build arguments exist only while building. An ARG before FROM can be used in FROM lines.");
        e.forms = {lit("ARG <name>[=<default>]")};
        e.example = lit("ARG VERSION=1.0");
    } else if (k == QLatin1String("ONBUILD")) {
        e.summary = tr("An instruction that runs later, when another image builds FROM this one.");
        e.details = tr("Useful for base images of a team; surprising for everybody else.");
        e.forms = {lit("ONBUILD <INSTRUCTION>")};
        e.example = lit("ONBUILD COPY . /app");
    } else if (k == QLatin1String("STOPSIGNAL")) {
        e.summary = tr("The signal docker stop sends to end the container.");
        e.details = tr("The default is SIGTERM; after a timeout, SIGKILL follows.");
        e.forms = {lit("STOPSIGNAL <signal>")};
        e.example = lit("STOPSIGNAL SIGINT");
    } else if (k == QLatin1String("HEALTHCHECK")) {
        e.summary = tr("A command that tells whether the container still works.");
        e.details = tr("The container's status shows healthy or unhealthy. NONE switches off a check inherited "
                       "from the base image.");
        e.forms = {lit("HEALTHCHECK [--interval=..] [--timeout=..] [--retries=..] CMD <command>"), lit("HEALTHCHECK NONE")};
        e.example = lit("HEALTHCHECK --interval=30s CMD wget -q -O- http://localhost:8080/ || exit 1");
    } else if (k == QLatin1String("SHELL")) {
        e.summary = tr("The shell that runs the shell form of RUN, CMD and ENTRYPOINT.");
        e.details = tr("Written in JSON form. Mostly used for PowerShell on Windows or bash options.");
        e.forms = {lit("SHELL [\"executable\", \"parameters\"]")};
        e.example = lit("SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]");
    } else {
        e.keyword.clear();
    }
    return e;
}

QString InstructionHelp::html(const QString &keyword)
{
    const Entry e = entry(keyword);
    if (e.keyword.isEmpty())
        return {};
    QString forms;
    for (const QString &f : e.forms)
        forms += QStringLiteral("<pre style=\"margin:2px 0\">%1</pre>").arg(f.toHtmlEscaped());
    return QStringLiteral("<h3>%1</h3><p><b>%2</b></p><p>%3</p><p><b>%4</b></p>%5<p><b>%6</b></p><pre>%7</pre>")
        .arg(e.keyword, e.summary.toHtmlEscaped(), e.details.toHtmlEscaped(), tr("Forms").toHtmlEscaped(), forms,
             tr("Example").toHtmlEscaped(), e.example.toHtmlEscaped());
}

} // namespace dx
