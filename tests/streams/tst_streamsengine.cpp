// Engine tests of the streams area: archives written into a real container and read back,
// logs and stats from a running one, each checked against the decoders. Every container
// carries dx.test.run=<run id> and is removed in cleanupTestCase().

#include "enginehttp.h"
#include "streams/chunkqueue.h"
#include "streams/containerpathstat.h"
#include "streams/containerstats.h"
#include "streams/logdemuxer.h"
#include "streams/safeextractor.h"
#include "streams/tarbuilder.h"
#include "streams/tarlisting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QtConcurrent>

#include <sys/stat.h>
#include <unistd.h>

using dx::test::EngineHttp;
using dx::test::EngineResponse;

namespace {

// The offline base image scripts/engine-up.sh creates (DX_TEST_IMAGE overrides it).
QByteArray baseImage()
{
    const QByteArray fromEnv = qgetenv("DX_TEST_IMAGE");
    return fromEnv.isEmpty() ? QByteArrayLiteral("docker-explorer-test-base:1") : fromEnv;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void writeFile(const QString &path, const QByteArray &data, int mode = 0644)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    ::chmod(QFile::encodeName(path).constData(), mode_t(mode));
}

QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> result;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat info;
        ::lstat(QFile::encodeName(path).constData(), &info);
        QByteArray value = QByteArray::number(info.st_mode, 8) + ':';
        if (S_ISLNK(info.st_mode)) {
            char target[4096];
            const ssize_t length = ::readlink(QFile::encodeName(path).constData(), target, sizeof target);
            value += QByteArray(target, int(qMax<ssize_t>(length, 0)));
        } else if (S_ISREG(info.st_mode)) {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            value += file.readAll();
        }
        result.insert(path.mid(root.size()), value);
    }
    return result;
}

} // namespace

class TestStreamsEngine final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void archiveRoundTrip();
    void createFolderTar();
    void logsDemux();
    void statsMatchCli();

private:
    QByteArray createContainer(const QJsonArray &command, const QJsonObject &hostConfig = {}, bool tty = false);
    bool ensureBaseImage();

    EngineHttp m_http;
    QByteArray m_runId;
};

void TestStreamsEngine::initTestCase()
{
    const EngineResponse ping = m_http.request("GET", "/_ping");
    if (ping.status != 200) {
        const QString message = QStringLiteral("Docker engine not reachable at %1 (%2); set DOCKER_HOST or "
                                               "start the daemon")
                                        .arg(m_http.socketPath(), ping.error);
        if (qEnvironmentVariableIsSet("DX_REQUIRE_ENGINE"))
            QFAIL(qPrintable(message));
        QSKIP(qPrintable(message));
    }
    m_runId = qgetenv("DX_TEST_RUN");
    if (!m_runId.isEmpty())
        m_runId += '-' + QByteArray::number(QCoreApplication::applicationPid());
    if (m_runId.isEmpty()) {
        m_runId = "streams-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + '-'
                + QByteArray::number(QCoreApplication::applicationPid());
    }
    QVERIFY2(ensureBaseImage(), "the offline base image is missing and could not be imported");
}

void TestStreamsEngine::cleanupTestCase()
{
    if (m_runId.isEmpty())
        return;
    const QByteArray filter = QUrl::toPercentEncoding(
            QString::fromLatin1(R"({"label":["dx.test.run=)" + m_runId + R"("]})"));
    const EngineResponse list = m_http.request("GET", "/containers/json?all=1&filters=" + filter);
    for (const QJsonValue &container : QJsonDocument::fromJson(list.body).array()) {
        const QByteArray id = container[QLatin1String("Id")].toString().toLatin1();
        m_http.request("DELETE", "/containers/" + id + "?force=1&v=1");
    }
    const EngineResponse after = m_http.request("GET", "/containers/json?all=1&filters=" + filter);
    QCOMPARE(QJsonDocument::fromJson(after.body).array().size(), 0);
}

// The offline base image: busybox-static as /bin/busybox plus the applets the tests use.
bool TestStreamsEngine::ensureBaseImage()
{
    if (m_http.request("GET", "/images/" + baseImage() + "/json").status == 200)
        return true;
    const QString busybox = QStandardPaths::findExecutable(QStringLiteral("busybox"));
    if (busybox.isEmpty())
        return false;
    QByteArray tar;
    dx::TarBuilder builder([&tar](const char *data, qsizetype size) {
        tar.append(data, size);
        return true;
    });
    builder.addDirectory(QStringLiteral("bin"));
    builder.addDirectory(QStringLiteral("tmp"), 01777);
    builder.addPath(busybox, QStringLiteral("bin/busybox"));
    QTemporaryDir links;
    for (const char *applet : {"sh", "cat", "echo", "ls", "mkdir", "sleep", "head", "tr", "dd", "yes"}) {
        const QString link = links.path() + QLatin1Char('/') + QLatin1String(applet);
        ::symlink("busybox", QFile::encodeName(link).constData());
        builder.addPath(link, QStringLiteral("bin/") + QLatin1String(applet));
    }
    if (!builder.finish())
        return false;
    const QList<QByteArray> ref = baseImage().split(':');
    return m_http.request("POST", "/images/create?fromSrc=-&repo=" + ref.value(0) + "&tag=" + ref.value(1, "latest"), tar,
                          "application/x-tar").status == 200;
}

