// Rules for people new to Dockerfiles: unknown instructions, a missing FROM, and
// arguments an instruction cannot do without. BuildKit reports these only when building.

#include "lintcontext_p.h"

#include <QStringList>


namespace dx::detail {

namespace {

const QStringList &knownInstructions()
{
    static const QStringList names {
        QStringLiteral("from"),       QStringLiteral("run"),        QStringLiteral("cmd"),
        QStringLiteral("label"),      QStringLiteral("expose"),     QStringLiteral("env"),
        QStringLiteral("add"),        QStringLiteral("copy"),       QStringLiteral("entrypoint"),
        QStringLiteral("volume"),     QStringLiteral("user"),       QStringLiteral("workdir"),
        QStringLiteral("arg"),        QStringLiteral("onbuild"),    QStringLiteral("stopsignal"),
        QStringLiteral("healthcheck"), QStringLiteral("shell"),     QStringLiteral("maintainer"),
    };
    return names;
}

// The closest instruction name within a distance that still looks like a typo.
QString suggestion(const QString &name)
{
    QString best;
    int bestDistance = std::max<int>(1, std::min<int>(2, int(name.size()) / 3));
    for (const QString &known : knownInstructions()) {
        const int distance = editDistance(name, known);
        if (distance <= bestDistance && (best.isEmpty() || distance < bestDistance)) {
            best = known;
            bestDistance = distance;
        }
    }
    return best;
}

void checkUnknown(LintContext &context, const Instruction &instruction)
{
    const Instruction &target = instruction.inner ? *instruction.inner : instruction;
    if (knownInstructions().contains(target.name))
        return;
    QString message = lintTr("Unknown instruction: %1").arg(target.keyword);
    const QString guess = suggestion(target.name);
    if (!guess.isEmpty()) {
        const bool lower = isLowerCase(target.keyword); // answer in the writer's casing
        message += u' ' + lintTr("(did you mean %1?)").arg(lower ? guess : guess.toUpper());
    }
    context.reportText("UnknownInstruction", instruction, target.keyword, message);
}

// BuildKit's instruction-level argument checks (frontend/dockerfile/instructions).
QString missingArguments(const Instruction &instruction)
{
    const QString &n = instruction.name;
    const qsizetype count = instruction.args.size();
    if (n == QLatin1String("from")) {
        if (count == 0)
            return lintTr("FROM requires the name of a base image");
        if (count == 2 || count > 3
            || (count == 3 && instruction.args.at(1).compare(QLatin1String("as"), Qt::CaseInsensitive) != 0))
            return lintTr("FROM requires either one or three arguments: FROM <image> [AS <name>]");
    } else if (n == QLatin1String("copy") || n == QLatin1String("add")) {
        if (count < 2)
            return lintTr("%1 requires at least two arguments: the source and the destination").arg(instruction.keyword.toUpper());
    } else if (n == QLatin1String("env") || n == QLatin1String("label") || n == QLatin1String("arg")
               || n == QLatin1String("expose") || n == QLatin1String("volume") || n == QLatin1String("run")) {
        if (count == 0)
            return lintTr("%1 requires at least one argument").arg(instruction.keyword.toUpper());
    } else if (n == QLatin1String("workdir") || n == QLatin1String("user") || n == QLatin1String("stopsignal")
               || n == QLatin1String("maintainer")) {
        if (count == 0)
            return lintTr("%1 requires exactly one argument").arg(instruction.keyword.toUpper());
    } else if (n == QLatin1String("shell")) {
        if (!instruction.jsonForm)
            return lintTr("SHELL requires the arguments to be in JSON form: SHELL [\"/bin/bash\", \"-c\"]");
        if (count == 0)
            return lintTr("SHELL requires at least one argument");
    } else if (n == QLatin1String("healthcheck")) {
        if (count == 0)
            return lintTr("HEALTHCHECK requires CMD <command> or NONE");
        const QString type = instruction.args.first().toUpper();
        if (type == QLatin1String("NONE") && count > 1)
            return lintTr("HEALTHCHECK NONE takes no arguments");
        if (type == QLatin1String("CMD") && count == 1)
            return lintTr("HEALTHCHECK CMD requires a command");
        if (type != QLatin1String("NONE") && type != QLatin1String("CMD"))
            return lintTr("Unknown type %1 in HEALTHCHECK (try CMD)").arg(instruction.args.first());
    } else if (n == QLatin1String("onbuild")) {
        if (!instruction.inner)
            return lintTr("ONBUILD requires an instruction to run later");
        const QString &inner = instruction.inner->name;
        if (inner == QLatin1String("onbuild") || inner == QLatin1String("from") || inner == QLatin1String("maintainer"))
            return lintTr("%1 isn't allowed as an ONBUILD trigger").arg(instruction.inner->keyword);
        return missingArguments(*instruction.inner);
    }
    return {};
}

} // namespace

void runBasicRules(LintContext &context)
{
    const QList<Instruction> &instructions = context.instructions;
    if (instructions.isEmpty())
        return;
    if (context.firstFrom < 0)
        context.report("NoFromInstruction", instructions.first(),
                       lintTr("The Dockerfile has no FROM instruction; every build stage starts with FROM"));
    for (int i = 0; i < instructions.size(); ++i) {
        const Instruction &instruction = instructions.at(i);
        checkUnknown(context, instruction);
        const bool known = knownInstructions().contains(instruction.name);
        if (known && context.firstFrom >= 0 && i < context.firstFrom && instruction.name != QLatin1String("arg"))
            context.report("InstructionBeforeFrom", instruction,
                           lintTr("%1 cannot come before the first FROM; only ARG can").arg(instruction.keyword));
        if (known) {
            const QString message = missingArguments(instruction);
            if (!message.isEmpty())
                context.report("MissingArguments", instruction, message);
        }
    }
}

} // namespace dx::detail
