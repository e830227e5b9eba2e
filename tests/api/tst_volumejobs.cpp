// The volume Jobs against the fake engine: listing, reading and downloading through a helper
// container's archive endpoint follow the Job contract (started, progress, exactly one of
// finished / failed / cancelled); cancel really stops the transfer; the path reaches the
// engine exactly as written; and what the user asked for is one command with the job's
// own outcome, while plumbing stays internal.
#include "api/dockerapi.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "fakeengine.h"
#include "streams/tarbuilder.h"
#include "volumes/volumefilereader.h"
#include "volumes/volumetransfer.h"
#include "volumes/volumetreeloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dx;
using dx::test::FakeEngine;
using dx::test::FakeReply;

namespace {

const QString Helper = QStringLiteral("0123456789ab");
const QString ArchivePath = QStringLiteral("/containers/0123456789ab/archive");

// A tar as the engine sends it for GET .../archive?path=/v/<dir>: everything below the
// requested folder's base name.
QByteArray tarOf(const QList<QPair<QString, QByteArray>> &files)
{
    QByteArray tar;
    TarBuilder builder([&tar](const char *data, qsizetype size) {
        tar.append(data, size);
        return true;
    });
    for (const auto &[name, content] : files)
        builder.addFile(name, content);
    builder.finish();
    return tar;
}

// Counts the job's endings: the contract is exactly one.
struct Endings
{
    explicit Endings(Job *job)
        : finished(job, &Job::finished)
        , failed(job, &Job::failed)
        , cancelled(job, &Job::cancelled)
        , ended(job, &Job::ended)
    {
    }
    int count() const { return int(finished.count() + failed.count() + cancelled.count()); }
    QSignalSpy finished;
    QSignalSpy failed;
    QSignalSpy cancelled;
    QSignalSpy ended;
};

} // namespace

