// The Connect dialog's "Do not verify the engine's certificate (unsafe)": only an explicit tick
// turns verification off, it round-trips through the stored choice, and it only applies to tcp.
#include "engine/endpoint.h"
#include "shell/connectdialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

using namespace dx;

class TestConnectDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void noVerifyRoundTrips()
    {
        ConnectDialog dialog(QStringLiteral("noverify:https://engine.example:2376"));
        auto *noVerify = dialog.findChild<QCheckBox *>(QStringLiteral("noVerify"));
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("host"));
        QVERIFY(noVerify && host);
        QVERIFY(noVerify->isChecked());
        QVERIFY(noVerify->isEnabled());
        QCOMPARE(host->text(), QStringLiteral("https://engine.example:2376"));
        QCOMPARE(dialog.choice(), QStringLiteral("noverify:https://engine.example:2376"));

        noVerify->setChecked(false);
        QCOMPARE(dialog.choice(), QStringLiteral("https://engine.example:2376"));
        QVERIFY(EndpointResolver(QProcessEnvironment()).fromChoice(dialog.choice()).tlsVerify);

        // Not for sockets: the tick is ignored and the box disabled.
        noVerify->setChecked(true);
        host->setText(QStringLiteral("unix:///run/x.sock"));
        QVERIFY(!noVerify->isEnabled());
        QCOMPARE(dialog.choice(), QStringLiteral("unix:///run/x.sock"));
    }

    void defaultIsVerified()
    {
        ConnectDialog dialog(QStringLiteral("https://engine.example:2376"));
        auto *noVerify = dialog.findChild<QCheckBox *>(QStringLiteral("noVerify"));
        QVERIFY(noVerify);
        QVERIFY(!noVerify->isChecked());
        QCOMPARE(dialog.choice(), QStringLiteral("https://engine.example:2376"));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
