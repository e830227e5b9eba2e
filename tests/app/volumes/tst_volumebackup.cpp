// Volume backups on the real engine: export → import and clone give the identical tree (paths,
// modes, owners, link targets, times, content), a volume that holds files is refused unless
// overwriting was asked for, a cancelled export leaves no file, and `docker-explorer volume`
// answers with 0/1/2 (and 130 on Ctrl+C, after removing its helper containers).
#include "volumefixture.h"

#include "api/dockerapi.h"
#include "engine/engine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "volumes/volumebrowser.h"
#include "volumes/volumestore.h"
#include "volumes/volumesview.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <csignal>

using namespace dx;

namespace {

struct Node
{
    int type = 0;
    quint32 mode = 0;
    qint64 uid = 0;
    qint64 gid = 0;
    qint64 mtime = 0;
    QString link;
    QByteArray sha256;

    bool operator==(const Node &o) const
    {
        return type == o.type && mode == o.mode && uid == o.uid && gid == o.gid && mtime == o.mtime && link == o.link
            && sha256 == o.sha256;
    }
    QString describe() const
    {
        return QStringLiteral("type %1 mode %2 owner %3:%4 mtime %5 link '%6' sha256 %7")
            .arg(type).arg(mode, 0, 8).arg(uid).arg(gid).arg(mtime).arg(link, QString::fromLatin1(sha256.left(12)));
    }
};

using Tree = QMap<QString, Node>;

// Everything in `tar`, as the engine's archive endpoint sent it.
Tree parseTar(const QByteArray &tar, QString *error)
{
    Tree tree;
    archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    if (archive_read_open_memory(a, tar.constData(), size_t(tar.size())) != ARCHIVE_OK) {
        *error = QString::fromLocal8Bit(archive_error_string(a));
        archive_read_free(a);
        return tree;
    }
    archive_entry *e = nullptr;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        Node n;
        n.type = int(archive_entry_filetype(e));
        n.mode = quint32(archive_entry_perm(e));
        n.uid = archive_entry_uid(e);
        n.gid = archive_entry_gid(e);
        n.mtime = archive_entry_mtime(e);
        if (const char *l = archive_entry_symlink(e))
            n.link = QString::fromUtf8(l);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        char buffer[65536];
        la_ssize_t got = 0;
        while ((got = archive_read_data(a, buffer, sizeof buffer)) > 0)
            hash.addData(QByteArrayView(buffer, qsizetype(got)));
        n.sha256 = hash.result().toHex();
        const QString path = QString::fromUtf8(archive_entry_pathname(e));
        if (path == QLatin1String("./"))
            n.mtime = 0; // the engine unpacks into the volume's top folder but leaves its time
        tree.insert(path, n);
    }
    archive_read_free(a);
    return tree;
}

QString diff(const Tree &a, const Tree &b)
{
    QStringList out;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!b.contains(it.key()))
            out.append(QStringLiteral("only in first: ") + it.key());
        else if (!(b.value(it.key()) == it.value()))
            out.append(it.key() + QStringLiteral(": ") + it.value().describe() + QStringLiteral(" vs ")
                       + b.value(it.key()).describe());
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            out.append(QStringLiteral("only in second: ") + it.key());
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestVolumeBackup final : public QObject
{
    Q_OBJECT

private:
    Engine m_engine;
    IconProvider m_icons;
    AppServices *m_services = nullptr;
    VolumesView *m_view = nullptr;
    QString m_source;
    QString m_big;
    QTemporaryDir m_dir;
    QTemporaryDir m_config;

    QString name(const QString &what) const { return QStringLiteral("dxtest-bk-") + what + QLatin1Char('-') + test::runId(); }

    // The volume's tree, read through the archive endpoint of a labelled, never-started container.
    Tree listVolume(const QString &volume)
    {
        const QJsonObject mount{{QStringLiteral("Type"), QStringLiteral("volume")},
                                {QStringLiteral("Source"), volume},
                                {QStringLiteral("Target"), QStringLiteral("/v")}};
        const QJsonObject body{{QStringLiteral("Image"), test::baseImage()},
                               {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("true")}},
                               {QStringLiteral("Labels"), test::runLabels()},
                               {QStringLiteral("HostConfig"), QJsonObject{{QStringLiteral("Mounts"), QJsonArray{mount}}}}};
        const EngineResponse created = test::call(
            m_engine, EngineRequest::post(QStringLiteral("/containers/create"), {}, QJsonDocument(body).toJson()));
        if (!created.ok()) {
            qWarning() << created.message;
            return {};
        }
        const QString id = test::json(created).toObject().value(QLatin1String("Id")).toString();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("path"), QStringLiteral("/v/."));
        const EngineResponse tar = test::call(m_engine, EngineRequest::get(QStringLiteral("/containers/%1/archive").arg(id), q));
        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
        test::call(m_engine, EngineRequest::del(QStringLiteral("/containers/") + id, force));
        if (!tar.ok()) {
            qWarning() << tar.message;
            return {};
        }
        QString error;
        const Tree tree = parseTar(tar.body, &error);
        if (!error.isEmpty())
            qWarning() << error;
        return tree;
    }

    QProcess *cli(const QStringList &args)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DX_VOLUME_HELPER_TAG"), test::helperTag());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path()); // the app's engine setting: automatic
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // a window could not open: proves there is none
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(DX_APP_BINARY), QStringList{QStringLiteral("volume")} + args);
        return p;
    }

    int runCli(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess *p = cli(args);
        const bool ended = p->waitForFinished(180000);
        if (out)
            *out = p->readAllStandardOutput();
        const QByteArray errText = p->readAllStandardError();
        if (err)
            *err = errText;
        const int code = ended && p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        if (code != 0)
            qInfo().noquote() << "volume" << args.join(QLatin1Char(' ')) << "→" << code << QString::fromUtf8(errText).trimmed();
        delete p;
        return code;
    }

    QStringList labelArgs() const
    {
        return {QStringLiteral("--label"), test::runLabelKey() + QLatin1Char('=') + test::runId()};
    }

    bool waitBackup(QSignalSpy &spy, QString *message)
    {
        if (!QTest::qWaitFor([&] { return !spy.isEmpty(); }, 180000))
            return false;
        *message = spy.last().at(1).toString();
        return spy.last().at(0).toBool();
    }

