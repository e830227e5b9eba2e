// The canonical text of recipe cards, checked by parsing it back.
#include "dockerfile/dockerfileparser.h"
#include "recipe/instructionwriter.h"

#include <QTest>

using namespace dx;

namespace {

Instruction parseOne(const QString &text)
{
    const ParseResult r = DockerfileParser::parse(text.toUtf8());
    return r.instructions.value(0);
}

} // namespace

class TestInstructionWriter final : public QObject
{
    Q_OBJECT

private slots:
    void json()
    {
        QCOMPARE(InstructionWriter::jsonArray({QStringLiteral("python"), QStringLiteral("a \"b\"")}),
                 QStringLiteral("[\"python\", \"a \\\"b\\\"\"]"));
        const Instruction i = parseOne(InstructionWriter().execList(QStringLiteral("cmd"), {QStringLiteral("a b"), QStringLiteral("c\\d")}, true));
        QVERIFY(i.jsonForm);
        QCOMPARE(i.args, (QStringList{QStringLiteral("a b"), QStringLiteral("c\\d")}));
    }

    void env()
    {
        const InstructionWriter w;
        const QString text = w.keyValues(QStringLiteral("ENV"), {{QStringLiteral("A"), QStringLiteral("1")},
                                                                 {QStringLiteral("B"), QStringLiteral("two words")},
                                                                 {QStringLiteral("C"), QString()}});
        QCOMPARE(text, QStringLiteral("ENV A=1 B=\"two words\" C=\"\""));
        const Instruction i = parseOne(text);
        QCOMPARE(i.args.size(), 9);
        QCOMPARE(i.args.at(4), QStringLiteral("\"two words\""));
        // An already quoted value stays as written.
        QCOMPARE(w.quoted(QStringLiteral("'x y'")), QStringLiteral("'x y'"));
        QCOMPARE(InstructionWriter::unquoted(QStringLiteral("\"x y\"")), QStringLiteral("x y"));
    }

    void runKeepsLineBreaksAsContinuations()
    {
        const QString text = InstructionWriter().run({QStringLiteral("--network=none")},
                                                     QStringLiteral("apk add curl &&\n    echo done"));
        QCOMPARE(text, QStringLiteral("RUN --network=none apk add curl && \\\n    echo done"));
        const Instruction i = parseOne(text);
        QCOMPARE(i.flags, QStringList{QStringLiteral("--network=none")});
        QCOMPARE(i.endLine, 2);
        QCOMPARE(InstructionWriter().run({}, QStringLiteral("true")), QStringLiteral("RUN true"));
        // The escape directive's character is used for continuations.
        QCOMPARE(InstructionWriter(u'`').run({}, QStringLiteral("a\nb")), QStringLiteral("RUN a `\n    b"));
    }

    void copyUsesJsonForBlanks()
    {
        const InstructionWriter w;
        QCOMPARE(w.copy(QStringLiteral("COPY"), {QStringLiteral("--from=build")}, {QStringLiteral("/out")}, QStringLiteral("/app/"), false),
                 QStringLiteral("COPY --from=build /out /app/"));
        const Instruction i = parseOne(w.copy(QStringLiteral("copy"), {}, {QStringLiteral("my file")}, QStringLiteral("/x y/"), false));
        QVERIFY(i.jsonForm);
        QCOMPARE(i.args, (QStringList{QStringLiteral("my file"), QStringLiteral("/x y/")}));
    }

    void from()
    {
        const Instruction i = parseOne(InstructionWriter().from({QStringLiteral("--platform=linux/amd64")},
                                                                QStringLiteral("alpine:3.20"), QStringLiteral("build")));
        QCOMPARE(i.args, (QStringList{QStringLiteral("alpine:3.20"), QStringLiteral("AS"), QStringLiteral("build")}));
        QCOMPARE(i.flags, QStringList{QStringLiteral("--platform=linux/amd64")});
    }
};

QTEST_GUILESS_MAIN(TestInstructionWriter)
#include "tst_instructionwriter.moc"
