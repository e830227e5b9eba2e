// Which parts of a build log line the log view underlines as clickable image hashes.
#include "build/buildlogview.h"

#include <QTest>

using namespace dx;

class TestBuildLogView final : public QObject
{
    Q_OBJECT

private slots:
    void hashSpans_data()
    {
        const QString digest = QStringLiteral("5689") + QString(60, QLatin1Char('b'));
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("hashes");
        QTest::newRow("classic layer") << QStringLiteral(" ---> 2cfba189530c") << QStringList{QStringLiteral("2cfba189530c")};
        QTest::newRow("built") << QStringLiteral("Successfully built 2cfba189530c")
                               << QStringList{QStringLiteral("2cfba189530c")};
        QTest::newRow("writing image") << QStringLiteral("#9 writing image sha256:%1 done").arg(digest)
                                       << QStringList{QStringLiteral("sha256:") + digest};
        QTest::newRow("bare digest") << QStringLiteral("Loaded image ID %1").arg(digest) << QStringList{digest};
        QTest::newRow("run id in a tag") << QStringLiteral("Successfully tagged x:run1234abcd5678")
                                         << QStringList{};
        QTest::newRow("12 hex after a colon") << QStringLiteral("Successfully tagged x:1234abcd5678") << QStringList{};
        QTest::newRow("12 hex in RUN output") << QStringLiteral("#5 0.215 id 1234abcd5678 here") << QStringList{};
        QTest::newRow("container") << QStringLiteral(" ---> Running in 805811f7f96a") << QStringList{};
        QTest::newRow("longer hex") << QStringLiteral(" ---> 2cfba189530c0") << QStringList{};
        QTest::newRow("digest in a path") << QStringLiteral("/var/lib/%1/x").arg(digest) << QStringList{};
    }
    void hashSpans()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, hashes);
        QStringList got;
        for (const BuildLogDelegate::Span &s : BuildLogDelegate::hashSpans(line))
            got.append(line.mid(s.start, s.length));
        QCOMPARE(got, hashes);
    }
};

QTEST_MAIN(TestBuildLogView)
#include "tst_buildlogview.moc"
