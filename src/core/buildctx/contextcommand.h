#pragma once

#include <QStringList>

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

namespace dx {

// `docker-explorer context [-f DOCKERFILE] DIR`: lists every non-directory the docker
// CLI would send as build context, byte-sorted, then "# N files, SIZE bytes".
// args are the arguments after the `context` word. Returns the process exit code:
// 0 on success, 2 when DIR cannot be read or the arguments are wrong, 1 for other
// errors (bad .dockerignore, missing Dockerfile).
int runContextCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace dx
