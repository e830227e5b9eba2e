#pragma once

// Reading the Docker Commands panel's feed in tests: the records a QSignalSpy caught on
// DockerApi::commandStarted / commandFinished, and a readable dump for failure messages.

#include "api/commandrecord.h"

#include <QList>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace dx::test {

// The user's commands (internal = false) or the app's own plumbing (internal = true).
inline QList<CommandRecord> commandRecords(const QSignalSpy &spy, bool internal = false)
{
    QList<CommandRecord> out;
    for (const QList<QVariant> &args : spy) {
        const CommandRecord r = args.first().value<CommandRecord>();
        if (r.internal == internal)
            out.append(r);
    }
    return out;
}

// One line a record: its docker command, state and message.
inline QString describeCommands(const QList<CommandRecord> &list)
{
    QStringList lines;
    for (const CommandRecord &r : list)
        lines.append(QStringLiteral("%1 [%2] %3").arg(r.cli).arg(int(r.state)).arg(r.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace dx::test
