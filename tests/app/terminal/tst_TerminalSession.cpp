// Terminals in real containers (busybox: sh, stty, top): what is typed reaches the shell and its
// answer the emulated screen; a resize reaches `stty size`; the exit code, a container that
// stops, an image without a shell, a refused exec, a cut connection, binary output and a huge
// paste each end up as a clear message; attach reaches the main process; the Terminal tab keeps
// several terminals per container; the Docker Commands panel gets each session with its outcome.

#include "api/commandrecord.h"
#include "api/dockerapi.h"
#include "containers/containerstore.h"
#include "containers/containerdetailspane.h"
#include "containers/containersview.h"
#include "containers/containerterminalswidget.h"
#include "containers/rundialog.h"
#include "engine/engine.h"
#include "engine/socketproxy.h"
#include "engine/testengine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "terminal/terminalpage.h"
#include "terminal/terminalscreen.h"
#include "terminal/terminalsession.h"
#include "terminal/terminalview.h"

#include <QComboBox>
#include <QTabWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace dx;

namespace {

constexpr int Timeout = 20000;

} // namespace

class TestTerminalSession final : public QObject
{
    Q_OBJECT

private:
    Engine m_engine;
    IconProvider m_icons;
    AppServices *m_services = nullptr;

    DockerApi *api() const { return m_services->session()->api(); }

    // A running container of the base image; `extra` adds to the create body.
    QString runContainer(const QJsonArray &cmd, const QJsonObject &extra = {})
    {
        QJsonObject body{{QStringLiteral("Image"), test::baseImage()},
                         {QStringLiteral("Cmd"), cmd},
                         {QStringLiteral("Labels"), test::runLabels()}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const EngineResponse created = test::call(m_engine, EngineRequest::post(QStringLiteral("/containers/create"), {},
                                                                                QJsonDocument(body).toJson()));
        if (!created.ok())
            return {};
        const QString id = test::json(created).toObject().value(QLatin1String("Id")).toString();
        if (!test::call(m_engine, EngineRequest::post(QStringLiteral("/containers/%1/start").arg(id))).ok())
            return {};
        return id;
    }

    QString sleeper() { return runContainer({QStringLiteral("/bin/sleep"), QStringLiteral("600")}); }

    static std::unique_ptr<TerminalPage> openPage(DockerApi *api, const QString &container,
                                                  const TerminalSession::Options &options = {})
    {
        auto page = std::make_unique<TerminalPage>(api, container, options);
        page->resize(900, 500);
        page->show();
        page->start();
        return page;
    }

    static bool waitOpen(TerminalPage *page)
    {
        QElapsedTimer timer;
        timer.start();
        while (!page->session()->isOpen() && !page->session()->isFinished() && timer.elapsed() < Timeout)
            QTest::qWait(10);
        return page->session()->isOpen();
    }

    static void type(TerminalPage *page, const QString &line)
    {
        QTest::keyClicks(page->view(), line);
        QTest::keyClick(page->view(), Qt::Key_Return);
    }

    // Whether a whole line of the screen (or the scrollback) says `text`.
    static bool hasLine(const TerminalScreen *screen, const QString &text)
    {
        for (int line = -screen->scrollbackLines(); line < screen->rows(); ++line) {
            if (screen->lineText(line) == text)
                return true;
        }
        return false;
    }

    static bool waitPrompt(TerminalPage *page)
    {
        QElapsedTimer timer;
        timer.start();
        while (!page->screen()->screenText().contains(QLatin1String("/ #")) && timer.elapsed() < Timeout)
            QTest::qWait(10);
        if (!page->screen()->screenText().contains(QLatin1String("/ #")))
            qWarning() << "no prompt; the screen says:" << page->screen()->screenText() << page->session()->isOpen()
                       << page->session()->message();
        return page->screen()->screenText().contains(QLatin1String("/ #"));
    }

private slots:
    void initTestCase()
    {
        m_engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_engine);
        m_services = new AppServices(&m_engine, &m_icons, this);
    }

    void cleanupTestCase()
    {
        if (m_services)
            test::removeLabelled(m_engine);
    }

    void echoReachesTheScreen()
    {
        const QString id = sleeper();
        QVERIFY(!id.isEmpty());
        QSignalSpy started(api(), &DockerApi::commandStarted);
        auto page = openPage(api(), id);
        QVERIFY2(waitOpen(page.get()), qPrintable(page->session()->message()));
        QCOMPARE(page->session()->command(), QStringList{QStringLiteral("/bin/sh")}); // no bash in busybox
        QVERIFY(waitPrompt(page.get()));
        type(page.get(), QStringLiteral("echo hi"));
        QTRY_VERIFY_WITH_TIMEOUT(hasLine(page->screen(), QStringLiteral("hi")), Timeout);
        // One command in the panel for the whole session, as the CLI would run it.
        bool recorded = false;
        for (const QList<QVariant> &args : std::as_const(started)) {
            const auto record = args.at(0).value<CommandRecord>();
            if (record.cli == QStringLiteral("docker exec -it -e TERM=xterm-256color %1 /bin/sh").arg(id))
                recorded = !record.internal;
        }
        QVERIFY(recorded);
    }

