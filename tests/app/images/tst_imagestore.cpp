// ImageStore against the fake engine: one list on connect, each image event answered by one
// inspection of that image (bursts coalesced), a moved tag re-reads its old holder, delete
// needs no request, a malformed answer keeps the last good state and says why, and an engine
// that goes away leaves the store stale until it is back (one list, row diffs, no reset).
#include "api/dockerapi.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "fakeengine.h"
#include "images/imagelistmodel.h"
#include "images/imagestore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace dx;
using namespace dx::test;

namespace {

const QString kNewId = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));

QString capturedId()
{
    return fixtures::capture().value(QLatin1String("image")).toObject().value(QLatin1String("id")).toString();
}

QString capturedReference()
{
    return fixtures::capture().value(QLatin1String("image")).toObject().value(QLatin1String("reference")).toString();
}

QString capturedExtraTag()
{
    return fixtures::capture().value(QLatin1String("image")).toObject().value(QLatin1String("extraTag")).toString();
}

// The captured inspection with another id and other names.
QJsonObject inspection(const QString &id, const QStringList &tags)
{
    QJsonObject o = fixtures::json(QStringLiteral("image-inspect.json")).object();
    o.insert(QStringLiteral("Id"), id);
    o.insert(QStringLiteral("RepoTags"), QJsonArray::fromStringList(tags));
    return o;
}

QJsonObject imageEvent(const QString &action, const QString &actor, const QString &name = {})
{
    QJsonObject attributes;
    if (!name.isEmpty())
        attributes.insert(QStringLiteral("name"), name);
    return {{QStringLiteral("Type"), QStringLiteral("image")},
            {QStringLiteral("Action"), action},
            {QStringLiteral("Actor"), QJsonObject{{QStringLiteral("ID"), actor}, {QStringLiteral("Attributes"), attributes}}},
            {QStringLiteral("scope"), QStringLiteral("local")},
            {QStringLiteral("time"), 1796192521},
            {QStringLiteral("timeNano"), 1796192521000000000.0}};
}

QString inspectPath(const QString &id)
{
    return QStringLiteral("/images/") + QRegularExpression::escape(id) + QStringLiteral("/json");
}

} // namespace

class TestImageStore final : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        FakeEngine fake;
        Engine engine;
        DockerApi api{&engine};
        ImageStore store{&api};
        QAbstractItemModelTester tester{store.model(), QAbstractItemModelTester::FailureReportingMode::QtTest};

        bool start()
        {
            fake.routeFixtures();
            engine.connectTo(fake.endpoint());
            return waitConnected(engine) && QTest::qWaitFor([this] { return store.isLoaded(); }, 10000)
                && fake.waitForStreams(QStringLiteral("events"));
        }
    };

