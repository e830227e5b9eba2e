// Completion rules without a widget: instructions, flags per instruction, stage names.
#include "editor/completion.h"

#include <QTest>

using namespace dx;

class TestCompletion final : public QObject
{
    Q_OBJECT

private slots:
    void instructions()
    {
        const auto r = Completion::complete(QStringLiteral("CO"), {}, {}, false);
        QCOMPARE(r.items, QStringList{QStringLiteral("COPY")});
        QCOMPARE(r.prefixLength, 2);
        QVERIFY(Completion::complete(QStringLiteral("# co"), {}, {}, false).items.isEmpty());
    }

    void flags_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("copy") << QStringLiteral("COPY --") << QStringLiteral("--chown=");
        QTest::newRow("copy link") << QStringLiteral("COPY --l") << QStringLiteral("--link");
        QTest::newRow("run") << QStringLiteral("RUN --m") << QStringLiteral("--mount=");
        QTest::newRow("add") << QStringLiteral("ADD --c") << QStringLiteral("--checksum=");
        QTest::newRow("from") << QStringLiteral("FROM --") << QStringLiteral("--platform=");
        QTest::newRow("lower case") << QStringLiteral("run --n") << QStringLiteral("--network=");
    }

    void flags()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        QVERIFY(Completion::complete(line, {}, {}, false).items.contains(expected));
    }

    void noFlagsAfterArguments()
    {
        QVERIFY(Completion::complete(QStringLiteral("COPY a --"), {}, {}, false).items.isEmpty());
    }

    void stageNames()
    {
        const QStringList stages{QStringLiteral("build"), QStringLiteral("test")};
        auto r = Completion::complete(QStringLiteral("COPY --from="), {}, stages, false);
        QCOMPARE(r.items, stages);
        r = Completion::complete(QStringLiteral("COPY --from=b"), {}, stages, false);
        QCOMPARE(r.items, QStringList{QStringLiteral("build")});
        QCOMPARE(r.prefixLength, 1);
        // FROM can start from an earlier stage.
        r = Completion::complete(QStringLiteral("FROM t"), {}, stages, false);
        QCOMPARE(r.items, QStringList{QStringLiteral("test")});
        QVERIFY(Completion::complete(QStringLiteral("FROM alpine A"), {}, stages, false).items.isEmpty());
        // A continued line completes like its instruction.
        r = Completion::complete(QStringLiteral("    --from="), QStringLiteral("COPY"), stages, false);
        QCOMPARE(r.items, stages);
    }
};

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
