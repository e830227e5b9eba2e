// The volume browser against running containers, on the real engine: the tree and the open
// file follow what containers write without a manual refresh, and a cancelled folder
// download ends as cancelled, leaves only complete files and releases its helper.
#include "volumefixture.h"

#include "engine/engine.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "volumes/fileviewer.h"
#include "volumes/volumebrowser.h"
#include "volumes/volumehelper.h"
#include "volumes/volumetreemodel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dx;

namespace {

constexpr int BigFiles = 6;
constexpr qint64 BigFileSize = qint64(8) * 1024 * 1024;
} // namespace

class TestVolumeLive final : public QObject
{
    Q_OBJECT

private:
    Engine m_engine;
    IconProvider m_icons;
    AppServices *m_services = nullptr;
    QString m_volume;
    QString m_mountpoint;

    QString runContainer(const QString &script, bool wait)
    {
        return test::runWithVolume(m_engine, m_volume, QStringLiteral("/demo"), script, wait);
    }

    QByteArray runAndRead(const QString &script)
    {
        const QString id = runContainer(script, true);
        return id.isEmpty() ? QByteArray() : test::logsOf(m_engine, id);
    }

    void configure(VolumeBrowser &browser) { test::configureBrowser(browser); }

    QJsonArray ourHelpers() { return test::labelledContainers(m_engine, true); }

    // Containers only: the volume stays for the next test function.
    void removeOurContainers()
    {
        for (const QJsonValue &c : test::labelledContainers(m_engine, false)) {
            QUrlQuery force;
            force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
            test::call(m_engine, EngineRequest::del(QStringLiteral("/containers/") + c[QLatin1String("Id")].toString(), force));
        }
    }

    qint64 treeSize(VolumeBrowser &browser, const QString &path)
    {
        VolumeTreeModel *m = browser.model();
        if (!m->contains(path))
            return -1;
        return m->entryAt(m->indexForPath(path)).size;
    }

    // name -> md5 of every regular file below dir (relative names).
    static QMap<QString, QByteArray> localFiles(const QString &dir, QMap<QString, qint64> *sizes)
    {
        QMap<QString, QByteArray> out;
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = QDir(dir).relativeFilePath(path);
            QFile f(path);
            sizes->insert(rel, QFileInfo(path).size());
            if (f.open(QIODevice::ReadOnly))
                out.insert(rel, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Md5).toHex());
        }
        return out;
    }

    // What the volume holds below /demo/big: "big/fN" -> md5, from md5sum in a container.
    QMap<QString, QByteArray> volumeBigFiles()
    {
        QMap<QString, QByteArray> out;
        const QByteArray logs = runAndRead(QStringLiteral("cd /demo && md5sum big/*"));
        for (const QByteArray &line : logs.split('\n')) {
            const QByteArrayList parts = line.simplified().split(' ');
            if (parts.size() == 2)
                out.insert(QString::fromUtf8(parts.at(1)), parts.at(0));
        }
        return out;
    }

    // Every file in target is one of the volume's, complete and byte-identical.
    void verifyOnlyCompleteFiles(const QString &target, const QMap<QString, QByteArray> &expected, int *count)
    {
        QMap<QString, qint64> sizes;
        const QMap<QString, QByteArray> got = localFiles(target, &sizes);
        for (auto it = got.cbegin(); it != got.cend(); ++it) {
            QVERIFY2(expected.contains(it.key()), qPrintable(QStringLiteral("unexpected file %1").arg(it.key())));
            QVERIFY2(sizes.value(it.key()) == BigFileSize,
                     qPrintable(QStringLiteral("%1 is %2 bytes: half-written").arg(it.key()).arg(sizes.value(it.key()))));
            QVERIFY2(it.value() == expected.value(it.key()), qPrintable(QStringLiteral("%1 differs").arg(it.key())));
        }
        *count = int(got.size());
    }

    // A cancelled download ends once, as "Cancelled" (the `ends`th transferFinished of the
    // spy, which is never cleared, so a late second signal of an earlier transfer shows up as
    // one too many), and leaves only complete files.
    void verifyCancelled(QSignalSpy &done, int ends, const QString &target, const QMap<QString, QByteArray> &expected,
                         int *count)
    {
        QTRY_VERIFY_WITH_TIMEOUT(done.count() >= ends, 60000);
        QCOMPARE(done.count(), ends);
        QCOMPARE(done.last().first().toBool(), false);
        QCOMPARE(done.last().at(1).toString(), QStringLiteral("Cancelled"));
        verifyOnlyCompleteFiles(target, expected, count);
    }

