// The parser against BuildKit's own test cases, plus the details they do not cover.

#include "conformance.h"

#include <dockerfile/dockerfileparser.h>

#include <QTest>

using namespace dx;

namespace {
QString S(const char *text)
{
    return QString::fromUtf8(text);
}
QStringList L(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *text : texts)
        out << QString::fromUtf8(text);
    return out;
}
} // namespace

class TestDockerfileParser final : public QObject
{
    Q_OBJECT

private slots:
    void positive_data();
    void positive();
    void negative_data();
    void negative();
    void lineNumbers();

    void heredocs_data();
    void heredocs();
    void heredocUnterminated();
    void heredocInJsonFormIsText();
    void directives_data();
    void directives();
    void directiveErrors_data();
    void directiveErrors();
    void crlfAndBom();
    void offsets();
    void comments();
    void emptyContinuationLines();
    void unknownInstructionKeepsEmptyArg();
    void keepsParsingAfterError();
    void neverCrashes_data();
    void neverCrashes();
};

void TestDockerfileParser::positive_data()
{
    QTest::addColumn<QString>("caseDir");
    const QStringList cases = test::conformanceCases(QStringLiteral("testfiles"));
    if (cases.isEmpty())
        QTest::newRow("missing") << QString();
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << test::conformanceDir() + QStringLiteral("/testfiles/") + name;
}

void TestDockerfileParser::positive()
{
    QFETCH(QString, caseDir);
    if (caseDir.isEmpty())
        QSKIP(qPrintable(test::conformanceMissingMessage()));
    const ParseResult result = DockerfileParser::parse(test::readAll(caseDir + QStringLiteral("/Dockerfile")));
    if (!result.ok())
        QFAIL(qPrintable(result.errors.first().message));
    const QStringList expected = test::expectedDump(caseDir);
    QStringList actual;
    for (const Instruction &instruction : result.instructions)
        actual << instruction.dump();
    for (int i = 0; i < qMin(expected.size(), actual.size()); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
    QCOMPARE(actual.size(), expected.size());
}

void TestDockerfileParser::negative_data()
{
    QTest::addColumn<QString>("caseDir");
    const QStringList cases = test::conformanceCases(QStringLiteral("testfiles-negative"));
    if (cases.isEmpty())
        QTest::newRow("missing") << QString();
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << test::conformanceDir() + QStringLiteral("/testfiles-negative/") + name;
}

void TestDockerfileParser::negative()
{
    QFETCH(QString, caseDir);
    if (caseDir.isEmpty())
        QSKIP(qPrintable(test::conformanceMissingMessage()));
    const ParseResult result = DockerfileParser::parse(test::readAll(caseDir + QStringLiteral("/Dockerfile")));
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.first().severity, Severity::Error);
    QVERIFY(!result.errors.first().message.isEmpty());
    QVERIFY(result.errors.first().line >= 1);
}

void TestDockerfileParser::lineNumbers()
{
    const QString path = test::conformanceDir() + QStringLiteral("/testfile-line/Dockerfile");
    if (!QFile::exists(path))
        QSKIP(qPrintable(test::conformanceMissingMessage()));
    const ParseResult result = DockerfileParser::parse(test::readAll(path));
    QVERIFY(result.ok());
    QCOMPARE(result.instructions.size(), 3);
    const QList<QPair<int, int>> expected { { 5, 5 }, { 11, 12 }, { 17, 31 } };
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(result.instructions.at(i).startLine, expected.at(i).first);
        QCOMPARE(result.instructions.at(i).endLine, expected.at(i).second);
    }
    QCOMPARE(result.instructions.first().startLine, 5);
    QCOMPARE(result.instructions.last().endLine, 31);
}

