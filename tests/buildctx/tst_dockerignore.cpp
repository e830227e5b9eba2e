// Expectations come from moby/patternmatcher's own tests (TestMatches, TestMatch, the
// compile table, ignorefile's TestReadAll) plus cases for the CLI walker rules.
#include "buildctx/dockerignore.h"

#include <QTest>

using dx::DockerIgnore;
using dx::IgnorePattern;

class TestDockerIgnore : public QObject
{
    Q_OBJECT

private slots:
    void cleanPath_data();
    void cleanPath();
    void singlePattern_data();
    void singlePattern();
    void multiPattern_data();
    void multiPattern();
    void legacyMatch_data();
    void legacyMatch();
    void compiledKind_data();
    void compiledKind();
    void parentResultsAgree_data();
    void parentResultsAgree();
    void parseFile();
    void parseErrors_data();
    void parseErrors();
    void exceptionDescends();
};

void TestDockerIgnore::cleanPath_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    const char *rows[][2] = {
        {"", "."}, {".", "."}, {"/", "/"}, {"./foo", "foo"}, {"/foo/", "/foo"},
        {"a//b", "a/b"}, {"a/./b/", "a/b"}, {"a/../b", "b"}, {"../a", "../a"},
        {"/../a", "/a"}, {"a/b/../../..", ".."}, {"!./x", "!./x"}, {"a/..", "."},
        {"//a//b//", "/a/b"}, {"abc/def/../../..", ".."},
    };
    for (const auto &r : rows)
        QTest::newRow(r[0][0] ? r[0] : "<empty>") << QString::fromUtf8(r[0]) << QString::fromUtf8(r[1]);
}

void TestDockerIgnore::cleanPath()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(IgnorePattern::cleanPath(in), out);
}

