// The command line of `docker-explorer volume` on arbitrary argument vectors (one argument per
// line of the input). Parsing only, never an engine. Every vector ends in one of three ways:
//  - the help on stdout, exit 0;
//  - a usage error, exit 2: exactly two lines on stderr (the error and the hint), nothing else;
//  - a command for the engine, whose fields hold what the engine side relies on (a valid
//    volume name, no ".." in the path), and which a canonical spelling of it parses back to.
// Exit 1 (refusals) and 130 (interrupted) only ever come from an engine run.

#include "volumes/volumecommandline.h"

#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

using dx::VolumeCommandLine;

namespace {

[[noreturn]] void fail(const char *what, const QStringList &args)
{
    std::fprintf(stderr, "volumecommand_fuzz: %s for %s\n", what,
                 qPrintable(args.join(QLatin1String("\", \"")).prepend(QLatin1Char('"')).append(QLatin1Char('"'))));
    std::abort();
}

bool same(const VolumeCommandLine &a, const VolumeCommandLine &b)
{
    return a.action == b.action && a.error == b.error && a.volume == b.volume && a.pathInVolume == b.pathInVolume
            && a.local == b.local && a.force == b.force && a.labels == b.labels;
}

// The parsed command spelled out with no room for doubt: options first, then "--".
QStringList canonical(const VolumeCommandLine &line)
{
    QStringList args;
    switch (line.action) {
    case VolumeCommandLine::Action::Download: args << QStringLiteral("download"); break;
    case VolumeCommandLine::Action::Export: args << QStringLiteral("export"); break;
    case VolumeCommandLine::Action::Import: args << QStringLiteral("import"); break;
    default: return args;
    }
    for (auto it = line.labels.cbegin(); it != line.labels.cend(); ++it)
        args << QStringLiteral("--label=") + it.key() + QLatin1Char('=') + it.value();
    if (line.force)
        args << QStringLiteral("--force");
    args << QStringLiteral("--");
    if (line.action == VolumeCommandLine::Action::Download)
        args << (line.pathInVolume.isEmpty() ? line.volume : line.volume + QLatin1Char(':') + line.pathInVolume) << line.local;
    else if (line.action == VolumeCommandLine::Action::Export)
        args << line.volume << line.local;
    else
        args << line.local << line.volume;
    return args;
}

bool hasControl(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (input.endsWith('\n'))
        input.chop(1);
    QStringList args;
    if (!input.isEmpty()) {
        for (const QByteArray &arg : input.split('\n'))
            args << QString::fromLocal8Bit(arg); // as QCoreApplication::arguments() decodes them
    }

    const VolumeCommandLine line = VolumeCommandLine::parse(args);
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    const int code = line.answerWithoutEngine(out, err);
    out.flush();
    err.flush();

    switch (line.action) {
    case VolumeCommandLine::Action::Help:
        if (code != dx::VolumeExit::Ok || outText != VolumeCommandLine::usage() || !errText.isEmpty())
            fail("help that is not exit 0 with the usage on stdout", args);
        break;
    case VolumeCommandLine::Action::Invalid:
        if (code != dx::VolumeExit::Error || !outText.isEmpty() || line.error.isEmpty())
            fail("usage error that is not exit 2 with a message", args);
        if (errText.count(QLatin1Char('\n')) != 2 || !errText.endsWith(QLatin1Char('\n'))
            || hasControl(QString(errText).remove(QLatin1Char('\n'))))
            fail("usage error that is not two clean lines", args);
        break;
    case VolumeCommandLine::Action::Download:
    case VolumeCommandLine::Action::Export:
    case VolumeCommandLine::Action::Import: {
        if (code != -1 || !outText.isEmpty() || !errText.isEmpty())
            fail("a command that answered without the engine", args);
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
        if (!name.match(line.volume).hasMatch())
            fail("an invalid volume name went through", args);
        if (line.pathInVolume.startsWith(QLatin1Char('/')) || line.pathInVolume.endsWith(QLatin1Char('/'))
            || line.pathInVolume.split(QLatin1Char('/')).contains(QLatin1String("..")))
            fail("a path in the volume that is not clean", args);
        if (line.action != VolumeCommandLine::Action::Download && !line.pathInVolume.isEmpty())
            fail("a path for a command that takes none", args);
        if (line.force && line.action != VolumeCommandLine::Action::Import)
            fail("--force outside import", args);
        if (!same(VolumeCommandLine::parse(canonical(line)), line))
            fail("the canonical spelling parses differently", args);
        break;
    }
    }
    if (!same(VolumeCommandLine::parse(args), line))
        fail("two parses differ", args);
    return 0;
}
