// ImageHistoryModel against the fake engine: history and layers of one image read through the
// API and paired oldest first; Dockerfile lines applied in place; a failed or malformed answer
// keeps what is shown and says why; the panel sees `docker history` only for the user's pick.
#include "api/dockerapi.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "fakeengine.h"
#include "images/imagehistorymodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace dx;
using namespace dx::test;

namespace {

QString capturedId()
{
    return fixtures::capture().value(QLatin1String("image")).toObject().value(QLatin1String("id")).toString();
}

QString historyPath(const QString &id)
{
    return QStringLiteral("/images/") + QRegularExpression::escape(id) + QStringLiteral("/history");
}

QString inspectPath(const QString &id)
{
    return QStringLiteral("/images/") + QRegularExpression::escape(id) + QStringLiteral("/json");
}

} // namespace

class TestImageHistoryModel final : public QObject
{
    Q_OBJECT

private:
    FakeEngine m_fake;
    Engine m_engine;
    DockerApi m_api{&m_engine};

private slots:
    void initTestCase()
    {
        m_fake.routeFixtures();
        m_engine.connectTo(m_fake.endpoint());
        QVERIFY(waitConnected(m_engine));
    }

    void init()
    {
        m_fake.resetRoutes();
        m_fake.routeFixtures();
    }

    void loadsAndPairs()
    {
        ImageHistoryModel model(&m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ImageHistoryModel::loaded);
        QList<CommandRecord> commands;
        QObject listening; // ends the connection with this test function
        connect(&m_api, &DockerApi::commandStarted, &listening, [&](const CommandRecord &r) { commands.append(r); });
        model.load(capturedId());
        QVERIFY(model.isLoading());
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(!model.isLoading());
        const QJsonArray history = fixtures::json(QStringLiteral("image-history.json")).array();
        const QJsonArray layers = fixtures::json(QStringLiteral("image-inspect.json")).object()
                                      .value(QLatin1String("RootFS")).toObject().value(QLatin1String("Layers")).toArray();
        QCOMPARE(model.rowCount(), history.size());
        // Oldest first: the last history entry is row 0, and it carries the first layer.
        QCOMPARE(model.rowAt(0).createdBy,
                 history.last().toObject().value(QLatin1String("CreatedBy")).toString().isEmpty()
                     ? history.last().toObject().value(QLatin1String("Comment")).toString()
                     : history.last().toObject().value(QLatin1String("CreatedBy")).toString());
        QCOMPARE(model.rowAt(0).layerDigest, layers.first().toString());
        QCOMPARE(m_fake.count("GET", historyPath(capturedId())), 1);
        QCOMPARE(m_fake.count("GET", inspectPath(capturedId())), 1);
        for (const CommandRecord &r : std::as_const(commands))
            QVERIFY2(r.internal, qPrintable(r.cli)); // an automatic load is plumbing

        // The last build's line map arrives later: applied in place, no reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDockerfileLines({{layers.first().toString(), 3, QStringLiteral("COPY . /")}});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowAt(0).dockerfileLine, 3);
        QCOMPARE(model.index(0, ImageHistoryModel::LineColumn).data(ImageHistoryModel::LineRole).toInt(), 3);

        // The user's own pick is their `docker history`.
        commands.clear();
        model.load(capturedId(), true);
        QTRY_COMPARE(loaded.count(), 2);
        bool userHistory = false;
        for (const CommandRecord &r : std::as_const(commands))
            userHistory = userHistory || (!r.internal && r.cli == QStringLiteral("docker history ") + capturedId());
        QVERIFY(userHistory);
        QCOMPARE(model.rowAt(0).dockerfileLine, 3); // the line map stays applied
    }

    void malformedKeepsRows()
    {
        ImageHistoryModel model(&m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ImageHistoryModel::loaded);
        QSignalSpy errors(&model, &ImageHistoryModel::errorOccurred);
        model.load(capturedId());
        QTRY_COMPARE(loaded.count(), 1);
        const int rows = model.rowCount();
        QVERIFY(rows > 0);

        m_fake.route("GET", historyPath(capturedId()), FakeReply::json(QByteArray("[{\"Size\": \"big\"}]")));
        model.load(capturedId());
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY2(errors.first().first().toString().contains(QLatin1String("Size")), qPrintable(errors.first().first().toString()));
        QCOMPARE(model.lastError(), errors.first().first().toString());
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!model.isLoading());

        m_fake.route("GET", inspectPath(capturedId()), FakeReply::malformedJson());
        model.load(capturedId());
        QTRY_COMPARE(errors.count(), 2);
        QCOMPARE(model.rowCount(), rows);
    }

    void missingImage()
    {
        ImageHistoryModel model(&m_api);
        QSignalSpy errors(&model, &ImageHistoryModel::errorOccurred);
        model.load(QStringLiteral("sha256:") + QString(64, QLatin1Char('c')));
        QTRY_COMPARE(errors.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void staleAnswerIsDropped()
    {
        // The user moved on before the first image's history came back: only the second shows.
        ImageHistoryModel model(&m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ImageHistoryModel::loaded);
        const QString slow = QStringLiteral("sha256:") + QString(64, QLatin1Char('d'));
        m_fake.route("GET", historyPath(slow), FakeReply::json(QByteArray("[]")).delayed(300));
        m_fake.route("GET", inspectPath(slow), FakeReply::json(QByteArray(R"({"Id": "x", "RootFS": {"Layers": []}})")));
        model.load(slow);
        model.load(capturedId());
        QTRY_COMPARE(loaded.count(), 1);
        QTest::qWait(500);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.image(), capturedId());
        QVERIFY(model.rowCount() > 0);
    }
};

QTEST_MAIN(TestImageHistoryModel)
#include "tst_imagehistorymodel.moc"
