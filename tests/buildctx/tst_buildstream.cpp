// Decodes POST /build responses captured from a real engine (data/capture.sh).
#include "buildctx/buildstream.h"

#include <QFile>
#include <QTest>

using dx::BuildEvent;
using dx::BuildStreamDecoder;
using Kind = BuildEvent::Kind;

namespace {

QByteArray capture(const QString &name)
{
    QFile f(QStringLiteral(DX_BUILDCTX_DATA_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Feeds in chunks of `step` bytes so lines, JSON and UTF-8 get split everywhere.
QList<BuildEvent> decode(BuildStreamDecoder &d, const QByteArray &data, int step)
{
    QList<BuildEvent> events;
    for (qsizetype i = 0; i < data.size(); i += step)
        events += d.feed(data.mid(i, step));
    events += d.finish();
    return events;
}

QList<BuildEvent> ofKind(const QList<BuildEvent> &events, Kind kind)
{
    QList<BuildEvent> out;
    for (const BuildEvent &e : events) {
        if (e.kind == kind)
            out.append(e);
    }
    return out;
}

} // namespace

class TestBuildStream : public QObject
{
    Q_OBJECT

private slots:
    void chunking_data();
    void chunking();
    void buildKitSuccess();
    void buildKitCached();
    void buildKitError();
    void classicSuccess();
    void classicCached();
    void classicError();
    void garbage();
    void textIsBounded();
    void podmanSuccess();
    void podmanCached();
    void podmanError();
};

void TestBuildStream::chunking_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"buildkit-ok.jsonl", "buildkit-cached.jsonl", "buildkit-error.jsonl",
                          "classic-ok.jsonl", "classic-cached.jsonl", "classic-error.jsonl"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestBuildStream::chunking()
{
    QFETCH(QString, file);
    const QByteArray data = capture(file);
    QVERIFY(!data.isEmpty());
    BuildStreamDecoder whole;
    const QList<BuildEvent> reference = decode(whole, data, int(data.size()));
    for (int step : {1, 2, 3, 7, 64, 511}) {
        BuildStreamDecoder d;
        const QList<BuildEvent> events = decode(d, data, step);
        QCOMPARE(events.size(), reference.size());
        QCOMPARE(d.text(), whole.text());
        QCOMPARE(d.imageId(), whole.imageId());
    }
}

void TestBuildStream::buildKitSuccess()
{
    BuildStreamDecoder d;
    const QList<BuildEvent> events = decode(d, capture(QStringLiteral("buildkit-ok.jsonl")), 13);
    QVERIFY(d.isBuildKit());
    QVERIFY(!d.hasError());
    QVERIFY(d.imageId().startsWith(QLatin1String("sha256:")));
    QCOMPARE(ofKind(events, Kind::ImageId).size(), 1);
    const QString text = d.text();
    QVERIFY(text.startsWith(QLatin1String("#1 [internal] load remote build context\n#1 DONE 0.0s\n")));
    QVERIFY(text.contains(QLatin1String("\n#4 [1/4] FROM docker.io/library/dx-test-base:latest\n#4 CACHED\n")));
    QVERIFY(text.contains(QLatin1String("\n#5 [2/4] RUN echo hi && echo warn >&2\n")));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\n#5 0\\.\\d{3} hi\n"))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\n#5 DONE \\d+\\.\\d+s\n"))));
    QVERIFY(text.contains(QLatin1String("#8 writing image ") + d.imageId() + QLatin1String(" done\n")));
    QVERIFY(text.contains(QLatin1String("#8 naming to docker.io/library/")));

    // Steps come with their Dockerfile position; logs with their stream and time.
    QStringList labels;
    for (const BuildEvent &e : ofKind(events, Kind::StepStarted)) {
        if (!e.stageLabel.isEmpty())
            labels.append(e.stageLabel);
    }
    QCOMPARE(labels, QStringList({QStringLiteral("[1/4]"), QStringLiteral("[2/4]"),
                                  QStringLiteral("[3/4]"), QStringLiteral("[4/4]")}));
    const QList<BuildEvent> logs = ofKind(events, Kind::Log);
    QCOMPARE(logs.size(), 3);
    bool sawStderr = false;
    for (const BuildEvent &l : logs) {
        QVERIFY(l.seconds >= 0 && l.seconds < 10);
        QVERIFY(l.line.startsWith(QStringLiteral("#%1 ").arg(l.step)));
        if (l.text == QLatin1String("warn"))
            sawStderr = l.isStderr;
    }
    QVERIFY(sawStderr);
    QCOMPARE(ofKind(events, Kind::Cached).size(), 1);
    QCOMPARE(ofKind(events, Kind::Error).size(), 0);
}

void TestBuildStream::buildKitCached()
{
    BuildStreamDecoder d;
    const QList<BuildEvent> events = decode(d, capture(QStringLiteral("buildkit-cached.jsonl")), 5);
    QVERIFY(!d.hasError());
    QVERIFY(d.imageId().startsWith(QLatin1String("sha256:")));
    // All three instructions come from the cache (this engine reports FROM as DONE).
    QCOMPARE(ofKind(events, Kind::Cached).size(), 3);
    QVERIFY(d.text().contains(QLatin1String("\n#7 [4/4] RUN cat /hello.txt\n#7 CACHED\n")));
    QCOMPARE(ofKind(events, Kind::Log).size(), 0);
}

void TestBuildStream::buildKitError()
{
    BuildStreamDecoder d;
    const QList<BuildEvent> events = decode(d, capture(QStringLiteral("buildkit-error.jsonl")), 9);
    QVERIFY(d.hasError());
    QVERIFY(d.imageId().isEmpty());
    const QList<BuildEvent> errors = ofKind(events, Kind::Error);
    QCOMPARE(errors.size(), 2); // the vertex and the final message of the stream
    QCOMPARE(errors.first().stageLabel, QStringLiteral("[3/3]"));
    QVERIFY(errors.first().line.startsWith(QStringLiteral("#%1 ERROR: ").arg(errors.first().step)));
    QVERIFY(errors.first().text.contains(QLatin1String("/bin/sh -c false")));
    QVERIFY(errors.first().text.contains(QLatin1String("exit code: 1")));
    QCOMPARE(errors.last().text, d.errorMessage());
    QVERIFY(d.text().contains(QLatin1String("------\n > [3/3] RUN false:\n")));
}

void TestBuildStream::classicSuccess()
{
    BuildStreamDecoder d;
    const QList<BuildEvent> events = decode(d, capture(QStringLiteral("classic-ok.jsonl")), 4);
    QVERIFY(!d.isBuildKit());
    QVERIFY(!d.hasError());
    const QList<BuildEvent> steps = ofKind(events, Kind::StepStarted);
    QCOMPARE(steps.size(), 6);
    QCOMPARE(steps.first().line, QStringLiteral("Step 1/6 : FROM dx-test-base:latest"));
    QCOMPARE(steps.first().text, QStringLiteral("FROM dx-test-base:latest"));
    QCOMPARE(steps.at(2).stageLabel, QStringLiteral("[3/6]"));
    QCOMPARE(steps.at(2).step, 3);
    QCOMPARE(steps.at(2).stepCount, 6);
    QCOMPARE(ofKind(events, Kind::Done).size(), 6);
    QCOMPARE(ofKind(events, Kind::Cached).size(), 0);
    const QList<BuildEvent> logs = ofKind(events, Kind::Log);
    QCOMPARE(logs.size(), 3);
    // The engine happened to deliver stderr first in this capture.
    QCOMPARE(logs.at(0).text, QStringLiteral("warn"));
    QVERIFY(logs.at(0).isStderr);
    QCOMPARE(logs.at(1).text, QStringLiteral("hi"));
    QVERIFY(!logs.at(1).isStderr);
    QCOMPARE(logs.at(2).text, QStringLiteral("hello"));
    QVERIFY(d.imageId().startsWith(QLatin1String("sha256:")));
    QVERIFY(d.text().contains(QLatin1String("Successfully built ") + d.imageId().mid(7, 12)));
}

void TestBuildStream::classicCached()
{
    BuildStreamDecoder d;
    const QList<BuildEvent> events = decode(d, capture(QStringLiteral("classic-cached.jsonl")), 1);
    QCOMPARE(ofKind(events, Kind::Cached).size(), 5); // every step after FROM
    QCOMPARE(ofKind(events, Kind::Log).size(), 0);
    QVERIFY(!d.imageId().isEmpty());
}

void TestBuildStream::classicError()
{
    BuildStreamDecoder d;
    const QList<BuildEvent> events = decode(d, capture(QStringLiteral("classic-error.jsonl")), 3);
    QVERIFY(d.hasError());
    QCOMPARE(d.errorMessage(), QStringLiteral("The command '/bin/sh -c false' returned a non-zero code: 1"));
    const QList<BuildEvent> errors = ofKind(events, Kind::Error);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().step, 4); // the step that failed
    QCOMPARE(errors.first().stepCount, 5);
    QVERIFY(d.imageId().isEmpty());
}

void TestBuildStream::garbage()
{
    BuildStreamDecoder d;
    d.feed("not json\n{\"id\":\"moby.buildkit.trace\",\"aux\":\"////\"}\n{\"stream\":\"half\"}");
    const QList<BuildEvent> tail = d.finish();
    QCOMPARE(tail.size(), 1);
    QCOMPARE(tail.first().text, QStringLiteral("half"));
    QVERIFY(!d.hasError());
}


// Podman 4.3 (buildah) output, captured from a real `podman system service`.
void TestBuildStream::podmanSuccess()
{
    BuildStreamDecoder d;
    const QList<BuildEvent> events = decode(d, capture(QStringLiteral("podman/podman-ok.jsonl")), 5);
    QVERIFY(!d.isBuildKit());
    QVERIFY(!d.hasError());
    const QList<BuildEvent> steps = ofKind(events, Kind::StepStarted);
    QCOMPARE(steps.size(), 6);
    QCOMPARE(steps.at(1).text, QStringLiteral("RUN echo hello > /greeting"));
    QCOMPARE(steps.at(1).stageLabel, QStringLiteral("[2/6]"));
    // Every step but FROM ends with "--> <short id>".
    QCOMPARE(ofKind(events, Kind::Done).size(), 5);
    QCOMPARE(ofKind(events, Kind::Cached).size(), 0);
    bool hello = false;
    for (const BuildEvent &e : ofKind(events, Kind::Log))
        hello = hello || e.text == QLatin1String("hello");
    QVERIFY(hello);
    QVERIFY(d.imageId().startsWith(QLatin1String("sha256:")));
}

void TestBuildStream::podmanCached()
{
    BuildStreamDecoder d;
    const QList<BuildEvent> events = decode(d, capture(QStringLiteral("podman/podman-cached.jsonl")), 2);
    const QList<BuildEvent> cached = ofKind(events, Kind::Cached);
    QVERIFY(cached.size() >= 4);
    QCOMPARE(cached.first().step, 2);
    QCOMPARE(cached.first().vertex.size(), 64);
    QVERIFY(!d.imageId().isEmpty());
}

void TestBuildStream::podmanError()
{
    BuildStreamDecoder d;
    const QList<BuildEvent> events = decode(d, capture(QStringLiteral("podman/podman-error.jsonl")), 7);
    QVERIFY(d.hasError());
    QVERIFY2(d.errorMessage().contains(QLatin1String("exit status 3")), qPrintable(d.errorMessage()));
    const QList<BuildEvent> errors = ofKind(events, Kind::Error);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().step, 2);
    QCOMPARE(errors.first().stepCount, 3);
}

void TestBuildStream::textIsBounded()
{
    // A classic build printing 120,000 lines of 60 characters (7.2 M characters): the text
    // keeps its end, says how many lines went, and the final result is still found.
    BuildStreamDecoder d;
    const int lines = 120000;
    QByteArray chunk;
    for (int i = 0; i < lines; ++i) {
        chunk += "{\"stream\":\"line " + QByteArray::number(i).rightJustified(6, '0')
                 + " 0123456789012345678901234567890123456789012345\\n\"}\n";
        if (chunk.size() > 64 * 1024) {
            d.feed(chunk);
            chunk.clear();
        }
    }
    chunk += "{\"stream\":\"Successfully built 0123456789ab\\n\"}\n";
    d.feed(chunk);
    d.finish();
    const QString text = d.text();
    QVERIFY2(text.size() <= BuildStreamDecoder::kMaximumText + 64, qPrintable(QString::number(text.size())));
    QVERIFY(text.size() > BuildStreamDecoder::kMaximumText / 2);
    const QRegularExpressionMatch note = QRegularExpression(QStringLiteral("^\\[(\\d+) lines dropped\\]\n")).match(text);
    QVERIFY2(note.hasMatch(), qPrintable(text.left(80)));
    // Whole lines dropped, counted exactly: the first kept line is the one after them.
    const qint64 dropped = note.captured(1).toLongLong();
    QVERIFY(text.mid(note.capturedLength()).startsWith(
        QStringLiteral("line %1 ").arg(dropped, 6, 10, QLatin1Char('0'))));
    QVERIFY(text.endsWith(QLatin1String("Successfully built 0123456789ab\n")));
}

QTEST_GUILESS_MAIN(TestBuildStream)
#include "tst_buildstream.moc"
