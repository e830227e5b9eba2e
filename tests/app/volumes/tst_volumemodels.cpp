// Headless tests of the volume models: tree sync, the store's list diffs and usage, file previews.
#include "api/containertypes.h"
#include "api/resourcetypes.h"
#include "volumes/filepreview.h"
#include "volumes/volumeactions.h"
#include "volumes/volumefilereader.h"
#include "volumes/volumehelper.h"
#include "volumes/volumelisting.h"
#include "volumes/volumelistmodel.h"
#include "volumes/volumestore.h"
#include "volumes/volumetreeloader.h"
#include "volumes/volumetreemodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/stat.h>
#include <unistd.h>

using namespace dx;

class TestVolumeModels final : public QObject
{
    Q_OBJECT

private slots:
    // A container can swap a FIFO in where a file was listed: the local preview must refuse it
    // at once (opening a FIFO for reading would wait for a writer forever) and never block.
    void localPreviewRefusesFifo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile regular(dir.filePath(QStringLiteral("plain.txt")));
        QVERIFY(regular.open(QIODevice::WriteOnly));
        regular.write("hello\n");
        regular.close();
        const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("pipe.txt")));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);

        VolumeFileReader *reader = VolumeFileReader::local(nullptr, dir.path(), QStringLiteral("pipe.txt"), -1, this);
        QSignalSpy failed(reader, &Job::failed);
        QSignalSpy finished(reader, &Job::finished);
        QElapsedTimer timer;
        timer.start();
        reader->start();
        QVERIFY2(timer.elapsed() < 500, "start() must not read on the GUI thread");
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 5000);
        QCOMPARE(finished.count(), 0);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("not a regular file")),
                 qPrintable(failed.first().first().toString()));
        delete reader;

        // A regular file still previews.
        reader = VolumeFileReader::local(nullptr, dir.path(), QStringLiteral("plain.txt"), -1, this);
        QSignalSpy done(reader, &Job::finished);
        reader->start();
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 5000);
        QCOMPARE(reader->preview().text, QStringLiteral("hello\n"));
        delete reader;
    }

    void treeInsertsAndSyncs()
    {
        VolumeTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto entry = [](const char *path, VolumeEntry::Type type, qint64 size = 0) {
            VolumeEntry e;
            e.path = QString::fromLatin1(path);
            e.type = type;
            e.size = size;
            e.mode = type == VolumeEntry::Type::Directory ? 0755 : 0644;
            return e;
        };
        model.beginSync();
        // A child before its folder: the folder is made up and filled in later.
        model.addEntries({entry("a/b/x.txt", VolumeEntry::Type::File, 6), entry("z.txt", VolumeEntry::Type::File, 1)});
        model.addEntries({entry("a", VolumeEntry::Type::Directory), entry("a/b", VolumeEntry::Type::Directory),
                          entry("b.txt", VolumeEntry::Type::File, 3)});
        model.markListed({QString(), QStringLiteral("a"), QStringLiteral("a/b")});
        model.endSync();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("a")); // folders first
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("b.txt"));
        QCOMPARE(model.entryCount(), 5);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.beginSync();
        model.addEntries({entry("a", VolumeEntry::Type::Directory), entry("a/b", VolumeEntry::Type::Directory),
                          entry("a/b/x.txt", VolumeEntry::Type::File, 12), entry("b.txt", VolumeEntry::Type::File, 3)});
        model.markListed({QString(), QStringLiteral("a"), QStringLiteral("a/b")});
        model.endSync();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1); // x.txt grew
        QCOMPARE(removed.count(), 1); // z.txt is gone
        QCOMPARE(model.entryAt(model.indexForPath(QStringLiteral("a/b/x.txt"))).size, qint64(12));
        QVERIFY(!model.contains(QStringLiteral("z.txt")));

        // A sync of one folder never removes what lies outside it.
        model.beginSync();
        model.addEntries({entry("a/b/y.txt", VolumeEntry::Type::File, 1)});
        model.markListed({QStringLiteral("a/b")});
        model.endSync();
        QVERIFY(model.contains(QStringLiteral("b.txt")));
        QVERIFY(model.contains(QStringLiteral("a/b/y.txt")));
        QVERIFY(!model.contains(QStringLiteral("a/b/x.txt")));

        // A folder not reported listed (the listing failed) keeps what it had.
        model.beginSync();
        model.addEntries({entry("a", VolumeEntry::Type::Directory)});
        model.endSync();
        QVERIFY(model.contains(QStringLiteral("b.txt")));
        QVERIFY(model.contains(QStringLiteral("a/b/y.txt")));
    }

    // Folder by folder: a folder never listed shows an expander and asks once; listing the
    // top alone keeps the listed folders below it, and removes a folder that went with all
    // that was below it.
    void treeListsLazily()
    {
        VolumeTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy wanted(&model, &VolumeTreeModel::folderWanted);
        auto entry = [](const char *path, VolumeEntry::Type type) {
            VolumeEntry e;
            e.path = QString::fromLatin1(path);
            e.type = type;
            e.mode = 0755;
            return e;
        };
        model.beginSync();
        model.addEntries({entry("a", VolumeEntry::Type::Directory), entry("gone", VolumeEntry::Type::Directory),
                          entry("empty", VolumeEntry::Type::Directory), entry("f", VolumeEntry::Type::File)});
        model.markListed({QString()});
        model.endSync();
        const QModelIndex a = model.indexForPath(QStringLiteral("a"));
        QVERIFY(model.hasChildren(a));
        QCOMPARE(model.rowCount(a), 0);
        QVERIFY(!model.canFetchMore(model.indexForPath(QStringLiteral("f"))));
        QVERIFY(!model.hasChildren(model.indexForPath(QStringLiteral("f"))));
        // The tester fetches too: asked once, however often fetched.
        model.fetchMore(a);
        model.fetchMore(a);
        QVERIFY(!model.canFetchMore(a));
        int asked = 0;
        for (const QList<QVariant> &args : std::as_const(wanted))
            asked += args.first().toString() == QLatin1String("a") ? 1 : 0;
        QCOMPARE(asked, 1);
        QVERIFY(!model.isFullyListed(QString()));

        model.beginSync();
        model.addEntries({entry("a/x", VolumeEntry::Type::File), entry("gone/y", VolumeEntry::Type::File)});
        model.markListed({QStringLiteral("a"), QStringLiteral("gone"), QStringLiteral("empty")});
        model.endSync();
        QVERIFY(!model.canFetchMore(a));
        QVERIFY(!model.hasChildren(model.indexForPath(QStringLiteral("empty"))));
        QCOMPARE(model.listedFolders(), (QStringList{QString(), QStringLiteral("a"), QStringLiteral("empty"),
                                                     QStringLiteral("gone")}));
        QVERIFY(model.isFullyListed(QString()));

        // The poll of the top: a/x stays (a was seen, its own listing is not part of this one).
        model.beginSync();
        model.addEntries({entry("a", VolumeEntry::Type::Directory), entry("empty", VolumeEntry::Type::Directory),
                          entry("f", VolumeEntry::Type::File)});
        model.markListed({QString()});
        model.endSync();
        QVERIFY(model.contains(QStringLiteral("a/x")));
        QVERIFY(!model.contains(QStringLiteral("gone")));
        QVERIFY(!model.contains(QStringLiteral("gone/y")));
        QCOMPARE(model.entryCount(), 4);
    }

    // The lister's records, cut at every byte: names with newlines, spaces, umlauts and
    // bytes that are not UTF-8 come through whole.
    void listingDecodes()
    {
        const QByteArray name = QByteArray("new\nline \xc3\xbc ") + '\xff' + "x";
        QByteArray bytes;
        const auto fields = [&bytes](std::initializer_list<QByteArray> list) {
            for (const QByteArray &f : list)
                bytes += f + '\0';
        };
        fields({"E", "d", "755", "0", "1700000000", "dir", ""});
        fields({"E", "f", "4755", "12", "1700000001", "dir/" + name, ""});
        fields({"E", "l", "777", "0", "1700000002", "dir/link", "../" + name});
        fields({"E", "o", "644", "0", "5", "dir/fifo", ""});
        fields({"L", "dir"});
        fields({"X", "vanished", "No such file or directory"});
        fields({"Z"});
        for (int cut = 0; cut <= bytes.size(); ++cut) {
            VolumeEntries entries;
            QStringList listed;
            QStringList failed;
            VolumeListingDecoder decoder({[&](VolumeEntry &&e) { entries.append(std::move(e)); },
                                          [&](const QString &dir) { listed.append(dir); },
                                          [&](const QString &dir, const QString &) { failed.append(dir); }});
            QVERIFY(decoder.feed(bytes.left(cut)));
            QVERIFY(decoder.feed(bytes.mid(cut)));
            QVERIFY(decoder.isComplete());
            QCOMPARE(entries.size(), 4);
            QCOMPARE(entries.at(1).path, QStringLiteral("dir/") + QFile::decodeName(name));
            QCOMPARE(entries.at(1).size, qint64(12));
            QCOMPARE(entries.at(1).mode, quint32(04755));
            QCOMPARE(entries.at(1).mtime, qint64(1700000001));
            QCOMPARE(entries.at(2).type, VolumeEntry::Type::Symlink);
            QCOMPARE(entries.at(2).linkTarget, QStringLiteral("../") + QFile::decodeName(name));
            QCOMPARE(entries.at(3).type, VolumeEntry::Type::Other);
            QCOMPARE(listed, QStringList{QStringLiteral("dir")});
            QCOMPARE(failed, QStringList{QStringLiteral("vanished")});
        }
        // Cut short, unknown records, bad numbers, data after the end.
        VolumeListingDecoder shortOne({});
        QVERIFY(shortOne.feed(bytes.left(bytes.size() - 2)));
        QVERIFY(!shortOne.isComplete());
        for (const QByteArray &bad : {QByteArrayLiteral("Q\0"), QByteArrayLiteral("E\0f\0abc\0" "0\0" "0\0x\0\0"),
                                      QByteArrayLiteral("E\0f\0" "644\0-1\0" "0\0x\0\0"), QByteArrayLiteral("Z\0E\0")}) {
            VolumeListingDecoder decoder({});
            QVERIFY2(!decoder.feed(bad), bad.constData());
            QVERIFY(decoder.errorString().contains(QLatin1String("byte")));
        }
    }

    // The lister built into the helper image, run here on a folder with awkward names, a
    // link, a hard link, a FIFO and modes: its listing is exactly the local walk's.
    void listerAgreesWithLocalWalk()
    {
        const QByteArray binary = VolumeHelper::listerBinary();
        if (binary.isEmpty())
            QSKIP("built without a static C library: no lister");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString lister = dir.filePath(QStringLiteral("lister"));
        QFile exe(lister);
        QVERIFY(exe.open(QIODevice::WriteOnly));
        exe.write(binary);
        exe.close();
        QVERIFY(exe.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QString root = dir.filePath(QStringLiteral("v"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/a/b c/\u00fc")));
        const QByteArray nativeRoot = QFile::encodeName(root);
        const auto write = [&](const QByteArray &rel, const QByteArray &data) {
            QFile f(QFile::decodeName(nativeRoot + '/' + rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write("a/new\nline", "1");
        write("a/b c/tab\there", "22");
        write("a/b c/\xc3\xbc/deep", "333");
        QCOMPARE(::symlink("b c/tab\there", QByteArray(nativeRoot + "/a/link").constData()), 0);
        QCOMPARE(::link(QByteArray(nativeRoot + "/a/new\nline").constData(), QByteArray(nativeRoot + "/a/hard").constData()), 0);
        QCOMPARE(::mkfifo(QByteArray(nativeRoot + "/fifo").constData(), 0600), 0);
        QCOMPARE(::chmod(QByteArray(nativeRoot + "/a/b c").constData(), 02750), 0);

        const auto run = [&](const QStringList &args) {
            QProcess process;
            process.start(lister, args);
            process.waitForFinished(30000);
            return process.readAllStandardOutput();
        };
        const auto decode = [](const QByteArray &out, QStringList *listed) {
            VolumeEntries entries;
            VolumeListingDecoder decoder({[&](VolumeEntry &&e) { entries.append(std::move(e)); },
                                          [&](const QString &d) { listed->append(d); }, {}});
            return decoder.feed(out) && decoder.isComplete() ? entries : VolumeEntries{};
        };
        const auto sorted = [](VolumeEntries e) {
            std::sort(e.begin(), e.end(), [](const VolumeEntry &x, const VolumeEntry &y) { return x.path < y.path; });
            return e;
        };
        QStringList listed;
        const VolumeEntries all = decode(run({QStringLiteral("list"), QStringLiteral("-r"), root}), &listed);
        QCOMPARE(all.size(), 9);
        QCOMPARE(sorted(all), sorted(VolumeTreeLoader::listLocal(root)));
        QCOMPARE(listed.size(), 4); // "", a, a/b c, a/b c/ü
        QCOMPARE(listed.first(), QString()); // breadth first: the top at once

        // One level of two folders, and a folder that is not there.
        listed.clear();
        const VolumeEntries two = decode(run({QStringLiteral("list"), root, QStringLiteral("a"),
                                              QStringLiteral("a/b c"), QStringLiteral("nope")}), &listed);
        VolumeEntries expected;
        VolumeTreeLoader::walkLocal(root, {QStringLiteral("a"), QStringLiteral("a/b c")}, false,
                                    [&expected](VolumeEntry &&e) { expected.append(e); return true; });
        QCOMPARE(sorted(two), sorted(expected));
        QCOMPARE(listed, (QStringList{QStringLiteral("a"), QStringLiteral("a/b c")}));
        const VolumeEntry hard = *std::find_if(two.begin(), two.end(), [](const VolumeEntry &e) {
            return e.path == QLatin1String("a/hard");
        });
        QCOMPARE(hard.size, qint64(1));
    }

    void modeStrings()
    {
        VolumeEntry e;
        e.mode = 0644;
        QCOMPARE(e.modeString(), QStringLiteral("-rw-r--r--"));
        e.type = VolumeEntry::Type::Directory;
        e.mode = 01777;
        QCOMPARE(e.modeString(), QStringLiteral("drwxrwxrwt"));
        e.type = VolumeEntry::Type::Symlink;
        e.mode = 0777;
        QCOMPARE(e.modeString(), QStringLiteral("lrwxrwxrwx"));
    }

    void storeDiffsAndUsage()
    {
        VolumeStore store(nullptr, nullptr);
        QAbstractItemModelTester tester(store.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto volume = [](const char *name, const char *mountpoint = "") {
            VolumeSummary v;
            v.name = QString::fromLatin1(name);
            v.driver = QStringLiteral("local");
            v.mountpoint = QString::fromLatin1(mountpoint);
            return v;
        };
        VolumeSummary data = volume("data", "/m/data");
        data.labels.insert(QStringLiteral("k"), QStringLiteral("v"));
        store.applyList({data, volume("cache", "/m/cache")});
        QCOMPARE(store.model()->rowCount(), 2);

        const auto container = [](const char *name, const char *state, const char *mounted, bool helper) {
            ContainerSummary c;
            c.id = QString::fromLatin1(name);
            c.name = QString::fromLatin1(name);
            c.state = QString::fromLatin1(state);
            if (helper)
                c.labels.insert(QString::fromLatin1(VolumeHelper::LabelKey), QStringLiteral("1"));
            ContainerMount m;
            m.type = QStringLiteral("volume");
            m.name = QString::fromLatin1(mounted);
            c.mounts.append(m);
            return c;
        };
        QSignalSpy changed(&store, &VolumeStore::changed);
        store.applyUsage({container("web", "running", "data", false), container("helper", "created", "cache", true)});
        QCOMPARE(changed.count(), 2);
        const VolumeInfo used = *store.find(QStringLiteral("data"));
        QCOMPARE(used.usedBy, QStringList{QStringLiteral("web")});
        QCOMPARE(used.runningUsers, QStringList{QStringLiteral("web")});
        const VolumeInfo cache = *store.find(QStringLiteral("cache"));
        QVERIFY(cache.usedBy.isEmpty()); // our helper is not a user
        QCOMPARE(cache.references, 1);   // but the engine counts it for prune
        QVERIFY(store.pruneCandidates().isEmpty());

        // The same usage again changes nothing.
        changed.clear();
        store.applyUsage({container("web", "running", "data", false), container("helper", "created", "cache", true)});
        QCOMPARE(changed.count(), 0);

        VolumeActions actions(nullptr, &store);
        QString refusal;
        actions.remove(QStringLiteral("data"), [&](const QString &e) { refusal = e; });
        QVERIFY2(refusal.contains(QLatin1String("web")), qPrintable(refusal));

        QSignalSpy reset(store.model(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(&store, &VolumeStore::removed);
        store.applyList({volume("data", "/m/data")});
        QCOMPARE(store.model()->rowCount(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toString(), QStringLiteral("cache"));
        // A re-list keeps what other endpoints told: usage and size.
        QCOMPARE(store.find(QStringLiteral("data"))->usedBy, QStringList{QStringLiteral("web")});
        VolumeSummary sized = volume("data");
        sized.size = 2048;
        store.applySizes({sized});
        QCOMPARE(store.find(QStringLiteral("data"))->size, qint64(2048));
        QVERIFY(store.sizesLoaded());
        store.applyList({volume("data", "/m/data")});
        QCOMPARE(store.find(QStringLiteral("data"))->size, qint64(2048));
    }

    void previewKinds()
    {
        QCOMPARE(FilePreview::fromData(QStringLiteral("a.txt"), "hello\n", 6).kind, FilePreview::Kind::Text);
        QCOMPARE(FilePreview::fromData(QStringLiteral("a.txt"), "hello\n", 6).encoding, QStringLiteral("UTF-8"));
        const FilePreview latin = FilePreview::fromData(QStringLiteral("l.txt"), "caf\xe9\n", 5);
        QCOMPARE(latin.encoding, QStringLiteral("ISO-8859-1"));
        QCOMPARE(latin.text, QString::fromUtf8("café\n"));
        const FilePreview utf16 = FilePreview::fromData(QStringLiteral("u.txt"), QByteArray("\xff\xfeh\0i\0", 6), 6);
        QCOMPARE(utf16.text, QStringLiteral("hi"));
        QCOMPARE(utf16.encoding, QStringLiteral("UTF-16LE"));
        const FilePreview bin = FilePreview::fromData(QStringLiteral("b"), QByteArray("\x00\x01\x02zz", 5), 100);
        QCOMPARE(bin.kind, FilePreview::Kind::Binary);
        QVERIFY(bin.text.startsWith(QLatin1String("00000000  00 01 02")));
        QVERIFY(bin.isTruncated());
        QImage image(4, 3, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const FilePreview img = FilePreview::fromData(QStringLiteral("p.png"), png, png.size());
        QCOMPARE(img.kind, FilePreview::Kind::Image);
        QCOMPARE(img.image.size(), QSize(4, 3));
        // A multi-byte character cut by the preview limit is still UTF-8.
        QCOMPARE(FilePreview::fromData(QStringLiteral("c.txt"), QByteArray("ab\xc3"), 10).encoding, QStringLiteral("UTF-8"));
    }
};

QTEST_MAIN(TestVolumeModels)
#include "tst_volumemodels.moc"
