// The layer analyser on hand-made saved images: whiteouts, opaque folders, hardlinks and
// symlinks, a file over a folder and back, duplicate layers saved once, the OCI layout,
// truncation at every kind of place, chunked streaming and cancel.
#include "streams/chunkqueue.h"
#include "streams/imagelayeranalyser.h"
#include "streams/layerstack.h"
#include "testtar.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtConcurrent>

using namespace dx;
using dx::test::TestTar;

namespace {

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *n : list)
        result.append(QString::fromUtf8(n));
    return result;
}

QJsonArray jsonNames(std::initializer_list<const char *> list)
{
    return QJsonArray::fromStringList(names(list));
}

struct SavedLayer
{
    QByteArray tar;
    QString createdBy;
};

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// An image as `docker save` (Engine 20.10) writes it: <v1 id>/layer.tar for each layer, the
// config <id>.json, manifest.json last. `emptySteps` are history steps (ENV, CMD) with no
// layer, put before each layer's own step. `linkDuplicates`: a layer whose tar equals an
// earlier one is saved as a symlink to it, as the engine does.
QByteArray savedImage(const QList<SavedLayer> &layers, bool linkDuplicates = true, QByteArray *configOut = nullptr)
{
    QJsonArray diffIds;
    QJsonArray history;
    QJsonArray layerPaths;
    QStringList dirs;
    for (int i = 0; i < layers.size(); ++i) {
        diffIds.append(QString(QStringLiteral("sha256:") + hex(layers.at(i).tar)));
        history.append(QJsonObject{{QStringLiteral("created_by"), QStringLiteral("/bin/sh -c #(nop)  ENV N=%1").arg(i)},
                                   {QStringLiteral("empty_layer"), true}});
        history.append(QJsonObject{{QStringLiteral("created_by"), layers.at(i).createdBy}});
        dirs.append(hex(QByteArray::number(i) + layers.at(i).tar)); // unique, like v1 ids
        layerPaths.append(QString(dirs.last() + QStringLiteral("/layer.tar")));
    }
    const QJsonObject config{{QStringLiteral("rootfs"), QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                                                    {QStringLiteral("diff_ids"), diffIds}}},
                             {QStringLiteral("history"), history}};
    const QByteArray configBytes = QJsonDocument(config).toJson(QJsonDocument::Compact);
    if (configOut)
        *configOut = configBytes;
    const QString configName = hex(configBytes) + QStringLiteral(".json");
    const QJsonArray manifest{QJsonObject{{QStringLiteral("Config"), configName},
                                          {QStringLiteral("RepoTags"), QJsonArray{QStringLiteral("made:1")}},
                                          {QStringLiteral("Layers"), layerPaths}}};

    // The engine's tar is in the lexical order of its folder: layer folders and the config by
    // name, manifest.json and repositories after them.
    QMap<QString, int> order;
    for (int i = 0; i < dirs.size(); ++i)
        order.insert(dirs.at(i), i);
    TestTar out;
    bool configWritten = false;
    QHash<QByteArray, QString> seen; // tar -> folder that holds it
    for (auto it = order.cbegin(); it != order.cend(); ++it) {
        if (!configWritten && configName < it.key()) {
            out.file(configName.toUtf8().constData(), configBytes);
            configWritten = true;
        }
        const QByteArray dir = it.key().toUtf8();
        out.dir(QByteArray(dir + '/').constData());
        out.file(QByteArray(dir + "/VERSION").constData(), "1.0");
        out.file(QByteArray(dir + "/json").constData(), QByteArray("{\"id\":\"" + dir + "\"}"));
        const QByteArray &tar = layers.at(it.value()).tar;
        if (linkDuplicates && seen.contains(tar))
            out.symlink(QByteArray(dir + "/layer.tar").constData(), QString(QStringLiteral("../") + seen.value(tar) + QStringLiteral("/layer.tar")).toUtf8().constData());
        else
            out.file(QByteArray(dir + "/layer.tar").constData(), tar);
        seen.insert(tar, it.key());
    }
    if (!configWritten)
        out.file(configName.toUtf8().constData(), configBytes);
    out.file("manifest.json", QJsonDocument(manifest).toJson(QJsonDocument::Compact));
    out.file("repositories", "{\"made\":{\"1\":\"x\"}}");
    return out.bytes();
}

ImageLayersResult analyse(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ImageLayerAnalyser analyser;
    return analyser.analyse(&buffer);
}

