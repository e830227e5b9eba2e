// BuildKit's checks on variables: UndefinedVar, UndefinedArgInFrom, InvalidDefaultArgInFrom.

#include "lintcontext_p.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace dx::detail {

namespace {

struct VariableRef
{
    QString name;
    qsizetype start = 0, end = 0; // the whole $X or ${X...} in the word
    QChar modifier;               // '-', '+', '?', ... after the name, null for none
    QString word;                 // the modifier's word (${X:-word})
};

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Variable references as BuildKit's shell lexer sees them: the escape character and
// single quotes stop expansion.
QList<VariableRef> variableRefs(const QString &text, QChar escape)
{
    QList<VariableRef> refs;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == escape) {
            ++i;
        } else if (c == u'\'') {
            const qsizetype close = text.indexOf(u'\'', i + 1);
            i = close < 0 ? n : close;
        } else if (c == u'$' && i + 1 < n) {
            VariableRef ref;
            ref.start = i;
            qsizetype j = i + 1;
            const bool braced = text.at(j) == u'{';
            if (braced)
                ++j;
            const qsizetype nameStart = j;
            while (j < n && isNameChar(text.at(j)))
                ++j;
            ref.name = text.mid(nameStart, j - nameStart);
            if (ref.name.isEmpty() || ref.name.at(0).isDigit())
                continue;
            if (braced) {
                const qsizetype close = text.indexOf(u'}', j);
                if (close < 0)
                    continue;
                QString rest = text.mid(j, close - j);
                if (rest.startsWith(u':'))
                    rest.remove(0, 1);
                if (!rest.isEmpty()) {
                    ref.modifier = rest.at(0);
                    ref.word = rest.mid(1);
                }
                j = close + 1;
            }
            ref.end = j;
            refs.append(ref);
            i = j - 1;
        }
    }
    return refs;
}

using Values = QHash<QString, std::optional<QString>>; // name -> default (nullopt: declared without)

QString expand(const QString &text, QChar escape, const Values &values)
{
    QString out;
    qsizetype pos = 0;
    for (const VariableRef &ref : variableRefs(text, escape)) {
        out += QStringView(text).mid(pos, ref.start - pos);
        const QString value = values.value(ref.name).value_or(QString());
        if (ref.modifier == u'-')
            out += value.isEmpty() ? ref.word : value;
        else if (ref.modifier == u'+')
            out += value.isEmpty() ? QString() : ref.word;
        else
            out += value;
        pos = ref.end;
    }
    return out + QStringView(text).mid(pos);
}

const QSet<QString> &predefinedArgs()
{
    static const QSet<QString> names {
        QStringLiteral("BUILDPLATFORM"),  QStringLiteral("BUILDOS"),       QStringLiteral("BUILDARCH"),
        QStringLiteral("BUILDVARIANT"),   QStringLiteral("TARGETPLATFORM"), QStringLiteral("TARGETOS"),
        QStringLiteral("TARGETARCH"),     QStringLiteral("TARGETVARIANT"), QStringLiteral("TARGETSTAGE"),
        QStringLiteral("HTTP_PROXY"),     QStringLiteral("http_proxy"),    QStringLiteral("HTTPS_PROXY"),
        QStringLiteral("https_proxy"),    QStringLiteral("FTP_PROXY"),     QStringLiteral("ftp_proxy"),
        QStringLiteral("NO_PROXY"),       QStringLiteral("no_proxy"),      QStringLiteral("ALL_PROXY"),
        QStringLiteral("all_proxy"),      QStringLiteral("SOURCE_DATE_EPOCH"),
    };
    return names;
}

QString unquote(const QString &value)
{
    if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')) && value.endsWith(value.at(0)))
        return value.mid(1, value.size() - 2);
    return value;
}

void addArgs(const Instruction &arg, Values *values)
{
    for (const QString &word : arg.args) {
        const qsizetype eq = word.indexOf(u'=');
        if (eq < 0)
            values->insert(word, std::nullopt);
        else
            values->insert(word.left(eq), unquote(word.mid(eq + 1)));
    }
}

bool validImage(const QString &image)
{
    static const QRegularExpression reference(
            QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9_][A-Za-z0-9._-]*)?(@[a-z0-9]+:[A-Fa-f0-9]+)?$"));
    return reference.match(image).hasMatch();
}

void checkFrom(LintContext &context)
{
    Values globals;
    const QChar escape = context.result.escape;
    for (int i = 0; i < context.instructions.size(); ++i) {
        const Instruction &instruction = context.instructions.at(i);
        if (context.firstFrom < 0 || i < context.firstFrom) {
            if (instruction.name == QLatin1String("arg"))
                addArgs(instruction, &globals);
            continue;
        }
        if (instruction.name != QLatin1String("from") || instruction.args.isEmpty())
            continue;
        QStringList words = instruction.flags;
        words.prepend(instruction.args.first());
        for (const QString &word : words) {
            for (const VariableRef &ref : variableRefs(word, escape)) {
                if (!globals.contains(ref.name) && !predefinedArgs().contains(ref.name))
                    context.reportText("UndefinedArgInFrom", instruction, ref.name,
                                       lintTr("FROM argument '%1' is not declared").arg(ref.name));
            }
        }
        const QString &image = instruction.args.first();
        const QList<VariableRef> refs = variableRefs(image, escape);
        // Undeclared ones are UndefinedArgInFrom's; one finding per cause is enough.
        const bool allDeclared = std::all_of(refs.begin(), refs.end(), [&](const VariableRef &ref) {
            return globals.contains(ref.name) || predefinedArgs().contains(ref.name);
        });
        if (refs.isEmpty() || !allDeclared)
            continue;
        const QString expanded = expand(image, escape, globals);
        if (!validImage(expanded) && context.findStage(expanded, int(context.stages.size())) < 0)
            context.reportText("InvalidDefaultArgInFrom", instruction, image,
                               lintTr("Default value for ARG %1 results in empty or invalid base image name")
                                       .arg(image));
    }
}

