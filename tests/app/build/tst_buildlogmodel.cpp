// BuildLogModel and BuildStepModel fed with build streams captured from Docker 20.10.
#include "build/buildlogmodel.h"
#include "build/buildstepmodel.h"
#include "buildctx/buildstream.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace dx;

namespace {
QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(BUILD_TEST_DATA "/layers/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestBuildLogModel final : public QObject
{
    Q_OBJECT

private slots:
    void coalesces()
    {
        BuildLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QList<BuildEvent> events;
        for (int i = 0; i < 1000; ++i) {
            BuildEvent e;
            e.kind = BuildEvent::Kind::Log;
            e.line = QStringLiteral("#5 0.%1 line").arg(i);
            e.isStderr = i % 2;
            events.append(e);
        }
        model.appendEvents(events.mid(0, 500));
        model.appendEvents(events.mid(500));
        QCOMPARE(model.rowCount(), 0); // nothing until the tick
        QTRY_COMPARE(model.rowCount(), 1000);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(model.data(model.index(1), Qt::ForegroundRole).value<QColor>().isValid());
        QVERIFY(!model.data(model.index(0), Qt::ForegroundRole).isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void bounded()
    {
        // Past the bound the oldest lines go in blocks; row 0 then says how many went, and the
        // newest line is always the last row.
        BuildLogModel model;
        model.setTickInterval(0);
        model.setMaximumLines(1000);
        int next = 0;
        for (int batch = 0; batch < 50; ++batch) {
            QList<BuildEvent> events;
            for (int i = 0; i < 97; ++i) {
                BuildEvent e;
                e.line = QStringLiteral("line %1").arg(next++);
                events.append(e);
            }
            model.appendEvents(events);
            model.flush();
            QVERIFY(model.rowCount() <= 1000);
        }
        QCOMPARE(model.lineAt(model.rowCount() - 1).text, QStringLiteral("line %1").arg(next - 1));
        QVERIFY(model.droppedLines() > 0);
        QCOMPARE(model.droppedLines() + model.rowCount() - 1, qint64(next));
        QVERIFY2(model.lineAt(0).text.contains(QString::number(model.droppedLines())), qPrintable(model.lineAt(0).text));
        QCOMPARE(model.lineAt(1).text, QStringLiteral("line %1").arg(model.droppedLines()));
        // A line longer than the bound is cut, with a note of how much.
        model.appendLine(QString(BuildLogModel::kMaximumLineLength + 500, QLatin1Char('x')));
        model.flush();
        const QString last = model.lineAt(model.rowCount() - 1).text;
        QVERIFY(last.size() < BuildLogModel::kMaximumLineLength + 100);
        QVERIFY2(last.contains(QLatin1String("500")), qPrintable(last.right(60)));
        model.clear();
        QCOMPARE(model.droppedLines(), qint64(0));
        QCOMPARE(model.rowCount(), 0);
    }

    void plainText()
    {
        BuildLogModel model;
        model.setPlainText(QStringLiteral("#5 [2/2] RUN x\n#5 ERROR: process \"/bin/sh -c x\" did not complete\nok\n"));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.data(model.index(1), BuildLogModel::ErrorRole).toBool());
        QVERIFY(!model.data(model.index(2), BuildLogModel::ErrorRole).toBool());
    }

    void steps_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("classic") << "stream-v1.jsonl" << QList<int>{1, 2, 3, 4, 5, 6, 0};
        QTest::newRow("buildkit") << "stream-v2.jsonl" << QList<int>{1, 2, 3, 5, 6};
    }
    void steps()
    {
        QFETCH(QString, stream);
        QFETCH(QList<int>, lines);
        BuildStepModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(DockerfileParser::parse(readData(QStringLiteral("Dockerfile"))));
        BuildStreamDecoder decoder;
        const QByteArray data = readData(stream);
        // Odd chunk sizes: lines split anywhere.
        for (int i = 0; i < data.size(); i += 37)
            model.apply(decoder.feed(data.mid(i, 37)));
        model.apply(decoder.finish());
        model.finish(true);
        QList<int> got;
        for (int r = 0; r < model.rowCount(); ++r)
            got.append(model.stepAt(r).line);
        QCOMPARE(got, lines);
        QCOMPARE(model.failedRow(), -1);
        QCOMPARE(model.finishedCount(), model.rowCount());

        // The history stores the table in its file and shows it again for a past build.
        BuildRecord record;
        record.id = QStringLiteral("r1");
        record.stepTable = model.saveSteps();
        const QList<BuildRecord> read = BuildRecord::fromFile(BuildRecord::toFile({record}));
        QCOMPARE(read.size(), 1);
        BuildStepModel restored;
        QAbstractItemModelTester restoredTester(&restored, QAbstractItemModelTester::FailureReportingMode::QtTest);
        restored.restoreSteps(read.first().stepTable);
        QCOMPARE(restored.rowCount(), model.rowCount());
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(restored.stepAt(r).line, model.stepAt(r).line);
            QCOMPARE(restored.stepAt(r).instruction, model.stepAt(r).instruction);
            QCOMPARE(int(restored.stepAt(r).state), int(model.stepAt(r).state));
            QCOMPARE(restored.stepAt(r).cached, model.stepAt(r).cached);
            QCOMPARE(restored.stepAt(r).seconds, model.stepAt(r).seconds);
        }
    }

    void failedStepStaysTheFailedOne()
    {
        // BuildKit under load: FROM (#2) has not said DONE when its RUN (#3) fails and the
        // build ends.
        BuildStepModel model;
        model.reset(DockerfileParser::parse("FROM base\n\n# fails\nRUN exit 3\n"));
        const auto event = [](BuildEvent::Kind kind, int step, const QString &text, const QString &stage = {}) {
            BuildEvent e;
            e.kind = kind;
            e.step = step;
            e.text = text;
            e.stageLabel = stage;
            return e;
        };
        model.apply({event(BuildEvent::Kind::StepStarted, 2, QStringLiteral("FROM base"), QStringLiteral("[1/2]")),
                     event(BuildEvent::Kind::StepStarted, 3, QStringLiteral("RUN exit 3"), QStringLiteral("[2/2]")),
                     event(BuildEvent::Kind::Error, 3, QStringLiteral("process \"/bin/sh -c exit 3\" did not complete successfully: exit code: 3"))});
        model.finish(false);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.failedRow(), 1);
        QCOMPARE(model.stepAt(model.failedRow()).line, 4);
        QCOMPARE(int(model.stepAt(0).state), int(BuildStepModel::State::Done));

        // Without an error naming a step, the first unfinished one is the failed one.
        BuildStepModel unnamed;
        unnamed.reset(DockerfileParser::parse("FROM base\nRUN exit 3\n"));
        unnamed.apply({event(BuildEvent::Kind::StepStarted, 2, QStringLiteral("FROM base"), QStringLiteral("[1/2]")),
                       event(BuildEvent::Kind::Done, 2, {}),
                       event(BuildEvent::Kind::StepStarted, 3, QStringLiteral("RUN exit 3"), QStringLiteral("[2/2]"))});
        unnamed.finish(false);
        QCOMPARE(unnamed.failedRow(), 1);
    }