private slots:
    void initTestCase()
    {
        m_engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_engine);
        m_services = new AppServices(&m_engine, &m_icons, this);
        m_volume = QStringLiteral("dxtest-live-") + test::runId();
        QString why;
        m_mountpoint = test::createVolume(m_engine, m_volume, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void cleanup()
    {
        if (m_services)
            removeOurContainers(); // writers left running by a failed check, helpers of a failed close
    }

    void cleanupTestCase()
    {
        if (!m_services)
            return;
        test::removeLabelled(m_engine);
        test::removeHelperImage(m_engine);
    }

    void autoRefresh_data()
    {
        QTest::addColumn<bool>("remote");
        QTest::newRow("helper") << true;
        if (QFileInfo(m_mountpoint).isReadable())
            QTest::newRow("local folder") << false;
        else
            qInfo("Mountpoint not readable: local fast path not tested");
    }

    // Two containers append to the same file; the tree and the open file view follow.
    void autoRefresh()
    {
        QFETCH(bool, remote);
        const QString file = QStringLiteral("lines.txt");
        runAndRead(QStringLiteral("rm -f /demo/lines.txt"));

        VolumeBrowser browser(m_services);
        configure(browser);
        browser.setForceRemote(remote);
        QSignalSpy loaded(&browser, &VolumeBrowser::treeLoaded);
        QSignalSpy ready(&browser, &VolumeBrowser::helperReady);
        browser.openVolume(m_volume, m_mountpoint);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !ready.isEmpty(), 60000);
        QVERIFY2(loaded.first().first().toBool(), qPrintable(browser.statusText()));
        QCOMPARE(browser.isLocal(), !remote);
        QVERIFY(!browser.model()->contains(file));

        // First writer: the file appears and grows without refresh().
        const QString w1 = runContainer(QStringLiteral("while true; do echo line W1 >> /demo/lines.txt; sleep 0.5; done"), false);
        QVERIFY(!w1.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(browser.model()->contains(file), 60000);
        // How long a change takes to show (the writer appends every 0.5 s, the poll lists
        // every 2 s): reported, not asserted, as a loaded machine stretches it; the margin
        // of every wait here is for that. volumes_bench measures it against a peer.
        const qint64 first = treeSize(browser, file);
        QElapsedTimer sinceFirst;
        sinceFirst.start();
        QTRY_VERIFY_WITH_TIMEOUT(treeSize(browser, file) > first, 60000);
        qInfo("%s: the tree showed the file grow after %lld ms", remote ? "helper" : "local folder",
              qint64(sinceFirst.elapsed()));

        // Open it; the view follows too.
        QSignalSpy shown(&browser, &VolumeBrowser::fileShown);
        browser.openFile(file);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 60000);
        QCOMPARE(browser.fileViewer()->path(), file);
        const qint64 viewed = browser.fileViewer()->preview().totalSize;
        QVERIFY(viewed > 0);
        QVERIFY(browser.fileViewer()->preview().text.startsWith(QLatin1String("line W1\n")));

        // Second writer on the same file: both show up, in the tree size and in the view.
        const QString w2 = runContainer(QStringLiteral("while true; do echo line W2 >> /demo/lines.txt; sleep 0.5; done"), false);
        QVERIFY(!w2.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(browser.fileViewer()->preview().text.contains(QLatin1String("line W2\n")), 60000);
        const qint64 withTwo = browser.fileViewer()->preview().totalSize;
        QVERIFY(withTwo > viewed);
        QCOMPARE(browser.fileViewer()->preview().text.size(), withTwo); // ASCII: one char a byte
        QTRY_VERIFY_WITH_TIMEOUT(treeSize(browser, file) > withTwo, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(browser.fileViewer()->preview().totalSize > withTwo, 60000);
        const int loadsSoFar = int(loaded.count());
        QVERIFY2(loadsSoFar >= 3, "the folder was listed again while the writers ran");

        // Writers stop: the die events bring the final size, in the tree and in the view.
        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
        QVERIFY(test::call(m_engine, EngineRequest::del(QStringLiteral("/containers/") + w1, force)).ok());
        QVERIFY(test::call(m_engine, EngineRequest::del(QStringLiteral("/containers/") + w2, force)).ok());
        const QByteArray wc = runAndRead(QStringLiteral("wc -c < /demo/lines.txt")).trimmed();
        bool isNumber = false;
        const qint64 finalSize = wc.toLongLong(&isNumber);
        QVERIFY2(isNumber && finalSize > withTwo, wc.constData());
        QTRY_COMPARE_WITH_TIMEOUT(treeSize(browser, file), finalSize, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(browser.fileViewer()->preview().totalSize, finalSize, 60000);
        QCOMPARE(browser.fileViewer()->preview().text.size(), finalSize);

        bool closed = false;
        browser.closeVolume([&] { closed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(closed, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(ourHelpers().isEmpty(), 60000);
    }

    // A folder download cancelled at once, and one cancelled while files are being written.
    void cancelDownload()
    {
        QVERIFY(runAndRead(QStringLiteral("rm -rf /demo/big && mkdir /demo/big && for i in $(seq 1 %1); do "
                                          "dd if=/dev/urandom of=/demo/big/f$i bs=1M count=%2 2>/dev/null; done; echo ok")
                                   .arg(BigFiles).arg(BigFileSize / (1024 * 1024)))
                        .contains("ok"));
        const QMap<QString, QByteArray> expected = volumeBigFiles();
        QCOMPARE(expected.size(), BigFiles);

        VolumeBrowser browser(m_services);
        configure(browser);
        browser.setForceRemote(true);
        QSignalSpy loaded(&browser, &VolumeBrowser::treeLoaded);
        QSignalSpy ready(&browser, &VolumeBrowser::helperReady);
        browser.openVolume(m_volume, m_mountpoint);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !ready.isEmpty(), 60000);
        QVERIFY(test::listWhole(browser));
        QVERIFY(browser.model()->contains(QStringLiteral("big/f%1").arg(BigFiles)));
        QSignalSpy done(&browser, &VolumeBrowser::transferFinished);

        // 1. Cancelled right after it started (the request is out, nothing read yet).
        {
            QTemporaryDir target;
            browser.downloadTo(QStringLiteral("big"), target.path());
            browser.cancelTransfer();
            int count = -1;
            verifyCancelled(done, 1, target.path(), expected, &count);
            if (QTest::currentTestFailed())
                return;
        }

        // 2. Cancelled once the first bytes landed in the target folder.
        {
            QTemporaryDir target;
            browser.downloadTo(QStringLiteral("big"), target.path());
            QElapsedTimer timer;
            timer.start();
            const QString firstFile = target.filePath(QStringLiteral("big/f1"));
            while (done.count() == 1 && QFileInfo(firstFile).size() == 0 && timer.elapsed() < 60000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            QVERIFY2(done.count() == 1, "the download ended before it could be cancelled, or the first one "
                                        "reported its end twice");
            QVERIFY(QFileInfo(firstFile).size() > 0);
            browser.cancelTransfer();
            int count = -1;
            verifyCancelled(done, 2, target.path(), expected, &count);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(count < BigFiles, "cancelled, yet every file arrived");
            qInfo("cancelled mid-way with %d complete file(s) kept", count);
        }

        // 3. The browser still downloads after a cancel: the whole folder, byte for byte.
        {
            QTemporaryDir target;
            browser.downloadTo(QStringLiteral("big"), target.path());
            QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 3, 60000);
            QCOMPARE(done.count(), 3);
            QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));
            int count = -1;
            verifyOnlyCompleteFiles(target.path(), expected, &count);
            QCOMPARE(count, BigFiles);
        }

        // The helper goes with the volume view, none left with this run's label.
        QCOMPARE(ourHelpers().size(), 1);
        bool closed = false;
        browser.closeVolume([&] { closed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(closed, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(ourHelpers().isEmpty(), 60000);
    }

    // Closing the volume in the middle of a download cancels it and still removes the helper.
    void closeDuringDownload()
    {
        const QMap<QString, QByteArray> expected = volumeBigFiles();
        QCOMPARE(expected.size(), BigFiles);
        QTemporaryDir target;
        {
            VolumeBrowser browser(m_services);
            configure(browser);
            browser.setForceRemote(true);
            QSignalSpy ready(&browser, &VolumeBrowser::helperReady);
            QSignalSpy loaded(&browser, &VolumeBrowser::treeLoaded);
            browser.openVolume(m_volume, m_mountpoint);
            QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !ready.isEmpty(), 60000);
            QSignalSpy done(&browser, &VolumeBrowser::transferFinished);
            browser.downloadTo(QStringLiteral("big"), target.path());
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(target.filePath(QStringLiteral("big/f1"))).size() > 0 || !done.isEmpty(), 60000);
            bool closed = false;
            browser.closeVolume([&] { closed = true; });
            QTRY_VERIFY_WITH_TIMEOUT(closed, 60000);
            QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 60000);
        }
        int count = -1;
        verifyOnlyCompleteFiles(target.path(), expected, &count);
        QTRY_VERIFY_WITH_TIMEOUT(ourHelpers().isEmpty(), 60000);
    }
};

QTEST_MAIN(TestVolumeLive)
#include "tst_volumelive.moc"
