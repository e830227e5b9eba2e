// hadolint's Dockerfile rules, by DL number, where they are not BuildKit checks already.

#include "lintcontext_p.h"
#include "shellcommands_p.h"

namespace dx::detail {

namespace {

bool hasCacheMount(const Instruction &run, const QString &target)
{
    for (const QString &flag : run.flags) {
        if (flag.startsWith(QLatin1String("--mount=")) && flag.contains(QLatin1String("type=cache"))
            && flag.contains(target))
            return true;
    }
    return false;
}

void checkFrom(LintContext &context, const Stage &stage)
{
    const Instruction &from = context.instructions.at(stage.from);
    const QString &image = stage.image;
    if (image.isEmpty() || image.compare(QLatin1String("scratch"), Qt::CaseInsensitive) == 0 || stage.baseStage >= 0
        || image.contains(u'$') || image.contains(u'@'))
        return;
    const QString last = image.section(u'/', -1);
    if (!last.contains(u':'))
        context.reportText("DL3006", from, image,
                           lintTr("Always tag the version of an image explicitly (%1)").arg(image));
    else if (last.section(u':', 1) == QLatin1String("latest"))
        context.reportText("DL3007", from, image,
                           lintTr("Using latest is prone to errors if the image will ever update. Pin the version "
                                  "explicitly to a release tag"));
}

void checkAptGet(LintContext &context, const Instruction &run, const ShellCommand &command)
{
    if (command.subcommand() != QLatin1String("install"))
        return;
    bool yes = command.hasOption(QStringLiteral("--yes")) || command.hasOption(QStringLiteral("--assume-yes"))
            || command.hasOption(QStringLiteral("-qq"));
    for (const QString &word : command.words) {
        if (word.size() > 1 && word.startsWith(u'-') && !word.startsWith(QLatin1String("--"))
            && (word.contains(u'y') || word == QLatin1String("-qq")))
            yes = true;
    }
    if (!yes)
        context.reportText("DL3014", run, command.program(),
                           lintTr("Use the -y switch to avoid manual input `apt-get -y install <package>`"));
    if (!command.hasOption(QStringLiteral("--no-install-recommends"))
        && !command.words.contains(QLatin1String("APT::Install-Recommends=false")))
        context.reportText("DL3015", run, command.program(),
                           lintTr("Avoid additional packages by specifying `--no-install-recommends`"));
    const qsizetype install = command.words.indexOf(QLatin1String("install"));
    for (qsizetype i = install + 1; i < command.words.size(); ++i) {
        const QString &word = command.words.at(i);
        if (word.startsWith(u'-') || word.contains(u'=') || word.contains(u'$') || word.endsWith(QLatin1String(".deb"))
            || word == QLatin1String("APT::Install-Recommends=false"))
            continue;
        context.reportText("DL3008", run, word,
                           lintTr("Pin versions in apt get install. Instead of `apt-get install %1` use "
                                  "`apt-get install %1=<version>`")
                                   .arg(word));
        break;
    }
}

void checkRun(LintContext &context, const Instruction &run, bool finalStage, bool pipefailShell)
{
    const ShellScript script = analyzeRun(run);
    bool aptUsed = false;
    bool listsRemoved = false;
    for (const ShellCommand &command : script.commands) {
        const QString program = command.program();
        if (command.sudo)
            context.reportText("DL3004", run, QStringLiteral("sudo"),
                               lintTr("Do not use sudo as it leads to unpredictable behavior. Use a tool like "
                                      "gosu to enforce root"));
        if (program == QLatin1String("cd"))
            context.reportText("DL3003", run, QStringLiteral("cd "), lintTr("Use WORKDIR to switch to a directory"));
        if (program == QLatin1String("apt"))
            context.reportText("DL3027", run, QStringLiteral("apt "),
                               lintTr("Do not use apt as it is meant to be an end-user tool, use apt-get or "
                                      "apt-cache instead"));
        if (program == QLatin1String("apt-get")) {
            const QString sub = command.subcommand();
            aptUsed = aptUsed || sub == QLatin1String("install") || sub == QLatin1String("update");
            checkAptGet(context, run, command);
        }
        if (program == QLatin1String("rm")) {
            for (const QString &word : command.words) {
                if (word.startsWith(QLatin1String("/var/lib/apt/lists")))
                    listsRemoved = true;
            }
        }
        if (program == QLatin1String("apk") && command.subcommand() == QLatin1String("add")
            && !command.hasOption(QStringLiteral("--no-cache")) && !hasCacheMount(run, QStringLiteral("/var/cache/apk")))
            context.reportText("DL3019", run, QStringLiteral("apk"),
                               lintTr("Use the `--no-cache` switch to avoid the need to use `--update` and remove "
                                      "`/var/cache/apk/*` when done installing packages"));
    }
    if (finalStage && aptUsed && !listsRemoved && !hasCacheMount(run, QStringLiteral("/var/lib/apt")))
        context.report("DL3009", run, lintTr("Delete the apt-get lists after installing something"));
    if (!run.jsonForm && script.hasPipe && !pipefailShell && !script.text.contains(QLatin1String("pipefail")))
        context.report("DL4006", run,
                       lintTr("Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using "
                              "/bin/sh in an alpine image or if your shell is symlinked to busybox then consider "
                              "explicitly setting your SHELL to /bin/ash, or disable this check"));
}

bool isArchiveOrUrl(const QString &source)
{
    static const QStringList archives { QStringLiteral(".tar"),    QStringLiteral(".tar.gz"), QStringLiteral(".tgz"),
                                        QStringLiteral(".tar.bz2"), QStringLiteral(".tbz2"),  QStringLiteral(".tbz"),
                                        QStringLiteral(".tar.xz"), QStringLiteral(".txz"),    QStringLiteral(".tar.zst"),
                                        QStringLiteral(".gz"),     QStringLiteral(".bz2"),    QStringLiteral(".xz"),
                                        QStringLiteral(".zst") };
    if (source.contains(QLatin1String("://")) || source.startsWith(QLatin1String("git@")) || source.contains(u'$')
        || source.startsWith(QLatin1String("<<")))
        return true;
    for (const QString &extension : archives) {
        if (source.endsWith(extension, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void checkCopyAdd(LintContext &context, const Instruction &instruction, int stageIndex)
{
    const QStringList &args = instruction.args;
    if (args.size() < 2)
        return;
    if (instruction.name == QLatin1String("add")) {
        for (qsizetype i = 0; i + 1 < args.size(); ++i) {
            if (!isArchiveOrUrl(args.at(i))) {
                context.report("DL3020", instruction, lintTr("Use COPY instead of ADD for files and folders"));
                break;
            }
        }
    }
    if (instruction.name == QLatin1String("copy") && args.size() > 2 && !args.last().endsWith(u'/')
        && !args.last().contains(u'$'))
        context.reportText("DL3021", instruction, args.last(),
                           lintTr("COPY with more than 2 arguments requires the last argument to end with /"));
    for (const QString &flag : instruction.flags) {
        if (!flag.startsWith(QLatin1String("--from=")) || instruction.name != QLatin1String("copy"))
            continue;
        const QString source = flag.mid(7);
        if (stageIndex >= 0 && !context.stages.at(stageIndex).name.isEmpty()
            && source.compare(context.stages.at(stageIndex).name, Qt::CaseInsensitive) == 0) {
            context.reportText("DL3023", instruction, source, lintTr("COPY --from should reference a previously defined "
                                                                      "FROM alias, not its own"));
        } else if (context.findStage(source, stageIndex) < 0 && !source.contains(u':') && !source.contains(u'/')
                   && !source.contains(u'@') && !source.contains(u'$')) {
            context.reportText("DL3022", instruction, source,
                               lintTr("COPY --from should reference a previously defined FROM alias (%1)").arg(source));
        }
    }
}

void checkExpose(LintContext &context, const Instruction &expose)
{
    for (const QString &port : expose.args) {
        if (port.contains(u'$') || port.contains(u':'))
            continue;
        const QStringList range = port.section(u'/', 0, 0).split(u'-');
        for (const QString &number : range) {
            bool ok = false;
            const int value = number.toInt(&ok);
            if (!ok || value < 0 || value > 65535) {
                context.reportText("DL3011", expose, port, lintTr("Valid UNIX ports range from 0 to 65535"));
                break;
            }
        }
    }
}

bool shellHasPipefail(const Instruction &shell)
{
    const QString program = shell.args.value(0).section(u'/', -1);
    if (!program.startsWith(QLatin1String("bash")) && !program.startsWith(QLatin1String("zsh"))
        && !program.startsWith(QLatin1String("ash")) && !program.startsWith(QLatin1String("sh")))
        return true; // pwsh, cmd and friends have no pipefail to set
    for (qsizetype i = 0; i + 1 < shell.args.size(); ++i) {
        if (shell.args.at(i) == QLatin1String("-o") && shell.args.at(i + 1) == QLatin1String("pipefail"))
            return true;
        if (shell.args.at(i).startsWith(u'-') && shell.args.at(i).endsWith(u'o')
            && shell.args.at(i + 1) == QLatin1String("pipefail"))
            return true;
    }
    return false;
}

} // namespace

void runHadolintRules(LintContext &context)
{
    for (int s = 0; s < context.stages.size(); ++s) {
        const Stage &stage = context.stages.at(s);
        const bool finalStage = s == context.stages.size() - 1;
        checkFrom(context, stage);
        bool pipefail = false;
        const Instruction *lastUser = nullptr;
        for (int i = stage.from + 1; i < stage.end; ++i) {
            const Instruction &instruction = context.instructions.at(i);
            const QString &n = instruction.name;
            if (n == QLatin1String("run"))
                checkRun(context, instruction, finalStage, pipefail);
            else if (n == QLatin1String("shell"))
                pipefail = shellHasPipefail(instruction);
            else if (n == QLatin1String("copy") || n == QLatin1String("add"))
                checkCopyAdd(context, instruction, s);
            else if (n == QLatin1String("expose"))
                checkExpose(context, instruction);
            else if (n == QLatin1String("user"))
                lastUser = &instruction;
        }
        if (finalStage && lastUser) {
            const QString user = lastUser->args.value(0).section(u':', 0, 0);
            if (user == QLatin1String("root") || user == QLatin1String("0"))
                context.report("DL3002", *lastUser, lintTr("Last USER should not be root"));
        }
    }
}

} // namespace dx::detail
