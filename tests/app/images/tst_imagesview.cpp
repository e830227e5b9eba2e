// The images view against the real engine: list, history, selection by id, remove asks first,
// tag and remove through ImageActions with their commands in the panel only once sent.
#include "engine/testengine.h"

#include "api/dockerapi.h"
#include "engine/engine.h"
#include "images/imagehistorymodel.h"
#include "images/imagelistmodel.h"
#include "images/imagestore.h"
#include "images/imagesview.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "streams/tarbuilder.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>

using namespace dx;

class TestImagesView final : public QObject
{
    Q_OBJECT

private:
    Engine m_engine;
    IconProvider m_icons;
    AppServices *m_services = nullptr;
    QString m_image;

private slots:
    void initTestCase()
    {
        m_engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_engine);
        m_services = new AppServices(&m_engine, &m_icons, this);
        // A tiny labelled image of our own, so removal is tried on nothing else.
        QByteArray tar;
        TarBuilder builder([&tar](const char *d, qsizetype n) { tar.append(d, n); return true; });
        builder.addFile(QStringLiteral("hello.txt"), "hi\n");
        builder.finish();
        m_image = QStringLiteral("dxtest-image:") + test::runId();
        EngineRequest request = EngineRequest::post(QStringLiteral("/images/create"));
        request.query.addQueryItem(QStringLiteral("fromSrc"), QStringLiteral("-"));
        request.query.addQueryItem(QStringLiteral("repo"), QStringLiteral("dxtest-image"));
        request.query.addQueryItem(QStringLiteral("tag"), test::runId());
        request.query.addQueryItem(QStringLiteral("changes"), QStringLiteral("LABEL %1=%2").arg(test::runLabelKey(), test::runId()));
        request.body = tar;
        request.contentType = "application/x-tar";
        QVERIFY(test::call(m_engine, request).ok());
    }

    void cleanupTestCase()
    {
        if (!m_services)
            return;
        test::removeLabelled(m_engine);
        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
        test::call(m_engine, EngineRequest::del(QStringLiteral("/images/") + m_image, force));
    }

    void listsAndShowsHistory()
    {
        ImagesView view(m_services);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester historyTester(view.historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(m_services->session()->images()->isLoaded(), 20000);
        const int row = view.model()->rowOfId(test::baseImage());
        QVERIFY(row >= 0);
        const ImageSummary base = view.model()->imageAt(row);
        emit m_services->showImageRequested(base.shortId());
        QCOMPARE(view.selectedImageId(), base.id);
        // The view may have selected this image by itself already (then its history is in):
        // wait for the history of the selected image, not for a fresh signal.
        QTRY_VERIFY_WITH_TIMEOUT(!view.historyLoading() && view.historyModel()->rowCount() > 0, 20000);
        QVERIFY(view.historyModel()->rowCount() > 0);
        int withLayer = 0;
        for (int i = 0; i < view.historyModel()->rowCount(); ++i)
            withLayer += view.historyModel()->rowAt(i).layerDigest.isEmpty() ? 0 : 1;
        QVERIFY(withLayer > 0);
        // Full id with the sha256: prefix selects too.
        QVERIFY(view.selectImage(base.id));
    }

    void liveUpdateAndRemoveAsksFirst()
    {
        ImagesView view(m_services);
        QTRY_VERIFY_WITH_TIMEOUT(m_services->session()->images()->isLoaded(), 20000);
        // Imported just before the store listed: in the list, or read after its import event.
        QTRY_VERIFY_WITH_TIMEOUT(view.selectImage(m_image), 10000);
        // A container uses it: the question names it.
        const QJsonObject body{{QStringLiteral("Image"), m_image},
                               {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("/hello.txt")}},
                               {QStringLiteral("Labels"), QJsonObject{{test::runLabelKey(), test::runId()}}}};
        const EngineResponse created = test::call(m_engine, EngineRequest::post(QStringLiteral("/containers/create"), {},
                                                                                 QJsonDocument(body).toJson()));
        QVERIFY2(created.ok(), qPrintable(created.message));
        const QString cid = test::json(created).toObject().value(QLatin1String("Id")).toString();
        const QString cname = test::json(test::call(m_engine, EngineRequest::get(QStringLiteral("/containers/%1/json").arg(cid))))
                                      .toObject().value(QLatin1String("Name")).toString().mid(1);
        QStringList sent;
        connect(m_services->session()->api(), &DockerApi::commandStarted, this, [&](const CommandRecord &r) {
            if (!r.internal)
                sent.append(r.cli);
        });
        QString question;
        view.setConfirmation([&](const QString &, const QString &text) { question = text; return false; });
        view.removeSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!question.isEmpty(), 20000);
        QVERIFY2(question.contains(cname), qPrintable(question));
        QTest::qWait(200);
        QVERIFY(view.model()->rowOfId(m_image) >= 0); // declined: still there
        QVERIFY2(sent.isEmpty(), qPrintable(sent.join(u'|'))); // and nothing was sent

        // Tagging is seen through the image events, without a reset.
        QSignalSpy reset(view.model(), &QAbstractItemModel::modelReset);
        const QString extra = QStringLiteral("dxtest-image:extra-") + test::runId();
        view.tagSelected(extra);
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOfId(extra) >= 0, 20000);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(sent, QStringList{QStringLiteral("docker tag %1 %2").arg(m_image, extra)});

        // Removing the extra name only untags: `docker rmi NAME`, as shown.
        QVERIFY(view.selectImage(extra));
        view.setConfirmation([](const QString &, const QString &) { return true; });
        sent.clear();
        view.removeSelected();
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOfId(extra) < 0, 20000);
        QVERIFY(view.model()->rowOfId(m_image) >= 0);
        QCOMPARE(sent, QStringList{QStringLiteral("docker rmi ") + extra});
        QTRY_VERIFY_WITH_TIMEOUT(view.messageText().contains(extra), 20000);
        QCOMPARE(reset.count(), 0);
    }

    // Image = class, container = instance: the Containers column counts each image's
    // containers (running ones named), the details list them as links that open them, and
    // both follow the engine's events through the shared container store.
    void containersOfAnImage()
    {
        ImagesView view(m_services);
        ImageListModel *model = view.model();
        QTRY_VERIFY_WITH_TIMEOUT(m_services->session()->images()->isLoaded() && model->usersKnown(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(view.selectImage(m_image), 10000);
        const QString imageId = model->imageAt(model->rowOfId(m_image)).id;
        const QString baseId = model->imageAt(model->rowOfId(test::baseImage())).id;
        const int before = int(model->usersOf(imageId).size());
        const int baseBefore = int(model->usersOf(baseId).size());
        const auto countText = [&](const QString &id) {
            return model->index(model->rowOfId(id), ImageListModel::ContainersColumn).data().toString();
        };
        QCOMPARE(countText(imageId), QString::number(before));

        const auto create = [&](const QJsonObject &config, const QString &name) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("name"), name);
            QJsonObject body = config;
            body.insert(QStringLiteral("Labels"), test::runLabels());
            const EngineResponse r = test::call(m_engine, EngineRequest::post(QStringLiteral("/containers/create"), query,
                                                                               QJsonDocument(body).toJson()));
            return r.ok() ? test::json(r).toObject().value(QLatin1String("Id")).toString() : QString();
        };
        const QString created = QStringLiteral("dxtest-instance-") + test::runId();
        const QString createdId = create({{QStringLiteral("Image"), m_image},
                                          {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("/hello.txt")}}},
                                         created);
        QVERIFY(!createdId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(countText(imageId), QString::number(before + 1), 20000);
        QCOMPARE(model->index(model->rowOfId(imageId), 0).data(ImageListModel::ContainerCountRole).toInt(), before + 1);
        const QString tip = model->index(model->rowOfId(imageId), ImageListModel::ContainersColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(created), qPrintable(tip));
        // The details name it, as a link to it.
        QTRY_VERIFY_WITH_TIMEOUT(view.usersLabel()->text().contains(created), 10000);
        QVERIFY2(view.usersLabel()->text().contains(QStringLiteral("href=\"%1\"").arg(createdId)),
                 qPrintable(view.usersLabel()->text()));
        QVERIFY(!view.usersLabel()->isHidden());
        QSignalSpy opened(m_services, &AppServices::showContainerRequested);
        emit view.usersLabel()->linkActivated(createdId);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), createdId);

        // A running instance of the base image is counted as running.
        const QString running = QStringLiteral("dxtest-running-") + test::runId();
        const QString runningId = create({{QStringLiteral("Image"), test::baseImage()},
                                          {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sleep"), QStringLiteral("60")}}},
                                         running);
        QVERIFY(!runningId.isEmpty());
        QVERIFY(test::call(m_engine, EngineRequest::post(QStringLiteral("/containers/%1/start").arg(runningId))).ok());
        const auto runningUser = [&] {
            for (const ImageUser &u : model->usersOf(baseId)) {
                if (u.id == runningId)
                    return u.running;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(runningUser(), 20000);
        QCOMPARE(int(model->usersOf(baseId).size()), baseBefore + 1);
        QVERIFY2(countText(baseId).contains(QLatin1String("running")), qPrintable(countText(baseId)));

        // Sorted by the column, by number.
        view.table()->sortByColumn(ImageListModel::ContainersColumn, Qt::DescendingOrder);
        const QAbstractItemModel *shown = view.table()->model();
        for (int row = 1; row < shown->rowCount(); ++row) {
            QVERIFY(shown->index(row - 1, 0).data(ImageListModel::ContainerCountRole).toInt()
                    >= shown->index(row, 0).data(ImageListModel::ContainerCountRole).toInt());
        }

        // Removed: the count and the details follow.
        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
        QVERIFY(test::call(m_engine, EngineRequest::del(QStringLiteral("/containers/") + createdId, force)).ok());
        QVERIFY(test::call(m_engine, EngineRequest::del(QStringLiteral("/containers/") + runningId, force)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(countText(imageId), QString::number(before), 20000);
        QVERIFY(view.selectImage(m_image));
        QTRY_VERIFY_WITH_TIMEOUT(!view.usersLabel()->text().contains(created), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(int(model->usersOf(baseId).size()), baseBefore, 20000);
    }
};

QTEST_MAIN(TestImagesView)
#include "tst_imagesview.moc"
