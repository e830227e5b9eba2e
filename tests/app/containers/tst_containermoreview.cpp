// The containers view's "More" actions against the real engine, as a user meets them: the
// Processes tab (docker top, refreshed while visible, a clear message when the container is
// not running), Stop After… with its dialog and the exit code explained in the details pane,
// the Rename and Commit dialogs refusing what the engine would refuse. Everything created
// carries dx.test.run.

#include "api/dockerapi.h"
#include "containers/containeractiondialogs.h"
#include "containers/containerdetailspane.h"
#include "containers/containerlistmodel.h"
#include "containers/containerprocesseswidget.h"
#include "containers/containersview.h"
#include "containers/containerstore.h"
#include "containers/processlistmodel.h"
#include "engine/commandspy.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace dx;
using More = ContainersToolBar::More;

class TestContainerMoreView final : public QObject
{
    Q_OBJECT

private:
    Engine *m_engine = nullptr;
    IconProvider *m_icons = nullptr;
    AppServices *m_services = nullptr;
    ContainersView *m_view = nullptr;
    QSignalSpy *m_commands = nullptr;

    QString name(const char *what) const
    {
        return QStringLiteral("dxtest-%1-%2").arg(QLatin1String(what), test::runId()).toLower();
    }

    QString run(const QString &containerName)
    {
        const QJsonObject body{{QStringLiteral("Image"), test::baseImage()},
                               {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sleep"), QStringLiteral("300")}},
                               {QStringLiteral("Labels"), test::runLabels()}};
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("name"), containerName);
        const EngineResponse r = test::call(*m_engine, EngineRequest::post(QStringLiteral("/containers/create"), q,
                                                                          QJsonDocument(body).toJson()));
        const QString id = test::json(r).toObject().value(QLatin1String("Id")).toString();
        test::call(*m_engine, EngineRequest::post(QStringLiteral("/containers/") + id + QStringLiteral("/start")));
        return id;
    }

    QString stateOf(const QString &id) const
    {
        const int row = m_view->model()->rowOf(id);
        return row < 0 ? QString() : m_view->model()->containerAt(row).state;
    }

    static QPushButton *okButton(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme::apply(Theme::Mode::Light);
        m_engine = new Engine(this);
        m_icons = new IconProvider(this);
        m_services = new AppServices(m_engine, m_icons, this);
        m_commands = new QSignalSpy(m_services->session()->api(), &DockerApi::commandFinished);
        m_engine->connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(*m_engine);
        m_view = new ContainersView(m_services);
        m_view->resize(1200, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->store()->isLoaded(), 10000);
    }

    void cleanupTestCase()
    {
        delete m_view;
        if (m_engine && m_engine->isConnected())
            test::removeLabelled(*m_engine);
    }

