// Volume paths with characters a URL query treats specially (+ ; & = # ? % space, non-ASCII)
// reach the engine unchanged, on the real engine: such files are listed, previewed and
// downloaded byte for byte, a folder of such a name lists, and the upload's overwrite check
// sees them.
#include "volumefixture.h"

#include "api/dockerapi.h"
#include "engine/engine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "volumes/fileviewer.h"
#include "volumes/volumebrowser.h"
#include "volumes/volumetreeloader.h"
#include "volumes/volumetreemodel.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dx;

namespace {

// name in the volume -> its content
const QList<QPair<QString, QByteArray>> &files()
{
    static const QList<QPair<QString, QByteArray>> list{
        {QStringLiteral("a+b.txt"), "plus\n"},
        {QStringLiteral("c++/x"), "in c++\n"},
        {QStringLiteral("semi;colon"), "semicolon\n"},
        {QStringLiteral("100% sure.txt"), "percent\n"},
        {QString::fromUtf8("\xc3\xbcmlaut ?#&=.txt"), "umlaut \xc3\xbc\n"},
    };
    return list;
}

// A single-quoted word for busybox sh.
QString quoted(const QString &word)
{
    QString q = word;
    q.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestVolumeNames final : public QObject
{
    Q_OBJECT

private:
    Engine m_engine;
    IconProvider m_icons;
    AppServices *m_services = nullptr;
    QString m_volume;
    QString m_mountpoint;

    bool openRemote(VolumeBrowser &browser)
    {
        test::configureBrowser(browser);
        browser.setForceRemote(true);
        QSignalSpy loaded(&browser, &VolumeBrowser::treeLoaded);
        QSignalSpy ready(&browser, &VolumeBrowser::helperReady);
        browser.openVolume(m_volume, m_mountpoint);
        return QTest::qWaitFor([&] { return !loaded.isEmpty() && !ready.isEmpty(); }, 60000)
            && loaded.first().first().toBool();
    }

private slots:
    void initTestCase()
    {
        m_engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_engine);
        m_services = new AppServices(&m_engine, &m_icons, this);
        m_volume = QStringLiteral("dxtest-names-") + test::runId();
        QString why;
        m_mountpoint = test::createVolume(m_engine, m_volume, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QString script = QStringLiteral("mkdir -p '/v/c++'");
        for (const auto &[name, content] : files()) {
            script += QStringLiteral(" && printf '%s' %1 > %2")
                          .arg(quoted(QString::fromUtf8(content)), quoted(QStringLiteral("/v/") + name));
        }
        script += QStringLiteral(" && echo ok");
        const QString id = test::runWithVolume(m_engine, m_volume, QStringLiteral("/v"), script);
        QVERIFY2(test::logsOf(m_engine, id).contains("ok"), test::logsOf(m_engine, id).constData());
    }

    void cleanupTestCase()
    {
        if (!m_services)
            return;
        test::removeLabelled(m_engine);
        test::removeHelperImage(m_engine);
    }

    void listPreviewDownload()
    {
        VolumeBrowser browser(m_services);
        QVERIFY2(openRemote(browser), qPrintable(browser.statusText()));
        VolumeTreeModel *model = browser.model();
        QVERIFY(test::listWhole(browser));
        for (const auto &[name, content] : files()) {
            QVERIFY2(model->contains(name), qPrintable(name));
            QCOMPARE(model->entryAt(model->indexForPath(name)).size, qint64(content.size()));
        }

        for (const auto &[name, content] : files()) {
            QSignalSpy shown(&browser, &VolumeBrowser::fileShown);
            QSignalSpy failed(&browser, &VolumeBrowser::fileFailed);
            browser.openFile(name);
            QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() || !failed.isEmpty(), 60000);
            QVERIFY2(failed.isEmpty(), qPrintable(name + QStringLiteral(": ") + failed.value(0).value(0).toString()));
            QCOMPARE(browser.fileViewer()->preview().path, name);
            QCOMPARE(browser.fileViewer()->preview().text, QString::fromUtf8(content));
        }

        QSignalSpy done(&browser, &VolumeBrowser::transferFinished);
        for (const auto &[name, content] : files()) {
            QTemporaryDir target;
            done.clear();
            browser.downloadTo(name, target.path());
            QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 60000);
            QVERIFY2(done.first().first().toBool(), qPrintable(name + QStringLiteral(": ") + done.first().at(1).toString()));
            const QString local = target.filePath(name.mid(name.lastIndexOf(QLatin1Char('/')) + 1));
            QCOMPARE(readAll(local), content);
        }
        // The folder with the special name as a whole.
        QTemporaryDir target;
        done.clear();
        browser.downloadTo(QStringLiteral("c++"), target.path());
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 60000);
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(readAll(target.filePath(QStringLiteral("c++/x"))), QByteArray("in c++\n"));

