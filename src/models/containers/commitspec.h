#pragma once

#include "api/containersapi.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dx {

// What the Commit dialog asks for (`docker commit -m -a -c CONTAINER REPO:TAG`), checked as the
// engine would check it, so a typo is named next to its field before anything is sent.
struct CommitSpec
{
    Q_DECLARE_TR_FUNCTIONS(dx::CommitSpec)

public:
    QString container;  // name or id, as the command line shows it
    QString reference;  // repository[:tag]; empty: an untagged image
    QString comment;
    QString author;
    QString changesText; // one Dockerfile instruction a line; empty lines and # comments skipped
    bool pause = true;

    // The instructions `docker commit --change` accepts.
    static const QStringList &allowedInstructions();
    // Empty when `line` is one the engine applies; else why not, for the user.
    static QString changeProblem(const QString &line);
    static QString referenceProblem(const QString &reference);

    QStringList changes() const;
    // Every problem, one a line ("Line 2: ..."); empty when the spec can be sent.
    QStringList problems() const;
    CommitOptions options() const;
};

} // namespace dx
