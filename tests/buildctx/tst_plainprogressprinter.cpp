// The `--progress=plain` rendering rules of buildkit's progressui, fed by hand-made
// status updates so every branch is pinned down (numbering, statuses, partial log
// lines, switching vertexes, CACHED/DONE/ERROR/CANCELED, the error summary).
#include "buildctx/plainprogressprinter.h"

#include <QTest>

using namespace dx;

namespace {

constexpr qint64 kMs = 1000000;
constexpr qint64 kT0 = 1700000000LL * 1000000000;

buildkit::Vertex vertex(const char *digest, const char *name, qint64 started, std::optional<qint64> completed = {})
{
    buildkit::Vertex v;
    v.digest = QString::fromLatin1(digest);
    v.name = QString::fromUtf8(name);
    v.started = started;
    if (completed)
        v.completed = *completed;
    return v;
}

buildkit::VertexLog log(const char *digest, qint64 at, const QByteArray &msg, int stream = 1)
{
    buildkit::VertexLog l;
    l.vertex = QString::fromLatin1(digest);
    l.timestamp = at;
    l.msg = msg;
    l.stream = stream;
    return l;
}

} // namespace

class TestPlainProgressPrinter : public QObject
{
    Q_OBJECT

private slots:
    void fullBuild();
    void statusesAndWarnings();
    void canceled();
};

void TestPlainProgressPrinter::fullBuild()
{
    PlainProgressPrinter p;
    QList<BuildEvent> events;
    auto send = [&](buildkit::StatusResponse s) { events += p.update(s); };

    buildkit::StatusResponse s;
    s.vertexes = {vertex("a", "[internal] load build definition from Dockerfile", kT0)};
    send(s);
    s = {};
    buildkit::VertexStatus st;
    st.id = QStringLiteral("transferring dockerfile:");
    st.vertex = QStringLiteral("a");
    st.current = 2;
    st.timestamp = kT0 + 5 * kMs;
    st.started = kT0 + 5 * kMs;
    st.completed = kT0 + 5 * kMs;
    s.statuses = {st};
    send(s);
    s = {};
    s.vertexes = {vertex("a", "[internal] load build definition from Dockerfile", kT0, kT0 + 20 * kMs)};
    send(s);
    s = {};
    buildkit::Vertex from = vertex("b", "[1/2] FROM x", kT0 + 30 * kMs, kT0 + 30 * kMs);
    from.cached = true;
    s.vertexes = {from};
    send(s);
    s = {};
    const qint64 t1 = kT0 + 100 * kMs;
    s.vertexes = {vertex("c", "[2/2] RUN echo hi", t1)};
    s.logs = {log("c", t1 + 215 * kMs, "hi\n")};
    send(s);
    s = {};
    s.vertexes = {vertex("d", "[other] RUN y", t1 + 250 * kMs)};
    s.logs = {log("c", t1 + 300 * kMs, "partial", 2)};
    send(s);
    s = {};
    s.vertexes = {vertex("x", "[internal] helper", t1 + 310 * kMs, t1 + 310 * kMs)};
    send(s);
    s = {};
    s.logs = {log("c", t1 + 320 * kMs, " continued\n", 2)};
    send(s);
    s = {};
    buildkit::Vertex failed = vertex("c", "[2/2] RUN echo hi", t1, t1 + 400 * kMs);
    failed.error = QStringLiteral("process \"/bin/sh -c false\" did not complete successfully: exit code: 1");
    s.vertexes = {failed};
    send(s);
    events += p.finish();

    const QString expected = QStringLiteral(
        "#1 [internal] load build definition from Dockerfile\n"
        "#1 transferring dockerfile: 2B done\n"
        "#1 DONE 0.0s\n"
        "\n"
        "#2 [1/2] FROM x\n"
        "#2 CACHED\n"
        "\n"
        "#3 [2/2] RUN echo hi\n"
        "#3 0.215 hi\n"
        "#3 0.300 partial\n"
        "#3 ...\n"
        "\n"
        "#4 [internal] helper\n"
        "#4 DONE 0.0s\n"
        "\n"
        "#3 [2/2] RUN echo hi\n"
        "#3 0.300 partial continued\n"
        "#3 ERROR: process \"/bin/sh -c false\" did not complete successfully: exit code: 1\n"
        "\n"
        "#5 [other] RUN y\n"
        "------\n"
        " > [2/2] RUN echo hi:\n"
        "0.215 hi\n"
        "0.300 partial continued\n"
        "------\n");
    QCOMPARE(p.text(), expected);

    // One event per printed (non-blank) line, in order, with its meaning.
    QStringList lines;
    for (const BuildEvent &e : events)
        lines.append(e.line);
    QStringList textLines = expected.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines, textLines);
    using K = BuildEvent::Kind;
    QCOMPARE(events.at(0).kind, K::StepStarted);
    QCOMPARE(events.at(2).kind, K::Done);
    QCOMPARE(events.at(4).kind, K::Cached);
    QCOMPARE(events.at(4).stageLabel, QStringLiteral("[1/2]"));
    QCOMPARE(events.at(6).kind, K::Log);
    QCOMPARE(events.at(6).text, QStringLiteral("hi"));
    QCOMPARE(events.at(6).seconds, 0.215);
    QVERIFY(!events.at(6).isStderr);
    QCOMPARE(events.at(7).text, QStringLiteral("partial"));
    QVERIFY(events.at(7).isStderr);
    QCOMPARE(events.at(11).kind, K::Info); // "#3 [2/2] RUN echo hi" again: not a new step
    QCOMPARE(events.at(13).kind, K::Error);
    QCOMPARE(events.at(13).step, 3);
    QCOMPARE(events.at(13).vertex, QStringLiteral("c"));
    QCOMPARE(events.at(13).text, failed.error);
}

