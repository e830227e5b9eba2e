#include "lintcontext_p.h"

#include "lintruletable_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace dx::detail {

QString lintTr(const char *text)
{
    return QCoreApplication::translate("DockerfileLint", text);
}

// Levenshtein distance where swapping two neighbours counts as one edit (FORM -> FROM),
// the typo people actually make (optimal string alignment distance).
int editDistance(const QString &a, const QString &b)
{
    const size_t width = size_t(b.size()) + 1;
    std::vector<int> d((size_t(a.size()) + 1) * width);
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return d[size_t(i) * width + size_t(j)]; };
    for (qsizetype i = 0; i <= a.size(); ++i)
        at(i, 0) = int(i);
    for (qsizetype j = 0; j <= b.size(); ++j)
        at(0, j) = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int best = std::min({ at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost });
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                best = std::min(best, at(i - 2, j - 2) + 1);
            at(i, j) = best;
        }
    }
    return at(a.size(), b.size());
}

bool isLowerCase(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c == c.toLower(); });
}

bool isUpperCase(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c == c.toUpper(); });
}

LintContext::LintContext(const ParseResult &parsed) : result(parsed), instructions(parsed.instructions)
{
    for (int i = 0; i < instructions.size(); ++i) {
        const Instruction &instruction = instructions.at(i);
        if (instruction.name != QLatin1String("from"))
            continue;
        if (firstFrom < 0)
            firstFrom = i;
        if (!stages.isEmpty())
            stages.last().end = i;
        Stage stage;
        stage.from = i;
        stage.image = instruction.args.value(0);
        if (instruction.args.size() >= 3 && instruction.args.at(1).compare(QLatin1String("as"), Qt::CaseInsensitive) == 0)
            stage.name = instruction.args.at(2);
        stage.baseStage = findStage(stage.image, int(stages.size()));
        if (!stage.name.isEmpty())
            m_stagesByName[stage.name.toLower()].append(int(stages.size()));
        stages.append(stage);
    }
    if (!stages.isEmpty())
        stages.last().end = int(instructions.size());
}

int LintContext::stageOf(int instruction) const
{
    for (int s = int(stages.size()) - 1; s >= 0; --s) {
        if (instruction >= stages.at(s).from)
            return s;
    }
    return -1;
}

int LintContext::findStage(const QString &nameOrIndex, int before) const
{
    bool isNumber = false;
    const int index = nameOrIndex.toInt(&isNumber);
    if (isNumber)
        return index >= 0 && index < before ? index : -1;
    if (m_stagesByName.isEmpty())
        return -1;
    const auto it = m_stagesByName.constFind(nameOrIndex.toLower());
    if (it == m_stagesByName.constEnd())
        return -1;
    for (qsizetype i = it->size() - 1; i >= 0; --i) {
        if (it->at(i) < before)
            return it->at(i);
    }
    return -1;
}

void LintContext::report(const char *rule, const Instruction &instruction, const QString &message)
{
    add(rule, instruction.startOffset, int(instruction.keyword.size()), message);
}

void LintContext::reportText(const char *rule, const Instruction &instruction, const QString &needle,
                             const QString &message)
{
    const int length = instruction.endOffset - instruction.startOffset;
    const qsizetype at = needle.isEmpty()
            ? -1
            : QStringView(result.text).mid(instruction.startOffset, length).indexOf(needle);
    if (at < 0)
        report(rule, instruction, message);
    else
        add(rule, instruction.startOffset + int(at), int(needle.size()), message);
}

void LintContext::reportLine(const char *rule, int line, const QString &message)
{
    if (line < 1 || line > result.lineStarts.size())
        return;
    add(rule, result.lineStarts.at(line - 1), int(result.lineText(line).size()), message);
}

void LintContext::add(const char *rule, int offset, int length, const QString &message)
{
    const QList<int> &starts = result.lineStarts;
    const auto position = [&](int at, int *line, int *column) {
        const auto it = std::upper_bound(starts.begin(), starts.end(), at);
        const int index = int(it - starts.begin()) - 1;
        *line = qMax(1, index + 1);
        *column = at - starts.value(index, 0) + 1;
    };
    Diagnostic d;
    position(offset, &d.line, &d.column);
    position(offset + qMax(0, length), &d.endLine, &d.endColumn);
    const RuleEntry *entry = findRule(QLatin1String(rule));
    d.severity = entry ? entry->severity : Severity::Warning;
    d.rule = QLatin1String(rule);
    d.message = message;
    m_diagnostics.append(d);
}

} // namespace dx::detail