void TestDockerfileParser::heredocs_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("dump");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("contents");
    QTest::addColumn<QList<bool>>("expand");
    QTest::addColumn<QList<bool>>("chomp");
    QTest::addColumn<int>("endLine");

    QTest::newRow("run") << QByteArray("FROM a\nRUN <<EOF\necho hi\nEOF\n") << S("(run \"<<EOF\")")
                         << L({ "EOF" }) << L({ "echo hi\n" }) << QList<bool> { true }
                         << QList<bool> { false } << 4;
    QTest::newRow("chomp") << QByteArray("FROM a\nRUN <<-EOT\n\techo hi\n\tEOT\n") << S("(run \"<<-EOT\")")
                           << L({ "EOT" }) << L({ "\techo hi\n" }) << QList<bool> { true }
                           << QList<bool> { true } << 4;
    QTest::newRow("quoted") << QByteArray("FROM a\nRUN <<'EOF' bash\necho $HOME\nEOF\n")
                            << S("(run \"<<'EOF' bash\")") << L({ "EOF" }) << L({ "echo $HOME\n" })
                            << QList<bool> { false } << QList<bool> { false } << 4;
    QTest::newRow("partly-quoted") << QByteArray("FROM a\nRUN <<E\"O\"F\nx\nEOF\n") << S("(run \"<<E\\\"O\\\"F\")")
                                   << L({ "EOF" }) << L({ "x\n" }) << QList<bool> { false }
                                   << QList<bool> { false } << 4;
    QTest::newRow("several") << QByteArray("FROM a\nCOPY <<one.txt <<two.txt /dest/\n1\none.txt\n2\n2\ntwo.txt\n")
                             << S("(copy \"<<one.txt\" \"<<two.txt\" \"/dest/\")")
                             << L({ "one.txt", "two.txt" }) << L({ "1\n", "2\n2\n" })
                             << QList<bool> { true, true } << QList<bool> { false, false } << 7;
    QTest::newRow("redirect") << QByteArray("FROM a\nRUN cat 3<<EOF > /f\nx\nEOF\n")
                              << S("(run \"cat 3<<EOF > /f\")") << L({ "EOF" }) << L({ "x\n" })
                              << QList<bool> { true } << QList<bool> { false } << 4;
    QTest::newRow("onbuild") << QByteArray("FROM a\nONBUILD RUN <<EOF\nx\nEOF\n")
                             << S("(onbuild (run \"<<EOF\"))") << L({ "EOF" }) << L({ "x\n" })
                             << QList<bool> { true } << QList<bool> { false } << 4;
    QTest::newRow("not-on-env") << QByteArray("FROM a\nENV A=<<EOF\n") << S("(env \"A\" \"<<EOF\" \"=\")")
                                << L({}) << L({}) << QList<bool> {} << QList<bool> {} << 2;
    QTest::newRow("herestring") << QByteArray("FROM a\nRUN cat <<<word\n") << S("(run \"cat <<<word\")")
                                << L({}) << L({}) << QList<bool> {} << QList<bool> {} << 2;
    QTest::newRow("crlf") << QByteArray("FROM a\r\nRUN <<EOF\r\nx\r\nEOF\r\n") << S("(run \"<<EOF\")")
                          << L({ "EOF" }) << L({ "x\r\n" }) << QList<bool> { true }
                          << QList<bool> { false } << 4;
}

void TestDockerfileParser::heredocs()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, dump);
    QFETCH(QStringList, names);
    QFETCH(QStringList, contents);
    QFETCH(QList<bool>, expand);
    QFETCH(QList<bool>, chomp);
    QFETCH(int, endLine);

    const ParseResult result = DockerfileParser::parse(source);
    QVERIFY(result.ok());
    QCOMPARE(result.instructions.size(), 2);
    const Instruction &instruction = result.instructions.at(1);
    QCOMPARE(instruction.dump(), dump);
    QCOMPARE(instruction.heredocs.size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(instruction.heredocs.at(i).name, names.at(i));
        QCOMPARE(instruction.heredocs.at(i).content, contents.at(i));
        QCOMPARE(instruction.heredocs.at(i).expand, expand.at(i));
        QCOMPARE(instruction.heredocs.at(i).chomp, chomp.at(i));
    }
    QCOMPARE(instruction.startLine, 2);
    QCOMPARE(instruction.endLine, endLine);
}

void TestDockerfileParser::heredocUnterminated()
{
    const ParseResult result = DockerfileParser::parse("FROM a\nRUN <<EOF\necho\n");
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.first().message, QStringLiteral("unterminated heredoc"));
    QCOMPARE(result.errors.first().line, 2);
    QCOMPARE(result.errors.first().endLine, 3);
}

void TestDockerfileParser::heredocInJsonFormIsText()
{
    const ParseResult result = DockerfileParser::parse("FROM a\nRUN [\"<<EOF\"]\nEOF\n");
    QVERIFY(result.ok());
    QCOMPARE(result.instructions.size(), 3); // "EOF" is an (unknown) instruction of its own
    QVERIFY(result.instructions.at(1).heredocs.isEmpty());
    QCOMPARE(result.instructions.at(2).dump(), QStringLiteral("(eof \"\")"));
}