QByteArray TestStreamsEngine::createContainer(const QJsonArray &command, const QJsonObject &hostConfig, bool tty)
{
    QJsonObject body{{QStringLiteral("Image"), QString::fromLatin1(baseImage())},
                     {QStringLiteral("Cmd"), command},
                     {QStringLiteral("Tty"), tty},
                     {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("dx.test.run"), QString::fromLatin1(m_runId)}}}};
    if (!hostConfig.isEmpty())
        body.insert(QStringLiteral("HostConfig"), hostConfig);
    const EngineResponse created = m_http.request("POST", "/containers/create", json(body));
    if (created.status != 201) {
        qWarning() << "create failed" << created.status << created.body << created.error;
        return {};
    }
    return QJsonDocument::fromJson(created.body)[QLatin1String("Id")].toString().toLatin1();
}

void TestStreamsEngine::archiveRoundTrip()
{
    const QByteArray id = createContainer({QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY(!id.isEmpty());

    QTemporaryDir source;
    const QString tree = source.path() + QStringLiteral("/tree");
    QByteArray big(5 * 1024 * 1024 + 3, Qt::Uninitialized);
    QRandomGenerator(5).fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
    writeFile(tree + QStringLiteral("/big.bin"), big);
    writeFile(tree + QStringLiteral("/empty"), QByteArray());
    writeFile(tree + QStringLiteral("/sub/dir/run.sh"), "#!/bin/sh\necho hi\n", 0755);
    writeFile(tree + QStringLiteral("/sub/.hidden"), "secret", 0600);
    QVERIFY(::symlink("../big.bin", QFile::encodeName(tree + QStringLiteral("/sub/link")).constData()) == 0);

    // Upload: the builder streams through a bounded queue into libcurl's read callback.
    dx::ChunkQueue upload(256 * 1024);
    QFuture<bool> producer = QtConcurrent::run([&upload, &tree] {
        dx::TarBuilder builder([&upload](const char *data, qsizetype size) {
            return upload.feed(QByteArray(data, size));
        });
        const bool ok = builder.addPath(tree, QStringLiteral("tree")) && builder.finish();
        upload.finish();
        return ok;
    });
    const EngineResponse put = m_http.upload("PUT", "/containers/" + id + "/archive?path=/",
                                             [&upload] { return upload.take(); }, "application/x-tar");
    upload.abort(); // unblocks the builder if the engine stopped reading early
    QVERIFY2(put.status == 200, qPrintable(QString::fromUtf8(put.body) + put.error));
    QVERIFY(producer.result());

    const EngineResponse head = m_http.request("HEAD", "/containers/" + id + "/archive?path=/tree");
    QCOMPARE(head.status, 200L);
    const auto stat = dx::ContainerPathStat::fromHeader(head.header("X-Docker-Container-Path-Stat"));
    QVERIFY(stat);
    QCOMPARE(stat->name, QStringLiteral("tree"));
    QVERIFY(stat->isDirectory());

    // Download: libcurl feeds a queue, the extractor pulls from it on a worker thread.
    QTemporaryDir target;
    dx::ChunkQueue download(256 * 1024);
    qint64 chunks = 0;
    QFuture<dx::SafeExtractResult> extraction = QtConcurrent::run([&download, &target] {
        dx::SafeExtractor extractor(target.path());
        return extractor.extract(&download);
    });
    const EngineResponse get = m_http.download("/containers/" + id + "/archive?path=/tree",
                                               [&](const char *data, size_t size) {
                                                   ++chunks;
                                                   return download.feed(QByteArray(data, qsizetype(size)));
                                               });
    download.finish();
    const dx::SafeExtractResult result = extraction.result();
    QCOMPARE(get.status, 200L);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.refused.isEmpty());
    QVERIFY(chunks > 10); // it really arrived in pieces
    const auto before = snapshot(tree);
    const auto after = snapshot(target.path() + QStringLiteral("/tree"));
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));

    // And the listing of the same response, streamed.
    dx::ChunkQueue again;
    QFuture<dx::TarListingResult> listing = QtConcurrent::run([&again] { return dx::TarListing::list(&again); });
    m_http.download("/containers/" + id + "/archive?path=/tree",
                    [&again](const char *data, size_t size) { return again.feed(QByteArray(data, qsizetype(size))); });
    again.finish();
    const dx::TarListingResult entries = listing.result();
    QVERIFY2(entries.ok(), qPrintable(entries.error));
    QCOMPARE(entries.entries.size(), before.size() + 1); // + "tree/" itself
}

