// The Files tab against the real engine: a running and a stopped container's files listed,
// shown, downloaded and uploaded through the archive endpoints; what could escape the
// download folder refused; clear errors for a missing path and a read-only container; each
// action one `docker cp` line in the Docker Commands panel; a changed file opened from the
// Changes tab by double-click.
#include "containers/containerchangeswidget.h"
#include "containers/containerdetailspane.h"
#include "containers/containerfileswidget.h"
#include "api/commandrecord.h"
#include "api/dockerapi.h"
#include "containers/containerchangesmodel.h"
#include "engine/commandspy.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "volumes/fileviewer.h"
#include "volumes/volumetreemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace dx;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class TestContainerFiles final : public QObject
{
    Q_OBJECT

private:
    Engine m_engine;
    IconProvider m_icons;
    AppServices *m_services = nullptr;

    // Creates (and with `run`, starts) a labelled container running `script` in sh; a
    // running one keeps running once /ready exists, a stopped one ran to its end.
    ContainerSummary makeContainer(const QString &script, bool run, bool keepRunning,
                                   const QJsonObject &hostConfig = {})
    {
        const QString name = QStringLiteral("dxtest-files-%1-%2").arg(test::runId()).arg(++m_count);
        const QString full = keepRunning ? script + QStringLiteral(" && touch /ready && exec sleep 1000") : script;
        QJsonObject body{{QStringLiteral("Image"), test::baseImage()},
                         {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), full}},
                         {QStringLiteral("Labels"), test::runLabels()}};
        if (!hostConfig.isEmpty())
            body.insert(QStringLiteral("HostConfig"), hostConfig);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("name"), name);
        const EngineResponse created = test::call(m_engine, EngineRequest::post(QStringLiteral("/containers/create"), q,
                                                                                QJsonDocument(body).toJson()));
        if (!created.ok())
            qWarning("create: %s", qPrintable(created.message));
        ContainerSummary c;
        c.id = test::json(created).toObject().value(QLatin1String("Id")).toString();
        c.name = name;
        c.image = test::baseImage();
        c.state = QStringLiteral("created");
        if (!run)
            return c;
        test::call(m_engine, EngineRequest::post(QStringLiteral("/containers/%1/start").arg(c.id)));
        if (keepRunning) {
            for (int i = 0; i < 200; ++i) {
                QUrlQuery p;
                p.addQueryItem(QStringLiteral("path"), QStringLiteral("/ready"));
                if (test::call(m_engine, EngineRequest::get(QStringLiteral("/containers/%1/archive").arg(c.id), p)).ok())
                    break;
                QTest::qWait(50);
            }
            c.state = QStringLiteral("running");
        } else {
            test::call(m_engine, EngineRequest::post(QStringLiteral("/containers/%1/wait").arg(c.id)), 60000);
            c.state = QStringLiteral("exited");
        }
        return c;
    }

    bool listed(ContainerFilesWidget &files)
    {
        QSignalSpy loaded(&files, &ContainerFilesWidget::treeLoaded);
        files.setActive(true);
        return loaded.wait(60000) && loaded.first().first().toBool();
    }

    int m_count = 0;

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

    void listShowDownloadUpload_data()
    {
        QTest::addColumn<bool>("running");
        QTest::newRow("running") << true;
        QTest::newRow("stopped") << false;
    }

    void listShowDownloadUpload()
    {
        QFETCH(bool, running);
        const ContainerSummary c = makeContainer(
            QStringLiteral("mkdir -p /data/sub && echo hello > /data/hello.txt && echo deep > /data/sub/deep.txt"), true,
            running);
        QVERIFY(!c.id.isEmpty());
        QSignalSpy finished(m_services->session()->api(), &DockerApi::commandFinished);
        ContainerFilesWidget files(m_services);
        QAbstractItemModelTester tester(files.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        files.setContainer(c);
        QVERIFY2(listed(files), qPrintable(files.statusText()));
        VolumeTreeModel *m = files.model();
        QVERIFY(m->contains(QStringLiteral("data/hello.txt")));
        QVERIFY(m->contains(QStringLiteral("data/sub/deep.txt")));
        QVERIFY(m->contains(QStringLiteral("bin")));
        QCOMPARE(m->entryAt(m->indexForPath(QStringLiteral("data/hello.txt"))).size, qint64(6));
        QVERIFY(m->entryAt(m->indexForPath(QStringLiteral("data/sub"))).isDirectory());

        // View a file.
        QSignalSpy shown(&files, &ContainerFilesWidget::fileShown);
        files.openFile(QStringLiteral("data/hello.txt"));
        QVERIFY(shown.wait(30000));
        QVERIFY2(files.fileViewer()->displayedText().contains(QLatin1String("hello")),
                 qPrintable(files.fileViewer()->displayedText()));

        // Download a file and a folder, as `docker cp` lays them out.
        QTemporaryDir target;
        QSignalSpy done(&files, &ContainerFilesWidget::transferFinished);
        files.downloadTo(QStringLiteral("data/hello.txt"), target.path());
        QVERIFY(done.wait(30000));
        QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));
        QCOMPARE(readAll(target.filePath(QStringLiteral("hello.txt"))), QByteArray("hello\n"));
        files.downloadTo(QStringLiteral("data"), target.path());
        QVERIFY(done.wait(30000));
        QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));
        QCOMPARE(readAll(target.filePath(QStringLiteral("data/sub/deep.txt"))), QByteArray("deep\n"));

        // Upload a file into a folder; the listing shows it and the file reads back.
        QTemporaryDir source;
        const QString local = source.filePath(QStringLiteral("up.txt"));
        QFile file(local);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("uploaded\n");
        file.close();
        QSignalSpy loaded(&files, &ContainerFilesWidget::treeLoaded);
        files.uploadPaths({local}, QStringLiteral("data/sub"));
        QVERIFY(done.wait(30000));
        QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(m->contains(QStringLiteral("data/sub/up.txt")), 30000);
        shown.clear();
        files.openFile(QStringLiteral("data/sub/up.txt"));
        QVERIFY(shown.wait(30000));
        QVERIFY(files.fileViewer()->displayedText().contains(QLatin1String("uploaded")));

        // Uploading over an existing name asks first; "no" sends nothing.
        QStringList asked;
        files.setOverwriteQuestion([&](const QStringList &names) { asked = names; return false; });
        files.uploadPaths({local}, QStringLiteral("data/sub"));
        QVERIFY(done.wait(30000));
        QVERIFY(!done.last().first().toBool());
        QCOMPARE(asked, QStringList{QStringLiteral("/data/sub/up.txt")});

        // A path that is not there: a clear message, nothing hangs.
        QSignalSpy fileFailed(&files, &ContainerFilesWidget::fileFailed);
        files.openFile(QStringLiteral("no/such.txt"));
        QVERIFY(fileFailed.wait(30000));
        QVERIFY2(fileFailed.first().first().toString().contains(QLatin1String("/no/such.txt")),
                 qPrintable(fileFailed.first().first().toString()));
        files.downloadTo(QStringLiteral("no/such.txt"), target.path());
        QVERIFY(done.wait(30000));
        QVERIFY(!done.last().first().toBool());
        QVERIFY2(!files.statusText().isEmpty(), "the failure is shown");

        // Each action is one user command, with its outcome.
        QTRY_VERIFY_WITH_TIMEOUT(!files.isLoading() && !files.isTransferring(), 30000);
        const QList<CommandRecord> user = test::commandRecords(finished);
        const QString cp = QStringLiteral("docker cp ") + c.name + QLatin1Char(':');
        const QStringList expected{cp + QStringLiteral("/ - | tar -tv"),
                                   cp + QStringLiteral("/data/hello.txt - | tar -xO"),
                                   cp + QStringLiteral("/data/hello.txt ") + target.path(),
                                   cp + QStringLiteral("/data ") + target.path(),
                                   QStringLiteral("docker cp ") + local + QLatin1Char(' ') + c.name + QStringLiteral(":/data/sub"),
                                   cp + QStringLiteral("/ - | tar -tv"),
                                   cp + QStringLiteral("/data/sub/up.txt - | tar -xO"),
                                   cp + QStringLiteral("/no/such.txt - | tar -xO"),
                                   cp + QStringLiteral("/no/such.txt ") + target.path()};
        QStringList clis;
        for (const CommandRecord &r : user)
            clis.append(r.cli);
        QCOMPARE(clis, expected);
        for (int i = 0; i < user.size() - 2; ++i)
            QVERIFY2(user.at(i).state == CommandRecord::State::Done, qPrintable(test::describeCommands(user)));
        QCOMPARE(user.at(user.size() - 2).state, CommandRecord::State::Failed);
        QCOMPARE(user.last().state, CommandRecord::State::Failed);
    }

    void hostileEntriesRefused()
    {
        // A container decides its own names and links: the download must not follow them out.
        const ContainerSummary c = makeContainer(
            QStringLiteral("mkdir /data && echo fine > /data/ok.txt && ln -s ../../../../../../../tmp /data/up && "
                           "ln -s /etc /data/abs && mkfifo /data/fifo && nl=$(printf '\\nx') && nl=${nl%x} && "
                           "echo odd > \"/data/new${nl}line\""),
            true, false);
        ContainerFilesWidget files(m_services);
        files.setContainer(c);
        QTemporaryDir target;
        QSignalSpy done(&files, &ContainerFilesWidget::transferFinished);
        files.downloadTo(QStringLiteral("data"), target.path());
        QVERIFY(done.wait(30000));
        QVERIFY(!done.last().first().toBool());
        const QString message = done.last().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("refused")), qPrintable(message));
        QCOMPARE(readAll(target.filePath(QStringLiteral("data/ok.txt"))), QByteArray("fine\n"));
        QCOMPARE(readAll(target.filePath(QStringLiteral("data/new\nline"))), QByteArray("odd\n"));
        QVERIFY(!QFileInfo(target.filePath(QStringLiteral("data/up"))).isSymLink());
        QVERIFY(!QFileInfo(target.filePath(QStringLiteral("data/abs"))).isSymLink());
        QVERIFY(!QFileInfo::exists(target.filePath(QStringLiteral("data/fifo"))));
    }

    void readOnlyContainerRefusesUpload()
    {
        const ContainerSummary c = makeContainer(QStringLiteral("true"), false, false,
                                                 QJsonObject{{QStringLiteral("ReadonlyRootfs"), true}});
        ContainerFilesWidget files(m_services);
        files.setContainer(c);
        QTemporaryDir source;
        const QString local = source.filePath(QStringLiteral("x.txt"));
        QFile file(local);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        QSignalSpy done(&files, &ContainerFilesWidget::transferFinished);
        files.uploadPaths({local}, QStringLiteral("tmp"));
        QVERIFY(done.wait(30000));
        QVERIFY(!done.last().first().toBool());
        QVERIFY2(done.last().at(1).toString().contains(QLatin1String("read-only")), qPrintable(done.last().at(1).toString()));
        QCOMPARE(files.statusText(), done.last().at(1).toString());
    }

    void changesDoubleClickOpensFile()
    {
        const ContainerSummary c = makeContainer(QStringLiteral("mkdir /data && echo changed > /data/hello.txt"), true, false);
        ContainerDetailsPane pane(m_services, m_services->session()->containers());
        pane.resize(900, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setContainer(c);
        pane.showTab(ContainerDetailsPane::ChangesTab);
        QTreeView *tree = pane.changes()->tree();
        QModelIndex hello;
        QTRY_VERIFY_WITH_TIMEOUT((hello = [&] {
            const QModelIndexList found = pane.changes()->model()->match(
                pane.changes()->model()->index(0, 0), ContainerChangesModel::PathRole,
                QStringLiteral("/data/hello.txt"), 1, Qt::MatchExactly | Qt::MatchRecursive);
            return found.isEmpty() ? QModelIndex() : found.first();
        }()).isValid(), 30000);
        tree->scrollTo(hello);
        QSignalSpy shown(pane.files(), &ContainerFilesWidget::fileShown);
        const QPoint at = tree->visualRect(hello).center();
        QVERIFY2(tree->viewport()->rect().contains(at), "the changed file is on screen");
        // What a window system sends for a double-click: press, release, double-click, release
        // (QTest::mouseDClick leaves out the first release, and the view ignores it then).
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
        QMouseEvent dbl(QEvent::MouseButtonDblClick, at, tree->viewport()->mapToGlobal(at), Qt::LeftButton,
                        Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tree->viewport(), &dbl);
        QTest::mouseRelease(tree->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(pane.tabs()->currentIndex(), int(ContainerDetailsPane::FilesTab));
        QVERIFY(shown.wait(30000));
        QCOMPARE(pane.files()->fileViewer()->path(), QStringLiteral("data/hello.txt"));
        QVERIFY(pane.files()->fileViewer()->displayedText().contains(QLatin1String("changed")));
        QTRY_VERIFY_WITH_TIMEOUT(!pane.files()->isLoading(), 30000);
    }
};

QTEST_MAIN(TestContainerFiles)
#include "tst_containerfiles.moc"
