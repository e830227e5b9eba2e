// `docker-explorer layers` against the real engine: an image built from the offline base whose
// layers add, overwrite and remove files and replace a folder (an opaque whiteout). Its lists,
// sizes, wasted bytes and efficiency are checked against what `docker save` holds, read with
// GNU tar (sizes, entries, the whiteouts the engine really wrote) and against the Dockerfile's
// known effect (which file each line added, changed or removed). Bad input: an unknown image,
// no engine, and a save stream cut in the middle (through a proxy socket the test owns).
#include "engine/socketproxy.h"
#include "engine/testengine.h"

#include "api/dockerapi.h"
#include "engine/engine.h"
#include "images/imagelayersjob.h"
#include "session/enginesession.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dx;

namespace {

// The Dockerfile's effect, line by line (the ENV line makes no layer):
//   1: adds d/{old,keep,sub/deep}, e/gone, w/big (5000 bytes), the symlink link, over
//   2: overwrites over, removes e/gone, link and w/big, replaces folder d (opaque) with d/new,
//      adds the hardlink hard
//   3: replaces d again: d/new is written anew (modified), d/other added; adds added
const char *const Dockerfile = R"(FROM %1
RUN mkdir -p /d/sub /e /w && echo old > /d/old && echo keep > /d/keep && echo deep > /d/sub/deep && head -c 5000 /dev/zero > /w/big && echo gone > /e/gone && ln -s /w/big /link && echo 12345 > /over
RUN echo 1234567890 > /over && rm /e/gone /link /w/big && rm -rf /d && mkdir /d && echo x > /d/new && ln /over /hard
ENV LAYERS_TEST=1
RUN rm -rf /d && mkdir /d && echo y > /d/new && echo z > /d/other && echo added > /added
)";

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *n : list)
        result.append(QString::fromUtf8(n));
    return result;
}

QStringList strings(const QJsonValue &array)
{
    QStringList result;
    for (const QJsonValue &v : array.toArray())
        result.append(v.toString());
    return result;
}

struct TarLine
{
    QChar type; // '-', 'd', 'l', 'h', ...
    qint64 size = 0;
    QString path;
};

// `tar -tvf FILE`, GNU tar's own reading of a layer.
QList<TarLine> gnuTarListing(const QString &file, QString *error)
{
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("--quoting-style=literal"), QStringLiteral("-tvf"), file});
    if (!tar.waitForFinished(60000) || tar.exitCode() != 0) {
        *error = QString::fromUtf8(tar.readAllStandardError());
        return {};
    }
    QList<TarLine> lines;
    for (const QString &line : QString::fromUtf8(tar.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // "-rw-r--r-- root/root  11 2026-12-04 19:15 over"
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() < 6)
            continue;
        TarLine t;
        t.type = f.at(0).at(0);
        t.size = f.at(2).toLongLong();
        QString path = f.mid(5).join(QLatin1Char(' '));
        if (t.type == QLatin1Char('l'))
            path = path.section(QLatin1String(" -> "), 0, 0);
        if (t.type == QLatin1Char('h'))
            path = path.section(QLatin1String(" link to "), 0, 0);
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (path.startsWith(QLatin1String("./"))) // an imported layer (the base) is stored so
            path.remove(0, 2);
        t.path = path;
        lines.append(t);
    }
    return lines;
}

} // namespace

class TestLayersCommand final : public QObject
{
    Q_OBJECT

private:
    Engine m_engine;
    QTemporaryDir m_config; // the app's settings: none, so the engine is found as the CLI finds it
    QString m_image;
    QString m_imageId;
    QStringList m_diffIds;
    QList<QList<TarLine>> m_layerTars; // GNU tar's listing of each layer, RootFS order