    void resizeReachesStty()
    {
        const QString id = sleeper();
        auto page = openPage(api(), id);
        QVERIFY(waitOpen(page.get()));
        QVERIFY(waitPrompt(page.get()));
        const auto sizeLine = [&page] {
            return QStringLiteral("%1 %2").arg(page->screen()->rows()).arg(page->screen()->columns());
        };
        // The first size goes out right after the start; stty reads it.
        QTRY_VERIFY_WITH_TIMEOUT((type(page.get(), QStringLiteral("stty size")), QTest::qWait(300),
                                  hasLine(page->screen(), sizeLine())), Timeout);
        const QString before = sizeLine();
        page->resize(600, 300);
        QTRY_VERIFY(sizeLine() != before);
        const QString after = sizeLine();
        QTRY_VERIFY_WITH_TIMEOUT((type(page.get(), QStringLiteral("clear; stty size")), QTest::qWait(300),
                                  hasLine(page->screen(), after)), Timeout);
        QVERIFY(!page->screen()->screenText().contains(before));
    }

    void exitCodeShows()
    {
        const QString id = sleeper();
        QSignalSpy finishedCommands(api(), &DockerApi::commandFinished);
        auto page = openPage(api(), id);
        QVERIFY(waitOpen(page.get()));
        QVERIFY(waitPrompt(page.get()));
        type(page.get(), QStringLiteral("exit 3"));
        QTRY_VERIFY_WITH_TIMEOUT(page->session()->isFinished(), Timeout);
        QCOMPARE(page->session()->end(), TerminalSession::End::Exited);
        QCOMPARE(page->session()->exitCode(), 3);
        QVERIFY(page->screen()->screenText().contains(QStringLiteral("exit code 3")));
        QCOMPARE(page->title(), QStringLiteral("sh (exit 3)"));
        QVERIFY(!page->view()->isInputEnabled());
        // The panel's record of the session ends as the CLI would: exit status 3 is a failure.
        QTRY_VERIFY(std::any_of(finishedCommands.cbegin(), finishedCommands.cend(), [&id](const QList<QVariant> &args) {
            const auto r = args.at(0).value<CommandRecord>();
            return r.cli.startsWith(QLatin1String("docker exec -it")) && r.cli.contains(id)
                && r.state == CommandRecord::State::Failed && r.message.contains(QLatin1String("3"));
        }));
    }

    void attachToMainProcess()
    {
        const QString id = runContainer({QStringLiteral("/bin/sh")},
                                        {{QStringLiteral("Tty"), true}, {QStringLiteral("OpenStdin"), true}});
        QVERIFY(!id.isEmpty());
        TerminalSession::Options options;
        options.mode = TerminalSession::Mode::Attach;
        auto page = openPage(api(), id, options);
        QVERIFY2(waitOpen(page.get()), qPrintable(page->session()->message()));
        QVERIFY(page->session()->acceptsInput());
        type(page.get(), QStringLiteral("echo attached-$((40+2))"));
        QTRY_VERIFY_WITH_TIMEOUT(hasLine(page->screen(), QStringLiteral("attached-42")), Timeout);
        // The shell is the main process: its exit stops the container.
        type(page.get(), QStringLiteral("exit 5"));
        QTRY_VERIFY_WITH_TIMEOUT(page->session()->isFinished(), Timeout);
        QCOMPARE(page->session()->end(), TerminalSession::End::ContainerStopped);
        QCOMPARE(page->session()->exitCode(), 5);
        QVERIFY(page->screen()->screenText().contains(QStringLiteral("The container stopped (exit code 5).")));
    }

