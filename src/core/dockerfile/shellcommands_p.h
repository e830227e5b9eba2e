#pragma once

// A rough reading of the shell scripts in RUN, enough for hadolint-style rules: simple
// commands split at ; && || | & and parentheses, words with quotes removed. It is not
// a shell parser and does not need to be: rules only look for programs and options.

#include <QList>
#include <QString>
#include <QStringList>

namespace dx {
struct Instruction;
}

namespace dx::detail {

struct ShellCommand
{
    QStringList words;  // assignments (A=b) and sudo's options removed from the front
    bool sudo = false;  // the command was run through sudo
    QString program() const { return words.value(0); }
    // The first word after the program that is not an option (apt-get *install*).
    QString subcommand() const;
    bool hasOption(const QString &option) const;
};

struct ShellScript
{
    QList<ShellCommand> commands;
    bool hasPipe = false; // a single | outside quotes
    QString text;
};

ShellScript analyzeShell(const QString &script);
// The script a RUN runs: shell form plus heredoc bodies, or the exec-form words.
ShellScript analyzeRun(const Instruction &run);

} // namespace dx::detail
