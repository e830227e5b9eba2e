// PullJob without an engine: the engine's failure messages (as Docker 20.10, Docker Hub and Go's
// resolver word them) sorted into not found, unauthorized and no network, and the layers model
// fed the stream tst_PullDialog recorded from a real pull, slice by slice, and a recorded push.
#include "api/apiresult.h"
#include "images/pulljob.h"
#include "images/pulllayersmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLocale>
#include <QTest>

#include <memory>

using namespace dx;

class TestPullMessages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c()); // "32.00 KiB of 2.00 MiB" whatever the machine's locale
    }

    void classify_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<PullJob::Failure>("failure");
        using F = PullJob::Failure;
        QTest::newRow("hub unknown repository")
            << 404
            << "pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: "
               "requested access to the resource is denied"
            << F::NotFound;
        QTest::newRow("unknown tag") << 404 << "manifest for alpine:nope not found: manifest unknown: manifest unknown"
                                     << F::NotFound;
        QTest::newRow("no credentials")
            << 500 << "Head \"http://127.0.0.1:5000/v2/a/manifests/1\": no basic auth credentials" << F::Unauthorized;
        QTest::newRow("wrong password") << 500 << "unauthorized: authentication required" << F::Unauthorized;
        QTest::newRow("dns") << 500
                             << "Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io on "
                                "10.0.2.3:53: no such host"
                             << F::NoNetwork;
        QTest::newRow("dns server") << 500 << "Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup "
                                              "registry-1.docker.io: Temporary failure in name resolution"
                                    << F::NoNetwork;
        QTest::newRow("timeout") << 500
                                 << "Get \"https://registry-1.docker.io/v2/\": net/http: request canceled while waiting "
                                    "for connection (Client.Timeout exceeded while awaiting headers)"
                                 << F::NoNetwork;
        QTest::newRow("unreachable") << 500 << "Get \"https://registry-1.docker.io/v2/\": dial tcp 1.2.3.4:443: connect: "
                                               "network is unreachable"
                                     << F::NoNetwork;
        QTest::newRow("disk full") << 500 << "write /var/lib/docker/tmp/x: no space left on device" << F::Other;
    }

    void classify()
    {
        QFETCH(int, status);
        QFETCH(QString, message);
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.status = status;
        error.message = message;
        QTEST(PullJob::classify(error), "failure");
        // The engine's own words always follow what the app says.
        const QString text = PullJob::describe(PullJob::classify(error), QStringLiteral("x:1"), message);
        QVERIFY(text.endsWith(message));
        QVERIFY(text.size() > message.size());
    }

    void engineGoneIsNotANetworkProblem()
    {
        ApiError error;
        error.kind = ApiError::Kind::Transport;
        error.message = QStringLiteral("connection refused");
        QCOMPARE(PullJob::classify(error), PullJob::Failure::Other);
    }

    void recordedStreamInAnySlices()
    {
        QFile file(QStringLiteral(DX_REGISTRY_DATA_DIR "/pull-stream.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stream = file.readAll();
        for (const int slice : {1, 7, 64, int(stream.size())}) {
            PullJob job(nullptr, QStringLiteral("recorded:1"));
            QAbstractItemModelTester tester(job.layers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            for (qsizetype at = 0; at < stream.size(); at += slice)
                job.replay(stream.mid(at, slice)); // a line cut at a slice's end waits for the next
            PullLayersModel *model = job.layers();
            QCOMPARE(model->rowCount(), 4);
            QCOMPARE(model->layerAt(0).status, QStringLiteral("Already exists"));
            QCOMPARE(model->completeCount(), 4);
            QCOMPARE(model->doneUnits(), model->totalUnits());
            // The sizes the engine reported: 1, 2 and 3 MiB of random bytes, a little more gzipped.
            QCOMPARE(model->knownBytes(), qint64(1049049 + 2097945 + 3146841));
            QCOMPARE(job.digest(), QStringLiteral("sha256:3bedef9afcce7529d8a578d7a02606a3283a50eb97a9b04e1b978fa2a221aabc"));
            QVERIFY(model->notes().first().endsWith(QLatin1String("Pulling from dxtest-pl11438-12737/pull")));
        }
    }

    void progressWhileUnderWay()
    {
        // Two thirds of the stream, as the screenshot shows it: one layer extracting.
        QFile file(QStringLiteral(DX_REGISTRY_DATA_DIR "/pull-stream.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        PullJob job(nullptr, QStringLiteral("recorded:1"));
        job.replay(lines.mid(0, 20).join('\n') + '\n');
        PullLayersModel *model = job.layers();
        const int row = model->rowOfId(QStringLiteral("4e57de216032"));
        QCOMPARE(model->layerAt(row).status, QStringLiteral("Extracting"));
        const double fraction = model->index(row, PullLayersModel::ProgressColumn).data(PullLayersModel::FractionRole).toDouble();
        QVERIFY(fraction > 0 && fraction < 0.1);
        QVERIFY(model->doneUnits() > 0 && model->doneUnits() < model->totalUnits());
        QCOMPARE(model->index(row, PullLayersModel::ProgressColumn).data().toString(), QStringLiteral("32.00 KiB of 2.00 MiB"));
    }

    void recordedPushInAnySlices()
    {
        // A push recorded from Docker 20.10 to a docker-registry on 127.0.0.1: three layers
        // (the base, 3 MB and 1.5 MB of random bytes), Preparing, Pushing with bytes, Pushed.
        QFile file(QStringLiteral(DX_REGISTRY_DATA_DIR "/push-stream.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stream = file.readAll();
        for (const int slice : {1, 13, int(stream.size())}) {
            std::unique_ptr<PullJob> job(PullJob::push(nullptr, QStringLiteral("127.0.0.1:5555/team/demo_image:1.0")));
            QCOMPARE(job->operation(), PullJob::Operation::Push);
            QAbstractItemModelTester tester(job->layers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            for (qsizetype at = 0; at < stream.size(); at += slice)
                job->replay(stream.mid(at, slice));
            PullLayersModel *model = job->layers();
            QCOMPARE(model->rowCount(), 3);
            QCOMPARE(model->completeCount(), 3);
            for (const PullLayer &layer : model->layers()) {
                QCOMPARE(layer.status, QStringLiteral("Pushed"));
                QCOMPARE(layer.phase, PullLayer::Phase::Complete);
            }
            QCOMPARE(model->doneUnits(), model->totalUnits());
            QCOMPARE(model->knownBytes(), qint64(1500000 + 3000000 + 1984172));
            QCOMPARE(job->digest(), QStringLiteral("sha256:1db88c5685283ddf6d8df68c7c68a9225f9dc4d3592c91d11f67106ae9127c84"));
            QVERIFY(model->notes().first().startsWith(QLatin1String("The push refers to repository")));
        }
        // Half way: a layer uploading with its bar, the words explained.
        const QList<QByteArray> lines = stream.split('\n');
        std::unique_ptr<PullJob> job(PullJob::push(nullptr, QStringLiteral("x:1")));
        job->replay(lines.mid(0, 6).join('\n') + '\n');
        PullLayersModel *model = job->layers();
        const int row = model->rowOfId(QStringLiteral("7ef3388d5b6e"));
        QCOMPARE(model->layerAt(row).phase, PullLayer::Phase::Uploading);
        const double fraction = model->index(row, PullLayersModel::ProgressColumn).data(PullLayersModel::FractionRole).toDouble();
        QVERIFY(fraction > 0 && fraction < 0.05);
        QCOMPARE(model->layerAt(model->rowOfId(QStringLiteral("fee6d1dbc3cb"))).phase, PullLayer::Phase::Waiting);
        QVERIFY(model->doneUnits() > 0 && model->doneUnits() < model->totalUnits());
        QVERIFY(PullLayersModel::explain(QStringLiteral("Layer already exists")).contains(QLatin1String("nothing to upload")));
        QVERIFY(PullLayersModel::explain(QStringLiteral("Mounted from team/other")).contains(QLatin1String("links it here")));
        QVERIFY(PullLayersModel::explain(QStringLiteral("Pushing")).contains(QLatin1String("registry")));
    }

    void pushMessages()
    {
        const QString text = PullJob::describePush(PullJob::Failure::Unauthorized, QStringLiteral("r:5000/a:1"),
                                                   QStringLiteral("no basic auth credentials"));
        QVERIFY(text.contains(QLatin1String("Registries")));
        QVERIFY(text.endsWith(QLatin1String("no basic auth credentials")));
        // A digest names what a registry has: nothing to push.
        std::unique_ptr<PullJob> job(PullJob::push(nullptr, QStringLiteral("a@sha256:") + QString(64, u'a')));
        job->start();
        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(job->failure(), PullJob::Failure::InvalidReference);
    }
};

QTEST_GUILESS_MAIN(TestPullMessages)
#include "tst_pullmessages.moc"