QStringList paths(const ImageLayer &layer, LayerChange::Kind kind)
{
    return layer.paths(kind);
}

QByteArray baseLayer()
{
    return TestTar()
            .dir("bin/")
            .file("bin/tool", QByteArray(1000, 't'), 0755)
            .symlink("bin/sh", "tool")
            .dir("etc/")
            .file("etc/config", QByteArray(100, 'c'))
            .dir("d/")
            .file("d/old", QByteArray(10, 'o'))
            .file("d/keep", QByteArray(20, 'k'))
            .dir("d/sub/")
            .file("d/sub/deep", QByteArray(30, 's'))
            .dir("e/")
            .file("e/gone", QByteArray(40, 'g'))
            .file("f", QByteArray(50, 'f'))
            .dir("g/")
            .file("g/inside", QByteArray(60, 'i'))
            .bytes();
}

} // namespace

class TestImageLayers final : public QObject
{
    Q_OBJECT
private slots:
    void layersAddOverwriteAndWhiteout();
    void opaqueFolderReplacesContent();
    void fileAndFolderReplaceEachOther();
    void hardlinksAndSymlinksAreEntries();
    void createdBySkipsEmptyLayers();
    void duplicateLayerSavedAsSymlink();
    void emptyLayerTars_data();
    void emptyLayerTars();
    void ociLayoutIsRead();
    void gzipCompressedSaveIsRead();
    void truncatedStreamsFail_data();
    void truncatedStreamsFail();
    void missingPiecesFail_data();
    void missingPiecesFail();
    void chunkedStreamGivesSameReport();
    void cancelStops();
    void jsonShape();
    void normalizedPaths();
};

void TestImageLayers::layersAddOverwriteAndWhiteout()
{
    const QByteArray top = TestTar()
            .dir("etc/")
            .file("etc/config", QByteArray(150, 'C'))   // overwrites 100 bytes
            .file("etc/new", QByteArray(5, 'n'))
            .dir("d/")
            .file("d/.wh.old", "")                        // removes 10 bytes
            .file(".wh.e", "")                            // removes the folder: 40 bytes
            .file(".wh..wh.plnk", "")                     // aufs bookkeeping: ignored
            .file("d/sub/.wh.nothing-here", "")           // a whiteout of nothing removes nothing
            .bytes();
    const ImageLayersResult r = analyse(savedImage({{baseLayer(), QStringLiteral("ADD base")}, {top, QStringLiteral("RUN change")}}));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const ImageLayersReport &report = r.report;
    QCOMPARE(report.layers.size(), 2);
    const ImageLayer &base = report.layers.at(0);
    QCOMPARE(base.index, 0);
    QCOMPARE(base.size, qint64(1000 + 100 + 10 + 20 + 30 + 40 + 50 + 60));
    QCOMPARE(paths(base, LayerChange::Kind::Added),
             names({"bin/sh", "bin/tool", "d/keep", "d/old", "d/sub/deep", "e/gone", "etc/config", "f", "g/inside"}));
    QVERIFY(paths(base, LayerChange::Kind::Modified).isEmpty());
    QVERIFY(paths(base, LayerChange::Kind::Removed).isEmpty());

    const ImageLayer &layer = report.layers.at(1);
    QCOMPARE(layer.size, qint64(155));
    QCOMPARE(paths(layer, LayerChange::Kind::Added), names({"etc/new"}));
    QCOMPARE(paths(layer, LayerChange::Kind::Modified), names({"etc/config"}));
    QCOMPARE(paths(layer, LayerChange::Kind::Removed), names({"d/old", "e/gone"}));
    QCOMPARE(layer.wastedBelow, qint64(100 + 10 + 40));
    QCOMPARE(report.wastedBytes, qint64(150));
    QCOMPARE(report.totalSize, qint64(1310 + 155));
    QCOMPARE(report.efficiency(), 1.0 - 150.0 / 1465.0);
    QCOMPARE(report.repoTags, names({"made:1"}));
}

