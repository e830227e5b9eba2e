#include "lintruletable_p.h"

#include <QCoreApplication>

namespace dx::detail {

namespace {

#define T(text) QT_TRANSLATE_NOOP("DockerfileLint", text)

// clang-format off
const RuleEntry Rules[] = {
    // BuildKit build checks (docker build --check), same names and meaning.
    { "JSONArgsRecommended", "DL3025", Severity::Warning,
      T("JSON arguments recommended for ENTRYPOINT and CMD"),
      T("In shell form, ENTRYPOINT and CMD run as a child of /bin/sh -c, which does not pass signals "
        "on: docker stop has to wait for its timeout and then kills the process. Write the exec form, "
        "a JSON array: CMD [\"nginx\", \"-g\", \"daemon off;\"].") },
    { "LegacyKeyValueFormat", "", Severity::Warning,
      T("Legacy key/value format with whitespace separator"),
      T("ENV and LABEL accept \"key value\" only for backwards compatibility: one pair per instruction, "
        "and the value is everything after the first space. Write key=value, which allows several "
        "pairs and quoting: ENV PATH=/app/bin:$PATH LANG=C.UTF-8.") },
    { "MaintainerDeprecated", "DL4000", Severity::Warning,
      T("MAINTAINER instruction is deprecated"),
      T("MAINTAINER is deprecated. Record the author as a label instead: "
        "LABEL org.opencontainers.image.authors=\"name@example.com\".") },
    { "UndefinedVar", "", Severity::Warning,
      T("Usage of undefined variable"),
      T("The variable is neither an ARG nor an ENV of this stage, so it expands to an empty string. "
        "Often it is a typo, or an ARG declared before FROM that was not declared again inside the "
        "stage (ARGs before FROM are only visible to FROM lines).") },
    { "StageNameCasing", "", Severity::Warning,
      T("Stage names should be lowercase"),
      T("Stage names are matched case-insensitively and shown in lower case. Write them in lower case "
        "so COPY --from and --target read the same everywhere.") },
    { "FromAsCasing", "", Severity::Warning,
      T("The 'as' keyword should match the case of the 'from' keyword"),
      T("FROM and AS are keywords of one instruction; write both in the same case, e.g. FROM golang AS build.") },
    { "DuplicateStageName", "DL3024", Severity::Warning,
      T("Stage names should be unique"),
      T("Two stages with the same name make COPY --from and --target ambiguous. Give every stage its own name.") },
    { "ConsistentInstructionCasing", "", Severity::Warning,
      T("All commands within the Dockerfile should use the same casing"),
      T("Instructions are case-insensitive, but mixing RUN and run makes a Dockerfile hard to read. "
        "Use the casing most of the file uses (normally upper case).") },
    { "WorkdirRelativePath", "DL3000", Severity::Warning,
      T("Relative WORKDIR without an absolute WORKDIR before it"),
      T("A relative WORKDIR is resolved against the base image's working directory, which can change "
        "with the base image. Use an absolute path, or set an absolute WORKDIR first.") },
    { "SecretsUsedInArgOrEnv", "", Severity::Warning,
      T("Sensitive data should not be used in the ARG or ENV commands"),
      T("ARG and ENV values are stored in the image history and metadata, where anyone with the image "
        "can read them. Pass secrets with RUN --mount=type=secret instead.") },
    { "MultipleInstructionsDisallowed", "DL4003 DL4004 DL3012", Severity::Warning,
      T("Multiple instructions of the same type should not be used in the same stage"),
      T("Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect; the earlier ones are "
        "silently ignored. Keep one.") },
    { "ReservedStageName", "", Severity::Warning,
      T("Reserved words should not be used as stage names"),
      T("\"scratch\" and \"context\" have special meanings in FROM and COPY --from; a stage with that "
        "name cannot be referenced. Choose another name.") },
    { "UndefinedArgInFrom", "", Severity::Warning,
      T("FROM command must use declared ARGs"),
      T("Variables in FROM can only come from ARG instructions before the first FROM (or the "
        "predefined platform ARGs). Declare the ARG at the top of the file.") },
    { "InvalidDefaultArgInFrom", "", Severity::Warning,
      T("Default value for global ARG results in an empty or invalid base image name"),
      T("Without a --build-arg, FROM expands the ARG's default value. Give the ARG a default that "
        "forms a valid image reference, e.g. ARG BASE=alpine:3.20.") },
    { "NoEmptyContinuation", "", Severity::Warning,
      T("Empty continuation lines will become errors in a future release"),
      T("A blank line inside a line continuation is skipped today, but is deprecated and easy to "
        "misread as the end of the instruction. Remove the blank line or end the instruction there.") },
    { "ExposeProtoCasing", "", Severity::Warning,
      T("Protocol in EXPOSE instruction should be lowercase"),
      T("Write the protocol of EXPOSE in lower case: EXPOSE 53/udp.") },
    { "ExposeInvalidFormat", "", Severity::Warning,
      T("IP address and host-port mapping should not be used in EXPOSE instruction"),
      T("EXPOSE documents container ports only. Binding to an address or a host port is decided when "
        "the container runs (docker run -p 127.0.0.1:8080:80).") },
    { "RedundantTargetPlatform", "", Severity::Warning,
      T("Setting platform to predefined $TARGETPLATFORM in FROM is redundant"),
      T("FROM already uses the target platform by default; --platform=$TARGETPLATFORM changes nothing. "
        "Remove the flag.") },

    // hadolint rules, by their DL numbers.
    { "DL3002", "", Severity::Warning, T("Last USER should not be root"),
      T("Containers that run as root make any escape more dangerous. Switch to an unprivileged user "
        "with USER at the end of the final stage.") },
    { "DL3003", "", Severity::Warning, T("Use WORKDIR to switch to a directory"),
      T("cd inside RUN only lasts for that RUN. WORKDIR sets the directory for all later instructions "
        "and documents it.") },
    { "DL3004", "", Severity::Error, T("Do not use sudo"),
      T("RUN already runs as the current USER; sudo needs a TTY and configuration and behaves "
        "unpredictably. Use USER root around the commands, or gosu/su-exec in entrypoints.") },
    { "DL3006", "", Severity::Warning, T("Always tag the version of an image explicitly"),
      T("Without a tag, FROM uses :latest, which changes under you and makes builds irreproducible. "
        "Name a version tag or a digest.") },
    { "DL3007", "", Severity::Warning, T("Using latest is prone to errors"),
      T(":latest moves whenever the image is updated, so the same Dockerfile builds different images. "
        "Pin a release tag.") },
    { "DL3008", "", Severity::Info, T("Pin versions in apt-get install"),
      T("Unpinned packages make builds irreproducible. Pin the ones that matter: apt-get install "
        "curl=7.88.1-10.") },
    { "DL3009", "", Severity::Info, T("Delete the apt-get lists after installing something"),
      T("The package lists under /var/lib/apt/lists stay in the layer and grow the image. Remove them "
        "in the same RUN: && rm -rf /var/lib/apt/lists/*.") },
    { "DL3011", "", Severity::Error, T("Valid UNIX ports range from 0 to 65535"),
      T("EXPOSE takes port numbers between 0 and 65535, optionally with /tcp or /udp.") },
    { "DL3014", "", Severity::Warning, T("Use the -y switch to avoid manual input"),
      T("A build has no terminal: without -y, apt-get install asks for confirmation and aborts. "
        "Write apt-get install -y.") },
    { "DL3015", "", Severity::Info, T("Avoid additional packages by specifying --no-install-recommends"),
      T("apt-get installs recommended packages by default, which are rarely needed in a container and "
        "make it bigger. Add --no-install-recommends.") },
    { "DL3019", "", Severity::Info, T("Use the --no-cache switch with apk add"),
      T("apk add --no-cache avoids keeping the package index in the layer; no rm -rf /var/cache/apk "
        "is needed then.") },
    { "DL3020", "", Severity::Error, T("Use COPY instead of ADD for files and folders"),
      T("ADD also fetches URLs and unpacks archives, which surprises readers. For plain files and "
        "folders, COPY says what happens.") },
    { "DL3021", "", Severity::Error, T("COPY with more than 2 arguments requires the last argument to end with /"),
      T("With several sources, the destination must be a directory, written with a trailing slash.") },
    { "DL3022", "", Severity::Warning, T("COPY --from should reference a previously defined FROM alias"),
      T("COPY --from names a stage defined above (by name or index) or an image reference with a tag. "
        "A name that is neither is usually a typo and is pulled as an image.") },
    { "DL3023", "", Severity::Error, T("COPY --from cannot reference its own FROM alias"),
      T("A stage cannot copy from itself; reference an earlier stage.") },
    { "DL3027", "", Severity::Warning, T("Do not use apt, use apt-get or apt-cache instead"),
      T("apt is meant for interactive use and warns that its interface is not stable for scripts. "
        "Use apt-get or apt-cache in Dockerfiles.") },
    { "DL4006", "", Severity::Warning, T("Set the SHELL option -o pipefail before RUN with a pipe in it"),
      T("/bin/sh -c only reports the exit status of the last command of a pipe, so a failing "
        "curl | tar goes unnoticed. Add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before such RUN "
        "instructions.") },

    // Rules for people new to Dockerfiles: mistakes BuildKit only reports when building.
    { "UnknownInstruction", "", Severity::Error, T("Unknown instruction"),
      T("Dockerfiles know these instructions: FROM, RUN, CMD, LABEL, EXPOSE, ENV, ADD, COPY, "
        "ENTRYPOINT, VOLUME, USER, WORKDIR, ARG, ONBUILD, STOPSIGNAL, HEALTHCHECK, SHELL and "
        "MAINTAINER. Anything else fails the build.") },
    { "NoFromInstruction", "", Severity::Error, T("The Dockerfile has no FROM instruction"),
      T("Every build stage starts with FROM and a base image (or FROM scratch for an empty one).") },
    { "InstructionBeforeFrom", "", Severity::Error, T("Only ARG can come before the first FROM"),
      T("Instructions run inside a stage, and a stage starts with FROM. Only ARG may come first, to "
        "parameterise the FROM lines.") },
    { "MissingArguments", "", Severity::Error, T("Instruction is missing arguments"),
      T("The instruction lacks arguments it needs, for example COPY without a destination or FROM "
        "without an image, and the build would fail.") },
};
// clang-format on

} // namespace

const RuleEntry *ruleEntries(int *count)
{
    *count = int(std::size(Rules));
    return Rules;
}

const RuleEntry *findRule(const QString &idOrAlias)
{
    for (const RuleEntry &rule : Rules) {
        if (idOrAlias.compare(QLatin1String(rule.id), Qt::CaseInsensitive) == 0)
            return &rule;
    }
    for (const RuleEntry &rule : Rules) {
        const QStringList aliases = QString::fromLatin1(rule.aliases).split(u' ', Qt::SkipEmptyParts);
        if (aliases.contains(idOrAlias, Qt::CaseInsensitive))
            return &rule;
    }
    return nullptr;
}

} // namespace dx::detail
