// The Connect dialog's "Do not verify the engine's certificate (unsafe)": only an explicit tick
// turns verification off, it round-trips through the stored choice, and it only applies to tcp.
// Its list of engines found: every place looked at, with its state, each row a choice.
#include "engine/endpoint.h"
#include "shell/connectdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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

    void listsTheEnginesFound()
    {
        QTemporaryDir runtime;
        const QString nothing = QStringLiteral("unix://") + runtime.filePath(QStringLiteral("nothing.sock"));
        qputenv("DOCKER_HOST", nothing.toUtf8());
        qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
        ConnectDialog dialog{QString()};
        const QString ourSocket = QStringLiteral("unix://") + runtime.path() + QStringLiteral("/docker-explorer/podman.sock");
        dialog.setEngineInUse(ourSocket);
        auto *engines = dialog.findChild<QTreeWidget *>(QStringLiteral("engines"));
        QVERIFY(engines);
        QTRY_VERIFY_WITH_TIMEOUT(engines->topLevelItemCount() >= 3, 10000);
        const QTreeWidgetItem *host = engines->topLevelItem(0);
        QCOMPARE(host->text(1), QStringLiteral("DOCKER_HOST"));
        QCOMPARE(host->text(0), QStringLiteral("No answer"));
        QVERIFY2(!host->toolTip(0).isEmpty(), "the row says why it does not answer");
        const QTreeWidgetItem *ours = engines->topLevelItem(engines->topLevelItemCount() - 1);
        QCOMPARE(ours->text(1), QStringLiteral("Podman started by Docker Explorer"));
        QCOMPARE(ours->text(2), ourSocket);
        QVERIFY2(ours->text(0).endsWith(QLatin1String("(in use)")), qPrintable(ours->text(0)));
        QVERIFY(ours->font(0).bold());
        QVERIFY(!host->font(0).bold());

        // Opening the dialog (the list taking the focus) chooses nothing.
        engines->setFocus();
        engines->setCurrentItem(engines->topLevelItem(1), 0, QItemSelectionModel::NoUpdate);
        QCOMPARE(dialog.choice(), QString());
        // A row selected is a choice: the address, or the Podman service of the app.
        engines->setCurrentItem(engines->topLevelItem(0));
        QCOMPARE(dialog.choice(), nothing);
        engines->setCurrentItem(engines->topLevelItem(engines->topLevelItemCount() - 1));
        QCOMPARE(dialog.choice(), QStringLiteral("podman:"));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("mode"))->currentIndex(), 3);
        qunsetenv("DOCKER_HOST");
        qunsetenv("XDG_RUNTIME_DIR");
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
