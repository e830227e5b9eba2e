// GzipWriter and GzipReader: what one writes the other reads back byte for byte, in small and
// large pieces; the compressed form is plain gzip (libarchive, i.e. `tar -z`, reads it); a
// plain tar passes through; a cut gzip file is an error, not a short archive.
#include "streams/gzipstream.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

#include <archive.h>

using namespace dx;

namespace {

QByteArray sample(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (qsizetype i = 0; i < size; ++i) // half random, half runs: compressible but not trivial
        data[i] = char(i % 1024 < 512 ? rng.bounded(256) : 'a' + (i / 4096) % 26);
    return data;
}

QByteArray readAll(QIODevice *device, qint64 piece, QString *error)
{
    GzipReader reader(device);
    QByteArray out;
    QByteArray buffer(piece, Qt::Uninitialized);
    for (;;) {
        const qint64 n = reader.read(buffer.data(), piece);
        if (n < 0) {
            *error = reader.errorString();
            return out;
        }
        if (n == 0)
            return out;
        out.append(buffer.constData(), qsizetype(n));
    }
}

QByteArray write(const QByteArray &data, bool compress, qsizetype piece)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    GzipWriter writer(&buffer, compress);
    for (qsizetype at = 0; at < data.size(); at += piece)
        writer.write(data.constData() + at, qMin(piece, data.size() - at));
    writer.finish();
    return buffer.data();
}

} // namespace

class TestGzipStream final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<bool>("compress");
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<qsizetype>("piece");
        QTest::newRow("gzip empty") << true << qsizetype(0) << qsizetype(1);
        QTest::newRow("gzip small pieces") << true << qsizetype(100000) << qsizetype(7);
        QTest::newRow("gzip 3 MiB") << true << qsizetype(3 << 20) << qsizetype(65536);
        QTest::newRow("plain 3 MiB") << false << qsizetype(3 << 20) << qsizetype(65536);
    }

    void roundTrip()
    {
        QFETCH(bool, compress);
        QFETCH(qsizetype, size);
        QFETCH(qsizetype, piece);
        const QByteArray data = sample(size);
        QByteArray written = write(data, compress, piece);
        if (compress && size > 0)
            QVERIFY(written.size() < data.size());
        QCOMPARE(written.startsWith("\x1f\x8b"), compress);
        QBuffer in(&written);
        in.open(QIODevice::ReadOnly);
        QString error;
        for (qint64 readPiece : {qint64(13), qint64(1 << 20)}) {
            in.seek(0);
            const QByteArray back = readAll(&in, readPiece, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(back.size(), data.size());
            QVERIFY(back == data);
        }
    }

    // What GzipWriter makes is what gzip makes: libarchive's gzip filter reads it.
    void readableByLibarchive()
    {
        const QByteArray data = sample(1 << 20);
        const QByteArray gz = write(data, true, 4096);
        archive *a = archive_read_new();
        archive_read_support_filter_gzip(a);
        archive_read_support_format_raw(a);
        QCOMPARE(archive_read_open_memory(a, gz.constData(), size_t(gz.size())), ARCHIVE_OK);
        archive_entry *entry = nullptr;
        QCOMPARE(archive_read_next_header(a, &entry), ARCHIVE_OK);
        QByteArray back;
        char buffer[65536];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
            back.append(buffer, qsizetype(n));
        archive_read_free(a);
        QVERIFY(back == data);
    }

    void truncatedIsAnError()
    {
        QByteArray gz = write(sample(200000), true, 65536);
        gz.chop(gz.size() / 2);
        QBuffer in(&gz);
        in.open(QIODevice::ReadOnly);
        QString error;
        readAll(&in, 65536, &error);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGzipStream)
#include "tst_gzipstream.moc"