private slots:
    void initTestCase()
    {
        m_engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_engine);
        QVERIFY(m_dir.isValid());
        m_services = new AppServices(&m_engine, &m_icons, this);
        m_view = new VolumesView(m_services);
        test::configureBrowser(*m_view->browser());
        m_view->setConfirmation([](const QString &, const QString &) { return false; });

        QString why;
        m_source = name(QStringLiteral("src"));
        test::createVolume(m_engine, m_source, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // What a backup must keep: empty folders, a 0700 folder, symlinks (one dangling, one
        // absolute), names with + ; % ? # & =, spaces and umlauts, a file of uid 1234, set
        // times, random content.
        const QString script = QStringLiteral(
            "set -e; cd /v; mkdir -p 'empty/nested' 'dir with space' private; chmod 0700 private;"
            "echo secret > private/s.txt; printf plus > 'a+b;c%d?e#f&g=h.txt'; printf umlaut > 'Grüße Äpfel.txt';"
            "echo owned > owned.txt; chown 1234:1234 owned.txt; chmod 0640 owned.txt; chmod 0751 'dir with space';"
            "ln -s 'Grüße Äpfel.txt' link-to-umlaut; ln -s /nonexistent/abs dangling;"
            "dd if=/dev/urandom of='dir with space/random.bin' bs=1024 count=3072 2>/dev/null;"
            "touch -d '2001-02-03 04:05:06' owned.txt; touch -d '2003-03-03 03:03:03' 'dir with space/random.bin';"
            "touch -d '2002-02-02 02:02:02' 'dir with space' empty/nested empty private; echo done");
        const QString id = test::runWithVolume(m_engine, m_source, QStringLiteral("/v"), script);
        QVERIFY(!id.isEmpty());
        QVERIFY2(test::logsOf(m_engine, id).contains("done"), test::logsOf(m_engine, id).constData());

        m_big = name(QStringLiteral("big"));
        test::createVolume(m_engine, m_big, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(!test::runWithVolume(m_engine, m_big, QStringLiteral("/v"),
                                     QStringLiteral("dd if=/dev/zero of=/v/zero.bin bs=1048576 count=1500 2>/dev/null"))
                     .isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_view->store()->isLoaded(), 60000);
    }

    void cleanupTestCase()
    {
        if (!m_services)
            return;
        delete m_view;
        m_services->session()->shutdown(20000);
        test::removeLabelled(m_engine);
        test::removeHelperImage(m_engine);
    }

    // The app: Export… then Import… into a new volume; the Docker Commands panel shows
    // exactly what was sent (the volume creation and two `docker cp`).
    void guiExportImport()
    {
        const Tree source = listVolume(m_source);
        QVERIFY(source.size() >= 12);
        QSignalSpy finished(m_services->session()->api(), &DockerApi::commandFinished);
        QSignalSpy done(m_view, &VolumesView::backupFinished);
        const QString file = m_dir.filePath(QStringLiteral("gui export.tar"));
        QElapsedTimer timer;
        timer.start();
        m_view->exportVolume(m_source, file);
        QString message;
        QVERIFY2(waitBackup(done, &message), qPrintable(message));
        qInfo("export of %lld entries: %lld bytes in %lld ms", qint64(source.size()), QFileInfo(file).size(),
              timer.elapsed());
        QVERIFY(QFileInfo(file).size() > 3 * 1024 * 1024);

        const QString target = name(QStringLiteral("guiimp"));
        done.clear();
        m_view->importArchive(file, target);
        QVERIFY2(waitBackup(done, &message), qPrintable(message));
        const Tree imported = listVolume(target);
        QVERIFY2(imported == source, qPrintable(diff(source, imported)));

        QStringList clis;
        for (const QList<QVariant> &args : finished) {
            const CommandRecord r = args.first().value<CommandRecord>();
            if (!r.internal) {
                clis.append(r.cli);
                QVERIFY2(r.state == CommandRecord::State::Done, qPrintable(r.cli + QLatin1Char(' ') + r.message));
            }
        }
        QCOMPARE(clis.size(), 3);
        QVERIFY2(clis.at(0).startsWith(QLatin1String("docker cp ")) && clis.at(0).endsWith(QLatin1String(":/v/. - > ") + shellQuote(file)),
                 qPrintable(clis.at(0)));
        QVERIFY2(clis.at(1).startsWith(QLatin1String("docker volume create")) && clis.at(1).contains(target),
                 qPrintable(clis.at(1)));
        QVERIFY2(clis.at(2).startsWith(QLatin1String("docker cp - ")) && clis.at(2).endsWith(QLatin1String(":/v < ") + shellQuote(file)),
                 qPrintable(clis.at(2)));
        QTRY_VERIFY_WITH_TIMEOUT(test::labelledContainers(m_engine, true).isEmpty(), 30000);

        // Into a volume that holds files: asked first; "no" changes nothing and sends no command.
        int asked = 0;
        m_view->setConfirmation([&asked](const QString &, const QString &) { return ++asked, false; });
        finished.clear();
        done.clear();
        m_view->importArchive(file, m_source);
        QVERIFY(!waitBackup(done, &message));
        QVERIFY2(message.contains(m_source), qPrintable(message));
        QTRY_COMPARE(asked, 1);
        for (const QList<QVariant> &args : finished)
            QVERIFY(args.first().value<CommandRecord>().internal);
        QVERIFY2(listVolume(m_source) == source, "the refused import changed the volume");
        m_view->setConfirmation([](const QString &, const QString &) { return false; });
    }

    void guiClone()
    {
        const Tree source = listVolume(m_source);
        QSignalSpy done(m_view, &VolumesView::backupFinished);
        const QString target = name(QStringLiteral("clone"));
        QElapsedTimer timer;
        timer.start();
        m_view->cloneVolume(m_source, target);
        QString message;
        QVERIFY2(waitBackup(done, &message), qPrintable(message));
        qInfo("clone: %lld ms", timer.elapsed());
        const Tree cloned = listVolume(target);
        QVERIFY2(cloned == source, qPrintable(diff(source, cloned)));

        // A clone never goes into a volume that exists.
        done.clear();
        m_view->cloneVolume(m_source, target);
        QVERIFY(!waitBackup(done, &message));
        QVERIFY2(message.contains(QLatin1String("already exists")), qPrintable(message));
        QTRY_VERIFY_WITH_TIMEOUT(test::labelledContainers(m_engine, true).isEmpty(), 30000);
    }

    void guiCancelledExportLeavesNoFile()
    {
        QTemporaryDir dir;
        QSignalSpy done(m_view, &VolumesView::backupFinished);
        QSignalSpy progress(m_view, &VolumesView::backupProgress);
        const QString file = dir.filePath(QStringLiteral("big.tar"));
        m_view->exportVolume(m_big, file);
        // Cancelled once bytes are being written (QSaveFile writes to an unnamed file, so there
        // is nothing to see in the folder yet).
        QTRY_VERIFY_WITH_TIMEOUT((!progress.isEmpty() && progress.last().at(0).toLongLong() > 0) || !done.isEmpty(), 60000);
        QVERIFY2(done.isEmpty(), "the export ended before it could be cancelled");
        m_view->cancelBackup();
        QString message;
        QVERIFY(!waitBackup(done, &message));
        QVERIFY2(message.contains(QLatin1String("cancelled")), qPrintable(message));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QTRY_VERIFY_WITH_TIMEOUT(test::labelledContainers(m_engine, true).isEmpty(), 30000);
    }

    void cliUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0;
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << 0;
        QTest::newRow("export -h") << QStringList{QStringLiteral("export"), QStringLiteral("-h")} << 0;
        QTest::newRow("nothing") << QStringList{} << 2;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("export"), QStringLiteral("--frob"), QStringLiteral("a"), QStringLiteral("b")} << 2;
        QTest::newRow("missing argument") << QStringList{QStringLiteral("export"), QStringLiteral("a")} << 2;
        QTest::newRow("--force on export") << QStringList{QStringLiteral("export"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("--force")} << 2;
        QTest::newRow("bad volume name") << QStringList{QStringLiteral("export"), QStringLiteral("a/b"), QStringLiteral("f.tar")} << 2;
        QTest::newRow("missing volume") << QStringList{QStringLiteral("export"), QStringLiteral("dxtest-no-such-volume-x"), QStringLiteral("/tmp/dx-never.tar")} << 2;
    }

    void cliUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QByteArray out;
        QByteArray err;
        QCOMPARE(runCli(args, &out, &err), code);
        if (code == 0)
            QVERIFY2(out.contains("docker-explorer volume") && out.contains("import FILE NAME"), out.constData());
        else
            QVERIFY2(!err.isEmpty() && err.count('\n') <= 2, err.constData());
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/dx-never.tar")));
    }

    // The command line: export .tar.gz → import into a new volume → the same tree; a volume
    // that holds files is refused (1) unless --force.
    void cliExportImportGzip()
    {
        const Tree source = listVolume(m_source);
        const QString file = m_dir.filePath(QStringLiteral("cli export.tar.gz"));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runCli(QStringList{QStringLiteral("export"), m_source, file} + labelArgs()), 0);
        qInfo("cli export (.tar.gz): %lld bytes in %lld ms", QFileInfo(file).size(), timer.elapsed());
        QFile gz(file);
        QVERIFY(gz.open(QIODevice::ReadOnly));
        QCOMPARE(gz.read(2), QByteArray("\x1f\x8b"));
        gz.close();

        const QString target = name(QStringLiteral("cliimp"));
        QCOMPARE(runCli(QStringList{QStringLiteral("import"), file, target} + labelArgs()), 0);
        const Tree imported = listVolume(target);
        QVERIFY2(imported == source, qPrintable(diff(source, imported)));

        QByteArray err;
        QCOMPARE(runCli(QStringList{QStringLiteral("import"), file, target} + labelArgs(), nullptr, &err), 1);
        QVERIFY2(err.contains("--force"), err.constData());
        QCOMPARE(runCli(QStringList{QStringLiteral("import"), file, target, QStringLiteral("--force")} + labelArgs()), 0);
        QVERIFY2(listVolume(target) == source, "--force import changed the tree");
        QVERIFY(test::labelledContainers(m_engine, true).isEmpty());
    }

    // download keeps the SafeExtractor rules: the absolute symlink is refused (exit 1, listed),
    // a safe part of the volume comes down whole (exit 0).
    void cliDownload()
    {
        QTemporaryDir all;
        QByteArray err;
        QCOMPARE(runCli(QStringList{QStringLiteral("download"), m_source, all.path()} + labelArgs(), nullptr, &err), 1);
        QVERIFY2(err.contains("dangling"), err.constData());
        QVERIFY(!err.contains("link-to-umlaut"));
        QVERIFY(QFileInfo(all.filePath(QStringLiteral("Grüße Äpfel.txt"))).isFile());
        QVERIFY(QFileInfo(all.filePath(QStringLiteral("a+b;c%d?e#f&g=h.txt"))).isFile());
        QVERIFY(QFileInfo(all.filePath(QStringLiteral("empty/nested"))).isDir());

        QTemporaryDir part;
        QCOMPARE(runCli(QStringList{QStringLiteral("download"), m_source + QStringLiteral(":/dir with space"), part.path()}
                            + labelArgs()),
                 0);
        QCOMPARE(QFileInfo(part.filePath(QStringLiteral("dir with space/random.bin"))).size(), qint64(3072 * 1024));
        QCOMPARE(runCli(QStringList{QStringLiteral("download"), m_source + QStringLiteral(":nope"), part.path()} + labelArgs()), 2);
        QVERIFY(test::labelledContainers(m_engine, true).isEmpty());
    }

    // Ctrl+C during an export: exit 130, no file, no helper left.
    void cliInterruptedExport()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("big.tar"));
        QProcess *p = cli(QStringList{QStringLiteral("export"), m_big, file} + labelArgs());
        QVERIFY(p->waitForStarted());
        // Interrupted while it writes: it holds a file in `dir` open (unnamed until complete).
        const auto writing = [&] {
            const QDir fds(QStringLiteral("/proc/%1/fd").arg(p->processId()));
            for (const QFileInfo &fd : fds.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
                if (fd.symLinkTarget().startsWith(dir.path()))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(writing() || p->state() == QProcess::NotRunning, 60000);
        QTest::qWait(300); // well into the transfer
        QVERIFY2(p->state() == QProcess::Running, p->readAllStandardError().constData());
        ::kill(pid_t(p->processId()), SIGINT);
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 130);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QVERIFY(test::labelledContainers(m_engine, true).isEmpty());
        delete p;
    }
};

QTEST_MAIN(TestVolumeBackup)
#include "tst_volumebackup.moc"
