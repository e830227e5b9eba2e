#include "contextcommand.h"

#include "buildcontext.h"

#include <QCoreApplication>
#include <QTextStream>

namespace dx {

namespace {

QString usage()
{
    return QCoreApplication::translate("dx::ContextCommand", "usage: docker-explorer context [-f DOCKERFILE] DIR");
}

} // namespace

int runContextCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString dockerfile;
    QString dir;
    // Hand-rolled rather than QCommandLineParser: that one wants the program name
    // in front and treats errors by exiting, neither fits a library entry point.
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("-f") || a == QLatin1String("--file")) {
            if (++i >= args.size()) {
                err << QCoreApplication::translate("dx::ContextCommand", "option %1 needs a value").arg(a) << '\n' << usage() << '\n';
                return 2;
            }
            dockerfile = args.at(i);
        } else if (a.startsWith(QLatin1String("--file="))) {
            dockerfile = a.mid(7);
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out << usage() << '\n';
            return 0;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            err << QCoreApplication::translate("dx::ContextCommand", "unknown option %1").arg(a) << '\n' << usage() << '\n';
            return 2;
        } else if (dir.isEmpty()) {
            dir = a;
        } else {
            err << QCoreApplication::translate("dx::ContextCommand", "only one context directory can be given") << '\n' << usage() << '\n';
            return 2;
        }
    }
    if (dir.isEmpty()) {
        err << usage() << '\n';
        return 2;
    }

    const ContextScan scan = BuildContext::scan(dir, dockerfile);
    if (!scan.ok()) {
        err << scan.errorString << '\n';
        return scan.error == ContextScan::Error::ContextUnreadable ? 2 : 1;
    }
    const QStringList paths = scan.sortedFilePaths();
    for (const QString &p : paths)
        out << p << '\n';
    out << QStringLiteral("# %1 files, %2 bytes").arg(paths.size()).arg(scan.totalBytes) << '\n';
    for (const QString &w : scan.warnings)
        err << QCoreApplication::translate("dx::ContextCommand", "warning: %1").arg(w) << '\n';
    out.flush();
    err.flush();
    return 0;
}

} // namespace dx
