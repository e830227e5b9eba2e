// The lint rules on small Dockerfiles: which rules fire, where, and which do not.

#include <dockerfile/dockerfilelinter.h>

#include <QTest>

using namespace dx;

namespace {

QStringList rulesOf(const QList<Diagnostic> &diagnostics)
{
    QStringList rules;
    for (const Diagnostic &d : diagnostics)
        rules << d.rule;
    return rules;
}

QStringList split(const char *rules)
{
    return QString::fromLatin1(rules).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class TestDockerfileLinter final : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void positions();
    void checkDirective();
    void explanations();
    void cleanFileHasNoFindings();
    void parseErrorsComeFirst();
};

void TestDockerfileLinter::rules_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("expected");   // must all be reported
    QTest::addColumn<QStringList>("unexpected"); // must not be reported

    const auto row = [](const char *name, const char *source, const char *expected, const char *unexpected = "") {
        QTest::newRow(name) << QByteArray(source) << split(expected) << split(unexpected);
    };
    row("json-args", "FROM a:1\nCMD echo hi\nENTRYPOINT [\"x\"]\n", "JSONArgsRecommended");
    row("json-args-custom-shell", "FROM a:1\nSHELL [\"/bin/bash\", \"-c\"]\nCMD echo hi\n", "", "JSONArgsRecommended");
    row("legacy-env", "FROM a:1\nENV A b\nLABEL x=y\n", "LegacyKeyValueFormat");
    row("modern-env", "FROM a:1\nENV A=b\n", "", "LegacyKeyValueFormat");
    row("maintainer", "FROM a:1\nMAINTAINER me\n", "MaintainerDeprecated");
    row("stage-casing", "FROM a:1 AS Build\n", "StageNameCasing");
    row("from-as-casing", "FROM a:1 as build\n", "FromAsCasing", "StageNameCasing");
    row("from-as-lower-ok", "from a:1 as build\n", "", "FromAsCasing");
    row("duplicate-stage", "FROM a:1 AS b\nFROM a:1 AS B\n", "DuplicateStageName");
    row("casing", "FROM a:1\nRUN x\nrun y\nRUN z\n", "ConsistentInstructionCasing");
    row("workdir-relative", "FROM a:1\nWORKDIR app\n", "WorkdirRelativePath");
    row("workdir-after-absolute", "FROM a:1\nWORKDIR /app\nWORKDIR sub\n", "", "WorkdirRelativePath");
    row("secrets", "FROM a:1\nARG GITHUB_TOKEN\nENV DB_PASSWORD=x\n", "SecretsUsedInArgOrEnv");
    row("secrets-public", "FROM a:1\nARG PUBLIC_KEY\nENV MONKEY=1\n", "", "SecretsUsedInArgOrEnv");
    row("multiple-cmd", "FROM a:1\nCMD [\"a\"]\nCMD [\"b\"]\n", "MultipleInstructionsDisallowed");
    row("multiple-cmd-stages", "FROM a:1\nCMD [\"a\"]\nFROM b:1\nCMD [\"b\"]\n", "", "MultipleInstructionsDisallowed");
    row("reserved-stage", "FROM a:1 AS scratch\n", "ReservedStageName");
    row("undefined-arg-in-from", "FROM $IMAGE\n", "UndefinedArgInFrom");
    row("declared-arg-in-from", "ARG IMAGE=a:1\nFROM $IMAGE\nFROM --platform=$BUILDPLATFORM b:1\n", "",
        "UndefinedArgInFrom InvalidDefaultArgInFrom");
    row("invalid-default-arg", "ARG IMAGE\nFROM ${IMAGE}\n", "InvalidDefaultArgInFrom");
    row("default-by-modifier", "ARG V\nFROM alpine:${V:-3.20}\n", "", "InvalidDefaultArgInFrom");
    row("undefined-var-typo", "FROM a:1\nARG VERSION=1\nCOPY app-$VERISON /app\n", "UndefinedVar");
    row("undefined-var-scratch", "FROM scratch\nENV A=$NOPE\n", "UndefinedVar");
    row("inherited-env", "FROM scratch AS base\nENV A=1\nFROM base\nENV B=$A\n", "", "UndefinedVar");
    row("undefined-var-escaped", "FROM scratch\nENV A=\\$NOPE B='$NOPE'\n", "", "UndefinedVar");
    row("empty-continuation", "FROM a:1\nRUN a \\\n\n  b\n", "NoEmptyContinuation");
    row("expose", "FROM a:1\nEXPOSE 80/TCP 8080:80 99999\n", "ExposeProtoCasing ExposeInvalidFormat DL3011");
    row("expose-ok", "FROM a:1\nEXPOSE 80/tcp 53/udp 8000-8010 $PORT\n", "",
        "ExposeProtoCasing ExposeInvalidFormat DL3011");
    row("redundant-platform", "FROM --platform=$TARGETPLATFORM a:1\n", "RedundantTargetPlatform");
    row("untagged", "FROM alpine\n", "DL3006");
    row("latest", "FROM alpine:latest\n", "DL3007");
    row("tagged-registry-port", "FROM localhost:5000/alpine\n", "DL3006");
    row("stage-reference", "FROM alpine:3 AS base\nFROM base\nFROM scratch\n", "", "DL3006");
    row("apt", "FROM a:1\nRUN apt-get update && apt-get install curl\n", "DL3008 DL3009 DL3014 DL3015");
    row("apt-good",
        "FROM a:1\nRUN apt-get update && apt-get install -y --no-install-recommends curl=1 "
        "&& rm -rf /var/lib/apt/lists/*\n",
        "", "DL3008 DL3009 DL3014 DL3015");
    row("apt-combined-yes", "FROM a:1\nRUN apt-get -qy install --no-install-recommends x=1\n", "", "DL3014");
    row("apt-cli", "FROM a:1\nRUN apt install -y x\n", "DL3027");
    row("cd", "FROM a:1\nRUN cd /src && make\n", "DL3003");
    row("sudo", "FROM a:1\nRUN sudo -u me make\n", "DL3004");
    row("add-local", "FROM a:1\nADD src /dst\n", "DL3020");
    row("add-archive-url", "FROM a:1\nADD app.tar.gz https://x/y.txt /dst/\n", "", "DL3020");
    row("copy-dest-dir", "FROM a:1\nCOPY a b c\n", "DL3021");
    row("copy-from-unknown", "FROM a:1 AS build\nFROM b:1\nCOPY --from=biuld /x /y\n", "DL3022");
    row("copy-from-known",
        "FROM a:1 AS build\nFROM b:1\nCOPY --from=build /x /y\nCOPY --from=0 /x /y\nCOPY --from=nginx:1 /x /y\n", "",
        "DL3022 DL3023");
    row("copy-from-self", "FROM a:1 AS build\nCOPY --from=build /x /y\n", "DL3023");
    row("pipefail", "FROM a:1\nRUN curl x | tar x\n", "DL4006");
    row("pipefail-shell", "FROM a:1\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl x | tar x\n", "",
        "DL4006");
    row("or-is-no-pipe", "FROM a:1\nRUN a || b\n", "", "DL4006");
    row("root-user", "FROM a:1\nUSER root\n", "DL3002");
    row("apk", "FROM a:1\nRUN apk add curl\n", "DL3019");
    row("unknown-instruction", "FROM a:1\nFORM b\ncopy a b\nRUNN x\n", "UnknownInstruction");
    row("missing-from", "RUN x\n", "NoFromInstruction", "InstructionBeforeFrom");
    row("before-from", "ARG A=1\nRUN x\nFROM a:1\n", "InstructionBeforeFrom");
    row("missing-arguments", "FROM a:1\nCOPY onlyone\nWORKDIR\nSHELL bash\nHEALTHCHECK CMD\n", "MissingArguments");
    row("heredoc-copy-ok", "FROM a:1\nCOPY <<EOF /x\nhi\nEOF\n", "", "MissingArguments DL3021");
    row("onbuild-from", "FROM a:1\nONBUILD FROM b\n", "MissingArguments");
}

