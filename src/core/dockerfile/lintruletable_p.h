#pragma once

// The lint rule table: ids, default severities and texts. Texts are marked with
// QT_TRANSLATE_NOOP("DockerfileLint", ...) and translated when looked up.

#include "dockerfileparser.h"

namespace dx::detail {

struct RuleEntry
{
    const char *id;
    const char *aliases; // space separated, may be empty
    Severity severity;
    const char *title;
    const char *explanation;
};

const RuleEntry *ruleEntries(int *count);
const RuleEntry *findRule(const QString &idOrAlias);

} // namespace dx::detail
