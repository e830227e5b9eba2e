// Volumes: list model population from 1,000 volumes; browsing a volume of 10,000 files through
// the browser (helper + lister, helper + archive, local folder): time to the first row, to
// the complete first level, to the whole tree, and the longest GUI-thread tick meanwhile;
// the first level of a volume holding 2.1 GB (3 big files, 5 folders) through the lister vs
// the archive listing and vs the docker CLI doing either; and how long a change takes to show
// through the helper while `stress -c 2` loads both cores, lister vs archive polling.
// Needs a Docker engine for all but the first part (skipped with a note otherwise).
// DX_BENCH_QUICK=1 leaves out the 2 GB volume.
#include "benchline.h"

#include "api/containertypes.h"
#include "api/jsonfields.h"
#include "api/resourcetypes.h"
#include "engine/engine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "streams/execoutput.h"
#include "volumes/volumebrowser.h"
#include "volumes/volumehelper.h"
#include "volumes/volumelistmodel.h"
#include "volumes/volumestore.h"
#include "volumes/volumetreemodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace dx;

namespace {

const QString BenchLabel = QStringLiteral("dx.test.run");
QString benchRun() { return QStringLiteral("bench-%1").arg(QCoreApplication::applicationPid()); }

void wait(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

EngineResponse call(Engine &engine, const EngineRequest &request)
{
    EngineResponse result;
    bool done = false;
    EngineReply *reply = engine.send(request);
    QObject::connect(reply, &EngineReply::finished, reply, [&](const EngineResponse &r) { result = r; done = true; });
    wait([&] { return done; }, 300000);
    return result;
}

// A labelled container from the test base image with `volume` at /v running `script`; waits
// for its end unless `wait` is false. Returns its id.
QString runInVolume(Engine &engine, const QString &volume, const QString &script, bool waitForEnd = true)
{
    const QJsonObject mount{{QStringLiteral("Type"), QStringLiteral("volume")}, {QStringLiteral("Source"), volume},
                            {QStringLiteral("Target"), QStringLiteral("/v")}};
    const QJsonObject body{{QStringLiteral("Image"), QStringLiteral("docker-explorer-test-base:1")},
                           {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), script}},
                           {QStringLiteral("Labels"), QJsonObject{{BenchLabel, benchRun()}}},
                           {QStringLiteral("HostConfig"), QJsonObject{{QStringLiteral("Mounts"), QJsonArray{mount}}}}};
    const QString id = QJsonDocument::fromJson(call(engine, EngineRequest::post(QStringLiteral("/containers/create"), {},
                                                    QJsonDocument(body).toJson())).body).object().value(QLatin1String("Id")).toString();
    call(engine, EngineRequest::post(QStringLiteral("/containers/%1/start").arg(id)));
    if (waitForEnd)
        call(engine, EngineRequest::post(QStringLiteral("/containers/%1/wait").arg(id)).withTimeout(EngineRequest::Timeout::Idle));
    return id;
}

QByteArray logsOf(Engine &engine, const QString &id)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("stdout"), QStringLiteral("1"));
    const QByteArray raw = call(engine, EngineRequest::get(QStringLiteral("/containers/%1/logs").arg(id), q)).body;
    QByteArray out;
    QByteArray err;
    ExecOutputDemuxer().feed(raw, &out, &err);
    return out;
}

void listBench()
{
    QJsonArray volumes;
    QList<ContainerSummary> containers;
    for (int i = 0; i < 1000; ++i) {
        const QString name = QStringLiteral("volume_%1").arg(i, 4, 10, QLatin1Char('0'));
        volumes.append(QJsonObject{{QStringLiteral("Name"), name}, {QStringLiteral("Driver"), QStringLiteral("local")},
                                   {QStringLiteral("Mountpoint"), QString(QStringLiteral("/var/lib/docker/volumes/") + name + QStringLiteral("/_data"))},
                                   {QStringLiteral("CreatedAt"), QStringLiteral("2024-05-01T10:00:00Z")},
                                   {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("app"), QStringLiteral("bench")}}}});
        if (i % 3 == 0) {
            ContainerSummary c;
            c.id = QString::number(i);
            c.name = QStringLiteral("c%1").arg(i);
            c.state = QStringLiteral("running");
            ContainerMount m;
            m.type = QStringLiteral("volume");
            m.name = name;
            c.mounts.append(m);
            containers.append(c);
        }
    }
    const QByteArray json = QJsonDocument(volumes).toJson();
    const auto parse = [&json] {
        QList<VolumeSummary> list;
        QString error;
        json::parseList<VolumeSummary>(json, &list, &error, &VolumeSummary::fromJson);
        return list;
    };
    VolumeStore store(nullptr, nullptr);
    QTableView view;
    view.setModel(store.model());
    view.resize(1200, 800);
    view.show();
    QElapsedTimer t;
    t.start();
    store.applyList(parse());
    store.applyUsage(containers);
    const double ms = t.nsecsElapsed() / 1e6;
    QCoreApplication::processEvents();
    std::printf("list: 1,000 volumes (%lld KiB JSON) parsed and populated in %.1f ms (goal < 200 ms), %d rows\n",
                qint64(json.size() / 1024), ms, store.model()->rowCount());
    dx::bench::line("volume_model_1000_populate", ms, 200.0, "ms", 1.0); // peer: the goal
    t.restart();
    store.applyList(parse());
    std::printf("list: unchanged re-list diffed in %.1f ms\n", t.nsecsElapsed() / 1e6);
}

