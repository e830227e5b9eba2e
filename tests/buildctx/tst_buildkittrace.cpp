// Wire-format decoding of moby.buildkit.v1.StatusResponse, field numbers as in
// api/services/control/control.proto and solver/pb/ops.proto.
#include "buildctx/buildkittrace.h"
#include "buildctx/protoreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dx;

namespace {

// A tiny encoder, just for building test messages.
QByteArray varint(quint64 v)
{
    QByteArray out;
    do {
        quint8 b = v & 0x7f;
        v >>= 7;
        out.append(char(v ? b | 0x80 : b));
    } while (v);
    return out;
}
QByteArray key(int field, int type) { return varint(quint64(field) << 3 | quint64(type)); }
QByteArray bytesField(int field, const QByteArray &data) { return key(field, 2) + varint(quint64(data.size())) + data; }
QByteArray varintField(int field, quint64 v) { return key(field, 0) + varint(v); }
QByteArray timestamp(int field, qint64 sec, int nanos) { return bytesField(field, varintField(1, quint64(sec)) + varintField(2, quint64(nanos))); }

} // namespace

class TestBuildkitTrace : public QObject
{
    Q_OBJECT

private slots:
    void vertex();
    void statusLogWarning();
    void unknownFieldsSkipped();
    void truncated_data();
    void truncated();
    void capturedPayloads();
};

