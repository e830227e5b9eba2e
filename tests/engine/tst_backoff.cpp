// The re-open schedule of the event stream: 0.25 s doubling to 10 s, and back after reset().

#include "engine/backoff.h"

#include <QTest>

using namespace dx;

class TestBackoff final : public QObject
{
    Q_OBJECT

private slots:
    void doublesToTheCap()
    {
        Backoff backoff;
        QList<int> delays;
        for (int i = 0; i < 9; ++i)
            delays << backoff.next();
        QCOMPARE(delays, (QList<int>{250, 500, 1000, 2000, 4000, 8000, 10000, 10000, 10000}));
        QCOMPARE(backoff.attempts(), 9);
    }

    void resetStartsOver()
    {
        Backoff backoff;
        backoff.next();
        backoff.next();
        backoff.reset();
        QCOMPARE(backoff.attempts(), 0);
        QCOMPARE(backoff.next(), 250);
        QCOMPARE(backoff.next(), 500);
    }

    void otherBounds()
    {
        Backoff backoff(100, 300);
        QCOMPARE(backoff.next(), 100);
        QCOMPARE(backoff.next(), 200);
        QCOMPARE(backoff.next(), 300);
        QCOMPARE(backoff.next(), 300);
        Backoff odd(300, 1000); // a cap that is not a power-of-two multiple of the start
        QCOMPARE(odd.next(), 300);
        QCOMPARE(odd.next(), 600);
        QCOMPARE(odd.next(), 1000);
        QCOMPARE(odd.next(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