enum class Way { Lister, Archive, Local };

const char *wayName(Way way)
{
    switch (way) {
    case Way::Lister: return "helper + lister exec";
    case Way::Archive: return "helper + archive stream";
    case Way::Local: return "local folder walk";
    }
    return "";
}

void configure(VolumeBrowser &browser, Way way)
{
    browser.helper()->setExtraLabels({{BenchLabel, benchRun()}});
    browser.helper()->setImage(QStringLiteral("docker-explorer-helper"), benchRun()); // removed at the end
    browser.setForceRemote(way != Way::Local);
    browser.setArchiveListing(way == Way::Archive);
}

void closeBrowser(VolumeBrowser &browser)
{
    bool closed = false;
    browser.closeVolume([&] { closed = true; });
    wait([&] { return closed; }, 20000);
}

void browseBench(const QString &volume, const QString &mountpoint, AppServices &services, Way way)
{
    VolumeBrowser browser(&services);
    configure(browser, way);
    browser.resize(1200, 800);
    browser.show();
    // The longest gap between two runs of a 1 ms timer = the longest GUI-thread tick.
    QElapsedTimer tick;
    qint64 longest = 0;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        longest = qMax(longest, tick.nsecsElapsed());
        tick.restart();
    });
    int loads = 0;
    QObject::connect(&browser, &VolumeBrowser::treeLoaded, &browser, [&] { ++loads; });
    QElapsedTimer t;
    qint64 firstRow = -1, firstLevel = -1;
    QObject::connect(browser.model(), &QAbstractItemModel::rowsInserted, &browser, [&](const QModelIndex &parent) {
        if (parent.isValid())
            return;
        if (firstRow < 0)
            firstRow = t.elapsed();
        if (firstLevel < 0 && browser.model()->rowCount() >= 101)
            firstLevel = t.elapsed();
    });
    t.start();
    tick.start();
    probe.start();
    browser.openVolume(volume, mountpoint);
    wait([&] { return loads > 0; }, 120000);
    const qint64 opened = t.elapsed();
    const int firstEntries = browser.model()->entryCount();
    t.restart();
    browser.expandAll();
    wait([&] { return browser.model()->isFullyListed(QString()) && loads > 1; }, 120000);
    const qint64 whole = t.elapsed();
    probe.stop();
    std::printf("browse (%s): open -> first row %lld ms, 101 top entries %lld ms, first listing done (%d entries) %lld ms; "
                "then the whole tree (%d entries) in %lld ms; longest GUI tick %.1f ms\n",
                wayName(way), firstRow, firstLevel, firstEntries, opened, browser.model()->entryCount(), whole,
                longest / 1e6);
    closeBrowser(browser);
}

// Wall time of a shell command line, in ms (-1 when it failed).
double timeShell(const QString &command)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return -1;
    return double(t.nsecsElapsed()) / 1e6;
}

void changeBench(Engine &engine, AppServices &services, const QString &volume, const QString &mountpoint,
                 const char *what, int rounds);

