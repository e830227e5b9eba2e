#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace dx {

// One line of a .dockerignore, compiled the way moby/patternmatcher compiles it:
// plain names compare exactly, "dir/**" and "**/name" become prefix/suffix tests,
// everything else becomes a regular expression built by the same translation rules,
// so quirks such as "**name" matching "xname" are reproduced on purpose.
class IgnorePattern final
{
public:
    enum class Kind { Exact, Prefix, Suffix, Regexp, Invalid };

    // Go's filepath.Clean for '/'-separated paths ("" becomes ".").
    static QString cleanPath(const QString &path);
    // The syntax check Go's filepath.Match performs; patternmatcher rejects a pattern
    // when it fails ("[", "[]a]", "[a-b-c]", a trailing backslash, ...).
    static bool isValidGlob(const QString &pattern);

    IgnorePattern() = default;
    // pattern is already cleaned and stripped of its leading '!'.
    IgnorePattern(const QString &pattern, bool exception);

    const QString &text() const { return m_text; }
    bool isException() const { return m_exception; }
    int depth() const { return m_depth; }
    Kind kind() const { return m_kind; }
    // The regular expression patternmatcher would build (empty unless kind() is Regexp).
    QString regexSource() const { return m_regexSource; }

    // Whether the '/'-separated relative path matches. Sets *error (if given) when the
    // translated expression does not compile: patternmatcher only notices that lazily,
    // at the first path it has to test against this pattern.
    bool matches(const QString &path, bool *error = nullptr) const;

private:
    void compile();

    QString m_text;
    QString m_regexSource;
    QRegularExpression m_regex;
    Kind m_kind = Kind::Exact;
    int m_depth = 1;
    bool m_exception = false;
};

} // namespace dx
