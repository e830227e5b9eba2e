#pragma once

#include <QString>
#include <QStringList>

namespace dx {

// What each Dockerfile instruction does, its forms and an example: the editor's help panel and
// the recipe view's palette read it. Texts are translated (tr context dx::InstructionHelp).
class InstructionHelp final
{
public:
    struct Entry
    {
        QString keyword; // "COPY"
        QString summary; // one line
        QString details; // a paragraph
        QStringList forms;
        QString example;
    };

    static QStringList keywords();
    // Empty keyword when unknown.
    static Entry entry(const QString &keyword);
    // The entry as HTML for a QTextBrowser.
    static QString html(const QString &keyword);
};

} // namespace dx
