#pragma once

#include <QStringList>

class QTextStream;

namespace dx {

// `docker-explorer lint [--format text|json] FILE...`; `args` is what follows `lint`.
// Text lines read `FILE:LINE:COL: severity: message [rule]`; JSON is an array with one
// object per file (instructions and diagnostics). A FILE of `-` reads standard input.
// Returns 0 without errors, 1 when a file has errors, 2 when a file cannot be read or
// the usage is wrong.
int runLintCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace dx