void TestImageLayers::opaqueFolderReplacesContent()
{
    // RUN rm -rf /d && mkdir /d && echo x > /d/new && echo y > /d/keep
    const QByteArray top = TestTar()
            .dir("d/")
            .file("d/.wh..wh..opq", "")
            .file("d/new", "x\n")
            .file("d/keep", "y\n")
            .bytes();
    const ImageLayersResult r = analyse(savedImage({{baseLayer(), {}}, {top, {}}}));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const ImageLayer &layer = r.report.layers.at(1);
    QCOMPARE(paths(layer, LayerChange::Kind::Added), names({"d/new"}));
    QCOMPARE(paths(layer, LayerChange::Kind::Modified), names({"d/keep"})); // there before, and after
    QCOMPARE(paths(layer, LayerChange::Kind::Removed), names({"d/old", "d/sub/deep"}));
    QCOMPARE(layer.wastedBelow, qint64(10 + 20 + 30));
    QCOMPARE(r.report.wastedBytes, qint64(60));
    QCOMPARE(layer.size, qint64(4));
}

void TestImageLayers::fileAndFolderReplaceEachOther()
{
    // f was a file and becomes a folder; g was a folder and becomes a file.
    const QByteArray top = TestTar()
            .dir("f/")
            .file("f/child", QByteArray(7, 'x'))
            .file("g", QByteArray(3, 'y'))
            .bytes();
    const ImageLayersResult r = analyse(savedImage({{baseLayer(), {}}, {top, {}}}));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const ImageLayer &layer = r.report.layers.at(1);
    QCOMPARE(paths(layer, LayerChange::Kind::Added), names({"f/child", "g"}));
    QCOMPARE(paths(layer, LayerChange::Kind::Removed), names({"f", "g/inside"}));
    QCOMPARE(r.report.wastedBytes, qint64(50 + 60));
}

void TestImageLayers::hardlinksAndSymlinksAreEntries()
{
    const QByteArray top = TestTar()
            .dir("bin/")
            .file("bin/tool", QByteArray(2000, 'T'))
            .hardlink("bin/tool2", "bin/tool")
            .symlink("bin/sh", "tool2") // a symlink overwrites a symlink: nothing wasted
            .symlink("f", "bin/tool")   // a symlink overwrites a file: its 50 bytes are wasted
            .bytes();
    const ImageLayersResult r = analyse(savedImage({{baseLayer(), {}}, {top, {}}}));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const ImageLayer &layer = r.report.layers.at(1);
    QCOMPARE(layer.size, qint64(2000)); // links store no file bytes
    QCOMPARE(paths(layer, LayerChange::Kind::Added), names({"bin/tool2"}));
    QCOMPARE(paths(layer, LayerChange::Kind::Modified), names({"bin/sh", "bin/tool", "f"}));
    QCOMPARE(r.report.wastedBytes, qint64(1000 + 50));
    for (const LayerChange &c : layer.changes) {
        if (c.path == QLatin1String("bin/tool2"))
            QCOMPARE(c.type, TarEntryType::Hardlink);
        if (c.path == QLatin1String("bin/sh"))
            QCOMPARE(c.type, TarEntryType::Symlink);
    }
    // Removing the hardlink later wastes nothing; removing the file wastes its bytes.
    const QByteArray third = TestTar().dir("bin/").file("bin/.wh.tool2", "").file("bin/.wh.tool", "").bytes();
    const ImageLayersResult r3 = analyse(savedImage({{baseLayer(), {}}, {top, {}}, {third, {}}}));
    QVERIFY2(r3.ok(), qPrintable(r3.error));
    QCOMPARE(paths(r3.report.layers.at(2), LayerChange::Kind::Removed), names({"bin/tool", "bin/tool2"}));
    QCOMPARE(r3.report.layers.at(2).wastedBelow, qint64(2000));
}

void TestImageLayers::createdBySkipsEmptyLayers()
{
    const QByteArray second = TestTar().file("x", "1").bytes();
    const ImageLayersResult r = analyse(savedImage({{baseLayer(), QStringLiteral("ADD rootfs")},
                                                    {second, QStringLiteral("/bin/sh -c echo 1 > /x")}}));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.report.layers.at(0).createdBy, QStringLiteral("ADD rootfs"));
    QCOMPARE(r.report.layers.at(1).createdBy, QStringLiteral("/bin/sh -c echo 1 > /x"));
    QCOMPARE(r.report.layers.at(1).diffId, QStringLiteral("sha256:") + hex(second));
    QCOMPARE(readableHistoryStep(r.report.layers.at(1).createdBy), QStringLiteral("RUN echo 1 > /x"));
    QCOMPARE(readableHistoryStep(QStringLiteral("RUN /bin/sh -c apk add x # buildkit")), QStringLiteral("RUN apk add x"));
}

