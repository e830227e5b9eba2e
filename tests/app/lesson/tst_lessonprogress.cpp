// LessonProgress against the fake engine: every step comes from the shared stores (no lists of
// its own), the writable-layer step from the Changes of a demo container without a volume at
// /demo, stop + start of a demo container checks step 7, also for a container run from the
// Images view (created with the reference demo_image:latest), and checks go when the image or
// the volume goes.

#include "api/dockerapi.h"
#include "containers/containerstore.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "fakeengine.h"
#include "lesson/lessonprogress.h"
#include "session/enginesession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dx;
using dx::test::FakeEngine;
using dx::test::FakeReply;
using dx::test::FakeRequest;
using Id = LessonStep::Id;

namespace {

const QString DemoImageId = QStringLiteral("sha256:") + QStringLiteral("d").repeated(64);
const QString First = QStringLiteral("1").repeated(64);
const QString FromImages = QStringLiteral("2").repeated(64);
const QString Layered = QStringLiteral("3").repeated(64);

QJsonObject listed(const QString &id, const QString &name, const QString &state, const QString &status,
                   bool withVolume = true)
{
    return {{QStringLiteral("Id"), id},
            {QStringLiteral("Names"), QJsonArray{QString(QLatin1Char('/') + name)}},
            {QStringLiteral("Image"), QStringLiteral("demo_image:latest")},
            {QStringLiteral("ImageID"), DemoImageId},
            {QStringLiteral("Command"), QStringLiteral("python3 append_line.py")},
            {QStringLiteral("Created"), 1796190000},
            {QStringLiteral("Ports"), QJsonArray()},
            {QStringLiteral("Labels"), QJsonObject()},
            {QStringLiteral("State"), state},
            {QStringLiteral("Status"), status},
            {QStringLiteral("Mounts"), !withVolume ? QJsonArray() : QJsonArray{QJsonObject{{QStringLiteral("Type"), QStringLiteral("volume")},
                                                              {QStringLiteral("Name"), QStringLiteral("new_volume")},
                                                              {QStringLiteral("Source"), QStringLiteral("/var/lib/docker/volumes/new_volume/_data")},
                                                              {QStringLiteral("Destination"), QStringLiteral("/demo")},
                                                              {QStringLiteral("RW"), true}}}}};
}

// What GET /containers/{id}/json says about a container the Images view ran: the captured
// running container, created with the reference the user chose.
QJsonObject inspected(const QString &id, const QString &name, bool withVolume = true)
{
    QJsonObject o = dx::test::fixtures::json(QStringLiteral("container-running.json")).object();
    // The mounts as listed: new_volume at /demo, or none.
    o.insert(QStringLiteral("Mounts"), !withVolume ? QJsonArray() : QJsonArray{QJsonObject{
        {QStringLiteral("Type"), QStringLiteral("volume")}, {QStringLiteral("Name"), QStringLiteral("new_volume")},
        {QStringLiteral("Source"), QStringLiteral("/var/lib/docker/volumes/new_volume/_data")},
        {QStringLiteral("Destination"), QStringLiteral("/demo")}, {QStringLiteral("RW"), true}}});
    o.insert(QStringLiteral("Id"), id);
    o.insert(QStringLiteral("Name"), QString(QLatin1Char('/') + name));
    o.insert(QStringLiteral("Image"), DemoImageId);
    QJsonObject config = o.value(QLatin1String("Config")).toObject();
    config.insert(QStringLiteral("Image"), QStringLiteral("demo_image:latest"));
    o.insert(QStringLiteral("Config"), config);
    return o;
}

QJsonObject containerEvent(const QString &action, const QString &id)
{
    // Each event at its own time: the engine's stream drops an exact repeat (a replay).
    static qint64 nanos = qint64(1796192520) * 1000000000;
    nanos += 1000;
    return {{QStringLiteral("Type"), QStringLiteral("container")},
            {QStringLiteral("Action"), action},
            {QStringLiteral("Actor"), QJsonObject{{QStringLiteral("ID"), id},
                                                  {QStringLiteral("Attributes"), QJsonObject{{QStringLiteral("image"), QStringLiteral("demo_image:latest")}}}}},
            {QStringLiteral("time"), nanos / 1000000000},
            {QStringLiteral("timeNano"), nanos}};
}

} // namespace