void TestDockerIgnore::singlePattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("excluded");
    struct Row { const char *pattern, *path; bool excluded; };
    // TestMatches: "exact" and "inexact" both exclude via parent matching.
    const Row rows[] = {
        {"**", "file", true}, {"**", "file/", true}, {"**/", "file", true},
        {"**/", "file/", true}, {"**", "/", true}, {"**/", "/", true},
        {"**", "dir/file", true}, {"**/", "dir/file", true}, {"**", "dir/file/", true},
        {"**/", "dir/file/", true}, {"**/**", "dir/file", true}, {"**/**", "dir/file/", true},
        {"dir/**", "dir/file", true}, {"dir/**", "dir/file/", true},
        {"dir/**", "dir/dir2/file", true}, {"dir/**", "dir/dir2/file/", true},
        {"**/dir", "dir", true}, {"**/dir", "dir/file", true},
        {"**/dir2/*", "dir/dir2/file", true}, {"**/dir2/*", "dir/dir2/file/", true},
        {"**/dir2/**", "dir/dir2/dir3/file", true}, {"**/dir2/**", "dir/dir2/dir3/file/", true},
        {"**file", "file", true}, {"**file", "dir/file", true}, {"**/file", "dir/file", true},
        {"**file", "dir/dir/file", true}, {"**/file", "dir/dir/file", true},
        {"**/file*", "dir/dir/file", true}, {"**/file*", "dir/dir/file.txt", true},
        {"**/file*txt", "dir/dir/file.txt", true}, {"**/file*.txt", "dir/dir/file.txt", true},
        {"**/file*.txt*", "dir/dir/file.txt", true}, {"**/**/*.txt", "dir/dir/file.txt", true},
        {"**/**/*.txt2", "dir/dir/file.txt", false}, {"**/*.txt", "file.txt", true},
        {"**/**/*.txt", "file.txt", true}, {"a**/*.txt", "a/file.txt", true},
        {"a**/*.txt", "a/dir/file.txt", true}, {"a**/*.txt", "a/dir/dir/file.txt", true},
        {"a/*.txt", "a/dir/file.txt", false}, {"a/*.txt", "a/file.txt", true},
        {"a/*.txt**", "a/file.txt", true}, {"a[b-d]e", "ae", false}, {"a[b-d]e", "ace", true},
        {"a[b-d]e", "aae", false}, {"a[^b-d]e", "aze", true}, {".*", ".foo", true},
        {".*", "foo", false}, {"abc.def", "abcdef", false}, {"abc.def", "abc.def", true},
        {"abc.def", "abcZdef", false}, {"abc?def", "abcZdef", true}, {"abc?def", "abcdef", false},
        {"**/foo/bar", "foo/bar", true}, {"**/foo/bar", "dir/foo/bar", true},
        {"**/foo/bar", "dir/dir2/foo/bar", true}, {"abc/**", "abc", false},
        {"abc/**", "abc/def", true}, {"abc/**", "abc/def/ghi", true}, {"**/.foo", ".foo", true},
        {"**/.foo", "bar.foo", false}, {"a(b)c/def", "a(b)c/def", true},
        {"a(b)c/def", "a(b)c/xyz", false}, {"a.|)$(}+{bc", "a.|)$(}+{bc", true},
        {"dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl",
         "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true},
        {"dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true},
        {"a\\\\", "a\\", true}, {"a\\*b", "a*b", true},
        // From Go's filepath.Match table as patternmatcher runs it.
        {"abc", "abc", true}, {"*", "abc", true}, {"*c", "abc", true}, {"a*", "a", true},
        {"a*", "abc", true}, {"a*", "ab/c", true}, {"a*/b", "abc/b", true},
        {"a*/b", "a/c/b", false}, {"a*b*c*d*e*/f", "axbxcxdxe/f", true},
        {"a*b*c*d*e*/f", "axbxcxdxexxx/f", true}, {"a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false},
        {"a*b*c*d*e*/f", "axbxcxdxexxx/fff", false}, {"a*b?c*x", "abxbbxdbxebxczzx", true},
        {"a*b?c*x", "abxbbxdbxebxczzy", false}, {"ab[c]", "abc", true}, {"ab[b-d]", "abc", true},
        {"ab[e-g]", "abc", false}, {"ab[^c]", "abc", false}, {"ab[^b-d]", "abc", false},
        {"ab[^e-g]", "abc", true}, {"a\\*b", "ab", false}, {"a?b", "a☺b", true},
        {"a[^a]b", "a☺b", true}, {"a???b", "a☺b", false}, {"a[^a][^a][^a]b", "a☺b", false},
        {"[a-ζ]*", "α", true}, {"*[a-ζ]", "A", false}, {"a?b", "a/b", false},
        {"a*b", "a/b", false}, {"[\\]a]", "]", true}, {"[\\-]", "-", true},
        {"[x\\-]", "x", true}, {"[x\\-]", "-", true}, {"[x\\-]", "z", false},
        {"[\\-x]", "x", true}, {"[\\-x]", "-", true}, {"[\\-x]", "a", false}, {"*x", "xxx", true},
        // Parent directories: "foo" excludes everything below it.
        {"foo", "foo/bar", true}, {"foo", "foo/bar/baz", true}, {"foo", "foobar", false},
        {"foo/*", "foo/bar/baz", true}, {"*/foo", "a/foo/b", true}, {"*/foo", "a/b/foo", false},
        {"node_modules", "app/node_modules", false}, {"**/node_modules", "app/node_modules/x", true},
        // Quirks kept on purpose: the suffix match does not respect '/' boundaries, and
        // a bracket class is passed to the regex engine as is.
        {"**name", "dir/xname", true}, {"[!a]", "!", true}, {"[!a]", "b", false},
        {"[[:digit:]]x", "5x", true}, {"^foo*", "foobar", true}, {"x[*]", "x]", true},
    };
    for (const Row &r : rows) {
        QTest::addRow("%s | %s", r.pattern, r.path)
            << QString::fromUtf8(r.pattern) << QString::fromUtf8(r.path) << r.excluded;
    }
}

void TestDockerIgnore::singlePattern()
{
    QFETCH(QString, pattern);
    QFETCH(QString, path);
    QFETCH(bool, excluded);
    const DockerIgnore ignore = DockerIgnore::fromPatterns({pattern});
    QVERIFY2(ignore.isValid(), qPrintable(ignore.errorString()));
    bool error = false;
    QCOMPARE(ignore.matches(path, &error), excluded);
    QVERIFY(!error);
}

void TestDockerIgnore::multiPattern_data()
{
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("excluded");
    auto row = [](const char *name, QStringList p, const char *path, bool ex) {
        QTest::newRow(name) << p << QString::fromUtf8(path) << ex;
    };
    row("star-then-exception", {QStringLiteral("**"), QStringLiteral("!util/docker/web")},
        "util/docker/web/foo", false);
    row("re-excluded", {QStringLiteral("**"), QStringLiteral("!util/docker/web"),
                        QStringLiteral("util/docker/web/foo")}, "util/docker/web/foo", true);
    row("whl-exact", {QStringLiteral("**"),
                      QStringLiteral("!dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl")},
        "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", false);
    row("whl-glob", {QStringLiteral("**"), QStringLiteral("!dist/*.whl")},
        "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", false);
    row("exception-before", {QStringLiteral("!fileutils.go"), QStringLiteral("*.go")},
        "fileutils.go", true);
    row("docs-folder", {QStringLiteral("docs"), QStringLiteral("!docs/README.md")},
        "docs/README.md", false);
    row("docs-slash", {QStringLiteral("docs/"), QStringLiteral("!docs/README.md")},
        "docs/README.md", false);
    row("docs-star", {QStringLiteral("docs/*"), QStringLiteral("!docs/README.md")},
        "docs/README.md", false);
    row("exception-after", {QStringLiteral("*.go"), QStringLiteral("!fileutils.go")},
        "fileutils.go", false);
    row("whole-dir", {QStringLiteral("*.go")}, ".", false);
    row("no-patterns", {}, "any/path/there", false);
    row("last-wins", {QStringLiteral("*.md"), QStringLiteral("!README*.md"),
                      QStringLiteral("README-secret.md")}, "README-secret.md", true);
    row("last-wins-2", {QStringLiteral("*.md"), QStringLiteral("!README*.md"),
                        QStringLiteral("README-secret.md")}, "README.md", false);
}

void TestDockerIgnore::multiPattern()
{
    QFETCH(QStringList, patterns);
    QFETCH(QString, path);
    QFETCH(bool, excluded);
    const DockerIgnore ignore = DockerIgnore::fromPatterns(patterns);
    QVERIFY(ignore.isValid());
    QCOMPARE(ignore.matches(path), excluded);
}

void TestDockerIgnore::legacyMatch_data()
{
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("excluded");
    QTest::newRow("one-level") << QStringList{QStringLiteral("docs")} << QStringLiteral("docs/a/b") << true;
    QTest::newRow("depth-2") << QStringList{QStringLiteral("a/b")} << QStringLiteral("a/b/c/d") << true;
    // The buggy variant tries only the parent with as many components as the pattern.
    QTest::newRow("suffix-deep") << QStringList{QStringLiteral("*/b")} << QStringLiteral("x/a/b/c") << false;
    QTest::newRow("or-parent-deep") << QStringList{QStringLiteral("*/b")} << QStringLiteral("a/b/c") << true;
    QTest::newRow("dockerfile") << QStringList{QStringLiteral("*")} << QStringLiteral("Dockerfile") << true;
    QTest::newRow("exception") << QStringList{QStringLiteral("*"), QStringLiteral("!Dockerfile")}
                               << QStringLiteral("Dockerfile") << false;
}

void TestDockerIgnore::legacyMatch()
{
    QFETCH(QStringList, patterns);
    QFETCH(QString, path);
    QFETCH(bool, excluded);
    QCOMPARE(DockerIgnore::fromPatterns(patterns).matchesLegacy(path), excluded);
}

void TestDockerIgnore::compiledKind_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("regex");
    using K = IgnorePattern::Kind;
    auto row = [](const char *p, K k, const char *re) {
        QTest::newRow(p) << QString::fromUtf8(p) << int(k) << QString::fromUtf8(re);
    };
    row("*", K::Regexp, "^[^/]*\\z");
    row("file*", K::Regexp, "^file[^/]*\\z");
    row("*file", K::Regexp, "^[^/]*file\\z");
    row("a*/b", K::Regexp, "^a[^/]*/b\\z");
    row("**", K::Suffix, "");
    row("**/**", K::Regexp, "^(.*/)?.*\\z");
    row("dir/**", K::Prefix, "");
    row("**/dir", K::Suffix, "");
    row("**/dir2/*", K::Regexp, "^(.*/)?dir2/[^/]*\\z");
    row("**/dir2/**", K::Regexp, "^(.*/)?dir2/.*\\z");
    row("**file", K::Suffix, "");
    row("**/file*txt", K::Regexp, "^(.*/)?file[^/]*txt\\z");
    row("**/**/*.txt", K::Regexp, "^(.*/)?(.*/)?[^/]*\\.txt\\z");
    row("a[b-d]e", K::Regexp, "^a[b-d]e\\z");
    row(".*", K::Regexp, "^\\.[^/]*\\z");
    row("abc.def", K::Exact, "");
    row("abc?def", K::Regexp, "^abc[^/]def\\z");
    row("a\\*b", K::Regexp, "^a\\*b\\z");
    row("a\\q", K::Invalid, "^a\\q\\z"); // RE2 rejects unknown escapes
    row("[z-a]", K::Invalid, "^[z-a]\\z");
}

void TestDockerIgnore::compiledKind()
{
    QFETCH(QString, pattern);
    QFETCH(int, kind);
    QFETCH(QString, regex);
    const IgnorePattern p(pattern, false);
    QCOMPARE(int(p.kind()), kind);
    QCOMPARE(p.regexSource(), regex);
}

void TestDockerIgnore::parentResultsAgree_data()
{
    multiPattern_data();
}

// MatchesUsingParentResults fed from the root down must agree with MatchesOrParentMatches
// for these tables, as patternmatcher's own test asserts.
void TestDockerIgnore::parentResultsAgree()
{
    QFETCH(QStringList, patterns);
    QFETCH(QString, path);
    QFETCH(bool, excluded);
    const DockerIgnore ignore = DockerIgnore::fromPatterns(patterns);
    if (path == QLatin1String(".")) {
        // The walker never asks about the root itself: there is no parent chain to compare,
        // only the direct verdict.
        QCOMPARE(ignore.matches(path), excluded);
        return;
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    DockerIgnore::MatchInfo info;
    for (int i = 0; i + 1 < parts.size(); ++i)
        ignore.matches(parts.mid(0, i + 1).join(QLatin1Char('/')), info, &info);
    QCOMPARE(ignore.matches(path, info, nullptr), excluded);
}

void TestDockerIgnore::parseFile()
{
    // ignorefile's TestReadAll content, plus CRLF, a BOM and a "#" that is no comment.
    const QByteArray content = "\xEF\xBB\xBFtest1\r\n/test2\n/a/file/here\n\nlastfile\n"
                               "# this is a comment\n! /inverted/abs/path\n  # not a comment\n"
                               "./dot/../x/\n!\n! ";
    const DockerIgnore ignore = DockerIgnore::parse(content);
    const QStringList expected = {
        QStringLiteral("test1"), QStringLiteral("test2"), QStringLiteral("a/file/here"),
        QStringLiteral("lastfile"), QStringLiteral("!inverted/abs/path"),
        QStringLiteral("# not a comment"), QStringLiteral("x"), QStringLiteral("!"),
        QStringLiteral("!"),
    };
    QCOMPARE(ignore.patterns(), expected);
    QVERIFY(!ignore.isValid()); // the lone "!" (line 10)
    QCOMPARE(ignore.errorLine(), 10);
    QVERIFY(ignore.errorString().contains(QLatin1String("exclusion")));
}

void TestDockerIgnore::parseErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::newRow("open-bracket") << QByteArray("ok\n[") << 2;
    QTest::newRow("close-first") << QByteArray("[]a]") << 1;
    QTest::newRow("dash") << QByteArray("a\nb\n[-]") << 3;
    QTest::newRow("dash-end") << QByteArray("[x-]") << 1;
    QTest::newRow("range-range") << QByteArray("[a-b-c]") << 1;
    QTest::newRow("trailing-escape") << QByteArray("\\") << 1;
    QTest::newRow("neg-open") << QByteArray("[^bc") << 1;
    QTest::newRow("a-open") << QByteArray("a[") << 1;
    QTest::newRow("star-open") << QByteArray("*x[") << 1;
    QTest::newRow("bang-slash") << QByteArray("!/") << 1;
    QTest::newRow("too-long") << QByteArray(70000, 'x') << 1;
    QTest::newRow("valid") << QByteArray("*.o\n!keep.o\n[a-z]*\n\\[x\\]") << 0;
}

void TestDockerIgnore::parseErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    const DockerIgnore ignore = DockerIgnore::parse(content);
    QCOMPARE(ignore.isValid(), line == 0);
    QCOMPARE(ignore.errorLine(), line);
}

void TestDockerIgnore::exceptionDescends()
{
    const DockerIgnore ignore = DockerIgnore::fromPatterns(
        {QStringLiteral("build"), QStringLiteral("!build/keep/*.txt"), QStringLiteral("!**/other")});
    QVERIFY(ignore.hasExceptions());
    QVERIFY(ignore.exceptionMayMatchBelow(QStringLiteral("build")));
    QVERIFY(ignore.exceptionMayMatchBelow(QStringLiteral("build/keep")));
    QVERIFY(!ignore.exceptionMayMatchBelow(QStringLiteral("build/drop")));
    // Textual prefix test only: "**/other" never rescues anything below "x".
    QVERIFY(!ignore.exceptionMayMatchBelow(QStringLiteral("x")));
}

QTEST_GUILESS_MAIN(TestDockerIgnore)
#include "tst_dockerignore.moc"
