// JsonFields and the value types' decoders on numbers an engine should never send but a broken
// or hostile one can: beyond 64 bits, negative beyond 64 bits, fractions.
#include "api/jsonfields.h"
#include "api/resourcetypes.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using dx::JsonFields;

class TestJsonFields final : public QObject
{
    Q_OBJECT

private slots:
    void integers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("exact beyond 2^53") << QByteArray("9007199254740993") << qint64(9007199254740993LL);
        QTest::newRow("int64 max") << QByteArray("9223372036854775807") << std::numeric_limits<qint64>::max();
        QTest::newRow("int64 min") << QByteArray("-9223372036854775808") << std::numeric_limits<qint64>::min();
        // Found by api_decoders_fuzz: a cast of these doubles is undefined behaviour.
        QTest::newRow("2^64") << QByteArray("18446744073709551616") << std::numeric_limits<qint64>::max();
        QTest::newRow("1e300") << QByteArray("1e300") << std::numeric_limits<qint64>::max();
        QTest::newRow("-1e30") << QByteArray("-1e30") << std::numeric_limits<qint64>::min();
        QTest::newRow("fraction") << QByteArray("2.75") << qint64(2);
        QTest::newRow("string") << QByteArray("\"12\"") << qint64(-7); // the default, and an error
    }

    void integers()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, expected);
        const QJsonObject object = QJsonDocument::fromJson("{\"n\":" + json + '}').object();
        QVERIFY(object.contains(QLatin1String("n")));
        JsonFields fields(object);
        QCOMPARE(fields.integer(QLatin1String("n"), -7), expected);
        QCOMPARE(fields.ok(), !json.startsWith('"'));
    }

    // The input api_decoders_fuzz reported, through the decoder it went through.
    void systemInfoWithHugeNumbers()
    {
        const QJsonObject object = QJsonDocument::fromJson(
                R"({"MemTotal":0e400,"NCPU":-4611686018427387904,"Containers":18446744073709551616})").object();
        dx::SystemInfo info;
        QString error;
        QVERIFY2(dx::SystemInfo::fromJson(object, &info, &error), qPrintable(error));
        QCOMPARE(info.memTotal, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_jsonfields.moc"