void TestImageLayers::duplicateLayerSavedAsSymlink()
{
    const QByteArray same = TestTar().dir("etc/").file("etc/config", QByteArray(100, 'c')).bytes();
    QByteArray config;
    const QByteArray saved = savedImage({{baseLayer(), {}}, {same, {}}, {TestTar().file("z", "z").bytes(), {}}, {same, {}}},
                                        true, &config);
    const ImageLayersResult r = analyse(saved);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.report.layers.size(), 4);
    QCOMPARE(r.report.imageId, QStringLiteral("sha256:") + hex(config));
    QCOMPARE(paths(r.report.layers.at(3), LayerChange::Kind::Modified), names({"etc/config"}));
    QCOMPARE(r.report.layers.at(3).diffId, r.report.layers.at(1).diffId);
    QCOMPARE(r.report.wastedBytes, qint64(200)); // the base's config, then layer 1's
}

void TestImageLayers::emptyLayerTars_data()
{
    QTest::addColumn<QByteArray>("tar");
    QTest::newRow("no bytes") << QByteArray();
    QTest::newRow("end blocks only") << QByteArray(1024, '\0');
    QTest::newRow("no entries (libarchive)") << TestTar().bytes();
}

void TestImageLayers::emptyLayerTars()
{
    QFETCH(QByteArray, tar);
    const ImageLayersResult r = analyse(savedImage({{baseLayer(), {}}, {tar, QStringLiteral("RUN true")}}));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.report.layers.size(), 2);
    QVERIFY(r.report.layers.at(1).changes.isEmpty());
    QCOMPARE(r.report.layers.at(1).size, qint64(0));
}

void TestImageLayers::ociLayoutIsRead()
{
    // Docker 25+ writes blobs/sha256/<digest> for layers and the config, and an index.json.
    const QByteArray l0 = baseLayer();
    const QByteArray l1 = TestTar().file(".wh.f", "").bytes();
    const QJsonObject config{{QStringLiteral("rootfs"), QJsonObject{{QStringLiteral("diff_ids"),
                                                                     QJsonArray{QString(QStringLiteral("sha256:") + hex(l0)), QString(QStringLiteral("sha256:") + hex(l1))}}}},
                             {QStringLiteral("history"), QJsonArray{QJsonObject{{QStringLiteral("created_by"), QStringLiteral("a")}},
                                                                    QJsonObject{{QStringLiteral("created_by"), QStringLiteral("b")}}}}};
    const QByteArray configBytes = QJsonDocument(config).toJson();
    const QJsonArray manifest{QJsonObject{{QStringLiteral("Config"), QString(QStringLiteral("blobs/sha256/") + hex(configBytes))},
                                          {QStringLiteral("Layers"), QJsonArray{QString(QStringLiteral("blobs/sha256/") + hex(l0)), QString(QStringLiteral("blobs/sha256/") + hex(l1))}}}};
    TestTar out;
    out.dir("blobs/").dir("blobs/sha256/");
    QMap<QString, QByteArray> blobs{{hex(l0), l0}, {hex(l1), l1}, {hex(configBytes), configBytes}};
    for (auto it = blobs.cbegin(); it != blobs.cend(); ++it)
        out.file((QStringLiteral("blobs/sha256/") + it.key()).toUtf8().constData(), it.value());
    out.file("index.json", "{\"schemaVersion\":2,\"manifests\":[]}");
    out.file("manifest.json", QJsonDocument(manifest).toJson());
    out.file("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}");
    const ImageLayersResult r = analyse(out.bytes());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.report.layers.size(), 2);
    QCOMPARE(paths(r.report.layers.at(1), LayerChange::Kind::Removed), names({"f"}));
    QCOMPARE(r.report.layers.at(1).createdBy, QStringLiteral("b"));
    QCOMPARE(r.report.wastedBytes, qint64(50));
}

void TestImageLayers::gzipCompressedSaveIsRead()
{
    // `docker save | gzip`: a file the user brings.
    const QByteArray plain = savedImage({{baseLayer(), {}}});
    QByteArray gz;
    {
        archive *a = archive_write_new();
        archive_write_add_filter_gzip(a);
        archive_write_set_format_raw(a);
        size_t used = 0;
        QByteArray buffer(plain.size() + 4096, '\0');
        archive_write_open_memory(a, buffer.data(), size_t(buffer.size()), &used);
        archive_entry *e = archive_entry_new();
        archive_entry_set_filetype(e, AE_IFREG);
        archive_write_header(a, e);
        archive_write_data(a, plain.constData(), size_t(plain.size()));
        archive_entry_free(e);
        archive_write_close(a);
        archive_write_free(a);
        gz = buffer.left(qsizetype(used));
    }
    QVERIFY(gz.startsWith("\x1f\x8b"));
    const ImageLayersResult r = analyse(gz);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.report.layers.at(0).changes.size(), 9);
}

