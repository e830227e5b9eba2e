#include "streams/containerpathstat.h"

#include <QFile>
#include <QTest>

using dx::ContainerPathStat;

class TestContainerPathStat final : public QObject
{
    Q_OBJECT
private slots:
    void capturedSymlinkHeader();
    void directory();
    void garbage_data();
    void garbage();
};

void TestContainerPathStat::capturedSymlinkHeader()
{
    QFile file(QStringLiteral(DX_STREAMS_DATA_DIR "/path-stat-headers.txt"));
    if (!file.open(QIODevice::ReadOnly))
        QFAIL("data/path-stat-headers.txt is missing; run data/capture.sh");
    QByteArray value;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.toLower().startsWith("x-docker-container-path-stat:"))
            value = line.mid(line.indexOf(':') + 1);
    }
    const auto stat = ContainerPathStat::fromHeader(value);
    QVERIFY(stat);
    QCOMPARE(stat->name, QStringLiteral("sh"));
    QVERIFY(stat->isSymlink());
    QVERIFY(!stat->isDirectory());
    QVERIFY(!stat->isRegularFile());
    QCOMPARE(stat->permissions(), 0777u);
    QCOMPARE(stat->linkTarget, QStringLiteral("/bin/busybox"));
    QCOMPARE(stat->size, qint64(7));
    QVERIFY(stat->mtime.isValid());
}

void TestContainerPathStat::directory()
{
    const QByteArray json = R"({"name":"tmp","size":4096,"mode":2147484671,"mtime":"2024-05-01T10:11:12.123456789+02:00","linkTarget":""})";
    const auto stat = ContainerPathStat::fromHeader(json.toBase64());
    QVERIFY(stat);
    QVERIFY(stat->isDirectory());
    QCOMPARE(stat->permissions(), 0777u);
    QCOMPARE(stat->mtime.toUTC(), QDateTime(QDate(2024, 5, 1), QTime(8, 11, 12, 123), Qt::UTC));
    QVERIFY(stat->linkTarget.isEmpty());

    const auto file = ContainerPathStat::fromHeader(QByteArray(R"({"name":"f","size":3,"mode":420})").toBase64());
    QVERIFY(file && file->isRegularFile());
    QCOMPARE(file->permissions(), 0644u);
}

void TestContainerPathStat::garbage_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not base64") << QByteArray("@@@###");
    QTest::newRow("not json") << QByteArray("hello").toBase64();
    QTest::newRow("array") << QByteArray("[1,2]").toBase64();
    QTest::newRow("other object") << QByteArray(R"({"message":"x"})").toBase64();
}

void TestContainerPathStat::garbage()
{
    QFETCH(QByteArray, value);
    QVERIFY(!ContainerPathStat::fromHeader(value));
}

QTEST_GUILESS_MAIN(TestContainerPathStat)
#include "tst_containerpathstat.moc"
