// Headless tests of the volume models: tree sync, the store's list diffs and usage, file previews.
#include "api/containertypes.h"
#include "api/resourcetypes.h"
#include "volumes/filepreview.h"
#include "volumes/volumeactions.h"
#include "volumes/volumefilereader.h"
#include "volumes/volumehelper.h"
#include "volumes/volumelistmodel.h"
#include "volumes/volumestore.h"
#include "volumes/volumetreemodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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
        model.endSync(true);
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
        model.endSync(true);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1); // x.txt grew
        QCOMPARE(removed.count(), 1); // z.txt is gone
        QCOMPARE(model.entryAt(model.indexForPath(QStringLiteral("a/b/x.txt"))).size, qint64(12));
        QVERIFY(!model.contains(QStringLiteral("z.txt")));

        // A partial (subfolder) sync never removes what lies outside it.
        model.beginSync(QStringLiteral("a/b"));
        model.addEntries({entry("a/b/y.txt", VolumeEntry::Type::File, 1)});
        model.endSync(true);
        QVERIFY(model.contains(QStringLiteral("b.txt")));
        QVERIFY(model.contains(QStringLiteral("a/b/y.txt")));
        QVERIFY(!model.contains(QStringLiteral("a/b/x.txt")));
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