// First level of a volume holding gigabytes: open -> all of the top shown, and one listing of
// the top alone (F5), the CLI doing the same beside it.
void bigVolumeBench(Engine &engine, AppServices &services)
{
    const QString volume = QStringLiteral("dxbench-big-") + benchRun();
    const QJsonObject labels{{BenchLabel, benchRun()}};
    const EngineResponse created = call(engine, EngineRequest::post(QStringLiteral("/volumes/create"), {},
            QJsonDocument(QJsonObject{{QStringLiteral("Name"), volume}, {QStringLiteral("Labels"), labels}}).toJson()));
    const QString mountpoint = QJsonDocument::fromJson(created.body).object().value(QLatin1String("Mountpoint")).toString();
    const QString fill = QStringLiteral("cd /v && for i in 1 2 3; do dd if=/dev/urandom of=big$i bs=1M count=700 2>/dev/null; done && "
                                        "for d in 1 2 3 4 5; do mkdir d$d; for f in $(seq 20); do echo $f > d$d/f$f; done; done && "
                                        "du -sm /v");
    const QString filler = runInVolume(engine, volume, fill);
    std::printf("big volume: %s", logsOf(engine, filler).constData());
    const QStringList top{QStringLiteral("big1"), QStringLiteral("big2"), QStringLiteral("big3"), QStringLiteral("d1"),
                          QStringLiteral("d2"), QStringLiteral("d3"), QStringLiteral("d4"), QStringLiteral("d5")};
    double listed[2] = {-1, -1};
    QString helper;
    for (const Way way : {Way::Lister, Way::Archive}) {
        VolumeBrowser browser(&services);
        configure(browser, way);
        int loads = 0;
        QObject::connect(&browser, &VolumeBrowser::treeLoaded, &browser, [&] { ++loads; });
        QElapsedTimer t;
        t.start();
        qint64 shown = -1;
        QObject::connect(browser.model(), &QAbstractItemModel::rowsInserted, &browser, [&] {
            if (shown < 0 && std::all_of(top.begin(), top.end(), [&](const QString &n) { return browser.model()->contains(n); }))
                shown = t.elapsed();
        });
        browser.openVolume(volume, {});
        wait([&] { return loads > 0; }, 600000);
        const qint64 opened = t.elapsed();
        t.restart();
        browser.refresh();
        wait([&] { return loads > 1; }, 600000);
        listed[way == Way::Lister ? 0 : 1] = double(t.nsecsElapsed()) / 1e6;
        std::printf("big volume (%s): open -> whole first level shown %lld ms (listing done %lld ms); "
                    "one more listing of the top %.0f ms\n",
                    wayName(way), shown, opened, listed[way == Way::Lister ? 0 : 1]);
        if (way == Way::Lister) {
            // The CLI beside it, on the same helper: the lister by `docker exec`, the old way by `docker cp`.
            helper = browser.helperId();
            const double execCli = timeShell(QStringLiteral("docker exec %1 /dx-volume-lister list /v >/dev/null").arg(helper));
            const double cpCli = timeShell(QStringLiteral("docker cp %1:/v - | tar -t >/dev/null").arg(helper));
            std::printf("big volume (CLI peers): docker exec HELPER /dx-volume-lister list /v %.0f ms; "
                        "docker cp HELPER:/v - | tar -t %.0f ms\n", execCli, cpCli);
            // The first level shown in the browser against listing the volume by `docker cp`.
            dx::bench::line("volume_2gb_first_level_vs_docker_cp_tar", double(shown), cpCli, "ms", 1.0);
        }
        closeBrowser(browser);
    }
    std::printf("big volume: listing the top, archive / lister = %.0fx (goal: the lister about a second or less)\n",
                listed[1] / qMax(1.0, listed[0]));
    changeBench(engine, services, volume, mountpoint, "2.1 GB volume", 6);
    QUrlQuery force;
    force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    call(engine, EngineRequest::del(QStringLiteral("/containers/") + filler, force));
    call(engine, EngineRequest::del(QStringLiteral("/volumes/") + volume));
}