        // A listing of just that folder, through the lister and through the archive.
        QVERIFY(browser.helper()->runsLister(browser.helperId()));
        for (VolumeTreeLoader *loader :
             {VolumeTreeLoader::remote(m_services->session()->api(), browser.helperId(), {QStringLiteral("c++")}, false, this),
              VolumeTreeLoader::archive(m_services->session()->api(), browser.helperId(), QStringLiteral("c++"), this)}) {
            VolumeEntries entries;
            QStringList listed;
            connect(loader, &VolumeTreeLoader::entriesArrived, this, [&](const VolumeEntries &batch) { entries += batch; });
            connect(loader, &VolumeTreeLoader::foldersListed, this, [&](const QStringList &dirs) { listed += dirs; });
            QSignalSpy ended(loader, &Job::ended);
            loader->start();
            QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 60000);
            QVERIFY2(loader->state() == Job::State::Finished, qPrintable(loader->errorString()));
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries.first().path, QStringLiteral("c++/x"));
            QCOMPARE(listed, QStringList{QStringLiteral("c++")});
            delete loader;
        }

        bool closed = false;
        browser.closeVolume([&] { closed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(closed, 60000);
    }

    // PUT .../archive replaces silently, so the browser asks first: it must find these names.
    void uploadSeesExistingNames()
    {
        VolumeBrowser browser(m_services);
        QVERIFY2(openRemote(browser), qPrintable(browser.statusText()));
        QTemporaryDir source;
        QStringList locals;
        QStringList inVolume;
        for (const auto &[name, content] : files()) {
            const QString top = name.section(QLatin1Char('/'), 0, 0);
            if (inVolume.contains(top))
                continue;
            inVolume.append(top);
            const QString local = source.filePath(top);
            if (top == name) {
                QFile f(local);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write("replaced " + content);
            } else {
                QVERIFY(QDir().mkpath(local));
            }
            locals.append(local);
        }
        QStringList asked;
        browser.setOverwriteQuestion([&](const QStringList &names) {
            asked = names;
            return false;
        });
        QSignalSpy done(&browser, &VolumeBrowser::transferFinished);
        browser.uploadPaths(locals, QString());
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 60000);
        QVERIFY(!done.first().first().toBool()); // declined
        asked.sort();
        inVolume.sort();
        QCOMPARE(asked, inVolume);

        // Saying yes replaces one of them, which a container then reads.
        browser.setOverwriteQuestion([](const QStringList &) { return true; });
        done.clear();
        browser.uploadPaths({source.filePath(QStringLiteral("a+b.txt"))}, QString());
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 60000);
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
        const QString reader = test::runWithVolume(m_engine, m_volume, QStringLiteral("/v"), QStringLiteral("cat '/v/a+b.txt'"));
        QCOMPARE(test::logsOf(m_engine, reader), QByteArray("replaced plus\n"));

        bool closed = false;
        browser.closeVolume([&] { closed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(closed, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(test::labelledContainers(m_engine, true).isEmpty(), 60000);
    }
};

QTEST_MAIN(TestVolumeNames)
#include "tst_volumenames.moc"
