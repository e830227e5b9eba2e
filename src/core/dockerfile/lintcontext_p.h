#pragma once

// What every lint rule needs: the parse result split into stages, and reporting with
// source ranges. The rule sets live in lintrules_*.cpp.

#include "dockerfileparser.h"

#include <QHash>
#include <QList>
#include <QString>

namespace dx::detail {

struct Stage
{
    int from = -1;       // index of its FROM instruction
    int end = -1;        // one past its last instruction
    QString name;        // as written after AS, empty when unnamed
    QString image;       // base image as written
    int baseStage = -1;  // index of the stage it builds on, -1 for an image
};

class LintContext final
{
public:
    explicit LintContext(const ParseResult &result);
    Q_DISABLE_COPY_MOVE(LintContext)

    const ParseResult &result;
    const QList<Instruction> &instructions;
    QList<Stage> stages;
    int firstFrom = -1; // index of the first FROM, -1 when there is none

    // The stage an instruction index belongs to, -1 before the first FROM.
    int stageOf(int instruction) const;
    // Index of the stage called `name` (case-insensitive) or numbered, defined before `before`.
    int findStage(const QString &nameOrIndex, int before) const;

    // Reports on the instruction's keyword.
    void report(const char *rule, const Instruction &instruction, const QString &message);
    // Reports on the first occurrence of `needle` in the instruction's source (or its keyword).
    void reportText(const char *rule, const Instruction &instruction, const QString &needle,
                    const QString &message);
    // Reports a whole line.
    void reportLine(const char *rule, int line, const QString &message);

    QList<Diagnostic> takeDiagnostics() { return std::move(m_diagnostics); }

private:
    void add(const char *rule, int offset, int length, const QString &message);

    QList<Diagnostic> m_diagnostics;
    QHash<QString, QList<int>> m_stagesByName; // lower-case name -> stage indexes, ascending
};

QString lintTr(const char *text);
int editDistance(const QString &a, const QString &b);
bool isLowerCase(QStringView s); // no character changes with toLower()
bool isUpperCase(QStringView s);

void runBuildkitRules(LintContext &context);
void runVariableRules(LintContext &context);
void runHadolintRules(LintContext &context);
void runBasicRules(LintContext &context);

} // namespace dx::detail