// How long an appended file takes to show in the tree through the helper while both cores are
// busy: a container that mounts the volume runs (so the browser polls), the bench appends to
// a file through the volume's folder on this host (or by `docker exec` when that is not ours
// to write) and waits until the tree shows the new size.
void changeBench(Engine &engine, AppServices &services, const QString &volume, const QString &mountpoint,
                 const char *what, int rounds)
{
    QProcess stress;
    stress.start(QStringLiteral("stress"), {QStringLiteral("-c"), QStringLiteral("2")});
    const bool loaded = stress.waitForStarted(5000);
    const QString user = runInVolume(engine, volume, QStringLiteral("rm -f /v/grow.txt; touch /v/grow.txt; sleep 100000"), false);
    const QString file = QDir(mountpoint).filePath(QStringLiteral("grow.txt"));
    const bool direct = QFileInfo(QFileInfo(file).path()).isWritable();
    double medians[2] = {0, 0};
    for (const Way way : {Way::Lister, Way::Archive}) {
        VolumeBrowser browser(&services);
        configure(browser, way);
        int loads = 0;
        QObject::connect(&browser, &VolumeBrowser::treeLoaded, &browser, [&] { ++loads; });
        browser.openVolume(volume, mountpoint);
        wait([&] { return loads > 0 && browser.model()->contains(QStringLiteral("grow.txt")); }, 120000);
        QList<double> latencies;
        const auto sizeShown = [&browser] {
            return browser.model()->entryAt(browser.model()->indexForPath(QStringLiteral("grow.txt"))).size;
        };
        for (int i = 0; i < rounds; ++i) {
            // A random phase against the 2 s poll.
            wait([] { return false; }, int(QRandomGenerator::global()->bounded(2000)));
            const qint64 before = sizeShown();
            QElapsedTimer t;
            if (direct) {
                QFile f(file);
                if (!f.open(QIODevice::Append))
                    break;
                t.start();
                f.write("line\n");
                f.close();
            } else {
                timeShell(QStringLiteral("docker exec %1 sh -c 'echo line >> /v/grow.txt'").arg(user));
                t.start();
            }
            wait([&] { return sizeShown() >= before + 5; }, 120000);
            latencies.append(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(latencies.begin(), latencies.end());
        const double median = latencies.isEmpty() ? -1 : latencies.at(latencies.size() / 2);
        medians[way == Way::Lister ? 0 : 1] = median;
        std::printf("change shows (%s, %s, %s, %d rounds): median %.0f ms, max %.0f ms (goal < 3000 ms)\n", what,
                    wayName(way), loaded ? "stress -c 2 running" : "no stress", int(latencies.size()), median,
                    latencies.isEmpty() ? -1.0 : latencies.last());
        if (way == Way::Lister) {
            const QByteArray figure = QByteArray("volume_change_shows_") + (QByteArray(what).contains("GB") ? "2gb" : "small_files");
            dx::bench::line(figure.constData(), median, 3000.0, "ms", 1.0); // peer: the goal
        }
        closeBrowser(browser);
    }
    std::printf("change shows (%s): archive / lister median = %.1fx\n", what, medians[1] / qMax(1.0, medians[0]));
    // The CLI peer under the same load: one listing of the top by each way.
    VolumeHelper helper(services.session()->api());
    helper.setExtraLabels({{BenchLabel, benchRun()}});
    helper.setImage(QStringLiteral("docker-explorer-helper"), benchRun());
    QString id;
    helper.acquire(volume, [&id](const QString &helperId, const QString &) { id = helperId.isEmpty() ? QStringLiteral("-") : helperId; },
                   VolumeHelper::Mode::Lister);
    wait([&] { return !id.isEmpty(); }, 60000);
    if (id != QLatin1String("-")) {
        const double execCli = timeShell(QStringLiteral("docker exec %1 /dx-volume-lister list /v >/dev/null").arg(id));
        const double cpCli = timeShell(QStringLiteral("docker cp %1:/v - | tar -t >/dev/null").arg(id));
        std::printf("change shows (%s, CLI peers under the same load): docker exec HELPER lister %.0f ms, "
                    "docker cp HELPER:/v - | tar -t %.0f ms per listing\n", what, execCli, cpCli);
        bool released = false;
        helper.release(id, [&] { released = true; });
        wait([&] { return released; }, 20000);
    }
    QUrlQuery force;
    force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    call(engine, EngineRequest::del(QStringLiteral("/containers/") + user, force));
    if (loaded) {
        stress.terminate(); // our own child, by its pid
        stress.waitForFinished(5000);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    listBench();

    Engine engine;
    engine.connectToDefault();
    wait([&] { return engine.isConnected(); }, 10000);
    if (!engine.isConnected()) {
        std::printf("browse: no engine, skipped\n");
        return 0;
    }
    IconProvider icons;
    AppServices services(&engine, &icons);
    const QString volume = QStringLiteral("dxbench-") + benchRun();
    const QJsonObject labels{{BenchLabel, benchRun()}};
    const EngineResponse created = call(engine, EngineRequest::post(QStringLiteral("/volumes/create"), {},
            QJsonDocument(QJsonObject{{QStringLiteral("Name"), volume}, {QStringLiteral("Labels"), labels}}).toJson()));
    const QString mountpoint = QJsonDocument::fromJson(created.body).object().value(QLatin1String("Mountpoint")).toString();
    // 100 folders of 100 files plus one file at the top: 10,101 entries, 101 on the first level.
    const QString id = runInVolume(engine, volume, QStringLiteral("cd /v && echo top > top.txt && for d in $(seq 100); do mkdir d$d; "
                                                                  "for f in $(seq 100); do echo line $f > d$d/f$f.txt; done; done"));

    for (const Way way : {Way::Lister, Way::Archive, Way::Local})
        browseBench(volume, mountpoint, services, way);
    if (qEnvironmentVariableIsEmpty("DX_BENCH_QUICK"))
        bigVolumeBench(engine, services);
    changeBench(engine, services, volume, mountpoint, "10,101 small files", 12);

    QUrlQuery force;
    force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    call(engine, EngineRequest::del(QStringLiteral("/containers/") + id, force));
    VolumeHelper cleanup(services.session()->api());
    cleanup.setExtraLabels({{BenchLabel, benchRun()}});
    bool done = false;
    cleanup.removeLeftovers([&](int) { done = true; });
    wait([&] { return done; }, 20000);
    cleanup.setImage(QStringLiteral("docker-explorer-helper"), benchRun());
    done = false;
    cleanup.removeImage([&] { done = true; });
    wait([&] { return done; }, 20000);
    call(engine, EngineRequest::del(QStringLiteral("/volumes/") + volume));
    return 0;
}
