// The volume browser and view against the real engine: browse, read, upload, download,
// new folder, refusal to remove a volume in use, safe extraction, and no helper left behind.
#include "volumefixture.h"
#include "streams/testtar.h"

#include "engine/engine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "streams/safeextractor.h"
#include "volumes/fileviewer.h"
#include "volumes/volumebrowser.h"
#include "volumes/volumehelper.h"
#include "volumes/volumelistmodel.h"
#include "volumes/volumestore.h"
#include "volumes/volumesview.h"
#include "volumes/volumetreeloader.h"
#include "volumes/volumetreemodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>

using namespace dx;


class TestVolumeBrowser final : public QObject
{
    Q_OBJECT

private:
    Engine m_engine;
    IconProvider m_icons;
    AppServices *m_services = nullptr;
    QString m_volume;
    QString m_mountpoint;

    // Runs to its end unless `start` is false (then it is only created).
    QString runContainer(const QString &script, bool start = true)
    {
        if (start)
            return test::runWithVolume(m_engine, m_volume, QStringLiteral("/v"), script);
        const QJsonObject mount{{QStringLiteral("Type"), QStringLiteral("volume")},
                                {QStringLiteral("Source"), m_volume},
                                {QStringLiteral("Target"), QStringLiteral("/v")}};
        const QJsonObject body{{QStringLiteral("Image"), test::baseImage()},
                               {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), script}},
                               {QStringLiteral("Labels"), test::runLabels()},
                               {QStringLiteral("HostConfig"), QJsonObject{{QStringLiteral("Mounts"), QJsonArray{mount}}}}};
        return test::json(test::call(m_engine, EngineRequest::post(QStringLiteral("/containers/create"), {},
                                                                    QJsonDocument(body).toJson())))
            .toObject()
            .value(QLatin1String("Id"))
            .toString();
    }

    QByteArray logsOf(const QString &id) { return test::logsOf(m_engine, id); }

    void configure(VolumeBrowser &browser) { test::configureBrowser(browser); }

    QJsonArray ourHelpers() { return test::labelledContainers(m_engine, true); }

    static VolumeEntries sorted(VolumeEntries entries)
    {
        std::sort(entries.begin(), entries.end(), [](const VolumeEntry &a, const VolumeEntry &b) { return a.path < b.path; });
        return entries;
    }