// The words of an instruction that BuildKit expands, and their positions in args.
QStringList expandedWords(const Instruction &instruction, int *valueStep)
{
    const QString &n = instruction.name;
    *valueStep = 1;
    if (n == QLatin1String("env") || n == QLatin1String("label")) {
        *valueStep = 3;
        return instruction.args;
    }
    static const QStringList plain { QStringLiteral("add"),   QStringLiteral("copy"),   QStringLiteral("expose"),
                                     QStringLiteral("stopsignal"), QStringLiteral("user"), QStringLiteral("volume"),
                                     QStringLiteral("workdir") };
    if (!plain.contains(n))
        return {};
    QStringList words = instruction.args;
    if (n == QLatin1String("add") || n == QLatin1String("copy")) {
        for (const QString &flag : instruction.flags) {
            if (flag.startsWith(QLatin1String("--chown=")) || flag.startsWith(QLatin1String("--chmod="))
                || flag.startsWith(QLatin1String("--from=")))
                words.append(flag);
        }
    }
    return words;
}

void checkStage(LintContext &context, int stageIndex, QList<QSet<QString>> *stageEnv, QList<bool> *strictStage)
{
    const Stage &stage = context.stages.at(stageIndex);
    const QChar escape = context.result.escape;
    // Only what a stage inherits from another stage or scratch is fully known; on other
    // base images, only names that look like typos of known ones are reported.
    const bool strict = stage.baseStage >= 0 ? strictStage->value(stage.baseStage)
                                             : stage.image.compare(QLatin1String("scratch"), Qt::CaseInsensitive) == 0;
    QSet<QString> env = stage.baseStage >= 0 ? stageEnv->value(stage.baseStage) : QSet<QString>();
    QSet<QString> known = env;
    // Set by nearly every base image; known on those so that typos of them are found.
    static const QSet<QString> imageEnv { QStringLiteral("PATH"), QStringLiteral("HOME"), QStringLiteral("HOSTNAME"),
                                          QStringLiteral("TERM"), QStringLiteral("LANG"), QStringLiteral("LC_ALL"),
                                          QStringLiteral("USER"), QStringLiteral("SHELL"), QStringLiteral("PWD") };
    const auto isKnown = [&](const QString &name) {
        return known.contains(name) || predefinedArgs().contains(name) || (!strict && imageEnv.contains(name));
    };

    const auto check = [&](const Instruction &instruction, const QString &word) {
        for (const VariableRef &ref : variableRefs(word, escape)) {
            if (isKnown(ref.name) || ref.modifier == u'-' || ref.modifier == u'+' || ref.modifier == u'=')
                continue;
            QString guess;
            int best = 3;
            const auto consider = [&](const QString &candidate) {
                const int distance = editDistance(ref.name, candidate);
                if (distance < best && distance < ref.name.size()) {
                    best = distance;
                    guess = candidate;
                }
            };
            for (const QString &candidate : std::as_const(known))
                consider(candidate);
            for (const QString &candidate : predefinedArgs())
                consider(candidate);
            if (!strict) {
                for (const QString &candidate : imageEnv)
                    consider(candidate);
            }
            if (!strict && guess.isEmpty())
                continue;
            QString message = lintTr("Usage of undefined variable '$%1'").arg(ref.name);
            if (!guess.isEmpty())
                message += u' ' + lintTr("(did you mean $%1?)").arg(guess);
            context.reportText("UndefinedVar", instruction, word.mid(ref.start, ref.end - ref.start), message);
        }
    };

    for (int i = stage.from + 1; i < stage.end; ++i) {
        const Instruction &instruction = context.instructions.at(i);
        if (instruction.name == QLatin1String("arg")) {
            for (const QString &word : instruction.args) {
                const qsizetype eq = word.indexOf(u'=');
                if (eq >= 0)
                    check(instruction, word.mid(eq + 1));
                known.insert(word.left(eq < 0 ? word.size() : eq));
            }
            continue;
        }
        int step = 1;
        const QStringList words = expandedWords(instruction, &step);
        for (qsizetype w = step == 3 ? 1 : 0; w < words.size(); w += step)
            check(instruction, words.at(w));
        if (instruction.name == QLatin1String("env")) {
            for (qsizetype k = 0; k < instruction.args.size(); k += 3) {
                known.insert(instruction.args.at(k));
                env.insert(instruction.args.at(k));
            }
        }
    }
    stageEnv->append(env);
    strictStage->append(strict);
}

} // namespace

void runVariableRules(LintContext &context)
{
    checkFrom(context);
    QList<QSet<QString>> stageEnv;
    QList<bool> strictStage;
    for (int s = 0; s < context.stages.size(); ++s)
        checkStage(context, s, &stageEnv, &strictStage);
}

} // namespace dx::detail
