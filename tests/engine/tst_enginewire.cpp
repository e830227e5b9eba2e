// Against the real engine: query values with '+', ';', '&', '=', '#', '?', '%', spaces and
// umlauts arrive unchanged (Go decodes '+' as a space, so QUrlQuery's own encoding is not
// enough; and QUrlQuery reads "%41" as an escape, which EngineRequest::addQueryItem avoids),
// in a label filter and in a container path.

#include "testengine.h"

#include "streams/containerpathstat.h"
#include "streams/tarbuilder.h"

using namespace dx;

namespace {

QString filterFor(const QString &key, const QString &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{
        {QStringLiteral("label"), QJsonArray{QString(key + u'=' + value)}},
    }).toJson(QJsonDocument::Compact));
}

} // namespace

class TestEngineWire final : public QObject
{
    Q_OBJECT

private:
    Engine *m_engine = nullptr;

    QStringList volumesWithLabel(const QString &key, const QString &value)
    {
        EngineRequest list = EngineRequest::get(QStringLiteral("/volumes"));
        list.addQueryItem(QStringLiteral("filters"), filterFor(key, value));
        const EngineResponse r = test::call(*m_engine, list);
        if (!r.ok())
            qWarning() << "listing volumes failed:" << r.message;
        QStringList names;
        const QJsonArray volumes = test::json(r).toObject().value(QLatin1String("Volumes")).toArray();
        for (const QJsonValue &v : volumes)
            names << v[QLatin1String("Name")].toString();
        return names;
    }

private slots:
    void initTestCase()
    {
        m_engine = new Engine(this);
        m_engine->connectToDefault();
    }

    void cleanupTestCase()
    {
        if (m_engine->isConnected())
            test::removeLabelled(*m_engine);
    }

    void labelFilterRoundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("neighbour"); // what a lossy encoding would have sent
        QTest::newRow("separators") << QStringLiteral("x+y;z=1 &#?%ä") << QStringLiteral("x y;z=1 &#?%ä");
        QTest::newRow("escapes") << QStringLiteral("%41%2B%25 %C3%A4") << QStringLiteral("A+% ä");
    }

    void labelFilterRoundTrip()
    {
        QFETCH(QString, value);
        QFETCH(QString, neighbour);
        DX_REQUIRE_ENGINE_OR_SKIP(*m_engine);
        const QString name = QStringLiteral("dx-wire-") + test::runId() + u'-' + QString::fromLatin1(QTest::currentDataTag());
        const QString key = QStringLiteral("dx.test.awkward");
        QJsonObject labels = test::runLabels();
        labels.insert(key, value);
        const QJsonObject body{{QStringLiteral("Name"), name}, {QStringLiteral("Labels"), labels}};
        const EngineResponse created = test::call(*m_engine, EngineRequest::post(QStringLiteral("/volumes/create"), {},
                                                                                 QJsonDocument(body).toJson()));
        QVERIFY2(created.ok(), qPrintable(created.message));

        // The label came back as sent.
        const EngineResponse inspect = test::call(*m_engine, EngineRequest::get(QStringLiteral("/volumes/") + name));
        QVERIFY2(inspect.ok(), qPrintable(inspect.message));
        QCOMPARE(test::json(inspect)[QLatin1String("Labels")][key].toString(), value);

        // The filter finds it only with the exact value: '+' is not a space, '%' not an escape.
        QCOMPARE(volumesWithLabel(key, value), QStringList{name});
        QCOMPARE(volumesWithLabel(key, neighbour), QStringList());
    }

    void containerPathRoundTrip_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("plus") << QStringLiteral("a+b.txt");
        QTest::newRow("everything") << QStringLiteral("x y#1;2&3=4?5%41+ä.txt");
        QTest::newRow("escape-like") << QStringLiteral("100%25 %C3%A4.txt");
    }

    void containerPathRoundTrip()
    {
        QFETCH(QString, fileName);
        DX_REQUIRE_ENGINE_OR_SKIP(*m_engine);
        const QJsonObject body{{QStringLiteral("Image"), test::baseImage()},
                               {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("true")}},
                               {QStringLiteral("Labels"), test::runLabels()}};
        const EngineResponse created = test::call(*m_engine, EngineRequest::post(QStringLiteral("/containers/create"), {},
                                                                                 QJsonDocument(body).toJson()));
        QVERIFY2(created.ok(), qPrintable(created.message));
        const QString id = test::json(created)[QLatin1String("Id")].toString();
        const QString archive = QStringLiteral("/containers/%1/archive").arg(id);

        // Put the file there with PUT archive (its own path query is plain: /tmp).
        const QByteArray contents = "round trip of " + fileName.toUtf8();
        QByteArray tar;
        TarBuilder builder([&tar](const char *data, qsizetype size) {
            tar.append(data, size);
            return true;
        });
        QVERIFY(builder.addFile(fileName, contents));
        QVERIFY(builder.finish());
        EngineRequest put;
        put.method = "PUT";
        put.path = archive;
        put.query.addQueryItem(QStringLiteral("path"), QStringLiteral("/tmp"));
        put.body = tar;
        put.contentType = "application/x-tar";
        const EngineResponse stored = test::call(*m_engine, put);
        QVERIFY2(stored.ok(), qPrintable(stored.message));

        // Ask for exactly that path: the engine finds the file and names it the same.
        EngineRequest get = EngineRequest::get(archive);
        get.addQueryItem(QStringLiteral("path"), QStringLiteral("/tmp/") + fileName);
        const EngineResponse got = test::call(*m_engine, get);
        QVERIFY2(got.ok(), qPrintable(got.message));
        QVERIFY(got.body.contains(contents));
        const std::optional<ContainerPathStat> stat =
            ContainerPathStat::fromHeader(got.header("X-Docker-Container-Path-Stat"));
        QVERIFY(stat);
        QCOMPARE(stat->name, fileName);
        QCOMPARE(stat->size, qint64(contents.size()));

        // A neighbour of the name (what the old encoding sent for '+') is not there.
        if (!fileName.contains(u'+'))
            return;
        EngineRequest head = EngineRequest::get(archive);
        head.method = "HEAD";
        head.addQueryItem(QStringLiteral("path"), QStringLiteral("/tmp/") + QString(fileName).replace(u'+', u' '));
        QCOMPARE(test::call(*m_engine, head).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestEngineWire)
#include "tst_enginewire.moc"
