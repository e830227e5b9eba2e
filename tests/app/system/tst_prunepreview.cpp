// The System page against the real engine: with this run's label as its filter (a prune acts
// on the whole engine, and tests never touch what is not theirs), its previews list exactly
// the stopped container, the dangling image and the unused tagged image the test made, with
// the sizes the engine reports; each clean-up removes only those and the engine's reclaimed
// bytes are the preview's; the Docker Commands panel shows the CLI equivalent.

#include "api/dockerapi.h"
#include "api/resourcetypes.h"
#include "engine/commandspy.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "system/diskusagemodel.h"
#include "system/systemoverview.h"
#include "system/systemview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace dx;
using namespace dx::test;

namespace {

QStringList ids(const PrunePreview &p)
{
    QStringList out;
    for (const PruneItem &i : p.items)
        out << i.id;
    out.sort();
    return out;
}

} // namespace

class TestPrunePreview final : public QObject
{
    Q_OBJECT

    Engine m_engine;
    QString m_stopped;   // a stopped container that wrote 100 KiB
    QString m_dangling;  // an image without a name
    QString m_unused;    // a tagged image no container uses
    QStringList m_images;

    // Runs `script` in a new labelled container and waits for it to end; its id.
    QString runToEnd(const QString &name, const QString &script)
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("name"), name);
        const QJsonObject body{{QStringLiteral("Image"), baseImage()},
                               {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), script}},
                               {QStringLiteral("Labels"), runLabels()}};
        const EngineResponse created = call(m_engine, EngineRequest::post(QStringLiteral("/containers/create"), q,
                                                                          QJsonDocument(body).toJson()));
        if (!created.ok())
            return {};
        const QString id = json(created).toObject().value(QLatin1String("Id")).toString();
        call(m_engine, EngineRequest::post(QStringLiteral("/containers/%1/start").arg(id), {}, {}));
        call(m_engine, EngineRequest::post(QStringLiteral("/containers/%1/wait").arg(id), {}, {}));
        return id;
    }

    QString commit(const QString &container, const QString &repo = {})
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("container"), container);
        if (!repo.isEmpty()) {
            q.addQueryItem(QStringLiteral("repo"), repo);
            q.addQueryItem(QStringLiteral("tag"), QStringLiteral("1"));
        }
        const EngineResponse r = call(m_engine, EngineRequest::post(QStringLiteral("/commit"), q, QByteArrayLiteral("{}")));
        if (!r.ok())
            qWarning().noquote() << "commit:" << r.message;
        const QString id = json(r).toObject().value(QLatin1String("Id")).toString();
        if (!id.isEmpty())
            m_images << id;
        return id;
    }

    bool exists(const QString &path) { return call(m_engine, EngineRequest::get(path)).ok(); }

    void removeOurImages()
    {
        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
        for (const QString &id : std::as_const(m_images)) {
            if (exists(QStringLiteral("/images/") + id + QStringLiteral("/json")))
                call(m_engine, EngineRequest::del(QStringLiteral("/images/") + id, force));
        }
    }