void TestDockerfileLinter::rules()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    const QList<Diagnostic> diagnostics = DockerfileLinter::lint(source);
    const QStringList found = rulesOf(diagnostics);
    for (const QString &rule : expected) {
        if (!found.contains(rule))
            QFAIL(qPrintable(QStringLiteral("%1 not reported; got %2").arg(rule, found.join(u' '))));
    }
    for (const QString &rule : unexpected) {
        if (found.contains(rule))
            QFAIL(qPrintable(QStringLiteral("%1 reported unexpectedly").arg(rule)));
    }
    for (const Diagnostic &d : diagnostics) {
        QVERIFY(!d.message.isEmpty());
        QVERIFY(!DockerfileLinter::explanation(d.rule).isEmpty());
        QVERIFY(d.line >= 1 && d.column >= 1);
        QVERIFY(d.endLine > d.line || (d.endLine == d.line && d.endColumn >= d.column));
    }
}

void TestDockerfileLinter::positions()
{
    const QList<Diagnostic> diagnostics = DockerfileLinter::lint(QByteArray("FROM a:1\n  RUN cd /x && sudo y\n"));
    QCOMPARE(diagnostics.size(), 2);
    QCOMPARE(diagnostics.at(0).rule, QStringLiteral("DL3003"));
    QCOMPARE(diagnostics.at(0).line, 2);
    QCOMPARE(diagnostics.at(0).column, 7);
    QCOMPARE(diagnostics.at(1).rule, QStringLiteral("DL3004"));
    QCOMPARE(diagnostics.at(1).column, 16);
    QCOMPARE(diagnostics.at(1).endColumn, 20);
    QCOMPARE(diagnostics.at(1).severity, Severity::Error);
}

