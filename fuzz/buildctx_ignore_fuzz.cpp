// libFuzzer target: .dockerignore parsing and matching. The first line of the input is
// a path (split into its parent directories, walked like the CLI walker), the rest is
// the .dockerignore content.
#include "buildctx/dockerignore.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nl = input.indexOf('\n');
    const QString path = dx::IgnorePattern::cleanPath(QString::fromUtf8(nl < 0 ? input : input.left(nl)));
    const dx::DockerIgnore ignore = dx::DockerIgnore::parse(nl < 0 ? QByteArray() : input.mid(nl + 1));
    if (!ignore.isValid() || path.startsWith(QLatin1String("..")) || path.startsWith(QLatin1Char('/')))
        return 0;

    bool error = false;
    const bool direct = ignore.matches(path, &error);
    ignore.matchesLegacy(path);

    // Walking down from the root must reach the same verdict for the final path as
    // MatchesOrParentMatches whenever no exception pattern is involved.
    dx::DockerIgnore::MatchInfo info;
    const QStringList parts = path.split(QLatin1Char('/'));
    bool walked = false;
    for (int i = 0; i < parts.size(); ++i)
        walked = ignore.matches(parts.mid(0, i + 1).join(QLatin1Char('/')), info, &info, &error);
    if (!error && !ignore.hasExceptions() && path != QLatin1String(".") && walked != direct)
        __builtin_trap();
    for (int i = 0; i + 1 < parts.size(); ++i)
        ignore.exceptionMayMatchBelow(parts.at(i));
    return 0;
}