    void processesTabRefreshes()
    {
        const QString id = run(name("top"));
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), QStringLiteral("running"), 10000);
        m_view->selectContainer(id);
        ContainerProcessesWidget *processes = m_view->details()->processes();
        QVERIFY(!processes->isRefreshing()); // hidden tabs ask nothing
        m_commands->clear();
        m_view->details()->showTab(ContainerDetailsPane::ProcessesTab);
        QVERIFY(processes->isRefreshing());
        QTRY_VERIFY_WITH_TIMEOUT(processes->model()->rowCount() >= 1, 10000);
        QVERIFY(processes->model()->pidColumn() >= 0);
        bool sleeping = false;
        for (int row = 0; row < processes->model()->rowCount(); ++row)
            sleeping = sleeping || processes->model()->index(row, processes->model()->columnCount() - 1).data().toString().contains(QLatin1String("sleep"));
        QVERIFY(sleeping);
        // The first `docker top` is the user's command; the refreshes are the app's own.
        const QString cli = QStringLiteral("docker top %1").arg(name("top"));
        const auto refreshes = [this, cli] {
            int n = 0;
            for (const CommandRecord &r : test::commandRecords(*m_commands, true))
                n += r.cli == cli ? 1 : 0;
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(refreshes() >= 1, 2 * ContainerProcessesWidget::RefreshMs + 3000);
        int user = 0;
        for (const CommandRecord &r : test::commandRecords(*m_commands))
            user += r.cli == cli ? 1 : 0;
        QCOMPARE(user, 1);

        // Another tab: no more refreshes.
        m_view->details()->showTab(ContainerDetailsPane::LogsTab);
        QVERIFY(!processes->isRefreshing());
        m_view->details()->showTab(ContainerDetailsPane::ProcessesTab);
        QVERIFY(processes->isRefreshing());
    }

    void stopAfterExplainsTheExitCode()
    {
        const QString id = run(name("stopafter"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), QStringLiteral("running"), 10000);
        m_view->selectContainer(id);
        m_view->details()->showTab(ContainerDetailsPane::ProcessesTab);
        QAction *stopAfter = m_view->moreAction(More::StopAfter);
        QVERIFY(stopAfter->isEnabled());
        stopAfter->trigger();
        StopAfterDialog *dialog = m_view->stopAfterDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->spinBox()->value(), StopAfterDialog::DefaultSeconds);
        dialog->spinBox()->setValue(1);
        okButton(dialog)->click();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), QStringLiteral("exited"), 15000);
        // sleep as PID 1 ignores SIGTERM: killed after the one second.
        QTRY_VERIFY_WITH_TIMEOUT(m_view->details()->title()->text().contains(QLatin1String("137")), 10000);
        QVERIFY2(m_view->details()->title()->toolTip().contains(QLatin1String("SIGKILL")), qPrintable(m_view->details()->title()->toolTip()));
        const int row = m_view->model()->rowOf(id);
        QVERIFY(m_view->model()->index(row, ContainerListModel::Status).data(Qt::ToolTipRole).toString().contains(QLatin1String("137")));
        // Not running: the Processes tab says so, and does not poll.
        ContainerProcessesWidget *processes = m_view->details()->processes();
        QTRY_VERIFY(!processes->isRefreshing());
        QVERIFY2(processes->message().contains(QLatin1String("not running")), qPrintable(processes->message()));
        QCOMPARE(processes->model()->rowCount(), 0);
        bool logged = false;
        for (const CommandRecord &r : test::commandRecords(*m_commands))
            logged = logged || (r.cli == QStringLiteral("docker stop -t 1 %1").arg(name("stopafter")) && r.state == CommandRecord::State::Done);
        QVERIFY(logged);
    }

    void renameDialogChecksTheName()
    {
        const QString a = name("dlg-a");
        const QString b = name("dlg-b");
        const QString idA = run(a);
        const QString idB = run(b);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->contains(idA) && m_view->model()->contains(idB), 10000);
        m_view->selectContainer(idA);
        QVERIFY(m_view->moreAction(More::Rename)->isEnabled());
        m_view->moreAction(More::Rename)->trigger();
        RenameDialog *dialog = m_view->renameDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->nameEdit()->text(), a);
        QVERIFY(!okButton(dialog)->isEnabled()); // unchanged
        dialog->nameEdit()->setText(b);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog->problemLabel()->text().contains(b));
        dialog->nameEdit()->setText(QStringLiteral("bad name"));
        QVERIFY(!okButton(dialog)->isEnabled());
        const QString to = name("dlg-renamed");
        dialog->nameEdit()->setText(to);
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->containerAt(m_view->model()->rowOf(idA)).name, to, 10000);
        QVERIFY(!m_view->renameDialog());
    }

    void commitDialogChecksItsFields()
    {
        const QString id = run(name("dlg-commit"));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->contains(id), 10000);
        m_view->selectContainer(id);
        m_view->moreAction(More::Commit)->trigger();
        CommitDialog *dialog = m_view->commitDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->canAccept()); // nothing but the container: an untagged image
        dialog->referenceEdit()->setText(QStringLiteral("Shop:1"));
        QVERIFY(!dialog->canAccept());
        dialog->referenceEdit()->setText(QStringLiteral("shop:1"));
        dialog->changesEdit()->setPlainText(QStringLiteral("CMD [\"sh\"]\nRUN make"));
        QVERIFY(!dialog->canAccept());
        QVERIFY(dialog->problemLabel()->text().contains(QLatin1String("RUN")));
        dialog->changesEdit()->setPlainText(QStringLiteral("CMD [\"sh\"]\nENV A=b"));
        QVERIFY(dialog->canAccept());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("command"))->text().contains(QStringLiteral("docker commit -c 'CMD [\"sh\"]' -c 'ENV A=b' %1 shop:1").arg(name("dlg-commit"))));
        dialog->reject(); // nothing is sent
        QVERIFY(!m_view->commitDialog());
        // Two selected: only the actions for several containers.
        m_view->list()->selectAll();
        if (m_view->selectedIds().size() > 1)
            QVERIFY(!m_view->moreAction(More::Commit)->isEnabled());
    }
};

QTEST_MAIN(TestContainerMoreView)
#include "tst_containermoreview.moc"
