#pragma once

#include <QStringList>

class QTextStream;

namespace dx {

// Exit codes of `docker-explorer layers`.
namespace LayersExit {
constexpr int Ok = 0;
constexpr int Failed = 1;       // no engine, no such image, a damaged or cut stream (one line on stderr)
constexpr int Usage = 2;        // bad arguments
constexpr int Interrupted = 130; // 128 + SIGINT
} // namespace LayersExit

// `docker-explorer layers IMAGE [--format text|json]`: what each filesystem layer of IMAGE
// added, modified and removed, its size, and the image's wasted bytes and efficiency, read
// from the engine's `docker save` stream without holding it (ImageLayersJob). Runs without a
// window on the engine `engineChoice` names (the app's setting; empty: the docker CLI's
// resolution). Needs a running QCoreApplication.
int runLayersCommand(const QStringList &args, const QString &engineChoice, QTextStream &out, QTextStream &err);

} // namespace dx
