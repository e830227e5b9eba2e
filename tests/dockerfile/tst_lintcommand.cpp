// `docker-explorer lint` on every BuildKit conformance case: its JSON must describe the
// same instructions as BuildKit's `result` dumps, and its exit codes must follow the contract.

#include "conformance.h"

#include <dockerfile/lintcommand.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace dx;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run lint(const QStringList &args)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = runLintCommand(args, out, err);
    return run;
}

// Go's strconv.Quote for the characters the conformance cases contain.
QString quote(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\a': out += QLatin1String("\\a"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\v': out += QLatin1String("\\v"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

// Rebuilds BuildKit's dump line from the JSON shape of an instruction.
QString dumpFromJson(const QJsonObject &instruction)
{
    QString out = u'(' + instruction.value(QLatin1String("name")).toString();
    const QJsonArray flags = instruction.value(QLatin1String("flags")).toArray();
    if (!flags.isEmpty()) {
        QStringList quoted;
        for (const QJsonValue &flag : flags)
            quoted << quote(flag.toString());
        out += QLatin1String(" [") + quoted.join(u' ') + u']';
    }
    if (instruction.value(QLatin1String("inner")).isObject())
        out += u' ' + dumpFromJson(instruction.value(QLatin1String("inner")).toObject());
    for (const QJsonValue &arg : instruction.value(QLatin1String("args")).toArray())
        out += u' ' + quote(arg.toString());
    return out + u')';
}

bool hasErrors(const QJsonObject &report)
{
    for (const QJsonValue &d : report.value(QLatin1String("diagnostics")).toArray()) {
        if (d.toObject().value(QLatin1String("severity")).toString() == QLatin1String("error"))
            return true;
    }
    return false;
}

} // namespace

class TestLintCommand final : public QObject
{
    Q_OBJECT

private slots:
    void conformance_data();
    void conformance();
    void negative_data();
    void negative();
    void lineRanges();
    void textFormat();
    void unreadableFile();
    void badUsage_data();
    void badUsage();
    void severalFiles();
};

void TestLintCommand::conformance_data()
{
    QTest::addColumn<QString>("caseDir");
    const QStringList cases = test::conformanceCases(QStringLiteral("testfiles"));
    if (cases.isEmpty())
        QTest::newRow("missing") << QString();
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << test::conformanceDir() + QStringLiteral("/testfiles/") + name;
}

void TestLintCommand::conformance()
{
    QFETCH(QString, caseDir);
    if (caseDir.isEmpty())
        QSKIP(qPrintable(test::conformanceMissingMessage()));
    const QString file = caseDir + QStringLiteral("/Dockerfile");
    const Run run = lint({ QStringLiteral("--format"), QStringLiteral("json"), file });
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.array().size(), 1);
    const QJsonObject report = document.array().first().toObject();
    QCOMPARE(report.value(QLatin1String("file")).toString(), file);
    QCOMPARE(run.exitCode, hasErrors(report) ? 1 : 0);

    const QStringList expected = test::expectedDump(caseDir);
    const QJsonArray instructions = report.value(QLatin1String("instructions")).toArray();
    QCOMPARE(instructions.size(), expected.size());
    int previousEnd = 0;
    for (int i = 0; i < expected.size(); ++i) {
        const QJsonObject instruction = instructions.at(i).toObject();
        QCOMPARE(dumpFromJson(instruction), expected.at(i));
        const int start = instruction.value(QLatin1String("startLine")).toInt();
        const int end = instruction.value(QLatin1String("endLine")).toInt();
        QVERIFY(start > previousEnd);
        QVERIFY(end >= start);
        previousEnd = end;
    }
}

void TestLintCommand::negative_data()
{
    QTest::addColumn<QString>("caseDir");
    const QStringList cases = test::conformanceCases(QStringLiteral("testfiles-negative"));
    if (cases.isEmpty())
        QTest::newRow("missing") << QString();
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << test::conformanceDir() + QStringLiteral("/testfiles-negative/") + name;
}

void TestLintCommand::negative()
{
    QFETCH(QString, caseDir);
    if (caseDir.isEmpty())
        QSKIP(qPrintable(test::conformanceMissingMessage()));
    const Run run = lint({ QStringLiteral("--format=json"), caseDir + QStringLiteral("/Dockerfile") });
    QCOMPARE(run.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject();
    QVERIFY(hasErrors(report));
    bool parseError = false;
    for (const QJsonValue &d : report.value(QLatin1String("diagnostics")).toArray())
        parseError = parseError || d.toObject().value(QLatin1String("rule")).toString() == QLatin1String("ParseError");
    QVERIFY(parseError);
}

void TestLintCommand::lineRanges()
{
    const QString file = test::conformanceDir() + QStringLiteral("/testfile-line/Dockerfile");
    if (!QFile::exists(file))
        QSKIP(qPrintable(test::conformanceMissingMessage()));
    const Run run = lint({ QStringLiteral("--format"), QStringLiteral("json"), file });
    const QJsonArray instructions =
            QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject().value(QLatin1String("instructions")).toArray();
    QCOMPARE(instructions.size(), 3);
    const int expected[3][2] = { { 5, 5 }, { 11, 12 }, { 17, 31 } };
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(instructions.at(i).toObject().value(QLatin1String("startLine")).toInt(), expected[i][0]);
        QCOMPARE(instructions.at(i).toObject().value(QLatin1String("endLine")).toInt(), expected[i][1]);
    }
}

void TestLintCommand::textFormat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("Dockerfile"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("FROM alpine:3.20\nMAINTAINER me\n");
    out.close();
    const Run run = lint({ file });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, file + QStringLiteral(":2:1: warning: Maintainer instruction is deprecated in favor of using "
                                            "label [MaintainerDeprecated]\n"));

    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write("FROM alpine:3.20\nRUN sudo x\n");
    out.close();
    const Run failing = lint({ QStringLiteral("--format"), QStringLiteral("text"), file });
    QCOMPARE(failing.exitCode, 1);
    QVERIFY(failing.out.contains(QStringLiteral(":2:5: error: ")));
    QVERIFY(failing.out.trimmed().endsWith(QStringLiteral("[DL3004]")));
}

void TestLintCommand::unreadableFile()
{
    const Run run = lint({ QStringLiteral("/nonexistent/Dockerfile") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("cannot read /nonexistent/Dockerfile")));
    QVERIFY(run.out.isEmpty());
}

void TestLintCommand::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no-file") << QStringList();
    QTest::newRow("bad-format") << QStringList { QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("x") };
    QTest::newRow("missing-format") << QStringList { QStringLiteral("--format") };
    QTest::newRow("unknown-option") << QStringList { QStringLiteral("--frobnicate"), QStringLiteral("x") };
}

void TestLintCommand::badUsage()
{
    QFETCH(QStringList, args);
    const Run run = lint(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestLintCommand::severalFiles()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good"));
    const QString bad = dir.filePath(QStringLiteral("bad"));
    QFile g(good);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("FROM alpine:3.20\n");
    g.close();
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("FROM alpine:3.20\nENV X\n");
    b.close();
    const Run run = lint({ QStringLiteral("--format"), QStringLiteral("json"), good, bad });
    QCOMPARE(run.exitCode, 1);
    const QJsonArray reports = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports.at(1).toObject().value(QLatin1String("file")).toString(), bad);
    // An unreadable file wins over lint errors.
    QCOMPARE(lint({ bad, dir.filePath(QStringLiteral("missing")) }).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestLintCommand)
#include "tst_lintcommand.moc"
