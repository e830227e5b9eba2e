#pragma once

#include <QStringList>

class QTextStream;

namespace dx {

// `docker-explorer volume download NAME[:PATH] DIR | export NAME FILE | import FILE NAME
// [--force] | --help`; `args` is what follows `volume`. Runs without a window, on the engine
// that `engineChoice` names (the app's setting; empty: the docker CLI's resolution), through
// the same session and typed API as the app. Needs a running QCoreApplication.
// Returns 0 when all is done, 1 when done with refusals (listed on `err`), 2 for a usage or
// engine error (one line on `err`), 130 when interrupted (SIGINT: the transfer is cancelled
// and the helper containers are removed before it returns).
int runVolumeCommand(const QStringList &args, const QString &engineChoice, QTextStream &out, QTextStream &err);

} // namespace dx