class TestVolumeJobs final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeEngine>();
        m_engine = std::make_unique<Engine>();
        m_api = std::make_unique<DockerApi>(m_engine.get());
        m_engine->connectTo(m_fake->endpoint());
        QVERIFY(dx::test::waitConnected(*m_engine));
        m_finished = std::make_unique<QSignalSpy>(m_api.get(), &DockerApi::commandFinished);
    }

    void cleanup()
    {
        m_finished.reset();
        m_api.reset();
        m_engine.reset();
        m_fake.reset();
    }

    void treeLoadFinishesWithEntriesAndTheExactPath()
    {
        const QString dir = QString::fromUtf8("a+b;c & d=e #?100% \xc3\xbc");
        m_fake->route("GET", ArchivePath, FakeReply::text(tarOf({{QStringLiteral("base/x.txt"), "hello"},
                                                                 {QStringLiteral("base/sub/y"), "yy"}})));
        VolumeTreeLoader *loader = VolumeTreeLoader::archive(m_api.get(), Helper, dir, this);
        loader->setUserCommand(QStringLiteral("docker cp h:/v - | tar -tv"), QStringLiteral("List"));
        Endings endings(loader);
        QSignalSpy started(loader, &Job::started);
        VolumeEntries entries;
        connect(loader, &VolumeTreeLoader::entriesArrived, this, [&](const VolumeEntries &batch) { entries += batch; });
        loader->start();
        QVERIFY(endings.ended.wait(5000));
        QCOMPARE(started.count(), 1);
        QCOMPARE(endings.count(), 1);
        QCOMPARE(endings.finished.count(), 1);
        QCOMPARE(m_fake->lastRequest("GET", ArchivePath).queryItem(QStringLiteral("path")), QStringLiteral("/v/") + dir);
        QStringList paths;
        for (const VolumeEntry &e : std::as_const(entries))
            paths.append(e.path);
        paths.sort();
        QCOMPARE(paths, (QStringList{dir + QStringLiteral("/sub/y"), dir + QStringLiteral("/x.txt")}));
        QCOMPARE(loader->done(), qint64(2));
        QTRY_COMPARE(m_finished->count(), 1);
        const CommandRecord record = m_finished->constFirst().constFirst().value<CommandRecord>();
        QVERIFY(!record.internal);
        QCOMPARE(record.state, CommandRecord::State::Done);
        delete loader;
    }

    // Through the helper's lister: exec create with the lister's command line (the folders
    // exactly as written), exec start, and the multiplexed output decoded as it streams in;
    // the folders are reported listed after their entries, a folder that is not there is not.
    void execListingDecodesTheListersOutput()
    {
        const QString dir = QString::fromUtf8("a+b;c & d=e\n#?100% \xc3\xbc");
        const QByteArray nativeDir = dir.toUtf8();
        QByteArray out;
        const auto record = [&out](std::initializer_list<QByteArray> fields) {
            for (const QByteArray &f : fields)
                out += f + '\0';
        };
        record({"E", "f", "644", "5", "1700000000", nativeDir + "/x.txt", ""});
        record({"E", "l", "777", "0", "1700000000", nativeDir + "/l", "x.txt"});
        record({"L", nativeDir});
        record({"X", "gone", "No such file or directory"});
        record({"Z"});
        // Frames of 7 bytes: records are cut everywhere.
        QByteArray framed;
        for (qsizetype i = 0; i < out.size(); i += 7) {
            const QByteArray part = out.mid(i, 7);
            framed += QByteArray("\x01\0\0\0\0\0\0", 7) + char(part.size()) + part;
        }
        m_fake->route("POST", QStringLiteral("/containers/0123456789ab/exec"),
                      FakeReply::json(QByteArray("{\"Id\":\"e1\"}")).withStatus(201));
        m_fake->route("POST", QStringLiteral("/exec/e1/start"), FakeReply::text(framed).withChunked(5));
        VolumeTreeLoader *loader = VolumeTreeLoader::remote(m_api.get(), Helper, {dir, QStringLiteral("gone")}, false, this);
        Endings endings(loader);
        VolumeEntries entries;
        QStringList listed;
        QStringList order;
        connect(loader, &VolumeTreeLoader::entriesArrived, this, [&](const VolumeEntries &batch) {
            entries += batch;
            order.append(QStringLiteral("entries"));
        });
        connect(loader, &VolumeTreeLoader::foldersListed, this, [&](const QStringList &dirs) {
            listed += dirs;
            order.append(QStringLiteral("listed"));
        });
        loader->start();
        QVERIFY(endings.ended.wait(5000));
        QVERIFY2(endings.finished.count() == 1, qPrintable(loader->errorString()));
        const QJsonObject body = m_fake->lastRequest("POST", QStringLiteral("/containers/0123456789ab/exec")).json().object();
        QCOMPARE(body.value(QLatin1String("Cmd")).toArray().toVariantList(),
                 (QVariantList{QStringLiteral("/dx-volume-lister"), QStringLiteral("list"), QStringLiteral("/v"), dir,
                               QStringLiteral("gone")}));
        QCOMPARE(body.value(QLatin1String("Tty")).toBool(), false);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).path, dir + QStringLiteral("/x.txt"));
        QCOMPARE(entries.at(0).size, qint64(5));
        QCOMPARE(entries.at(1).linkTarget, QStringLiteral("x.txt"));
        QCOMPARE(listed, QStringList{dir});
        QCOMPARE(order.last(), QStringLiteral("listed"));
        delete loader;
    }

    // A stream that ends before the lister's last record is a failed listing, with what the
    // lister said on stderr.
    void execListingCutShortFails()
    {
        QByteArray framed = QByteArray("\x01\0\0\0\0\0\0\x03", 8) + QByteArray("E\0f", 3);
        framed += QByteArray("\x02\0\0\0\0\0\0\x05", 8) + QByteArray("boom\n");
        m_fake->route("POST", QStringLiteral("/containers/0123456789ab/exec"),
                      FakeReply::json(QByteArray("{\"Id\":\"e2\"}")).withStatus(201));
        m_fake->route("POST", QStringLiteral("/exec/e2/start"), FakeReply::text(framed));
        VolumeTreeLoader *loader = VolumeTreeLoader::remote(m_api.get(), Helper, {}, true, this);
        Endings endings(loader);
        loader->start();
        QVERIFY(endings.ended.wait(5000));
        QCOMPARE(endings.failed.count(), 1);
        QCOMPARE(loader->errorString(), QStringLiteral("boom"));
        QCOMPARE(m_fake->lastRequest("POST", QStringLiteral("/containers/0123456789ab/exec")).json()[QLatin1String("Cmd")]
                     .toArray().toVariantList(),
                 (QVariantList{QStringLiteral("/dx-volume-lister"), QStringLiteral("list"), QStringLiteral("-r"),
                               QStringLiteral("/v")}));
        delete loader;
    }

    // Without a user command the listing is plumbing (the browser's polling).
    void pollingIsInternal()
    {
        m_fake->route("GET", ArchivePath, FakeReply::text(tarOf({{QStringLiteral("v/x"), "x"}})));
        VolumeTreeLoader *loader = VolumeTreeLoader::archive(m_api.get(), Helper, {}, this);
        Endings endings(loader);
        loader->start();
        QVERIFY(endings.ended.wait(5000));
        QTRY_COMPARE(m_finished->count(), 1);
        QVERIFY(m_finished->constFirst().constFirst().value<CommandRecord>().internal);
        delete loader;
    }

    void failureCarriesTheEnginesWords()
    {
        m_fake->route("GET", ArchivePath,
                      FakeReply::error(404, QStringLiteral("Could not find the file /v/gone in container 0123456789ab")));
        QTemporaryDir target;
        VolumeTransfer *download = VolumeTransfer::download(m_api.get(), Helper, QStringLiteral("gone"), target.path(),
                                                            false, -1, this);
        download->setUserCommand(QStringLiteral("docker cp h:/v/gone /tmp"), QStringLiteral("Download"));
        Endings endings(download);
        download->start();
        QVERIFY(endings.ended.wait(5000));
        QCOMPARE(endings.count(), 1);
        QCOMPARE(endings.failed.count(), 1);
        QVERIFY2(download->errorString().contains(QLatin1String("/v/gone")), qPrintable(download->errorString()));
        QTRY_COMPARE(m_finished->count(), 1);
        const CommandRecord record = m_finished->constFirst().constFirst().value<CommandRecord>();
        QCOMPARE(record.state, CommandRecord::State::Failed);
        QCOMPARE(record.message, download->errorString());
        delete download;
    }

    // A slow download cancelled once bytes flow: cancelled exactly once, nothing half-written
    // left, and the command recorded as cancelled.
    void cancelStopsTheTransfer()
    {
        const QByteArray big(2 * 1024 * 1024, 'z');
        m_fake->route("GET", ArchivePath,
                      FakeReply::text(tarOf({{QStringLiteral("big"), big}})).withChunked().throttled(64 * 1024, 50));
        QTemporaryDir target;
        VolumeTransfer *download = VolumeTransfer::download(m_api.get(), Helper, QStringLiteral("big"), target.path(),
                                                            false, big.size(), this);
        download->setUserCommand(QStringLiteral("docker cp h:/v/big /tmp"), QStringLiteral("Download"));
        Endings endings(download);
        QSignalSpy progress(download, &Job::progress);
        download->start();
        QVERIFY(progress.wait(10000));
        download->cancel();
        QVERIFY(endings.ended.wait(5000));
        QCOMPARE(endings.cancelled.count(), 1);
        QCOMPARE(endings.count(), 1);
        QTest::qWait(300);
        QCOMPARE(endings.count(), 1); // nothing late
        QTRY_COMPARE(m_finished->count(), 1);
        QCOMPARE(m_finished->constFirst().constFirst().value<CommandRecord>().state, CommandRecord::State::Cancelled);
        QVERIFY(!QFile::exists(QDir(target.path()).filePath(QStringLiteral("big")))); // no half file
        delete download;
    }

    // The reader stops the transfer once it has enough for the preview; for the user that is
    // a command that worked, not a cancelled one.
    void previewReadsOnlyWhatItShows()
    {
        const QByteArray big(4 * 1024 * 1024, 'p');
        m_fake->route("GET", ArchivePath,
                      FakeReply::text(tarOf({{QStringLiteral("big.txt"), big}})).withChunked().throttled(256 * 1024, 20));
        VolumeFileReader *reader = VolumeFileReader::remote(m_api.get(), Helper, QStringLiteral("big.txt"), 1024, this);
        reader->setUserCommand(QStringLiteral("docker cp h:/v/big.txt - | tar -xO"), QStringLiteral("Show"));
        Endings endings(reader);
        reader->start();
        QVERIFY(endings.ended.wait(10000));
        QCOMPARE(endings.finished.count(), 1);
        QCOMPARE(reader->preview().totalSize, qint64(big.size()));
        QCOMPARE(reader->preview().loadedBytes, qint64(1024));
        QVERIFY(reader->preview().isTruncated());
        QTRY_COMPARE(m_finished->count(), 1);
        QCOMPARE(m_finished->constFirst().constFirst().value<CommandRecord>().state, CommandRecord::State::Done);
        delete reader;
    }

private:
    std::unique_ptr<FakeEngine> m_fake;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<DockerApi> m_api;
    std::unique_ptr<QSignalSpy> m_finished;
};

QTEST_GUILESS_MAIN(TestVolumeJobs)
#include "tst_volumejobs.moc"