    int runCli(const QStringList &args, QByteArray *out, QByteArray *err, const QString &dockerHost = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // a window could not open: proves there is none
        if (!dockerHost.isEmpty())
            env.insert(QStringLiteral("DOCKER_HOST"), dockerHost);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DX_APP_BINARY), QStringList{QStringLiteral("layers")} + args);
        // The event loop keeps running: a proxy of this process may stand between it and the engine.
        QElapsedTimer timer;
        timer.start();
        while (p.state() != QProcess::NotRunning && timer.elapsed() < 180000)
            QTest::qWait(20);
        *out = p.readAllStandardOutput();
        *err = p.readAllStandardError();
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void initTestCase()
    {
        m_engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_engine);
        QVERIFY(m_config.isValid());
        m_image = QStringLiteral("dxtest-layers:") + test::runId().toLower();
        QTemporaryDir context;
        QVERIFY(context.isValid());
        const QByteArray dockerfile = QString::fromLatin1(Dockerfile).arg(test::baseImage()).toUtf8();
        QCOMPARE(test::dockerCli({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("--label"),
                                  test::runLabelKey() + QLatin1Char('=') + test::runId(), QStringLiteral("-t"), m_image,
                                  QStringLiteral("-f"), QStringLiteral("-"), context.path()},
                                 dockerfile),
                 0);
        const QJsonObject inspect = test::json(test::call(m_engine, EngineRequest::get(QStringLiteral("/images/%1/json").arg(m_image)))).toObject();
        m_imageId = inspect.value(QLatin1String("Id")).toString();
        QVERIFY(m_imageId.startsWith(QLatin1String("sha256:")));
        m_diffIds = strings(inspect.value(QLatin1String("RootFS")).toObject().value(QLatin1String("Layers")));

        // What `docker save` holds, read by GNU tar.
        QTemporaryDir saved;
        QVERIFY(saved.isValid());
        const QString file = saved.filePath(QStringLiteral("image.tar"));
        QCOMPARE(test::dockerCli({QStringLiteral("save"), QStringLiteral("-o"), file, m_image}), 0);
        QProcess untar;
        untar.start(QStringLiteral("tar"), {QStringLiteral("-xf"), file, QStringLiteral("-C"), saved.path()});
        QVERIFY(untar.waitForFinished(60000) && untar.exitCode() == 0);
        QFile manifestFile(saved.filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).array().at(0).toObject();
        for (const QString &layer : strings(manifest.value(QLatin1String("Layers")))) {
            QString error;
            m_layerTars.append(gnuTarListing(saved.filePath(layer), &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QCOMPARE(m_layerTars.size(), m_diffIds.size());
        QCOMPARE(m_layerTars.size(), 4); // the base, and the three RUN lines
    }

    void cleanupTestCase()
    {
        if (m_image.isEmpty())
            return;
        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
        test::call(m_engine, EngineRequest::del(QStringLiteral("/images/") + m_image, force));
        test::removeLabelled(m_engine);
    }

    void layersJsonMatchesDockerSave()
    {
        QByteArray out;
        QByteArray err;
        QCOMPARE(runCli({m_image, QStringLiteral("--format"), QStringLiteral("json")}, &out, &err), 0);
        QJsonParseError parseError;
        const QJsonObject report = QJsonDocument::fromJson(out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QCOMPARE(report.keys(), names({"efficiency", "image", "layers", "wastedBytes"}));
        QCOMPARE(report.value(QLatin1String("image")).toString(), m_imageId);
        const QJsonArray layers = report.value(QLatin1String("layers")).toArray();
        QCOMPARE(layers.size(), m_diffIds.size());

        qint64 totalSize = 0;
        for (int i = 0; i < layers.size(); ++i) {
            const QJsonObject layer = layers.at(i).toObject();
            QCOMPARE(layer.value(QLatin1String("index")).toInt(), i);
            QCOMPARE(layer.value(QLatin1String("diffId")).toString(), m_diffIds.at(i));
            // GNU tar's view of the same layer: regular-file bytes, and the non-directory
            // entries that are not whiteouts are exactly what the layer added or modified.
            qint64 bytes = 0;
            QStringList written;
            for (const TarLine &t : m_layerTars.at(i)) {
                if (t.type == QLatin1Char('-'))
                    bytes += t.size;
                if (t.type != QLatin1Char('d') && !t.path.section(QLatin1Char('/'), -1).startsWith(QLatin1String(".wh.")))
                    written.append(t.path);
            }
            QCOMPARE(layer.value(QLatin1String("size")).toInteger(), bytes);
            QStringList both = strings(layer.value(QLatin1String("added"))) + strings(layer.value(QLatin1String("modified")));
            both.sort();
            written.sort();
            QCOMPARE(both, written);
            for (const QString &path : both)
                QVERIFY2(!path.startsWith(QLatin1Char('/')), qPrintable(path));
            totalSize += bytes;
        }
        // The base layer only adds.
        const QJsonObject base = layers.at(0).toObject();
        QVERIFY(strings(base.value(QLatin1String("added"))).contains(QStringLiteral("bin/busybox")));
        QVERIFY(strings(base.value(QLatin1String("modified"))).isEmpty());
        QVERIFY(strings(base.value(QLatin1String("removed"))).isEmpty());

        // The engine did write the whiteouts this test is about.
        const auto hasEntry = [&](int layer, const QString &path) {
            return std::any_of(m_layerTars.at(layer).cbegin(), m_layerTars.at(layer).cend(),
                               [&](const TarLine &t) { return t.path == path; });
        };
        QVERIFY(hasEntry(2, QStringLiteral("d/.wh..wh..opq")));
        QVERIFY(hasEntry(2, QStringLiteral("e/.wh.gone")));
        QVERIFY(hasEntry(3, QStringLiteral("d/.wh..wh..opq")));

        // Each Dockerfile line's known effect.
        const QJsonObject first = layers.at(1).toObject();
        QCOMPARE(strings(first.value(QLatin1String("added"))),
                 names({"d/keep", "d/old", "d/sub/deep", "e/gone", "link", "over", "w/big"}));
        QVERIFY(strings(first.value(QLatin1String("modified"))).isEmpty());
        QVERIFY(strings(first.value(QLatin1String("removed"))).isEmpty());
        QVERIFY(first.value(QLatin1String("createdBy")).toString().contains(QLatin1String("echo old > /d/old")));
        const QJsonObject second = layers.at(2).toObject();
        QCOMPARE(strings(second.value(QLatin1String("added"))), names({"d/new", "hard"}));
        QCOMPARE(strings(second.value(QLatin1String("modified"))), names({"over"}));
        QCOMPARE(strings(second.value(QLatin1String("removed"))),
                 names({"d/keep", "d/old", "d/sub/deep", "e/gone", "link", "w/big"}));
        const QJsonObject third = layers.at(3).toObject();
        QCOMPARE(strings(third.value(QLatin1String("added"))), names({"added", "d/other"}));
        QCOMPARE(strings(third.value(QLatin1String("modified"))), names({"d/new"}));
        QVERIFY(strings(third.value(QLatin1String("removed"))).isEmpty());
        QVERIFY(third.value(QLatin1String("createdBy")).toString().contains(QLatin1String("echo added > /added"))); // not the ENV

        // Waste: line 2 hides over (6), d/old (4), d/keep (5), d/sub/deep (5), e/gone (5),
        // w/big (5000) and a link (0); line 3 hides d/new (2).
        const qint64 wasted = 6 + 4 + 5 + 5 + 5 + 5000 + 2;
        QCOMPARE(report.value(QLatin1String("wastedBytes")).toInteger(), wasted);
        QCOMPARE(report.value(QLatin1String("efficiency")).toDouble(), 1.0 - double(wasted) / double(totalSize));
    }

    void layersTextIsPerDockerfileLine()
    {
        QByteArray out;
        QByteArray err;
        QCOMPARE(runCli({m_image}, &out, &err), 0);
        const QString text = QString::fromUtf8(out);
        QVERIFY2(text.contains(QLatin1String("RUN echo 1234567890 > /over")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("~ over")));
        QVERIFY(text.contains(QLatin1String("- w/big")));
        QVERIFY(text.contains(QLatin1String("+ d/other")));
        QVERIFY(text.contains(QLatin1String("Efficiency:")));
        QVERIFY(err.isEmpty());
    }

    void unknownImageAndNoEngineFailClearly()
    {
        QByteArray out;
        QByteArray err;
        const QString missing = QStringLiteral("dxtest-layers-missing:") + test::runId().toLower();
        QCOMPARE(runCli({missing}, &out, &err), 1);
        QVERIFY(out.isEmpty());
        QCOMPARE(QString::fromUtf8(err).trimmed(), QStringLiteral("docker-explorer layers: No such image: ") + missing);

        QTemporaryDir dir;
        QCOMPARE(runCli({m_image}, &out, &err, QStringLiteral("unix://") + dir.filePath(QStringLiteral("none.sock"))), 1);
        QVERIFY(out.isEmpty());
        QVERIFY2(err.startsWith("docker-explorer layers: cannot reach the engine"), err.constData());
        QCOMPARE(err.count('\n'), 1);

        QCOMPARE(runCli({m_image, QStringLiteral("--format"), QStringLiteral("xml")}, &out, &err), 2);
        QCOMPARE(runCli({}, &out, &err), 2);
    }

    void cutStreamFailsClearly()
    {
        const QString socket = m_engine.info().endpoint.socketPath;
        if (socket.isEmpty())
            QSKIP("the proxy sits in front of a unix socket; this engine is reached otherwise");
        test::SocketProxy proxy(socket);
        QVERIFY(proxy.isListening());
        // The save stream stops in the middle of the base layer, then the connection breaks.
        const qint64 holdAt = 300000;
        proxy.holdResponses("/get ", holdAt);
        bool cut = false;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            if (!cut && proxy.forwarded("/get ") >= holdAt) {
                cut = proxy.cut("/get ") > 0;
            }
        });
        watch.start(20);
        QByteArray out;
        QByteArray err;
        const int code = runCli({m_image, QStringLiteral("--format"), QStringLiteral("json")}, &out, &err, proxy.host());
        QVERIFY(cut);
        QCOMPARE(code, 1);
        QVERIFY(out.isEmpty());
        QVERIFY2(err.startsWith("docker-explorer layers: "), err.constData());
        QCOMPARE(err.count('\n'), 1);
        qInfo().noquote() << "cut stream:" << err.trimmed();
    }

    void jobReportsProgressAndCancels()
    {
        EngineSession session(&m_engine);
        ImageLayersJob job(session.api(), m_image, 2 * 1024 * 1024);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy progress(&job, &Job::progress);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.hasEnded(), 60000);
        QCOMPARE(finished.count(), 1);
        QVERIFY(progress.count() >= 1);
        const ImageLayersReport report = job.report();
        QCOMPARE(report.imageId, m_imageId);
        QCOMPARE(report.layers.size(), 4);
        QCOMPARE(report.wastedBytes, qint64(5027));

        ImageLayersJob cancelled(session.api(), m_image);
        QSignalSpy cancelledSpy(&cancelled, &Job::cancelled);
        cancelled.start();
        cancelled.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(cancelled.hasEnded(), 20000);
        QCOMPARE(cancelledSpy.count(), 1);

        ImageLayersJob missing(session.api(), QStringLiteral("dxtest-layers-missing:") + test::runId().toLower());
        missing.start();
        QTRY_VERIFY_WITH_TIMEOUT(missing.hasEnded(), 20000);
        QCOMPARE(missing.state(), Job::State::Failed);
        QVERIFY(missing.imageMissing());
    }
};

QTEST_GUILESS_MAIN(TestLayersCommand)
#include "tst_layerscommand.moc"