private slots:
    void listsOnConnect()
    {
        Setup s;
        QSignalSpy loaded(&s.store, &ImageStore::loaded);
        QVERIFY(s.start());
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(s.fake.count("GET", QStringLiteral("/images/json")), 1);
        QCOMPARE(s.store.model()->rowCount(), 1);
        QVERIFY(!s.store.isStale());
        QVERIFY(s.store.lastError().isEmpty());
        const std::optional<ImageSummary> image = s.store.find(capturedReference());
        QVERIFY(image);
        QCOMPARE(image->id, capturedId());
        QCOMPARE(s.store.find(image->shortId())->id, capturedId());
        QCOMPARE(s.store.find(capturedId().mid(7))->id, capturedId());
        QVERIFY(!s.store.find(QStringLiteral("nothing:here")));
        QCOMPARE(s.store.model()->index(0, ImageListModel::NameColumn).data(ImageListModel::ReferenceRole).toString(),
                 image->repoTags.first());
        // The list is plumbing: it is not the user's command.
        const FakeRequest list = s.fake.lastRequest("GET", QStringLiteral("/images/json"));
        QVERIFY(!list.hasQueryItem(QStringLiteral("all")));
    }

    void eventBurstIsOneTargetedFetch()
    {
        Setup s;
        QVERIFY(s.start());
        s.fake.route("GET", inspectPath(kNewId), FakeReply::json(inspection(kNewId, {QStringLiteral("demo_image:latest")})));
        QSignalSpy inserted(s.store.model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(s.store.model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(&s.store, &ImageStore::changed);
        // A build's tag and a second tag of the same image, within one burst.
        s.fake.pushEvent(imageEvent(QStringLiteral("tag"), kNewId, QStringLiteral("demo_image:latest")));
        s.fake.pushEvent(imageEvent(QStringLiteral("tag"), kNewId, QStringLiteral("demo_image:1")));
        QTRY_COMPARE(s.store.model()->rowCount(), 2);
        QTest::qWait(200); // nothing else may follow
        QCOMPARE(s.fake.count("GET", inspectPath(kNewId)), 1);
        QCOMPARE(s.fake.count("GET", QStringLiteral("/images/json")), 1); // never a re-list
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), kNewId);
        QCOMPARE(s.store.find(QStringLiteral("demo_image"))->id, kNewId);

        // delete needs no request at all.
        QSignalSpy removed(&s.store, &ImageStore::removed);
        s.fake.clearRequests();
        s.fake.pushEvent(imageEvent(QStringLiteral("delete"), kNewId));
        QTRY_COMPARE(s.store.model()->rowCount(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toString(), kNewId);
        QTest::qWait(100);
        QCOMPARE(s.fake.count("GET", QStringLiteral("/images/.*")), 0);
        // Events of other kinds are not the store's business.
        s.fake.pushEvent(QJsonObject{{QStringLiteral("Type"), QStringLiteral("container")},
                                     {QStringLiteral("Action"), QStringLiteral("start")},
                                     {QStringLiteral("Actor"), QJsonObject{{QStringLiteral("ID"), kNewId}}}});
        QTest::qWait(100);
        QCOMPARE(s.fake.count("GET", QStringLiteral("/images/.*")), 0);
    }

    void movedTagRereadsItsOldHolder()
    {
        // Rebuilding a tag moves it without an event for the image that lost it.
        Setup s;
        QVERIFY(s.start());
        const QString moved = capturedReference();
        s.fake.route("GET", inspectPath(kNewId), FakeReply::json(inspection(kNewId, {moved})));
        s.fake.route("GET", inspectPath(capturedId()), FakeReply::json(inspection(capturedId(), {capturedExtraTag()})));
        s.fake.pushEvent(imageEvent(QStringLiteral("tag"), kNewId, moved));
        QTRY_COMPARE(s.fake.count("GET", inspectPath(capturedId())), 1);
        QTRY_VERIFY(!s.store.find(capturedId())->repoTags.contains(moved));
        QCOMPARE(s.store.find(moved)->id, kNewId);
        QTest::qWait(100);
        QCOMPARE(s.fake.count("GET", inspectPath(kNewId)), 1);
        QCOMPARE(s.fake.count("GET", QStringLiteral("/images/json")), 1);
        // untag to nothing and then delete: the row goes, the 404 of a late inspection too.
        s.fake.route("GET", inspectPath(kNewId), FakeReply::error(404, QStringLiteral("No such image: ") + kNewId));
        s.fake.pushEvent(imageEvent(QStringLiteral("untag"), kNewId));
        QTRY_VERIFY(!s.store.find(kNewId));
    }

    void malformedAnswerKeepsState()
    {
        Setup s;
        QVERIFY(s.start());
        QSignalSpy errors(&s.store, &ImageStore::errorOccurred);
        s.fake.route("GET", inspectPath(capturedId()), FakeReply::malformedJson());
        const ImageSummary before = *s.store.find(capturedId());
        s.fake.pushEvent(imageEvent(QStringLiteral("tag"), capturedId(), capturedReference()));
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY2(errors.first().first().toString().contains(QLatin1String("not understood")),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(s.store.lastError(), errors.first().first().toString());
        QCOMPARE(s.store.model()->rowCount(), 1);
        QVERIFY(*s.store.find(capturedId()) == before);

        // A list of the wrong shape: same.
        s.fake.route("GET", QStringLiteral("/images/json"), FakeReply::json(QByteArray("[{\"Id\": 7}]")));
        s.store.refresh();
        QTRY_COMPARE(errors.count(), 2);
        QCOMPARE(s.store.model()->rowCount(), 1);
        QVERIFY(!s.store.isStale());
    }

    void staleAndRecover()
    {
        Setup s;
        QVERIFY(s.start());
        QSignalSpy stale(&s.store, &ImageStore::staleChanged);
        QSignalSpy reset(s.store.model(), &QAbstractItemModel::modelReset);
        // The engine goes away: nothing answers any more.
        s.fake.route("", QStringLiteral(".*"), FakeReply::dropConnection());
        s.fake.cutConnections();
        QTRY_VERIFY_WITH_TIMEOUT(s.store.isStale(), 10000);
        QCOMPARE(stale.count(), 1);
        QCOMPARE(s.store.model()->rowCount(), 1); // the last good state stays visible

        // Back, with one more image than before: one list, applied as a row diff.
        s.fake.clearRequests();
        s.fake.resetRoutes();
        s.fake.routeFixtures();
        QJsonArray images = fixtures::json(QStringLiteral("images.json")).array();
        QJsonObject second = images.first().toObject();
        second.insert(QStringLiteral("Id"), kNewId);
        second.insert(QStringLiteral("RepoTags"), QJsonArray{QStringLiteral("demo_image:latest")});
        images.append(second);
        s.fake.route("GET", QStringLiteral("/images/json"), FakeReply::json(images));
        QTRY_VERIFY_WITH_TIMEOUT(!s.store.isStale(), 10000);
        QCOMPARE(stale.count(), 2);
        QCOMPARE(s.store.model()->rowCount(), 2);
        QCOMPARE(s.fake.count("GET", QStringLiteral("/images/json")), 1);
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_MAIN(TestImageStore)
#include "tst_imagestore.moc"