void TestDockerfileParser::directives_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("syntax");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QChar>("escape");
    QTest::addColumn<QString>("dump");

    QTest::newRow("syntax") << QByteArray("# syntax=docker/dockerfile:1\nFROM a\n")
                            << S("docker/dockerfile:1") << QString() << QChar(u'\\') << S("(from \"a\")");
    QTest::newRow("escape-backtick") << QByteArray("# escape=`\nFROM a\nRUN echo `\n  b\n") << QString()
                                     << QString() << QChar(u'`') << S("(run \"echo   b\")");
    QTest::newRow("all-three") << QByteArray("#syntax = x\n# ESCAPE = \\\n# check=skip=all;error=true\nFROM a\n")
                               << S("x") << S("skip=all;error=true") << QChar(u'\\') << S("(from \"a\")");
    QTest::newRow("after-comment") << QByteArray("# hello\n# escape=`\nFROM a\n") << QString() << QString()
                                   << QChar(u'\\') << S("(from \"a\")");
    QTest::newRow("after-blank") << QByteArray("\n# syntax=x\nFROM a\n") << QString() << QString()
                                 << QChar(u'\\') << S("(from \"a\")");
    QTest::newRow("unknown-ends") << QByteArray("# foo=bar\n# syntax=x\nFROM a\n") << QString() << QString()
                                  << QChar(u'\\') << S("(from \"a\")");
    QTest::newRow("after-instruction") << QByteArray("FROM a\n# syntax=x\n") << QString() << QString()
                                       << QChar(u'\\') << S("(from \"a\")");
    QTest::newRow("indented") << QByteArray("  # syntax = y  \nFROM a\n") << S("y") << QString() << QChar(u'\\')
                              << S("(from \"a\")");
}

void TestDockerfileParser::directives()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, syntax);
    QFETCH(QString, check);
    QFETCH(QChar, escape);
    QFETCH(QString, dump);

    const ParseResult result = DockerfileParser::parse(source);
    QVERIFY(result.ok());
    QCOMPARE(result.directives.value(QStringLiteral("syntax")), syntax);
    QCOMPARE(result.directives.value(QStringLiteral("check")), check);
    QCOMPARE(result.escape, escape);
    QCOMPARE(result.instructions.last().dump(), dump);
    QVERIFY(result.instructions.first().comments.isEmpty() || !source.startsWith("# syntax"));
}

void TestDockerfileParser::directiveErrors_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::newRow("duplicate") << QByteArray("# syntax=a\n# syntax=b\nFROM a\n")
                               << S("only one syntax parser directive can be used") << 2;
    QTest::newRow("bad-escape") << QByteArray("# escape=x\nFROM a\n")
                                << S("invalid escape token 'x' does not match ` or \\") << 1;
}

void TestDockerfileParser::directiveErrors()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, message);
    QFETCH(int, line);
    const ParseResult result = DockerfileParser::parse(source);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.first().message, message);
    QCOMPARE(result.errors.first().line, line);
}

void TestDockerfileParser::crlfAndBom()
{
    const ParseResult lf = DockerfileParser::parse("# escape=`\nFROM a\nRUN echo `\n  hi\nENV A=1 B=\"2 3\"\n");
    const ParseResult crlf = DockerfileParser::parse(
            "\xEF\xBB\xBF# escape=`\r\nFROM a\r\nRUN echo `\r\n  hi\r\nENV A=1 B=\"2 3\"\r\n");
    QVERIFY(lf.ok());
    QVERIFY(crlf.ok());
    QCOMPARE(crlf.dump(), lf.dump());
    QCOMPARE(crlf.escape, QChar(u'`'));
    QCOMPARE(crlf.instructions.at(1).startLine, 3);
    QCOMPARE(crlf.instructions.at(1).endLine, 4);
    QVERIFY(!crlf.text.startsWith(QChar(0xFEFF)));
    QCOMPARE(crlf.lineText(2), QStringLiteral("FROM a"));
    // A BOM later in the file is content, not a marker.
    const ParseResult later = DockerfileParser::parse("FROM a\n\xEF\xBB\xBFRUN x\n");
    QCOMPARE(later.instructions.at(1).name, QString(QChar(0xFEFF)) + QStringLiteral("run"));
}

