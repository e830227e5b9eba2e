#include "dockerignore.h"

#include <QCoreApplication>

namespace dx {

namespace {

// bufio.Scanner's default limit; longer lines make docker fail to read the file.
constexpr int kMaxLineLength = 64 * 1024;

// Parent directories of a cleaned path: "a/b/c" -> {"a", "a/b"}.
QStringList parentDirs(const QString &path)
{
    QStringList dirs;
    int slash = path.indexOf(QLatin1Char('/'));
    while (slash > 0) {
        dirs.append(path.left(slash));
        slash = path.indexOf(QLatin1Char('/'), slash + 1);
    }
    return dirs;
}

} // namespace

DockerIgnore DockerIgnore::parse(const QByteArray &content)
{
    DockerIgnore result;
    const QList<QByteArray> lines = content.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray raw = lines.at(i);
        if (i == lines.size() - 1 && raw.isEmpty())
            break; // text after the last newline
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.size() >= kMaxLineLength) {
            result.m_error = QCoreApplication::translate("dx::DockerIgnore", "line %1 is longer than %2 bytes").arg(i + 1).arg(kMaxLineLength);
            result.m_errorLine = i + 1;
            return result;
        }
        if (i == 0 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3);
        // A comment only when '#' is the very first byte: " # x" is a pattern.
        if (raw.startsWith('#'))
            continue;
        QString pattern = QString::fromUtf8(raw).trimmed();
        if (pattern.isEmpty())
            continue;
        const bool invert = pattern.startsWith(QLatin1Char('!'));
        if (invert)
            pattern = pattern.mid(1).trimmed();
        if (!pattern.isEmpty()) {
            pattern = IgnorePattern::cleanPath(pattern);
            if (pattern.size() > 1 && pattern.startsWith(QLatin1Char('/')))
                pattern.remove(0, 1);
        }
        if (invert)
            pattern.prepend(QLatin1Char('!'));
        result.addPattern(pattern, i + 1);
    }
    return result;
}

DockerIgnore DockerIgnore::fromPatterns(const QStringList &patterns)
{
    DockerIgnore result;
    for (const QString &p : patterns)
        result.addPattern(p, 0);
    return result;
}

void DockerIgnore::appendPattern(const QString &pattern, int line)
{
    addPattern(pattern, line);
}

void DockerIgnore::addPattern(QString pattern, int line)
{
    m_patterns.append(pattern);
    if (!m_error.isEmpty())
        return; // like patternmatcher.New, stop at the first bad pattern
    // What patternmatcher.New does on top of ReadAll.
    pattern = pattern.trimmed();
    if (pattern.isEmpty())
        return;
    pattern = IgnorePattern::cleanPath(pattern);
    bool exception = false;
    if (pattern.startsWith(QLatin1Char('!'))) {
        if (pattern.size() == 1) {
            m_error = QCoreApplication::translate("dx::DockerIgnore", "illegal exclusion pattern: \"!\"");
            m_errorLine = line;
            return;
        }
        exception = true;
        pattern.remove(0, 1);
        m_hasExceptions = true;
    }
    if (!IgnorePattern::isValidGlob(pattern)) {
        m_error = QCoreApplication::translate("dx::DockerIgnore", "syntax error in pattern \"%1\"").arg(pattern);
        m_errorLine = line;
        return;
    }
    m_compiled.append(IgnorePattern(pattern, exception));
}

bool DockerIgnore::matches(const QString &path, bool *error) const
{
    const QString file = IgnorePattern::cleanPath(path);
    if (file == QLatin1String("."))
        return false;
    const QStringList parents = parentDirs(file);
    bool matched = false;
    for (const IgnorePattern &p : m_compiled) {
        // An inclusion cannot change an excluded file, an exception not an included one.
        if (p.isException() != matched)
            continue;
        bool match = p.matches(file, error);
        for (int i = 0; !match && i < parents.size(); ++i)
            match = p.matches(parents.at(i));
        if (match)
            matched = !p.isException();
    }
    return matched;
}

bool DockerIgnore::matchesLegacy(const QString &path) const
{
    const QString file = IgnorePattern::cleanPath(path);
    if (file == QLatin1String("."))
        return false;
    const QStringList parents = parentDirs(file);
    bool matched = false;
    for (const IgnorePattern &p : m_compiled) {
        if (p.isException() != matched)
            continue;
        bool match = p.matches(file);
        // Only the parent with as many components as the pattern is tried.
        if (!match && !parents.isEmpty() && p.depth() <= parents.size())
            match = p.matches(parents.at(p.depth() - 1));
        if (match)
            matched = !p.isException();
    }
    return matched;
}

bool DockerIgnore::matches(const QString &path, const MatchInfo &parent, MatchInfo *info,
                           bool *error) const
{
    const qsizetype count = m_compiled.size();
    const bool haveParent = parent.parentMatched.size() == count && count > 0;
    MatchInfo out;
    out.parentMatched.fill(false, count);
    QStringList parents;
    bool parentsSplit = false;
    bool matched = false;
    for (qsizetype i = 0; i < count; ++i) {
        const IgnorePattern &p = m_compiled.at(i);
        // A pattern that matched the parent matches the child without being evaluated,
        // even if it is an exception that "should" have been skipped.
        bool match = haveParent && parent.parentMatched.at(i);
        if (!match) {
            if (p.isException() != matched)
                continue;
            match = p.matches(path, error);
            if (!match && !haveParent) {
                if (!parentsSplit) {
                    parents = parentDirs(path);
                    parentsSplit = true;
                }
                for (int j = 0; !match && j < parents.size(); ++j)
                    match = p.matches(parents.at(j));
            }
        }
        out.parentMatched[i] = match;
        if (match)
            matched = !p.isException();
    }
    if (info)
        *info = std::move(out);
    return matched;
}

bool DockerIgnore::exceptionMayMatchBelow(const QString &dir) const
{
    const QString dirSlash = dir + QLatin1Char('/');
    for (const IgnorePattern &p : m_compiled) {
        if (p.isException() && QString(p.text() + QLatin1Char('/')).startsWith(dirSlash))
            return true;
    }
    return false;
}

} // namespace dx
