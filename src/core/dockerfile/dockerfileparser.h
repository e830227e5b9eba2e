#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace dx {

// A here-document attached to RUN, COPY or ADD (`RUN <<EOF ... EOF`).
struct Heredoc
{
    QString name;           // the delimiter word, quotes removed
    QString content;        // raw body lines with their line endings; <<- tabs not yet removed
    bool expand = true;     // false when any part of the delimiter was quoted
    bool chomp = false;     // <<- form
    int fileDescriptor = 0; // the n of n<<EOF, 0 when absent
};

// One instruction exactly as BuildKit's parser produces its Node.
struct Instruction
{
    QString name;          // lower case: "copy"
    QString keyword;       // as written: "COPY"
    QStringList flags;     // flag nodes exactly as BuildKit: "--from=build"
    QStringList args;      // argument nodes exactly as BuildKit (ENV/LABEL: key, value, sep triplets)
    bool jsonForm = false; // exec (JSON array) form
    std::shared_ptr<Instruction> inner; // ONBUILD's wrapped instruction (args then empty)
    QList<Heredoc> heredocs;
    int startLine = 0, endLine = 0;     // 1-based, inclusive, as BuildKit's StartLine/EndLine
    int startOffset = 0, endOffset = 0; // UTF-16 offsets into ParseResult::text, [start, end)
    int startColumn = 1;                // 1-based UTF-16 column of the keyword on startLine
    QString original;                   // the logical line, continuations joined (BuildKit's Original)
    QStringList comments;               // comment lines right before it (PrevComment)
    QList<int> emptyContinuationLines;  // blank lines inside its continuation (deprecated)

    // BuildKit's dump format: (copy ["--from=x"] "a" "/b")
    QString dump() const;
};

enum class Severity { Error, Warning, Info };

struct Diagnostic
{
    int line = 0, column = 0, endLine = 0, endColumn = 0; // 1-based; end column exclusive
    Severity severity = Severity::Error;
    QString rule;
    QString message;
};

struct ParseResult
{
    QList<Instruction> instructions;
    QList<Diagnostic> errors; // rule "ParseError"
    QChar escape = u'\\';
    QMap<QString, QString> directives; // lower-case name -> value: syntax, escape, check
    QMap<QString, int> directiveLines; // lower-case name -> 1-based line
    QString text;                      // decoded source (UTF-8, BOM removed); offsets refer to it
    QList<int> lineStarts;             // UTF-16 offset in `text` where each line starts

    bool ok() const { return errors.isEmpty(); }
    // All instructions in dump format, one per line (BuildKit's `dumper` output).
    QString dump() const;
    // The text of a 1-based line without its line ending; empty when out of range.
    QString lineText(int line) const;
};

// Parses Dockerfiles with the rules of BuildKit's frontend/dockerfile/parser.
// Unlike BuildKit, which stops at the first error, parsing goes on after an
// instruction in error (it is left out) so an editor sees every problem at once.
class DockerfileParser final
{
public:
    static ParseResult parse(const QByteArray &data);
    // The text the offsets of a ParseResult refer to.
    static QString decode(const QByteArray &data);
};

} // namespace dx
