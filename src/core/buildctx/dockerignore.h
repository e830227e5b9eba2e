#pragma once

#include "ignorepattern.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dx {

// A parsed .dockerignore: the lines as docker's ignorefile.ReadAll returns them and a
// matcher with moby/patternmatcher semantics (last match wins, '!' re-includes, a
// pattern matching a directory also matches everything below it).
class DockerIgnore final
{
public:
    // Per-pattern results of a directory, handed to its children while walking, the
    // way the docker CLI's tar walker passes patternmatcher.MatchInfo down.
    struct MatchInfo
    {
        QVector<bool> parentMatched;
    };

    DockerIgnore() = default;
    // Parses file content: '#' comments, blank lines, surrounding space, a UTF-8 BOM,
    // CRLF, leading '/' and './' (Go filepath.Clean), '!' exceptions.
    static DockerIgnore parse(const QByteArray &content);
    // Patterns as ReadAll would return them (what patternmatcher.New receives).
    static DockerIgnore fromPatterns(const QStringList &patterns);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; } // 1-based, 0 when unknown

    QStringList patterns() const { return m_patterns; }
    const QVector<IgnorePattern> &compiled() const { return m_compiled; }
    bool hasExceptions() const { return m_hasExceptions; }
    bool isEmpty() const { return m_compiled.isEmpty(); }

    // Adds one more line (used for the CLI's "!Dockerfile" / "!.dockerignore" rule).
    void appendPattern(const QString &pattern, int line = 0);

    // patternmatcher.MatchesOrParentMatches on a cleaned relative path ("." never matches).
    bool matches(const QString &path, bool *error = nullptr) const;
    // The deprecated patternmatcher.Matches: it compares only the first N parent
    // components with an N-component pattern. The CLI still uses it to decide whether
    // the Dockerfile and .dockerignore need re-including, the daemon to drop them again.
    bool matchesLegacy(const QString &path) const;
    // patternmatcher.MatchesUsingParentResults, the variant the CLI walker uses.
    bool matches(const QString &path, const MatchInfo &parent, MatchInfo *info,
                 bool *error = nullptr) const;
    // The CLI still descends into an excluded directory when some exception pattern
    // starts with "dir/" (textually, so "!**/keep" does not rescue "dir/keep").
    bool exceptionMayMatchBelow(const QString &dir) const;

private:
    void addPattern(QString pattern, int line);

    QStringList m_patterns;
    QVector<IgnorePattern> m_compiled;
    QString m_error;
    int m_errorLine = 0;
    bool m_hasExceptions = false;
};

} // namespace dx
