#pragma once

#include <QString>
#include <QStringList>

namespace dx {

// What to offer at the cursor: instruction names at the start of a line, the flags of the
// instruction being written after "--", stage names after "--from=" and "FROM ... AS".
// Pure functions on the text before the cursor, so they test without a widget.
class Completion final
{
public:
    struct Result
    {
        QStringList items;
        int prefixLength = 0; // characters before the cursor the chosen item replaces
    };

    // `lineBeforeCursor`: the current line up to the cursor. `continued`: the line continues
    // the instruction `keyword` of a previous line (empty when it starts a new instruction).
    static Result complete(const QString &lineBeforeCursor, const QString &continuedKeyword,
                           const QStringList &stageNames, bool explicitRequest);
    static QStringList flagsFor(const QString &keyword);
};

} // namespace dx