void TestImageLayers::truncatedStreamsFail_data()
{
    QTest::addColumn<int>("cut");
    const QByteArray whole = savedImage({{baseLayer(), {}}, {TestTar().file("big", QByteArray(20000, 'b')).bytes(), {}}});
    // Inside the first header, inside a layer's header and data, inside manifest.json and
    // inside the last entry. (A cut exactly between two entries after manifest.json is read
    // as a tar without its end blocks: everything needed is there, and the report is whole.)
    for (const int cut : {10, 700, 1600, 3000, 9000, 20000, int(whole.size()) - 2100, int(whole.size()) - 1500})
        QTest::newRow(qPrintable(QString::number(cut))) << cut;
    QTest::newRow("garbage") << -1;
}

void TestImageLayers::truncatedStreamsFail()
{
    QFETCH(int, cut);
    QByteArray bytes = savedImage({{baseLayer(), {}}, {TestTar().file("big", QByteArray(20000, 'b')).bytes(), {}}});
    bytes = cut < 0 ? QByteArray(5000, 'x') : bytes.left(cut);
    const ImageLayersResult r = analyse(bytes);
    QVERIFY(!r.ok());
    QVERIFY(!r.cancelled);
    QVERIFY2(r.error.contains(QLatin1String("damaged or cut short")), qPrintable(r.error));
    QVERIFY(r.errorOffset >= 0);
    QVERIFY(r.report.layers.isEmpty());
}

void TestImageLayers::missingPiecesFail_data()
{
    QTest::addColumn<QString>("drop");
    QTest::addColumn<QString>("message");
    QTest::newRow("manifest") << QStringLiteral("manifest.json") << QStringLiteral("no manifest.json");
    QTest::newRow("config") << QStringLiteral(".json") << QStringLiteral("configuration");
    QTest::newRow("layer") << QStringLiteral("/layer.tar") << QStringLiteral("layer");
}

void TestImageLayers::missingPiecesFail()
{
    QFETCH(QString, drop);
    QFETCH(QString, message);
    // Copy a good saved image entry by entry, leaving out the first entry whose name ends so.
    const QByteArray whole = savedImage({{baseLayer(), {}}});
    TestTar out;
    bool dropped = false;
    archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_open_memory(a, whole.constData(), size_t(whole.size()));
    archive_entry *e = nullptr;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        const QString name = QString::fromUtf8(archive_entry_pathname(e));
        QByteArray data(qsizetype(archive_entry_size(e)), '\0');
        archive_read_data(a, data.data(), size_t(data.size()));
        if (!dropped && name.endsWith(drop) && (drop != QLatin1String(".json") || name != QLatin1String("manifest.json"))) {
            dropped = true;
            continue;
        }
        if (archive_entry_filetype(e) == AE_IFDIR)
            out.dir(name.toUtf8().constData());
        else
            out.file(name.toUtf8().constData(), data);
    }
    archive_read_free(a);
    QVERIFY(dropped);
    const ImageLayersResult r = analyse(out.bytes());
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
}

void TestImageLayers::chunkedStreamGivesSameReport()
{
    const QByteArray top = TestTar().dir("d/").file("d/.wh..wh..opq", "").file("d/n", QByteArray(70000, 'n')).bytes();
    const QByteArray saved = savedImage({{baseLayer(), {}}, {top, {}}});
    const ImageLayersResult whole = analyse(saved);
    QVERIFY2(whole.ok(), qPrintable(whole.error));

    ChunkQueue queue(4096); // smaller than one layer: the producer waits for the reader
    auto producer = QtConcurrent::run([&] {
        for (qsizetype at = 0; at < saved.size(); at += 999)
            queue.feed(saved.mid(at, 999));
        queue.finish();
    });
    ImageLayerAnalyser analyser;
    qint64 lastProgress = 0;
    analyser.setProgressCallback([&](qint64 bytes) {
        QVERIFY(bytes >= lastProgress);
        lastProgress = bytes;
    });
    const ImageLayersResult chunked = analyser.analyse(&queue);
    producer.waitForFinished();
    QVERIFY2(chunked.ok(), qPrintable(chunked.error));
    QCOMPARE(chunked.report.toJson(), whole.report.toJson());
    QVERIFY(lastProgress > saved.size() / 2);
}

