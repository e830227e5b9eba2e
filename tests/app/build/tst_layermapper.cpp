// LayerMapper on history/inspect JSON captured from Docker 20.10 for both builders
// (data/layers: the same Dockerfile built with version=1 and version=2), read through the
// API's value types as the fetcher gets them.
#include "api/jsonfields.h"
#include "api/resourcetypes.h"
#include "build/layermapper.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace dx;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(BUILD_TEST_DATA "/layers/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<ImageHistoryEntry> history(const QString &name)
{
    QList<ImageHistoryEntry> list;
    QString error;
    if (!json::parseList<ImageHistoryEntry>(readData(name), &list, &error, &ImageHistoryEntry::fromJson))
        qWarning("%s: %s", qPrintable(name), qPrintable(error));
    return list;
}

ImageDetails inspect(const QString &name)
{
    ImageDetails details;
    QJsonObject object;
    QString error;
    if (!json::parseObject(readData(name), &object, &error) || !ImageDetails::fromJson(object, &details, &error))
        qWarning("%s: %s", qPrintable(name), qPrintable(error));
    return details;
}

LayerMapper::Input input(int version, bool withBase, bool withCounts)
{
    LayerMapper::Input in;
    in.dockerfile = DockerfileParser::parse(readData(QStringLiteral("Dockerfile")));
    in.history = history(QStringLiteral("history-v%1.json").arg(version));
    in.layers = inspect(QStringLiteral("inspect-v%1.json").arg(version)).layers;
    if (withBase) {
        in.baseHistoryCount = int(history(QStringLiteral("base-history.json")).size());
        in.baseLayerCount = int(inspect(QStringLiteral("base-inspect.json")).layers.size());
    }
    if (withCounts) {
        const QJsonObject counts = QJsonDocument::fromJson(readData(QStringLiteral("layercounts-v1.json"))).object();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            in.layerCountById.insert(it.key(), it.value().toInt());
    }
    return in;
}

QString layer(const LayerMapper::Input &in, int i)
{
    return in.layers.value(i);
}

} // namespace

class TestLayerMapper final : public QObject
{
    Q_OBJECT

private slots:
    void keywords_data()
    {
        QTest::addColumn<QString>("createdBy");
        QTest::addColumn<QString>("keyword");
        QTest::newRow("classic run") << "/bin/sh -c echo hi" << "RUN";
        QTest::newRow("classic run args") << "|1 A=b /bin/sh -c echo $A" << "RUN";
        QTest::newRow("classic env") << "/bin/sh -c #(nop)  ENV A=b" << "ENV";
        QTest::newRow("classic copy") << "/bin/sh -c #(nop) COPY file:abc in /x " << "COPY";
        QTest::newRow("buildkit run") << "RUN /bin/sh -c echo hi # buildkit" << "RUN";
        QTest::newRow("buildkit workdir") << "WORKDIR /work" << "WORKDIR";
    }
    void keywords()
    {
        QFETCH(QString, createdBy);
        QFETCH(QString, keyword);
        QCOMPARE(LayerMapper::keywordOfCreatedBy(createdBy), keyword);
    }

    void classicExact()
    {
        const LayerMapper::Input in = input(1, true, true);
        const QList<LayerMapEntry> map = LayerMapper::map(in);
        QCOMPARE(map.size(), 5); // lines 2..6
        QCOMPARE(map.at(0).startLine, 2);
        QVERIFY(map.at(0).emptyLayer); // RUN echo building changed no file: empty layer
        QCOMPARE(map.at(1).layerDigest, layer(in, 1)); // COPY
        QVERIFY(map.at(2).layerDigest.isEmpty()); // ENV
        QCOMPARE(map.at(3).layerDigest, layer(in, 2)); // WORKDIR created /work
        QCOMPARE(map.at(4).layerDigest, layer(in, 3)); // RUN writing a file
        QCOMPARE(map.at(4).size, qint64(3));
        for (const LayerMapEntry &e : map)
            QVERIFY2(e.matched && e.historyId.startsWith(QLatin1String("sha256:")), qPrintable(e.instruction));
    }

    void classicByCount()
    {
        // Without the intermediate images the zero-size RUN is the one taken as empty.
        const LayerMapper::Input in = input(1, true, false);
        const QList<LayerMapEntry> map = LayerMapper::map(in);
        QVERIFY(map.at(0).emptyLayer);
        QCOMPARE(map.at(1).layerDigest, layer(in, 1));
        QCOMPARE(map.at(3).layerDigest, layer(in, 2));
        QCOMPARE(map.at(4).layerDigest, layer(in, 3));
    }

    void buildKit()
    {
        const LayerMapper::Input in = input(2, true, false);
        const QList<LayerMapEntry> map = LayerMapper::map(in);
        QCOMPARE(map.size(), 5);
        QCOMPARE(map.at(0).layerDigest, layer(in, 1)); // BuildKit keeps a layer for every RUN
        QCOMPARE(map.at(1).layerDigest, layer(in, 2));
        QVERIFY(map.at(2).emptyLayer);
        QCOMPARE(map.at(3).layerDigest, layer(in, 3));
        QCOMPARE(map.at(4).layerDigest, layer(in, 4));
        QVERIFY(map.at(4).matched);
    }

    void cachedLines()
    {
        LayerMapper::Input in = input(2, false, false);
        in.cachedLines = {2, 6};
        const QList<LayerMapEntry> map = LayerMapper::map(in);
        QVERIFY(map.at(0).cached);
        QVERIFY(!map.at(1).cached);
        QVERIFY(map.at(4).cached);
    }

    void baseImage()
    {
        const ParseResult p = DockerfileParser::parse("FROM alpine:3 AS build\nRUN x\nFROM build AS two\nRUN y\nFROM scratch\n");
        QCOMPARE(LayerMapper::baseImage(p, QStringLiteral("two")), QStringLiteral("alpine:3"));
        QCOMPARE(LayerMapper::baseImage(p), QString());
    }

    void garbage()
    {
        // Entries without a command and no layers: nothing is paired, nothing crashes.
        LayerMapper::Input in;
        in.dockerfile = DockerfileParser::parse("FROM x\nRUN a\n");
        in.history = {ImageHistoryEntry{}, ImageHistoryEntry{}, ImageHistoryEntry{}};
        const QList<LayerMapEntry> map = LayerMapper::map(in);
        QCOMPARE(map.size(), 1);
        QVERIFY(map.at(0).layerDigest.isEmpty());
    }

    void malformedHistoryIsRejected()
    {
        // A history that is not an array of objects never reaches the mapper.
        QList<ImageHistoryEntry> list;
        QString error;
        QVERIFY(!json::parseList<ImageHistoryEntry>("[{}, 3, \"x\"]", &list, &error, &ImageHistoryEntry::fromJson));
        QVERIFY2(error.contains(QLatin1String("element 1")), qPrintable(error));
        QVERIFY(!json::parseList<ImageHistoryEntry>("[{\"Size\": \"big\"}]", &list, &error, &ImageHistoryEntry::fromJson));
        QVERIFY2(error.contains(QLatin1String("Size")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLayerMapper)
#include "tst_layermapper.moc"
