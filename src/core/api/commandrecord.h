#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace dx {

// What one user-visible command is at the command line, e.g. `docker start web`.
struct Command
{
    QString cli;
    QString description;
    bool internal = false; // plumbing (refreshes, helper containers): not the user's own command
};

// How one call should appear in the Docker Commands panel.
struct CallContext
{
    enum class Visibility { Default, User, Internal };

    Visibility visibility = Visibility::Default;
    quint64 group = 0;    // part of a multi-request command opened with DockerApi::beginGroup()
    QString description;  // replaces the operation's own description when set

    static CallContext user() { return {Visibility::User, 0, {}}; }
    static CallContext internal() { return {Visibility::Internal, 0, {}}; }
    static CallContext inGroup(quint64 group) { return {Visibility::Default, group, {}}; }
};

// One line of the Docker Commands panel: a command that really was sent, with its outcome.
struct CommandRecord
{
    enum class State { Running, Done, Failed, Cancelled };

    quint64 id = 0;
    QString cli;
    QString description;
    bool internal = false;
    State state = State::Running;
    QString message;       // the engine's own words when it failed
    QString request;       // what went over the wire: "POST /containers/web/start"
    QDateTime started;
    qint64 elapsedMs = 0;
    int requests = 0;      // how many HTTP requests the command took so far
};

// Quotes one word for a POSIX shell, only when it needs it: `a b` → `'a b'`.
QString shellQuote(const QString &word);
QString shellJoin(const QStringList &words);

} // namespace dx

Q_DECLARE_METATYPE(dx::CommandRecord)
