#include "dockerfilelinter.h"

#include "lintcontext_p.h"
#include "lintruletable_p.h"

#include <QCoreApplication>

#include <algorithm>

namespace dx {

using namespace detail;

namespace {

// `# check=skip=Rule1,Rule2;error=true` or `skip=all`, as docker build --check reads it.
struct CheckDirective
{
    bool skipAll = false;
    QStringList skip; // canonical ids
    bool warningsAreErrors = false;
};

CheckDirective parseCheckDirective(const QString &value)
{
    CheckDirective check;
    for (const QString &part : value.split(u';', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0).trimmed().toLower();
        const QString arg = part.section(u'=', 1).trimmed();
        if (key == QLatin1String("skip")) {
            for (const QString &rule : arg.split(u',', Qt::SkipEmptyParts)) {
                if (rule.trimmed().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
                    check.skipAll = true;
                else
                    check.skip.append(DockerfileLinter::canonicalId(rule.trimmed()));
            }
        } else if (key == QLatin1String("error")) {
            check.warningsAreErrors = arg.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        }
    }
    return check;
}

} // namespace

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QList<Diagnostic> DockerfileLinter::lint(const ParseResult &result)
{
    LintContext context(result);
    runBasicRules(context);
    runBuildkitRules(context);
    runVariableRules(context);
    runHadolintRules(context);
    QList<Diagnostic> findings = context.takeDiagnostics();

    const CheckDirective check = parseCheckDirective(result.directives.value(QStringLiteral("check")));
    if (check.skipAll) {
        findings.clear();
    } else {
        findings.erase(std::remove_if(findings.begin(), findings.end(),
                                      [&](const Diagnostic &d) { return check.skip.contains(d.rule); }),
                       findings.end());
    }
    if (check.warningsAreErrors) {
        for (Diagnostic &d : findings) {
            if (d.severity == Severity::Warning)
                d.severity = Severity::Error;
        }
    }

    QList<Diagnostic> out = result.errors + findings;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return out;
}

QList<Diagnostic> DockerfileLinter::lint(const QByteArray &data)
{
    return lint(DockerfileParser::parse(data));
}

QList<LintRule> DockerfileLinter::rules()
{
    int count = 0;
    const RuleEntry *entries = ruleEntries(&count);
    QList<LintRule> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const RuleEntry &entry = entries[i];
        out.append(LintRule { QLatin1String(entry.id),
                              QString::fromLatin1(entry.aliases).split(u' ', Qt::SkipEmptyParts), entry.severity,
                              QCoreApplication::translate("DockerfileLint", entry.title) });
    }
    return out;
}

QString DockerfileLinter::canonicalId(const QString &ruleOrAlias)
{
    const RuleEntry *entry = findRule(ruleOrAlias);
    return entry ? QLatin1String(entry->id) : QString();
}

QString DockerfileLinter::explanation(const QString &rule)
{
    const RuleEntry *entry = findRule(rule);
    return entry ? QCoreApplication::translate("DockerfileLint", entry->explanation) : QString();
}

QString DockerfileLinter::title(const QString &rule)
{
    const RuleEntry *entry = findRule(rule);
    return entry ? QCoreApplication::translate("DockerfileLint", entry->title) : QString();
}

} // namespace dx
