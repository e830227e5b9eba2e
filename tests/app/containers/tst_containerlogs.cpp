// The Logs tab against the real engine: a container whose runs are too short to be seen running
// (started and exited between two looks at the store) still gets each run's output when it is
// started again, found by its new StartedAt.

#include "containers/containerlogswidget.h"
#include "containers/logmodel.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"

#include <QJsonArray>
#include <QTest>

using namespace dx;

class TestContainerLogs final : public QObject
{
    Q_OBJECT

private:
    Engine m_engine;
    IconProvider m_icons;
    AppServices *m_services = nullptr;

    // Starts the container, waits for its end, and says when this run began and ended.
    QPair<QDateTime, QDateTime> runOnce(const QString &id)
    {
        if (!test::call(m_engine, EngineRequest::post(QStringLiteral("/containers/%1/start").arg(id))).ok())
            return {};
        test::call(m_engine, EngineRequest::post(QStringLiteral("/containers/%1/wait").arg(id)), 60000);
        const QJsonObject state = test::json(test::call(m_engine, EngineRequest::get(QStringLiteral("/containers/%1/json").arg(id))))
                                      .toObject().value(QLatin1String("State")).toObject();
        return {QDateTime::fromString(state.value(QLatin1String("StartedAt")).toString(), Qt::ISODateWithMs),
                QDateTime::fromString(state.value(QLatin1String("FinishedAt")).toString(), Qt::ISODateWithMs)};
    }

private slots:
    void initTestCase()
    {
        m_engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_engine);
        m_services = new AppServices(&m_engine, &m_icons, this);
    }

    void cleanupTestCase()
    {
        if (m_services)
            test::removeLabelled(m_engine);
    }

    void eachShortRunIsRead()
    {
        const QJsonObject body{{QStringLiteral("Image"), test::baseImage()},
                               {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("echo"), QStringLiteral("one run")}},
                               {QStringLiteral("Labels"), test::runLabels()}};
        const EngineResponse created = test::call(m_engine, EngineRequest::post(QStringLiteral("/containers/create"), {},
                                                                                QJsonDocument(body).toJson()));
        QVERIFY2(created.ok(), qPrintable(created.message));
        const QString id = test::json(created).toObject().value(QLatin1String("Id")).toString();
        const auto [started, finished] = runOnce(id);
        QVERIFY(started.isValid() && finished.isValid());

        ContainerLogsWidget logs(m_services);
        logs.setContainer(id, {}, false, started, finished);
        logs.setTty(false);
        logs.setActive(true);
        QTRY_COMPARE_WITH_TIMEOUT(logs.model()->rowCount(), 1, 20000);

        // Run again at once (within the second the first stream ended in), as a Start click does.
        const auto [startedAgain, finishedAgain] = runOnce(id);
        QVERIFY(startedAgain > started);
        logs.setContainer(id, {}, false, startedAgain, finishedAgain); // what the store says: exited again
        QTRY_COMPARE_WITH_TIMEOUT(logs.model()->rowCount(), 2, 20000);
        QTest::qWait(500);
        QCOMPARE(logs.model()->rowCount(), 2); // the first run's line is not read twice
    }
};

QTEST_MAIN(TestContainerLogs)
#include "tst_containerlogs.moc"