void TestStreamsEngine::createFolderTar()
{
    const QByteArray id = createContainer({QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY(!id.isEmpty());
    const EngineResponse put = m_http.request("PUT", "/containers/" + id + "/archive?path=/",
                                              dx::TarBuilder::directoryTar(QStringLiteral("made by dx")),
                                              "application/x-tar");
    QCOMPARE(put.status, 200L);
    const EngineResponse head = m_http.request(
            "HEAD", "/containers/" + id + "/archive?path=" + QUrl::toPercentEncoding(QStringLiteral("/made by dx")));
    const auto stat = dx::ContainerPathStat::fromHeader(head.header("X-Docker-Container-Path-Stat"));
    QVERIFY(stat);
    QVERIFY(stat->isDirectory());
    QCOMPARE(stat->permissions(), 0755u);
}

void TestStreamsEngine::logsDemux()
{
    const QByteArray id = createContainer({QStringLiteral("sh"), QStringLiteral("-c"),
                                           QStringLiteral("i=0; while [ $i -lt 2000 ]; do echo out-$i; echo err-$i >&2; "
                                                          "i=$((i+1)); done")});
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_http.request("POST", "/containers/" + id + "/start").status, 204L);
    QCOMPARE(m_http.request("POST", "/containers/" + id + "/wait").status, 200L);

    dx::LogDemuxer demuxer(dx::LogDemuxer::Mode::Multiplexed, true);
    QVector<dx::LogLine> lines;
    const EngineResponse logs = m_http.download("/containers/" + id + "/logs?stdout=1&stderr=1&timestamps=1",
                                                [&](const char *data, size_t size) {
                                                    demuxer.feed(data, qsizetype(size), lines);
                                                    return true;
                                                });
    lines += demuxer.finish();
    QCOMPARE(logs.status, 200L);
    QVERIFY(!demuxer.hasError());
    QStringList out;
    QStringList err;
    for (const dx::LogLine &line : qAsConst(lines)) {
        QVERIFY(line.timestampNs);
        QVERIFY(!line.partial);
        (line.stream == dx::LogStream::Stdout ? out : err).append(line.text);
    }
    QCOMPARE(out.size(), 2000);
    QCOMPARE(err.size(), 2000);
    QCOMPARE(out.last(), QStringLiteral("out-1999"));
    QCOMPARE(err.first(), QStringLiteral("err-0"));
}

void TestStreamsEngine::statsMatchCli()
{
    // No network and an idle process: the figures barely move between two samples.
    const QByteArray id = createContainer({QStringLiteral("sleep"), QStringLiteral("300")},
                                          {{QStringLiteral("Memory"), 64 * 1024 * 1024},
                                           {QStringLiteral("NetworkMode"), QStringLiteral("none")}});
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_http.request("POST", "/containers/" + id + "/start").status, 204L);
    const EngineResponse sample = m_http.request("GET", "/containers/" + id + "/stats?stream=false");
    QCOMPARE(sample.status, 200L);
    const dx::ContainerStats stats = dx::ContainerStats::fromJson(QJsonDocument::fromJson(sample.body).object());
    QVERIFY(stats.valid);
    QCOMPARE(stats.memoryUsageText().section(QLatin1String(" / "), 1), QStringLiteral("64MiB"));
    QCOMPARE(stats.pidsText(), QStringLiteral("1"));
    QCOMPARE(stats.networkIoText(), QStringLiteral("0B / 0B"));

    QProcess cli;
    cli.start(QStringLiteral("docker"), {QStringLiteral("stats"), QStringLiteral("--no-stream"), QStringLiteral("--format"),
                                         QStringLiteral("{{json .}}"), QString::fromLatin1(id)});
    if (!cli.waitForStarted())
        QSKIP("the docker CLI is not installed; the engine-side checks passed");
    QVERIFY(cli.waitForFinished(60000));
    const QJsonObject printed = QJsonDocument::fromJson(cli.readAllStandardOutput().trimmed()).object();
    QCOMPARE(printed[QLatin1String("PIDs")].toString(), stats.pidsText());
    QCOMPARE(printed[QLatin1String("NetIO")].toString(), stats.networkIoText());
    QCOMPARE(printed[QLatin1String("BlockIO")].toString(), stats.blockIoText());
    QCOMPARE(printed[QLatin1String("MemUsage")].toString().section(QLatin1String(" / "), 1),
             stats.memoryUsageText().section(QLatin1String(" / "), 1));
    QCOMPARE(printed[QLatin1String("Name")].toString(), stats.name);
    // Usage and CPU come from a later sample; they agree to within noise.
    const QString cliCpu = printed[QLatin1String("CPUPerc")].toString();
    QVERIFY2(cliCpu.chopped(1).toDouble() < 5.0 && stats.cpuPercent < 5.0, qPrintable(cliCpu));
    qInfo("CLI: %s | dx: %s %s %s %s %s", qPrintable(QString::fromUtf8(json(printed))),
          qPrintable(stats.cpuPercentText()), qPrintable(stats.memoryUsageText()),
          qPrintable(stats.memoryPercentText()), qPrintable(stats.networkIoText()), qPrintable(stats.blockIoText()));
}

QTEST_GUILESS_MAIN(TestStreamsEngine)
#include "tst_streamsengine.moc"
