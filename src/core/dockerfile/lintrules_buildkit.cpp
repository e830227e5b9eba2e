// BuildKit's build checks (docker build --check) that need no variable expansion;
// those that do are in lintrules_variables.cpp.

#include "lintcontext_p.h"

#include <QRegularExpression>
#include <QSet>

namespace dx::detail {

namespace {

void checkCasing(LintContext &context)
{
    int upper = 0;
    int lower = 0;
    for (const Instruction &instruction : context.instructions) {
        if (isLowerCase(instruction.keyword))
            ++lower;
        else if (isUpperCase(instruction.keyword))
            ++upper;
    }
    const bool majorityUpper = upper >= lower;
    const QString majority = majorityUpper ? lintTr("uppercase") : lintTr("lowercase");
    for (const Instruction &instruction : context.instructions) {
        const QString &keyword = instruction.keyword;
        if (majorityUpper ? isUpperCase(keyword) : isLowerCase(keyword))
            continue;
        context.report("ConsistentInstructionCasing", instruction,
                       lintTr("Command '%1' should match the case of the command majority (%2)")
                               .arg(keyword, majority));
    }
}

void checkStages(LintContext &context)
{
    QSet<QString> seen;
    for (const Stage &stage : context.stages) {
        const Instruction &from = context.instructions.at(stage.from);
        if (from.args.size() == 3) {
            const QString &as = from.args.at(1);
            // A mixed-case FROM is ConsistentInstructionCasing's business, not this rule's.
            const bool fromLower = isLowerCase(from.keyword);
            const bool mismatch = fromLower ? !isLowerCase(as) : isUpperCase(from.keyword) && !isUpperCase(as);
            if (mismatch)
                context.reportText("FromAsCasing", from, as,
                                   lintTr("'%1' and '%2' keywords' casing do not match").arg(as, from.keyword));
        }
        for (const QString &flag : from.flags) {
            if (flag == QLatin1String("--platform=$TARGETPLATFORM")
                || flag == QLatin1String("--platform=${TARGETPLATFORM}"))
                context.reportText("RedundantTargetPlatform", from, flag,
                                   lintTr("Setting platform to predefined %1 in FROM is redundant as this is "
                                          "the default behavior")
                                           .arg(flag.mid(int(qstrlen("--platform=")))));
        }
        if (stage.name.isEmpty())
            continue;
        const QString lower = stage.name.toLower();
        if (stage.name != lower)
            context.reportText("StageNameCasing", from, stage.name,
                               lintTr("Stage name '%1' should be lowercase").arg(stage.name));
        if (lower == QLatin1String("scratch") || lower == QLatin1String("context"))
            context.reportText("ReservedStageName", from, stage.name,
                               lintTr("Stage name should not use the same name as reserved stage %1").arg(stage.name));
        if (seen.contains(lower))
            context.reportText("DuplicateStageName", from, stage.name,
                               lintTr("Duplicate stage name %1, stage names should be unique").arg(stage.name));
        seen.insert(lower);
    }
}

void checkStageContents(LintContext &context, const Stage &stage, QSet<int> *absoluteWorkdirStages)
{
    static const QStringList single { QStringLiteral("cmd"), QStringLiteral("entrypoint"),
                                      QStringLiteral("healthcheck") };
    QHash<QString, int> last;
    bool absoluteWorkdir = stage.baseStage >= 0 && absoluteWorkdirStages->contains(stage.baseStage);
    bool customShell = false;
    for (int i = stage.from + 1; i < stage.end; ++i) {
        const Instruction &instruction = context.instructions.at(i);
        const QString &n = instruction.name;
        if (single.contains(n)) {
            if (last.contains(n)) {
                const Instruction &earlier = context.instructions.at(last.value(n));
                context.report("MultipleInstructionsDisallowed", earlier,
                               lintTr("Multiple %1 instructions should not be used in the same stage because "
                                      "only the last one will be used")
                                       .arg(earlier.keyword.toUpper()));
            }
            last.insert(n, i);
        }
        if (n == QLatin1String("shell"))
            customShell = true;
        if ((n == QLatin1String("cmd") || n == QLatin1String("entrypoint")) && !instruction.jsonForm
            && !instruction.args.isEmpty() && !customShell)
            context.report("JSONArgsRecommended", instruction,
                           lintTr("JSON arguments recommended for %1 to prevent unintended behavior related "
                                  "to OS signals")
                                   .arg(instruction.keyword.toUpper()));
        if (n == QLatin1String("workdir") && !instruction.args.isEmpty()) {
            const QString &path = instruction.args.first();
            static const QRegularExpression windowsPath(QStringLiteral("^[A-Za-z]:[\\\\/]"));
            const bool absolute = path.startsWith(u'/') || path.startsWith(u'$') || path.startsWith(u'\\')
                    || windowsPath.match(path).hasMatch();
            if (absolute)
                absoluteWorkdir = true;
            else if (!absoluteWorkdir)
                context.reportText("WorkdirRelativePath", instruction, path,
                                   lintTr("Relative workdir %1 can have unexpected results if the base image "
                                          "changes")
                                           .arg(path));
        }
    }
    if (absoluteWorkdir)
        absoluteWorkdirStages->insert(int(&stage - context.stages.constData()));
}

bool looksSecret(const QString &name)
{
    static const QRegularExpression secret(
            QStringLiteral("(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression allowed(QStringLiteral("(?:_|^)(?:public)(?:_|$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch() && !allowed.match(name).hasMatch();
}

void checkInstruction(LintContext &context, const Instruction &instruction)
{
    const QString &n = instruction.name;
    if (n == QLatin1String("maintainer"))
        context.report("MaintainerDeprecated", instruction,
                       lintTr("Maintainer instruction is deprecated in favor of using label"));
    if ((n == QLatin1String("env") || n == QLatin1String("label")) && instruction.args.size() >= 3
        && instruction.args.at(2).isEmpty())
        context.report("LegacyKeyValueFormat", instruction,
                       lintTr("\"%1 key=value\" should be used instead of legacy \"%1 key value\" format").arg(instruction.keyword.toUpper()));
    if (n == QLatin1String("env") || n == QLatin1String("arg")) {
        const int step = n == QLatin1String("env") ? 3 : 1;
        for (qsizetype i = 0; i < instruction.args.size(); i += step) {
            const QString name = instruction.args.at(i).section(u'=', 0, 0);
            if (looksSecret(name))
                context.reportText("SecretsUsedInArgOrEnv", instruction, name,
                                   lintTr("Do not use ARG or ENV instructions for sensitive data (%1 \"%2\")")
                                           .arg(instruction.keyword.toUpper(), name));
        }
    }
    if (n == QLatin1String("expose")) {
        for (const QString &port : instruction.args) {
            if (port.contains(u':'))
                context.reportText("ExposeInvalidFormat", instruction, port,
                                   lintTr("EXPOSE instruction should not define an IP address or host-port "
                                          "mapping, found '%1'")
                                           .arg(port));
            const QString protocol = port.section(u'/', 1);
            if (!protocol.isEmpty() && !isLowerCase(protocol))
                context.reportText("ExposeProtoCasing", instruction, port,
                                   lintTr("Defined protocol '%1' in EXPOSE instruction should be lowercase")
                                           .arg(protocol));
        }
    }
    for (int line : instruction.emptyContinuationLines)
        context.reportLine("NoEmptyContinuation", line, lintTr("Empty continuation line"));
}

} // namespace

void runBuildkitRules(LintContext &context)
{
    checkCasing(context);
    checkStages(context);
    QSet<int> absoluteWorkdirStages;
    for (const Stage &stage : context.stages)
        checkStageContents(context, stage, &absoluteWorkdirStages);
    for (const Instruction &instruction : context.instructions)
        checkInstruction(context, instruction);
}

} // namespace dx::detail