void TestPlainProgressPrinter::statusesAndWarnings()
{
    PlainProgressPrinter p;
    buildkit::StatusResponse s;
    s.vertexes = {vertex("e", "exporting to image", kT0)};
    buildkit::VertexStatus layer;
    layer.id = QStringLiteral("sha256:abc");
    layer.vertex = QStringLiteral("e");
    layer.current = 1050000;
    layer.total = 2100000;
    layer.timestamp = kT0 + 500 * kMs;
    layer.started = kT0;
    s.statuses = {layer};
    buildkit::VertexWarning w;
    w.vertex = QStringLiteral("e");
    w.shortText = "something odd";
    s.warnings = {w};
    p.update(s);
    // 1% more within 5 s is not printed again; completion always is.
    layer.current = 1071000;
    layer.timestamp = kT0 + 600 * kMs;
    s = {};
    s.statuses = {layer};
    p.update(s);
    layer.current = 2100000;
    layer.completed = kT0 + 900 * kMs;
    s.statuses = {layer};
    p.update(s);
    QCOMPARE(p.text(), QStringLiteral("#1 exporting to image\n"
                                      "#1 sha256:abc 1.05MB / 2.10MB 0.5s\n"
                                      "#1 WARN: something odd\n"
                                      "#1 sha256:abc 2.10MB / 2.10MB 0.9s done\n"));
}

void TestPlainProgressPrinter::canceled()
{
    PlainProgressPrinter p;
    buildkit::StatusResponse s;
    buildkit::Vertex v = vertex("f", "[3/3] RUN sleep 100", kT0, kT0 + 1500 * kMs);
    v.error = QStringLiteral("failed to run: context canceled");
    s.vertexes = {v};
    const QList<BuildEvent> events = p.update(s) + p.finish();
    QCOMPARE(p.text(), QStringLiteral("#1 [3/3] RUN sleep 100\n#1 CANCELED\n"));
    QCOMPARE(events.last().kind, BuildEvent::Kind::Error);
}

QTEST_GUILESS_MAIN(TestPlainProgressPrinter)
#include "tst_plainprogressprinter.moc"