private slots:
    void initTestCase()
    {
        m_engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_engine);
        m_services = new AppServices(&m_engine, &m_icons, this);
        m_volume = QStringLiteral("dxtest-vol-") + test::runId();
        QString why;
        m_mountpoint = test::createVolume(m_engine, m_volume, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        runContainer(QStringLiteral("mkdir -p /v/a/b && echo hello > /v/a/b/x.txt && ln -s x.txt /v/a/b/link && "
                                    "chmod 600 /v/a/b/x.txt && printf 'top' > /v/top.txt && mkdir /v/empty"));
        // Names a listing must carry byte for byte, a hard link, a FIFO and special modes.
        const QString odd = runContainer(QString::fromUtf8(
            "mkdir -p '/v/odd/sp ace' && nl=$(printf '\\nx') && nl=${nl%x} && printf 1 > \"/v/odd/new${nl}line\" && "
            "printf 22 > '/v/odd/\xc3\xbcmlaut \xe2\x82\xac' && ln -s \"new${nl}line\" /v/odd/nlink && "
            "ln /v/top.txt /v/odd/hard && mkfifo /v/odd/fifo && chmod 2750 '/v/odd/sp ace' && "
            "chmod 4755 '/v/odd/\xc3\xbcmlaut \xe2\x82\xac' && echo ok"));
        QVERIFY2(logsOf(odd).contains("ok"), logsOf(odd).constData());
    }

    void cleanupTestCase()
    {
        if (!m_services)
            return;
        test::removeLabelled(m_engine);
        test::removeHelperImage(m_engine);
    }

    void browseRemoteAndLocalAgree()
    {
        VolumeBrowser browser(m_services);
        configure(browser);
        QAbstractItemModelTester tester(browser.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        browser.setForceRemote(true);
        QSignalSpy loaded(&browser, &VolumeBrowser::treeLoaded);
        browser.openVolume(m_volume, m_mountpoint);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QVERIFY2(loaded.first().first().toBool(), qPrintable(browser.statusText()));
        QVERIFY(!browser.isLocal());
        QVERIFY(browser.helper()->runsLister(browser.helperId()));
        VolumeTreeModel *m = browser.model();
        // Folder by folder: the top only, until a folder is expanded.
        QVERIFY(m->contains(QStringLiteral("a")));
        QVERIFY(!m->contains(QStringLiteral("a/b")));
        QVERIFY(m->isListed(QString()) && !m->isListed(QStringLiteral("a")));
        browser.treeView()->expand(m->indexForPath(QStringLiteral("a")));
        QTRY_VERIFY_WITH_TIMEOUT(m->contains(QStringLiteral("a/b")), 60000);
        QVERIFY(!m->contains(QStringLiteral("a/b/x.txt")));
        QVERIFY(test::listWhole(browser));
        const VolumeEntry x = m->entryAt(m->indexForPath(QStringLiteral("a/b/x.txt")));
        QCOMPARE(x.size, qint64(6));
        QCOMPARE(x.modeString(), QStringLiteral("-rw-------"));
        const VolumeEntry link = m->entryAt(m->indexForPath(QStringLiteral("a/b/link")));
        QCOMPARE(link.type, VolumeEntry::Type::Symlink);
        QCOMPARE(link.linkTarget, QStringLiteral("x.txt"));
        QCOMPARE(m->entryAt(m->indexForPath(QStringLiteral("a"))).modeString(), QStringLiteral("drwxr-xr-x"));
        QVERIFY(m->contains(QStringLiteral("empty")));
        QCOMPARE(m->index(0, 0).data().toString(), QStringLiteral("a"));

        const QString newline = QStringLiteral("odd/new\nline");
        QCOMPARE(m->entryAt(m->indexForPath(newline)).size, qint64(1));
        QCOMPARE(m->entryAt(m->indexForPath(QStringLiteral("odd/nlink"))).linkTarget, QStringLiteral("new\nline"));
        QCOMPARE(m->entryAt(m->indexForPath(QStringLiteral("odd/hard"))).size, qint64(3));
        QCOMPARE(m->entryAt(m->indexForPath(QStringLiteral("odd/fifo"))).type, VolumeEntry::Type::Other);
        QCOMPARE(m->entryAt(m->indexForPath(QStringLiteral("odd/sp ace"))).modeString(), QStringLiteral("drwxr-s---"));
        QCOMPARE(m->entryAt(m->indexForPath(QString::fromUtf8("odd/\xc3\xbcmlaut \xe2\x82\xac"))).mode, quint32(04755));

        // The archive of the volume (the way for helpers that cannot run the lister) gives
        // exactly the same tree.
        auto *archive = VolumeTreeLoader::archive(m_services->session()->api(), browser.helperId(), QString(), this);
        VolumeEntries fromArchive;
        connect(archive, &VolumeTreeLoader::entriesArrived, this, [&](const VolumeEntries &batch) { fromArchive += batch; });
        QSignalSpy archiveEnded(archive, &Job::ended);
        archive->start();
        QTRY_VERIFY_WITH_TIMEOUT(!archiveEnded.isEmpty(), 60000);
        QVERIFY2(archive->state() == Job::State::Finished, qPrintable(archive->errorString()));
        delete archive;
        const QString archiveDiffers = test::firstDifference(sorted(fromArchive), sorted(m->allEntries()),
                                                             m_engine.info().podman ? 1 : 0);
        QVERIFY2(archiveDiffers.isEmpty(), qPrintable(archiveDiffers));

        // The local fast path reports exactly the same tree (we may read the Mountpoint here).
        if (QFileInfo(m_mountpoint).isReadable()) {
            const QString localDiffers = test::firstDifference(sorted(VolumeTreeLoader::listLocal(m_mountpoint)),
                                                               sorted(m->allEntries()));
            QVERIFY2(localDiffers.isEmpty(), qPrintable(localDiffers));
            VolumeBrowser local(m_services);
            configure(local);
            QSignalSpy localLoaded(&local, &VolumeBrowser::treeLoaded);
            local.openVolume(m_volume, m_mountpoint);
            QTRY_VERIFY_WITH_TIMEOUT(!localLoaded.isEmpty(), 60000);
            QVERIFY(local.isLocal());
            QVERIFY(!local.model()->contains(QStringLiteral("a/b")));
            QVERIFY(test::listWhole(local));
            const QString browsersDiffer = test::firstDifference(sorted(local.model()->allEntries()), sorted(m->allEntries()));
            QVERIFY2(browsersDiffer.isEmpty(), qPrintable(browsersDiffer));
            QSignalSpy shown(&local, &VolumeBrowser::fileShown);
            local.openFile(QStringLiteral("a/b/x.txt"));
            QTRY_VERIFY(!shown.isEmpty());
            QCOMPARE(local.fileViewer()->preview().text, QStringLiteral("hello\n"));
        } else {
            qInfo("Mountpoint not readable: local path not compared");
        }

        // Reading a file through the helper.
        QSignalSpy shown(&browser, &VolumeBrowser::fileShown);
        browser.openFile(QStringLiteral("a/b/x.txt"));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 60000);
        QCOMPARE(browser.fileViewer()->preview().text, QStringLiteral("hello\n"));
        QCOMPARE(browser.fileViewer()->preview().totalSize, qint64(6));
    }

    void uploadDownloadAndNewFolder()
    {
        VolumeBrowser browser(m_services);
        configure(browser);
        browser.setForceRemote(true);
        QSignalSpy ready(&browser, &VolumeBrowser::helperReady);
        browser.openVolume(m_volume, m_mountpoint);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 60000);

        // Upload a folder, then read it from another container.
        QTemporaryDir src;
        QDir(src.path()).mkpath(QStringLiteral("up/sub"));
        QFile f(src.filePath(QStringLiteral("up/f.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("uploaded\n");
        f.close();
        QFile g(src.filePath(QStringLiteral("up/sub/g.txt")));
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QByteArray(300000, 'g'));
        g.close();
        QSignalSpy done(&browser, &VolumeBrowser::transferFinished);
        browser.uploadPaths({src.filePath(QStringLiteral("up"))}, QString());
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 60000);
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
        const QString reader = runContainer(QStringLiteral("cat /v/up/f.txt; wc -c < /v/up/sub/g.txt"));
        const QByteArray logs = logsOf(reader);
        QVERIFY2(logs.contains("uploaded") && logs.contains("300000"), logs.constData());
        QTRY_VERIFY_WITH_TIMEOUT(browser.model()->contains(QStringLiteral("up")), 60000);
        QVERIFY(test::listWhole(browser));
        QVERIFY(browser.model()->contains(QStringLiteral("up/sub/g.txt")));

        // Download a folder and compare bytes.
        QTemporaryDir dst;
        done.clear();
        browser.downloadTo(QStringLiteral("a"), dst.path());
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 60000);
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
        QFile x(dst.filePath(QStringLiteral("a/b/x.txt")));
        QVERIFY(x.open(QIODevice::ReadOnly));
        QCOMPARE(x.readAll(), QByteArray("hello\n"));
        QCOMPARE(QFileInfo(dst.filePath(QStringLiteral("a/b/link"))).symLinkTarget(),
                 QFileInfo(dst.filePath(QStringLiteral("a/b/x.txt"))).absoluteFilePath());

        // A second download asks before overwriting; saying no leaves everything alone.
        bool asked = false;
        browser.setOverwriteQuestion([&](const QStringList &) { asked = true; return false; });
        browser.downloadTo(QStringLiteral("a"), dst.path());
        QVERIFY(asked);

        // New folder.
        done.clear();
        browser.createFolder(QStringLiteral("a"), QStringLiteral("made"));
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 60000);
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(browser.model()->contains(QStringLiteral("a/made")), 60000);
        QCOMPARE(browser.model()->entryAt(browser.model()->indexForPath(QStringLiteral("a/made"))).type,
                 VolumeEntry::Type::Directory);

        bool closed = false;
        browser.closeVolume([&] { closed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(closed, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(ourHelpers().isEmpty(), 60000);
    }

    void maliciousTarRefused()
    {
        // The extraction path the download uses refuses what could escape the target folder.
        test::TestTar tar;
        tar.file("ok.txt", "fine").file("../evil.txt", "x").file("/abs.txt", "x").symlink("out", "../../etc")
                .file("out/passwd", "x").charDevice("dev");
        QByteArray bytes = tar.bytes();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("t"));
        QDir().mkpath(target);
        SafeExtractor extractor(target);
        const SafeExtractResult result = extractor.extract(&buffer);
        QVERIFY(result.refused.size() >= 4);
        QVERIFY(QFile::exists(target + QStringLiteral("/ok.txt")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("evil.txt"))));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("/dev")));
    }

    void volumeInUseIsNotRemoved()
    {
        const QString user = runContainer(QStringLiteral("true"), false);
        QVERIFY(!user.isEmpty());
        const QString userName = test::json(test::call(m_engine, EngineRequest::get(QStringLiteral("/containers/%1/json").arg(user))))
                                         .toObject().value(QLatin1String("Name")).toString().mid(1);
        VolumesView view(m_services);
        view.browser()->helper()->setExtraLabels({{test::runLabelKey(), test::runId()}});
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(view.store()->isLoaded(), 60000);
        // The store is shared and live: it learns about the new user from the engine's events.
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->volumeAt(view.model()->rowOf(m_volume)).usedBy.contains(userName), 60000);
        QVERIFY(view.selectVolume(m_volume));
        bool asked = false;
        view.setConfirmation([&](const QString &, const QString &) { asked = true; return true; });
        view.removeSelected();
        QVERIFY(!asked); // refused before asking
        QVERIFY2(view.messageText().contains(userName), qPrintable(view.messageText()));
        QVERIFY(test::call(m_engine, EngineRequest::get(QStringLiteral("/volumes/") + m_volume)).ok());
        QVERIFY(view.store()->pruneCandidates().indexOf(m_volume) < 0);

        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
        // Live update: the removed container disappears from "used by" without a re-list.
        QSignalSpy reset(view.model(), &QAbstractItemModel::modelReset);
        test::call(m_engine, EngineRequest::del(QStringLiteral("/containers/") + user, force));
        QTRY_VERIFY_WITH_TIMEOUT(!view.model()->volumeAt(view.model()->rowOf(m_volume)).usedBy.contains(userName), 60000);
        QCOMPARE(reset.count(), 0);
    }

    // Start-up cleanup removes helpers whose app is gone, never those of a running app.
    void leftoverCleanupSparesLiveOwners()
    {
        const auto makeHelper = [this](const QString &owner) {
            const QJsonObject body{{QStringLiteral("Image"), test::baseImage()},
                                   {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("true")}},
                                   {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("io.github.dockerexplorer.helper"), QStringLiteral("1")},
                                                                          {QStringLiteral("io.github.dockerexplorer.helper.owner"), owner},
                                                                          {test::runLabelKey(), test::runId()}}}};
            return test::json(test::call(m_engine, EngineRequest::post(QStringLiteral("/containers/create"), {},
                                                                       QJsonDocument(body).toJson())))[QLatin1String("Id")].toString();
        };
        const QString host = QSysInfo::machineHostName();
        const QString dead = makeHelper(host + QStringLiteral("/999999999"));
        const QString alive = makeHelper(host + QStringLiteral("/1")); // pid 1 always runs
        QVERIFY(!dead.isEmpty() && !alive.isEmpty());

        VolumeHelper helper(m_services->session()->api());
        helper.setExtraLabels({{test::runLabelKey(), test::runId()}});
        int removed = -1;
        helper.removeLeftovers([&removed](int n) { removed = n; });
        QTRY_COMPARE_WITH_TIMEOUT(removed, 1, 60000);
        QCOMPARE(test::call(m_engine, EngineRequest::get(QStringLiteral("/containers/") + dead + QStringLiteral("/json"))).status, 404);
        QVERIFY(test::call(m_engine, EngineRequest::get(QStringLiteral("/containers/") + alive + QStringLiteral("/json"))).ok());
        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
        test::call(m_engine, EngineRequest::del(QStringLiteral("/containers/") + alive, force));
    }

    void noHelperLeft()
    {
        QTRY_VERIFY_WITH_TIMEOUT(ourHelpers().isEmpty(), 60000);
    }
};

QTEST_MAIN(TestVolumeBrowser)
#include "tst_volumebrowser.moc"
