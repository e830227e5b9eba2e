#pragma once

#include "dockerfileparser.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dx {

// Static description of one lint rule.
struct LintRule
{
    QString id;          // stable id: BuildKit's check name, hadolint's DLxxxx or our own name
    QStringList aliases; // other tools' ids for the same check (DL4003 for MultipleInstructionsDisallowed)
    Severity severity = Severity::Warning;
    QString title;       // one line, translated
};

// Lints a parsed Dockerfile with BuildKit's build checks (by their names), hadolint's
// Dockerfile rules (by DL number) where they are the same, and a few beginner rules.
// Honours the `# check=skip=<ids>|all;error=true` directive like `docker build --check`.
class DockerfileLinter final
{
public:
    // Parse errors first, then lint findings; sorted by position.
    static QList<Diagnostic> lint(const ParseResult &result);
    static QList<Diagnostic> lint(const QByteArray &data);

    static QList<LintRule> rules();
    // The rule's id for an id or alias; empty when unknown.
    static QString canonicalId(const QString &ruleOrAlias);
    // A longer, translated explanation with the why and the fix; empty when unknown.
    static QString explanation(const QString &rule);
    // The rule's one-line title; empty when unknown.
    static QString title(const QString &rule);
};

QString severityName(Severity severity); // "error", "warning", "info" (stable, not translated)

} // namespace dx
