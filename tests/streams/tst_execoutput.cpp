// ExecOutputDemuxer: binary stdout and stderr of an exec, frames cut anywhere.
#include "streams/execoutput.h"

#include <QTest>
#include <QtEndian>

using dx::ExecOutputDemuxer;

namespace {

QByteArray frame(char stream, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = stream;
    qToBigEndian(quint32(payload.size()), header.data() + 4);
    return header + payload;
}

} // namespace

class TestExecOutput final : public QObject
{
    Q_OBJECT

private slots:
    void splitsAtEveryByte()
    {
        const QByteArray out1("a\0b\nc", 5);
        const QByteArray out2(70000, '\xff');
        const QByteArray err("oops\n");
        const QByteArray stream = frame(1, out1) + frame(2, err) + frame(1, {}) + frame(1, out2);
        for (int cut = 0; cut <= stream.size(); cut += cut < 40 ? 1 : 997) {
            ExecOutputDemuxer demuxer;
            QByteArray out;
            QByteArray errors;
            QVERIFY(demuxer.feed(stream.left(cut), &out, &errors));
            QVERIFY(demuxer.feed(stream.mid(cut), &out, &errors));
            QVERIFY(demuxer.atFrameBoundary());
            QCOMPARE(out, out1 + out2);
            QCOMPARE(errors, err);
        }
    }

    void refusesWhatIsNoFrame()
    {
        ExecOutputDemuxer demuxer;
        QByteArray out;
        QVERIFY(demuxer.feed(frame(1, "ok"), &out, nullptr));
        QVERIFY(!demuxer.feed(QByteArray("HTTP/1.1 200 OK\r\n"), &out, nullptr));
        QVERIFY(demuxer.hasError());
        QVERIFY2(demuxer.errorString().contains(QLatin1String("10")), qPrintable(demuxer.errorString()));
        QCOMPARE(out, QByteArray("ok"));

        ExecOutputDemuxer cut;
        QVERIFY(cut.feed(frame(1, "abc").left(9), &out, nullptr));
        QVERIFY(!cut.atFrameBoundary());
    }
};

QTEST_GUILESS_MAIN(TestExecOutput)
#include "tst_execoutput.moc"