private slots:
    void initTestCase()
    {
        m_engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_engine);
        const QString prefix = QStringLiteral("dx-%1-prune").arg(runId()).toLower();
        m_stopped = runToEnd(prefix + QStringLiteral("-stopped"), QStringLiteral("dd if=/dev/zero of=/blob bs=1024 count=100"));
        QVERIFY(!m_stopped.isEmpty());
        // The images come from a container that is gone again: nothing uses them. The container's
        // labels become the image's, so the run label scopes them too.
        // Two sources, so the images share no layer but the base's.
        const QString first = runToEnd(prefix + QStringLiteral("-source1"), QStringLiteral("dd if=/dev/zero of=/blob bs=1024 count=300"));
        const QString second = runToEnd(prefix + QStringLiteral("-source2"), QStringLiteral("dd if=/dev/zero of=/other bs=1024 count=200"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        m_dangling = commit(first);
        m_unused = commit(second, prefix + QStringLiteral("-unused"));
        QVERIFY(!m_dangling.isEmpty() && !m_unused.isEmpty());
        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
        for (const QString &source : {first, second})
            QVERIFY(call(m_engine, EngineRequest::del(QStringLiteral("/containers/") + source, force)).ok());
    }

    void cleanupTestCase()
    {
        if (!m_engine.isConnected())
            return;
        removeLabelled(m_engine);
        removeOurImages();
    }

    void previewsThenPrunesOnlyWhatTheyList()
    {
        IconProvider icons;
        AppServices services(&m_engine, &icons);
        SystemView view(&services);
        SystemOverview *overview = view.overview();
        overview->setLabelFilter({runLabelKey() + QLatin1Char('=') + runId()});
        QSignalSpy commands(services.session()->api(), &DockerApi::commandStarted);
        view.resize(900, 700);
        view.show(); // a shown page fetches: the same path the app takes
        QTRY_VERIFY_WITH_TIMEOUT(overview->isLoaded() && overview->hasFacts(), 60000);
        QVERIFY(!view.factText(QStringLiteral("fact-storage")).isEmpty());
        QCOMPARE(overview->model()->entry(DiskUsageModel::ContainersRow).available, true);

        // Stopped containers: ours, with the size of its own layer as the engine counts it.
        const PrunePreview stopped = overview->preview(PruneKind::StoppedContainers);
        QCOMPARE(ids(stopped), QStringList{m_stopped});
        QUrlQuery size;
        size.addQueryItem(QStringLiteral("size"), QStringLiteral("1"));
        const qint64 sizeRw = json(call(m_engine, EngineRequest::get(QStringLiteral("/containers/%1/json").arg(m_stopped), size)))
                                  .toObject().value(QLatin1String("SizeRw")).toInteger();
        QVERIFY(sizeRw >= 100 * 1024);
        QCOMPARE(stopped.bytes, sizeRw);

        const PrunePreview dangling = overview->preview(PruneKind::DanglingImages);
        QCOMPARE(ids(dangling), QStringList{m_dangling});
        QVERIFY(dangling.bytes >= 300 * 1024);
        QStringList both{m_dangling, m_unused};
        both.sort();
        QCOMPARE(ids(overview->preview(PruneKind::UnusedImages)), both);
        // BuildKit records carry no labels: a label-scoped page offers no build cache clean-up.
        QVERIFY(!overview->preview(PruneKind::BuildCache).supported);

        // The stopped containers through the page: the list shown, the confirmation naming
        // it, the prune, the engine's own count of what came back.
        view.selectKind(PruneKind::StoppedContainers);
        QCOMPARE(view.previewList()->topLevelItemCount(), 1);
        QCOMPARE(view.previewList()->topLevelItem(0)->data(0, Qt::UserRole).toString(), m_stopped);
        QString asked;
        view.setConfirmation([&asked](const QString &, const QString &text) {
            asked = text;
            return true;
        });
        auto *button = view.findChild<QPushButton *>(QStringLiteral("pruneButton"));
        QVERIFY(button && button->isEnabled());
        button->click();
        QVERIFY2(asked.contains(QStringLiteral("-stopped")), qPrintable(asked));
        QTRY_VERIFY_WITH_TIMEOUT(view.messageText().contains(QLocale().formattedDataSize(sizeRw)), 60000);
        QVERIFY(!exists(QStringLiteral("/containers/%1/json").arg(m_stopped)));
        const QList<CommandRecord> user = commandRecords(commands);
        QVERIFY2(!user.isEmpty(), qPrintable(describeCommands(commandRecords(commands, true))));
        QCOMPARE(user.last().cli, QStringLiteral("docker container prune -f --filter label=dx.test.run=%1").arg(runId()));
        // The fetches of the page are `docker system df -v`, `docker info` and `docker version`.
        QStringList plumbing;
        for (const CommandRecord &r : commandRecords(commands, true))
            plumbing << r.cli;
        QVERIFY2(plumbing.contains(QStringLiteral("docker system df -v")), qPrintable(plumbing.join(QLatin1Char('\n'))));
        QVERIFY(plumbing.contains(QStringLiteral("docker info")));

        // Dangling images: exactly the nameless one goes, its bytes as previewed; the named stays.
        QTRY_VERIFY_WITH_TIMEOUT(!overview->isLoading(), 60000);
        PruneReport report;
        QString error;
        bool done = false;
        overview->prune(PruneKind::DanglingImages, [&](const PruneReport &r, const QString &e) {
            report = r;
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(report.deleted.contains(m_dangling), qPrintable(report.deleted.join(QLatin1Char('\n'))));
        QVERIFY(!report.deleted.contains(m_unused));
        QCOMPARE(qint64(report.spaceReclaimed), dangling.bytes);
        QVERIFY(!exists(QStringLiteral("/images/%1/json").arg(m_dangling)));
        QVERIFY(exists(QStringLiteral("/images/%1/json").arg(m_unused)));
        QVERIFY(commandRecords(commands).last().cli
                == QStringLiteral("docker image prune -f --filter label=dx.test.run=%1").arg(runId()));

        // Unused images (-a): now only the tagged one is listed, and only it goes.
        QTRY_VERIFY_WITH_TIMEOUT(!overview->isLoading() && ids(overview->preview(PruneKind::UnusedImages)) == QStringList{m_unused}, 60000);
        const PrunePreview unused = overview->preview(PruneKind::UnusedImages);
        done = false;
        overview->prune(PruneKind::UnusedImages, [&](const PruneReport &r, const QString &e) {
            report = r;
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(report.deleted.contains(m_unused), qPrintable(report.deleted.join(QLatin1Char('\n'))));
        QCOMPARE(qint64(report.spaceReclaimed), unused.bytes);
        QVERIFY(!exists(QStringLiteral("/images/%1/json").arg(m_unused)));
        QVERIFY(exists(QStringLiteral("/images/%1/json").arg(baseImage())));
        QCOMPARE(commandRecords(commands).last().cli,
                 QStringLiteral("docker image prune -f -a --filter label=dx.test.run=%1").arg(runId()));

        // Afterwards nothing of ours is left to clean up.
        QTRY_VERIFY_WITH_TIMEOUT(!overview->isLoading() && overview->preview(PruneKind::UnusedImages).items.isEmpty()
                                     && overview->preview(PruneKind::StoppedContainers).items.isEmpty(), 60000);
        view.selectKind(PruneKind::BuildCache);
        QVERIFY(!button->isEnabled());
    }
};

QTEST_MAIN(TestPrunePreview)
#include "tst_prunepreview.moc"