    void attachWithoutTtyIsDemultiplexed()
    {
        const QString id = runContainer({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                         QStringLiteral("while read l; do echo got-$l; echo err-$l >&2; done")},
                                        {{QStringLiteral("OpenStdin"), true}});
        TerminalSession::Options options;
        options.mode = TerminalSession::Mode::Attach;
        auto page = openPage(api(), id, options);
        QVERIFY(waitOpen(page.get()));
        page->session()->write("x\n");
        QTRY_VERIFY_WITH_TIMEOUT(page->screen()->screenText().contains(QLatin1String("got-x")), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(page->screen()->screenText().contains(QLatin1String("err-x")), Timeout);
    }

    void containerStopsWhileOpen()
    {
        const QString id = sleeper();
        auto page = openPage(api(), id);
        QVERIFY(waitOpen(page.get()));
        QVERIFY(waitPrompt(page.get()));
        QVERIFY(test::call(m_engine, EngineRequest::post(QStringLiteral("/containers/%1/kill").arg(id))).ok());
        QTRY_VERIFY_WITH_TIMEOUT(page->session()->isFinished(), Timeout);
        QCOMPARE(page->session()->end(), TerminalSession::End::ContainerStopped);
        QVERIFY(page->screen()->screenText().contains(QStringLiteral("The container stopped (exit code 137).")));
    }

    void imageWithoutShell()
    {
        // The main process removes the only shell, then sleeps.
        const QString id = runContainer({QStringLiteral("/bin/busybox"), QStringLiteral("sh"), QStringLiteral("-c"),
                                         QStringLiteral("rm /bin/sh; exec /bin/busybox sleep 600")});
        QVERIFY(!id.isEmpty());
        EngineRequest stat = EngineRequest::get(QStringLiteral("/containers/%1/archive").arg(id));
        stat.method = "HEAD";
        stat.addQueryItem(QStringLiteral("path"), QStringLiteral("/bin/sh"));
        QTRY_VERIFY_WITH_TIMEOUT(test::call(m_engine, stat).status == 404, Timeout);
        auto page = openPage(api(), id);
        QTRY_VERIFY_WITH_TIMEOUT(page->session()->isFinished(), Timeout);
        QCOMPARE(page->session()->end(), TerminalSession::End::NoShell);
        QVERIFY(page->screen()->screenText().contains(QStringLiteral("no shell")));
        // A command the image has still works.
        TerminalSession::Options options;
        options.command = {QStringLiteral("/bin/busybox"), QStringLiteral("echo"), QStringLiteral("still-here")};
        auto other = openPage(api(), id, options);
        QTRY_VERIFY_WITH_TIMEOUT(hasLine(other->screen(), QStringLiteral("still-here")), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(other->session()->isFinished(), Timeout);
        QCOMPARE(other->session()->exitCode(), 0);
    }

    void execRefused()
    {
        const QString id = sleeper();
        QVERIFY(test::call(m_engine, EngineRequest::post(QStringLiteral("/containers/%1/pause").arg(id))).ok());
        auto page = openPage(api(), id);
        QTRY_VERIFY_WITH_TIMEOUT(page->session()->isFinished(), Timeout);
        QCOMPARE(page->session()->end(), TerminalSession::End::Refused);
        QVERIFY2(page->screen()->screenText().contains(QStringLiteral("paused")), qPrintable(page->screen()->screenText()));
        test::call(m_engine, EngineRequest::post(QStringLiteral("/containers/%1/unpause").arg(id)));
    }

    void binaryOutputAndHugePaste()
    {
        const QString id = sleeper();
        auto page = openPage(api(), id);
        QVERIFY(waitOpen(page.get()));
        QVERIFY(waitPrompt(page.get()));
        type(page.get(), QStringLiteral("head -c 20000 /bin/busybox; echo; echo done-binary"));
        QTRY_VERIFY_WITH_TIMEOUT(page->bannerText().contains(QStringLiteral("binary")), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(page->screen()->screenText().contains(QStringLiteral("done-binary")), Timeout);
        page->screen()->reset();
        type(page.get(), QStringLiteral("echo still-$((1+1))"));
        QTRY_VERIFY_WITH_TIMEOUT(hasLine(page->screen(), QStringLiteral("still-2")), Timeout);

        page->view()->pasteText(QString(2 * 1024 * 1024, QLatin1Char('x')));
        QVERIFY(page->bannerText().contains(QStringLiteral("Not pasted")));
        // A paste within the limit arrives whole.
        page->view()->pasteText(QStringLiteral("echo pasted-%1\n").arg(QString(3000, QLatin1Char('y'))));
        QTRY_VERIFY_WITH_TIMEOUT(page->screen()->screenText().contains(QStringLiteral("pasted-yyy")), Timeout);
        QVERIFY(page->session()->isOpen());
    }

    void connectionCut()
    {
        if (m_engine.info().endpoint.kind != Endpoint::Kind::Unix)
            QSKIP("the proxy sits in front of a unix socket; this engine is reached otherwise");
        const QString id = sleeper();
        test::SocketProxy proxy(m_engine.info().endpoint.socketPath);
        QVERIFY(proxy.isListening());
        Engine proxied;
        proxied.connectTo(Endpoint::fromHost(proxy.host()));
        QVERIFY(test::waitConnected(proxied));
        AppServices services(&proxied, &m_icons);
        auto page = openPage(services.session()->api(), id);
        QVERIFY(waitOpen(page.get()));
        QVERIFY(waitPrompt(page.get()));
        QVERIFY(proxy.cut(QByteArrayLiteral("/start")) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(page->session()->isFinished(), Timeout);
        // The engine itself is fine and the shell runs on: only our connection was cut (the
        // proxy may close it cleanly or reset it).
        QCOMPARE(page->session()->end(), TerminalSession::End::ConnectionLost);
        QVERIFY(page->screen()->screenText().contains(QStringLiteral("connection to the engine was c")));
    }

    void runDialogInteractiveOpensTheTerminal()
    {
        ContainersView view(m_services);
        view.resize(1000, 700);
        view.show();
        view.openRunDialog();
        RunDialog *dialog = view.runDialog();
        RunSpec spec;
        spec.image = test::baseImage();
        spec.command = QStringLiteral("/bin/sh");
        spec.interactive = true;
        dialog->setSpec(spec);
        QMap<QString, QString> labels{{test::runLabelKey(), test::runId()}};
        dialog->setLabels(labels);
        QVERIFY(dialog->commandText().startsWith(QLatin1String("docker run -it ")));
        QSignalSpy started(dialog, &RunDialog::containerStarted);
        dialog->run();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, Timeout);
        const QString id = started.at(0).at(0).toString();
        const QJsonObject config = test::json(test::call(m_engine, EngineRequest::get(QStringLiteral("/containers/%1/json").arg(id))))
                                       .toObject().value(QLatin1String("Config")).toObject();
        QVERIFY(config.value(QLatin1String("Tty")).toBool());
        QVERIFY(config.value(QLatin1String("OpenStdin")).toBool());
        // The Terminal tab, on the main process, with the prompt it printed before we attached.
        ContainerTerminalsWidget *tab = view.details()->terminals();
        QTRY_COMPARE_WITH_TIMEOUT(tab->pages(id).size(), 1, Timeout);
        QCOMPARE(view.details()->tabs()->currentIndex(), int(ContainerDetailsPane::TerminalTab));
        TerminalPage *page = tab->pages(id).constFirst();
        QCOMPARE(page->session()->mode(), TerminalSession::Mode::Attach);
        QVERIFY(waitOpen(page));
        QVERIFY(waitPrompt(page));
        type(page, QStringLiteral("echo from-run-$((6*7))"));
        QTRY_VERIFY_WITH_TIMEOUT(hasLine(page->screen(), QStringLiteral("from-run-42")), Timeout);
    }

    void terminalTab()
    {
        const QString id = sleeper();
        ContainerStore *store = m_services->session()->containers();
        QTRY_VERIFY_WITH_TIMEOUT(store->find(id).has_value() && store->find(id)->isRunning(), Timeout);
        ContainerTerminalsWidget tab(m_services, store);
        tab.resize(900, 500);
        tab.show();
        tab.setContainer(*store->find(id));
        QVERIFY(tab.pages(id).isEmpty());
        tab.setActive(true); // the first look opens a shell
        QCOMPARE(tab.pages(id).size(), 1);
        TerminalPage *first = tab.pages(id).constFirst();
        QVERIFY(waitOpen(first));
        // Several at once, each its own shell.
        tab.commandBox()->setCurrentText(QStringLiteral("/bin/sh -l"));
        QCOMPARE(tab.chosenCommand(), (QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-l")}));
        TerminalPage *second = tab.openTerminal(tab.chosenCommand());
        QVERIFY(second);
        QCOMPARE(tab.pages(id).size(), 2);
        QVERIFY(waitOpen(second));
        QVERIFY(waitPrompt(first) && waitPrompt(second));
        type(first, QStringLiteral("echo $$ > /tmp/first; echo written"));
        QTRY_VERIFY_WITH_TIMEOUT(hasLine(first->screen(), QStringLiteral("written")), Timeout);
        type(second, QStringLiteral("echo pid-$(cat /tmp/first)-$$"));
        QTRY_VERIFY_WITH_TIMEOUT(second->screen()->screenText().contains(QRegularExpression(QStringLiteral("pid-(\\d+)-(?!\\1)\\d+"))),
                                 Timeout);
        // Another container selected and back: the terminals are still there.
        tab.setContainer({});
        tab.setContainer(*store->find(id));
        QCOMPARE(tab.pages(id).size(), 2);
        // The container stops: the tab says so and offers no new terminal.
        QVERIFY(test::call(m_engine, EngineRequest::post(QStringLiteral("/containers/%1/kill").arg(id))).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!store->find(id)->isRunning(), Timeout);
        tab.setContainer(*store->find(id));
        QVERIFY(!tab.openTerminal());
        QTRY_VERIFY_WITH_TIMEOUT(first->session()->isFinished() && second->session()->isFinished(), Timeout);
        QVERIFY(first->screen()->screenText().contains(QStringLiteral("The container stopped")));
    }
};

QTEST_MAIN(TestTerminalSession)
#include "tst_TerminalSession.moc"