class TestLessonProgress final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeEngine>();
        m_fake->route("GET", QStringLiteral("/containers/json"),
                      FakeReply::json(QJsonArray{listed(First, QStringLiteral("lesson-one"), QStringLiteral("exited"),
                                                        QStringLiteral("Exited (0) 5 minutes ago")),
                                                 listed(Layered, QStringLiteral("lesson-layer"), QStringLiteral("exited"),
                                                        QStringLiteral("Exited (0) 4 minutes ago"), false)}));
        m_fake->route("GET", QStringLiteral("/containers/%1/json").arg(Layered),
                      FakeReply::json(inspected(Layered, QStringLiteral("lesson-layer"), false)));
        m_fake->route("GET", QStringLiteral("/containers/%1/changes").arg(Layered),
                      FakeReply::json(QJsonArray{QJsonObject{{QStringLiteral("Path"), QStringLiteral("/demo")}, {QStringLiteral("Kind"), 0}},
                                                 QJsonObject{{QStringLiteral("Path"), QStringLiteral("/demo/lines.txt")}, {QStringLiteral("Kind"), 1}}}));
        m_fake->route("GET", QStringLiteral("/containers/%1/json").arg(FromImages),
                      FakeReply::json(inspected(FromImages, QStringLiteral("from-images"))));
        m_fake->route("GET", QStringLiteral("/containers/%1/json").arg(First),
                      FakeReply::json(inspected(First, QStringLiteral("lesson-one"))));
        m_fake->route("GET", QStringLiteral("/images/json"),
                      FakeReply::json(QJsonArray{QJsonObject{{QStringLiteral("Id"), DemoImageId},
                                                             {QStringLiteral("RepoTags"), QJsonArray{QStringLiteral("demo_image:latest")}},
                                                             {QStringLiteral("Created"), 1796180000},
                                                             {QStringLiteral("Size"), 1000}}}));
        m_fake->route("GET", QStringLiteral("/volumes"),
                      FakeReply::json(QJsonObject{{QStringLiteral("Volumes"), QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("new_volume")}}}}}));
        m_engine = std::make_unique<Engine>();
        m_session = std::make_unique<EngineSession>(m_engine.get());
        m_progress = std::make_unique<LessonProgress>(m_session.get());
        m_engine->connectTo(m_fake->endpoint());
        QVERIFY(dx::test::waitConnected(*m_engine));
        QVERIFY(m_fake->waitForStreams());
        QTRY_VERIFY(m_session->containers()->isLoaded());
    }

    void cleanup()
    {
        m_progress.reset();
        m_session.reset();
        m_engine.reset();
        m_fake.reset();
    }

    void containerStepsComeFromTheStore()
    {
        QTRY_VERIFY(m_progress->isDone(Id::Build));
        QVERIFY(m_progress->isDone(Id::Layers));
        QVERIFY(m_progress->isDone(Id::Instance));
        QVERIFY(m_progress->isDone(Id::RunAgain));
        QTRY_VERIFY(m_progress->isDone(Id::Volume));
        QVERIFY(!m_progress->isDone(Id::ShareVolume)); // one container mounts new_volume
        QVERIFY(!m_progress->isDone(Id::Recipe));      // no Dockerfile open
        QCOMPARE(m_progress->demoContainerName(), QStringLiteral("lesson-one"));
        QCOMPARE(m_progress->demoContainerId(), First);
        // The file is in the writable layer of the container without a volume at /demo.
        QTRY_VERIFY(m_progress->isDone(Id::WritableLayer));
        QCOMPARE(m_progress->layerContainerId(), Layered);
        QCOMPARE(m_progress->layerContainerName(), QStringLiteral("lesson-layer"));
        // No lists of its own: the store's list, its targeted fetches, and one Changes of the
        // container without the volume (the one with it writes into the volume).
        QTest::qWait(400);
        for (const FakeRequest &r : m_fake->requests("GET", QStringLiteral("/containers/json")))
            QVERIFY2(r.queryJson(QStringLiteral("filters")).isEmpty(), r.target.constData());
        QVERIFY(m_fake->count("GET", QStringLiteral("/containers/json")) <= 2); // the store's list and its sizes
        QCOMPARE(m_fake->count("GET", QStringLiteral("/images/json")), 1);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/volumes")), 1);
        QVERIFY(m_fake->count("GET", QStringLiteral("/containers/%1/changes").arg(Layered)) >= 1);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/containers/%1/changes").arg(First)), 0);

        // Step 7: the exited demo container started again.
        QVERIFY(!m_progress->isDone(Id::StopStart));
        m_fake->pushEvent(containerEvent(QStringLiteral("start"), First));
        QTRY_VERIFY(m_progress->isDone(Id::StopStart));
    }

    void recipeAndBuildFailure()
    {
        m_progress->setDemoDockerfileOpen(true);
        QVERIFY(m_progress->isDone(Id::Recipe));
        m_progress->setDemoDockerfileOpen(false); // another file later: read is read
        QVERIFY(m_progress->isDone(Id::Recipe));
        QTRY_VERIFY(m_progress->isDone(Id::Build));
        m_progress->setBuildFailed(true);
        QVERIFY(!m_progress->isDone(Id::Build)); // an older image is there, the build failed
        QVERIFY(m_progress->isDone(Id::Layers));
    }

    void aContainerRunFromImagesCounts()
    {
        QVERIFY(!m_progress->isDone(Id::StopStart));
        // Images → Run: create + start of a container whose Config.Image is demo_image:latest.
        m_fake->pushEvent(containerEvent(QStringLiteral("create"), FromImages));
        m_fake->pushEvent(containerEvent(QStringLiteral("start"), FromImages));
        QTRY_VERIFY(m_session->containers()->find(FromImages).has_value());
        QCOMPARE(m_session->containers()->find(FromImages)->image, QStringLiteral("demo_image:latest"));
        QTRY_COMPARE(m_progress->demoContainerCount(), 3);
        // Stopped and started again: step 6.
        m_fake->pushEvent(containerEvent(QStringLiteral("die"), FromImages));
        m_fake->pushEvent(containerEvent(QStringLiteral("start"), FromImages));
        QTRY_VERIFY(m_progress->isDone(Id::StopStart));
    }

    void checksGoWithTheImageAndTheVolume()
    {
        QTRY_VERIFY(m_progress->isDone(Id::Build));
        QTRY_VERIFY(m_progress->isDone(Id::Volume));
        m_fake->pushEvent(QJsonObject{{QStringLiteral("Type"), QStringLiteral("image")}, {QStringLiteral("Action"), QStringLiteral("delete")},
                                      {QStringLiteral("Actor"), QJsonObject{{QStringLiteral("ID"), DemoImageId}}},
                                      {QStringLiteral("time"), 1796192600}});
        QTRY_VERIFY(!m_progress->isDone(Id::Build));
        QVERIFY(!m_progress->isDone(Id::Layers));
        m_fake->pushEvent(QJsonObject{{QStringLiteral("Type"), QStringLiteral("volume")}, {QStringLiteral("Action"), QStringLiteral("destroy")},
                                      {QStringLiteral("Actor"), QJsonObject{{QStringLiteral("ID"), QStringLiteral("new_volume")}}},
                                      {QStringLiteral("time"), 1796192601}});
        QTRY_VERIFY(!m_progress->isDone(Id::Volume));
        QVERIFY(!m_progress->isDone(Id::LookInside));
        // A demo container known by its image id only (run by id, or an older tag).
        ContainerSummary byId;
        byId.image = DemoImageId.mid(7, 12);
        byId.imageId = DemoImageId;
        QVERIFY(!m_progress->isDemoContainer(byId)); // the image is gone
    }

    void podmanNamesCount()
    {
        // Podman lists a locally built image as localhost/NAME:TAG.
        ContainerSummary podman;
        podman.image = QStringLiteral("localhost/demo_image:latest");
        QVERIFY(m_progress->isDemoContainer(podman));
        ContainerSummary other;
        other.image = QStringLiteral("localhost/demo_image2:latest");
        QVERIFY(!m_progress->isDemoContainer(other));
    }

private:
    std::unique_ptr<FakeEngine> m_fake;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<LessonProgress> m_progress;
};

QTEST_GUILESS_MAIN(TestLessonProgress)
#include "tst_lessonprogress.moc"