void TestImageLayers::cancelStops()
{
    QByteArray saved = savedImage({{baseLayer(), {}}, {TestTar().file("big", QByteArray(200000, 'b')).bytes(), {}}});
    QBuffer buffer(&saved);
    buffer.open(QIODevice::ReadOnly);
    std::atomic<bool> cancel{false};
    ImageLayerAnalyser analyser;
    analyser.setCancelFlag(&cancel);
    analyser.setProgressCallback([&](qint64 bytes) {
        if (bytes > 3000)
            cancel.store(true);
    });
    const ImageLayersResult r = analyser.analyse(&buffer);
    QVERIFY(r.cancelled);
    QVERIFY(!r.ok());
    QVERIFY(buffer.pos() < saved.size());
}

void TestImageLayers::jsonShape()
{
    const QByteArray top = TestTar().file("etc/config", "new").file(".wh.f", "").file("n", "1").bytes();
    const ImageLayersResult r = analyse(savedImage({{baseLayer(), QStringLiteral("ADD x")}, {top, QStringLiteral("RUN y")}}));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QJsonObject o = r.report.toJson();
    QCOMPARE(o.keys(), names({"efficiency", "image", "layers", "wastedBytes"}));
    const QJsonObject layer = o.value(QLatin1String("layers")).toArray().at(1).toObject();
    QCOMPARE(layer.keys(), names({"added", "createdBy", "diffId", "index", "modified", "removed", "size"}));
    QCOMPARE(layer.value(QLatin1String("added")).toArray(), jsonNames({"n"}));
    QCOMPARE(layer.value(QLatin1String("modified")).toArray(), jsonNames({"etc/config"}));
    QCOMPARE(layer.value(QLatin1String("removed")).toArray(), jsonNames({"f"}));
    QCOMPARE(layer.value(QLatin1String("index")).toInt(), 1);
    QCOMPARE(layer.value(QLatin1String("size")).toInteger(), 4);
    QCOMPARE(o.value(QLatin1String("wastedBytes")).toInteger(), 150);
    // The text form keeps the documented key order and says the same.
    const QByteArray text = r.report.toJsonText();
    QVERIFY(text.indexOf("\"image\"") < text.indexOf("\"layers\""));
    QVERIFY(text.indexOf("\"layers\"") < text.indexOf("\"wastedBytes\""));
    QVERIFY(text.indexOf("\"index\"") < text.indexOf("\"diffId\""));
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object(), o);
    // For people: each step with its files and the waste.
    const QString people = r.report.toText();
    QVERIFY2(people.contains(QLatin1String("RUN y")), qPrintable(people));
    QVERIFY(people.contains(QLatin1String("~ etc/config")));
    QVERIFY(people.contains(QLatin1String("- f")));
}

void TestImageLayers::normalizedPaths()
{
    QCOMPARE(LayerStack::normalizedPath(QStringLiteral("./a/b/")), QStringLiteral("a/b"));
    QCOMPARE(LayerStack::normalizedPath(QStringLiteral("/a")), QStringLiteral("a"));
    QCOMPARE(LayerStack::normalizedPath(QStringLiteral("./")), QString());
    QCOMPARE(LayerStack::normalizedPath(QStringLiteral(".")), QString());
    // A layer tar written with "./" prefixes reports the same paths.
    LayerStack stack;
    ImageLayer layer;
    stack.apply({{QStringLiteral("./"), TarEntryType::Directory, 0}, {QStringLiteral("./a/x"), TarEntryType::File, 3}}, &layer);
    QCOMPARE(layer.paths(LayerChange::Kind::Added), names({"a/x"}));
    ImageLayer second;
    stack.apply({{QStringLiteral("./a/.wh.x"), TarEntryType::File, 0}}, &second);
    QCOMPARE(second.paths(LayerChange::Kind::Removed), names({"a/x"}));
    QCOMPARE(stack.wastedBytes(), qint64(3));
    QVERIFY(stack.files().isEmpty());
}

QTEST_GUILESS_MAIN(TestImageLayers)
#include "tst_imagelayers.moc"