    void restoreFailedSteps()
    {
        BuildStepModel model;
        QSignalSpy failed(&model, &BuildStepModel::stepFailed);
        // As an older history file has it: no key, no label, no endLine.
        const QList<BuildRecord> records = BuildRecord::fromFile(
            R"([{"id": "old", "result": "failed", "stepTable": [
                   {"line": 1, "instruction": "FROM busybox", "status": "done", "seconds": 0.5},
                   {"line": 4, "instruction": "RUN exit 3", "status": "failed", "seconds": 1.3}]}])");
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().result, BuildRecord::Result::Failed);
        model.restoreSteps(records.first().stepTable);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.failedRow(), 1);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toInt(), 1);
        QCOMPARE(model.data(model.index(1, BuildStepModel::TimeColumn)).toString(), QStringLiteral("1.3 s"));
    }

    void stepMap()
    {
        const ParseResult p = DockerfileParser::parse(
            "ARG V=1\nFROM busybox AS build\nRUN a\nFROM busybox\nCOPY --from=build /a /a\nRUN b\n");
        DockerfileStepMap map(p);
        QCOMPARE(map.instruction(map.forBuildKit(QStringLiteral("[build 2/2]"), QStringLiteral("RUN a")))->startLine, 3);
        QCOMPARE(map.instruction(map.forBuildKit(QStringLiteral("[stage-1 3/3]"), QStringLiteral("RUN b")))->startLine, 6);
        QCOMPARE(map.instruction(map.forClassic(5, QStringLiteral("COPY --from=build /a /a")))->startLine, 5);
        QCOMPARE(map.forClassic(9, QStringLiteral("LABEL a=b")), -1);
    }
};

QTEST_GUILESS_MAIN(TestBuildLogModel)
#include "tst_buildlogmodel.moc"
