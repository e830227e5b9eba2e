#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class QTextStream;

namespace dx {

// Exit codes of `docker-explorer volume`.
namespace VolumeExit {
constexpr int Ok = 0;
constexpr int Refused = 1;      // done, with refusals (listed)
constexpr int Error = 2;        // usage or engine error (one line)
constexpr int Interrupted = 130; // 128 + SIGINT, what a shell reports
} // namespace VolumeExit

// The command line of `docker-explorer volume`, checked without an engine: every usage error
// that the arguments alone show is found here, so a mistyped command never waits for a
// connection. QtCore only, so that it is fuzzed on its own.
struct VolumeCommandLine
{
    enum class Action { Help, Invalid, Download, Export, Import };

    Action action = Action::Invalid;
    QString error;        // Invalid: what is wrong, one line (translated)
    QString volume;       // a valid volume name
    QString pathInVolume; // download: PATH of NAME[:PATH], no leading or trailing '/', no ".."
    QString local;        // download: DIR; export and import: FILE
    bool force = false;   // import only
    QMap<QString, QString> labels;

    // `args` is what follows `volume`.
    static VolumeCommandLine parse(const QStringList &args);
    static QString usage();

    // The answer that needs no engine: the help on `out` (VolumeExit::Ok) or a usage error on
    // `err` (VolumeExit::Error). -1 for a command that goes to the engine.
    int answerWithoutEngine(QTextStream &out, QTextStream &err) const;
};

// `text` made safe for one line on a terminal: control characters (a newline, or an escape
// sequence in a file name that came from a volume) become '?'.
QString terminalLine(QString text);

} // namespace dx