void TestBuildkitTrace::vertex()
{
    const QByteArray group = bytesField(1, "pg1") + bytesField(2, "group") + varintField(3, 1);
    const QByteArray v = bytesField(1, "sha256:aa") + bytesField(2, "sha256:in1") + bytesField(2, "sha256:in2")
        + bytesField(3, "[1/2] RUN x") + varintField(4, 1) + timestamp(5, 1700000000, 5)
        + timestamp(6, 1700000001, 250000000) + bytesField(7, "boom") + bytesField(8, group);
    buildkit::StatusResponse r;
    QString error;
    QVERIFY(BuildkitTrace::decode(bytesField(1, v), &r, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(r.vertexes.size(), 1);
    const buildkit::Vertex &x = r.vertexes.first();
    QCOMPARE(x.digest, QStringLiteral("sha256:aa"));
    QCOMPARE(x.inputs, QStringList({QStringLiteral("sha256:in1"), QStringLiteral("sha256:in2")}));
    QCOMPARE(x.name, QStringLiteral("[1/2] RUN x"));
    QVERIFY(x.cached);
    QCOMPARE(*x.started, 1700000000LL * 1000000000 + 5);
    QCOMPARE(*x.completed, 1700000001LL * 1000000000 + 250000000);
    QCOMPARE(x.error, QStringLiteral("boom"));
    QCOMPARE(x.progressGroupId, QStringLiteral("pg1"));
    QCOMPARE(x.progressGroupName, QStringLiteral("group"));
    QVERIFY(x.progressGroupWeak);
}

void TestBuildkitTrace::statusLogWarning()
{
    const QByteArray s = bytesField(1, "transferring") + bytesField(2, "sha256:v") + bytesField(3, "n")
        + varintField(4, 150) + varintField(5, 300) + timestamp(6, 10, 0) + timestamp(7, 9, 0) + timestamp(8, 11, 0);
    const QByteArray l = bytesField(1, "sha256:v") + timestamp(2, 12, 7) + varintField(3, 2) + bytesField(4, "hi\n");
    const QByteArray w = bytesField(1, "sha256:v") + varintField(2, 1) + bytesField(3, "short")
        + bytesField(4, "d1") + bytesField(4, "d2") + bytesField(5, "https://x") + bytesField(6, "info")
        + bytesField(7, "range");
    buildkit::StatusResponse r;
    QVERIFY(BuildkitTrace::decode(bytesField(2, s) + bytesField(3, l) + bytesField(4, w), &r));
    QCOMPARE(r.statuses.size(), 1);
    QCOMPARE(r.statuses.first().id, QStringLiteral("transferring"));
    QCOMPARE(r.statuses.first().vertex, QStringLiteral("sha256:v"));
    QCOMPARE(r.statuses.first().name, QStringLiteral("n"));
    QCOMPARE(r.statuses.first().current, 150);
    QCOMPARE(r.statuses.first().total, 300);
    QCOMPARE(*r.statuses.first().timestamp, 10LL * 1000000000);
    QCOMPARE(*r.statuses.first().started, 9LL * 1000000000);
    QCOMPARE(*r.statuses.first().completed, 11LL * 1000000000);
    QCOMPARE(r.logs.size(), 1);
    QCOMPARE(r.logs.first().stream, 2);
    QCOMPARE(r.logs.first().msg, QByteArray("hi\n"));
    QCOMPARE(*r.logs.first().timestamp, 12LL * 1000000000 + 7);
    QCOMPARE(r.warnings.size(), 1);
    QCOMPARE(r.warnings.first().level, 1);
    QCOMPARE(r.warnings.first().shortText, QByteArray("short"));
    QCOMPARE(r.warnings.first().detail, QList<QByteArray>({"d1", "d2"}));
    QCOMPARE(r.warnings.first().url, QStringLiteral("https://x"));
}

void TestBuildkitTrace::unknownFieldsSkipped()
{
    // Unknown numbers in every wire type, and known numbers with an unexpected type.
    const QByteArray extra = varintField(99, 5) + key(98, 1) + QByteArray(8, 'x') + key(97, 5)
        + QByteArray(4, 'y') + bytesField(96, "zz");
    const QByteArray v = extra + bytesField(1, "d") + varintField(3, 7) + extra;
    buildkit::StatusResponse r;
    QVERIFY(BuildkitTrace::decode(extra + bytesField(1, v) + varintField(2, 3), &r));
    QCOMPARE(r.vertexes.size(), 1);
    QCOMPARE(r.vertexes.first().digest, QStringLiteral("d"));
    QVERIFY(r.vertexes.first().name.isEmpty());
    QVERIFY(r.statuses.isEmpty());
}

void TestBuildkitTrace::truncated_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray v = bytesField(1, bytesField(1, "sha256:aa") + timestamp(5, 1, 2));
    for (int cut = 1; cut < v.size(); ++cut)
        QTest::addRow("cut-%d", cut) << v.left(cut);
    QTest::newRow("long-varint") << QByteArray(11, char(0x80));
    QTest::newRow("group") << key(1, 3);
    QTest::newRow("field-zero") << varintField(0, 1);
    QTest::newRow("huge-length") << key(1, 2) + varint(quint64(1) << 62);
    QTest::newRow("nested-bad") << bytesField(1, bytesField(5, key(1, 2) + varint(40)));
}

void TestBuildkitTrace::truncated()
{
    QFETCH(QByteArray, data);
    buildkit::StatusResponse r;
    QString error;
    QVERIFY(!BuildkitTrace::decode(data, &r, &error));
    QVERIFY(!error.isEmpty());
}

void TestBuildkitTrace::capturedPayloads()
{
    QFile f(QStringLiteral(DX_BUILDCTX_DATA_DIR "/buildkit-ok.jsonl"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    int vertexes = 0;
    int logs = 0;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        if (o.value(QLatin1String("id")).toString() != QLatin1String("moby.buildkit.trace"))
            continue;
        buildkit::StatusResponse r;
        QString error;
        QVERIFY2(BuildkitTrace::decode(QByteArray::fromBase64(o.value(QLatin1String("aux")).toString().toLatin1()), &r, &error),
                 qPrintable(error));
        for (const buildkit::Vertex &v : r.vertexes) {
            QVERIFY(v.digest.startsWith(QLatin1String("sha256:")));
            ++vertexes;
        }
        logs += int(r.logs.size());
    }
    QVERIFY(vertexes > 8);
    QVERIFY(logs >= 3);
}

QTEST_GUILESS_MAIN(TestBuildkitTrace)
#include "tst_buildkittrace.moc"