void TestDockerfileParser::offsets()
{
    const QByteArray source("# ä comment\n  FROM alpine AS b\u00e4se\nRUN echo \\\n    h\u00e9llo\n\nCOPY . /\n");
    const ParseResult result = DockerfileParser::parse(source);
    QVERIFY(result.ok());
    QCOMPARE(result.text, QString::fromUtf8(source));
    QCOMPARE(result.instructions.size(), 3);
    const auto sourceOf = [&](const Instruction &i) {
        return result.text.mid(i.startOffset, i.endOffset - i.startOffset);
    };
    QCOMPARE(sourceOf(result.instructions.at(0)), QString::fromUtf8("FROM alpine AS b\u00e4se"));
    QCOMPARE(result.instructions.at(0).startColumn, 3);
    QCOMPARE(sourceOf(result.instructions.at(1)), QString::fromUtf8("RUN echo \\\n    h\u00e9llo"));
    QCOMPARE(sourceOf(result.instructions.at(2)), QStringLiteral("COPY . /"));
    QCOMPARE(result.instructions.at(2).startLine, 6);
    QCOMPARE(result.instructions.at(1).original, QString::fromUtf8("RUN echo     h\u00e9llo"));
}

void TestDockerfileParser::comments()
{
    const ParseResult result = DockerfileParser::parse(
            "# syntax=x\n# first\n# second\nFROM a\n# dropped\n#\n# kept\n\nRUN b\nRUN c\n");
    QVERIFY(result.ok());
    QCOMPARE(result.instructions.at(0).comments, L({ "first", "second" }));
    QCOMPARE(result.instructions.at(1).comments, L({ "kept" }));
    QVERIFY(result.instructions.at(2).comments.isEmpty());
}

void TestDockerfileParser::emptyContinuationLines()
{
    const ParseResult result = DockerfileParser::parse("FROM a\nRUN a \\\n\n  # c\n  b\n");
    QVERIFY(result.ok());
    QCOMPARE(result.instructions.at(1).dump(), QStringLiteral("(run \"a   b\")"));
    QCOMPARE(result.instructions.at(1).emptyContinuationLines, QList<int> { 3 });
    QCOMPARE(result.instructions.at(1).endLine, 5);
}

void TestDockerfileParser::unknownInstructionKeepsEmptyArg()
{
    const ParseResult result = DockerfileParser::parse("FORM alpine\nONBUILD\nHEALTHCHECK NONE\n");
    QVERIFY(result.ok());
    QCOMPARE(result.dump(), QStringLiteral("(form \"\")\n(onbuild)\n(healthcheck \"NONE\")\n"));
    QCOMPARE(result.instructions.first().keyword, QStringLiteral("FORM"));
}

void TestDockerfileParser::keepsParsingAfterError()
{
    const ParseResult result = DockerfileParser::parse("FROM a\nENV X\nCMD [1]\nRUN ok\n");
    QCOMPARE(result.errors.size(), 2);
    QCOMPARE(result.errors.at(0).line, 2);
    QCOMPARE(result.errors.at(0).message, QStringLiteral("ENV must have two arguments"));
    QCOMPARE(result.errors.at(1).line, 3);
    QCOMPARE(result.instructions.size(), 2);
}

void TestDockerfileParser::neverCrashes_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::newRow("lone-escape") << QByteArray("\\");
    QTest::newRow("escape-lines") << QByteArray("\\\n\\\n\\");
    QTest::newRow("nul") << QByteArray("FROM \0a\n", 8);
    QTest::newRow("invalid-utf8") << QByteArray("FROM \xff\xfe\nRUN [\"\xc3\"]\nENV \xe2\x82=1\n");
    QTest::newRow("deep-json") << (QByteArray("CMD ") + QByteArray(20000, '['));
    QTest::newRow("deep-onbuild") << QByteArray("ONBUILD ").repeated(200) + "RUN x";
    QTest::newRow("long-line") << (QByteArray("RUN ") + QByteArray(70000, 'x'));
    QTest::newRow("heredoc-dollar") << QByteArray("RUN <<${\nRUN <<$x <<\"a\nRUN <<\\\n");
    QTest::newRow("flags-only") << QByteArray("COPY --a --b=\"c\" -- \nCOPY --\nCOPY --x\\");
}

void TestDockerfileParser::neverCrashes()
{
    QFETCH(QByteArray, source);
    const ParseResult result = DockerfileParser::parse(source);
    for (const Instruction &i : result.instructions) {
        QVERIFY(i.startLine >= 1 && i.endLine >= i.startLine);
        QVERIFY(i.startOffset <= i.endOffset && i.endOffset <= result.text.size());
        (void)i.dump();
    }
}

QTEST_GUILESS_MAIN(TestDockerfileParser)
#include "tst_dockerfileparser.moc"
