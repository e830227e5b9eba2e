#include "volumecommandline.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace dx {

namespace {

bool validVolumeName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    return re.match(name).hasMatch();
}

VolumeCommandLine invalid(const QString &error)
{
    VolumeCommandLine line;
    line.action = VolumeCommandLine::Action::Invalid;
    line.error = error;
    return line;
}

} // namespace

QString terminalLine(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            c = QLatin1Char('?');
    }
    return text;
}

QString VolumeCommandLine::usage()
{
    return QCoreApplication::translate("dx::VolumeCommand", "Usage: docker-explorer volume COMMAND\n"
              "\n"
              "Commands:\n"
              "  download NAME[:PATH] DIR   copy the volume's files (or PATH in it) into DIR; what is unsafe\n"
              "                             (links leaving DIR, special files, existing files) is refused\n"
              "  export NAME FILE           write the whole volume to FILE, a tar (gzip-compressed when FILE\n"
              "                             ends in .gz or .tgz) keeping paths, modes, owners, links and times\n"
              "  import FILE NAME [--force] unpack FILE (tar or tar.gz) into volume NAME, creating it when\n"
              "                             missing; a volume that holds files is refused unless --force\n"
              "\n"
              "Options:\n"
              "  --label KEY=VALUE          label the helper containers and a volume that import creates\n"
              "  -h, --help                 show this help\n"
              "\n"
              "Exit status: 0 all done, 1 done with refusals (listed), 2 usage or engine error,\n"
              "130 interrupted (nothing is left behind on the engine).\n");
}

VolumeCommandLine VolumeCommandLine::parse(const QStringList &args)
{
    VolumeCommandLine line;
    // -h and --help win over any mistake, up to "--" (after it they would be names).
    for (const QString &a : args) {
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            line.action = Action::Help;
            return line;
        }
    }

    const QString command = args.value(0);
    QStringList positional;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--force") && command == QLatin1String("import")) {
            line.force = true;
        } else if (a == QLatin1String("--label") || a.startsWith(QLatin1String("--label="))) {
            const QString value = a.startsWith(QLatin1String("--label=")) ? a.mid(8) : args.value(++i);
            const qsizetype eq = value.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return invalid(QCoreApplication::translate("dx::VolumeCommand", "--label takes KEY=VALUE"));
            line.labels.insert(value.left(eq), value.mid(eq + 1));
        } else if (a == QLatin1String("--")) {
            positional += args.mid(i + 1);
            break;
        } else if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            return invalid(QCoreApplication::translate("dx::VolumeCommand", "unknown option %1").arg(terminalLine(a)));
        } else {
            positional.append(a);
        }
    }

    if (command == QLatin1String("download"))
        line.action = Action::Download;
    else if (command == QLatin1String("export"))
        line.action = Action::Export;
    else if (command == QLatin1String("import"))
        line.action = Action::Import;
    else if (command.isEmpty())
        return invalid(QCoreApplication::translate("dx::VolumeCommand", "a command is missing"));
    else
        return invalid(QCoreApplication::translate("dx::VolumeCommand", "unknown command %1").arg(terminalLine(command)));
    if (positional.size() != 2)
        return invalid(QCoreApplication::translate("dx::VolumeCommand", "%1 takes two arguments").arg(command));

    if (line.action == Action::Download) {
        const QString &spec = positional.at(0);
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        line.volume = colon < 0 ? spec : spec.left(colon);
        QString path = colon < 0 ? QString() : spec.mid(colon + 1);
        while (path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        line.pathInVolume = path;
        line.local = positional.at(1);
    } else {
        const bool isExport = line.action == Action::Export;
        line.volume = positional.at(isExport ? 0 : 1);
        line.local = positional.at(isExport ? 1 : 0);
    }
    if (!validVolumeName(line.volume))
        return invalid(QCoreApplication::translate("dx::VolumeCommand", "invalid volume name %1").arg(terminalLine(line.volume)));
    if (line.pathInVolume.split(QLatin1Char('/')).contains(QLatin1String("..")))
        return invalid(QCoreApplication::translate("dx::VolumeCommand", "a path in the volume cannot contain \"..\""));
    return line;
}

int VolumeCommandLine::answerWithoutEngine(QTextStream &out, QTextStream &err) const
{
    switch (action) {
    case Action::Help:
        out << usage() << Qt::flush;
        return VolumeExit::Ok;
    case Action::Invalid:
        err << "docker-explorer volume: " << error << '\n'
            << QCoreApplication::translate("dx::VolumeCommand", "Try 'docker-explorer volume --help'.") << Qt::endl;
        return VolumeExit::Error;
    case Action::Download:
    case Action::Export:
    case Action::Import:
        break;
    }
    return -1;
}

} // namespace dx