void TestDockerfileLinter::checkDirective()
{
    const QByteArray body("FROM alpine\nMAINTAINER me\nCMD x\n");
    QVERIFY(rulesOf(DockerfileLinter::lint(body)).contains(QStringLiteral("MaintainerDeprecated")));

    const QList<Diagnostic> skipped =
            DockerfileLinter::lint("# check=skip=MaintainerDeprecated,DL3006\n" + body);
    QCOMPARE(rulesOf(skipped), QStringList { QStringLiteral("JSONArgsRecommended") });

    QVERIFY(DockerfileLinter::lint("# check=skip=all\n" + body).isEmpty());

    const QList<Diagnostic> errors = DockerfileLinter::lint("# check=error=true\n" + body);
    QVERIFY(!errors.isEmpty());
    for (const Diagnostic &d : errors)
        QCOMPARE(d.severity, Severity::Error);

    // Aliases work in skip lists too.
    const QByteArray twoCmds("# check=skip=DL4003\nFROM a:1\nCMD [\"a\"]\nCMD [\"b\"]\n");
    QVERIFY(DockerfileLinter::lint(twoCmds).isEmpty());
}

void TestDockerfileLinter::explanations()
{
    const QList<LintRule> rules = DockerfileLinter::rules();
    QVERIFY(rules.size() >= 35);
    QStringList ids;
    for (const LintRule &rule : rules) {
        QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
        ids << rule.id;
        QVERIFY(!rule.title.isEmpty());
        QVERIFY(DockerfileLinter::explanation(rule.id).size() > rule.title.size());
        for (const QString &alias : rule.aliases)
            QCOMPARE(DockerfileLinter::canonicalId(alias), rule.id);
    }
    QCOMPARE(DockerfileLinter::canonicalId(QStringLiteral("DL4004")), QStringLiteral("MultipleInstructionsDisallowed"));
    QVERIFY(DockerfileLinter::explanation(QStringLiteral("NoSuchRule")).isEmpty());
}

void TestDockerfileLinter::cleanFileHasNoFindings()
{
    const QByteArray source(
            "# syntax=docker/dockerfile:1\n"
            "ARG BASE=debian:12-slim\n"
            "FROM golang:1.22 AS build\n"
            "WORKDIR /src\n"
            "COPY go.mod go.sum ./\n"
            "RUN go mod download\n"
            "COPY . .\n"
            "RUN CGO_ENABLED=0 go build -o /out/app .\n"
            "FROM ${BASE}\n"
            "RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates=20230311 \\\n"
            "    && rm -rf /var/lib/apt/lists/*\n"
            "COPY --from=build /out/app /usr/local/bin/app\n"
            "USER 65534\n"
            "EXPOSE 8080/tcp\n"
            "HEALTHCHECK --interval=30s CMD [\"/usr/local/bin/app\", \"-health\"]\n"
            "ENTRYPOINT [\"/usr/local/bin/app\"]\n");
    const QList<Diagnostic> diagnostics = DockerfileLinter::lint(source);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(rulesOf(diagnostics).join(u' ')));
}

void TestDockerfileLinter::parseErrorsComeFirst()
{
    const QList<Diagnostic> diagnostics = DockerfileLinter::lint(QByteArray("FROM a:1\nENV X\nMAINTAINER m\n"));
    QCOMPARE(diagnostics.first().rule, QStringLiteral("ParseError"));
    QCOMPARE(diagnostics.first().severity, Severity::Error);
    QCOMPARE(diagnostics.first().line, 2);
    QCOMPARE(diagnostics.last().rule, QStringLiteral("MaintainerDeprecated"));
}

QTEST_GUILESS_MAIN(TestDockerfileLinter)
#include "tst_dockerfilelinter.moc"
