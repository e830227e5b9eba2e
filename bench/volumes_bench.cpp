// Volumes: list model population from 1,000 volumes, and browsing a volume of 10,000 files
// through the browser (remote helper path and local path): time to the first row, to the
// complete first level, to the whole tree, and the longest GUI-thread tick meanwhile.
// Needs a Docker engine for the second part (skipped with a note otherwise).
#include "api/containertypes.h"
#include "api/jsonfields.h"
#include "api/resourcetypes.h"
#include "engine/engine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "volumes/volumebrowser.h"
#include "volumes/volumehelper.h"
#include "volumes/volumelistmodel.h"
#include "volumes/volumestore.h"
#include "volumes/volumetreemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

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
    t.restart();
    store.applyList(parse());
    std::printf("list: unchanged re-list diffed in %.1f ms\n", t.nsecsElapsed() / 1e6);
}

void browseBench(Engine &engine, AppServices &services, const QString &volume, const QString &mountpoint, bool remote)
{
    VolumeBrowser browser(&services);
    browser.helper()->setExtraLabels({{BenchLabel, benchRun()}});
    browser.setForceRemote(remote);
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
    bool finished = false;
    QObject::connect(&browser, &VolumeBrowser::treeLoaded, &browser, [&] { finished = true; });
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
    wait([&] { return finished; }, 120000);
    const qint64 total = t.elapsed();
    probe.stop();
    std::printf("browse (%s): %d entries; first row %lld ms, whole first level (101 rows) %lld ms, whole tree %lld ms, "
                "longest GUI tick %.1f ms\n",
                remote ? "remote, helper + archive stream" : "local, direct folder walk", browser.model()->entryCount(),
                firstRow, firstLevel, total, longest / 1e6);
    bool closed = false;
    browser.closeVolume([&] { closed = true; });
    wait([&] { return closed; }, 20000);
    Q_UNUSED(engine)
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
    const QString script = QStringLiteral("cd /v && echo top > top.txt && for d in $(seq 100); do mkdir d$d; "
                                          "for f in $(seq 100); do echo line $f > d$d/f$f.txt; done; done");
    const QJsonObject mount{{QStringLiteral("Type"), QStringLiteral("volume")}, {QStringLiteral("Source"), volume},
                            {QStringLiteral("Target"), QStringLiteral("/v")}};
    const QJsonObject body{{QStringLiteral("Image"), QStringLiteral("docker-explorer-test-base:1")},
                           {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), script}},
                           {QStringLiteral("Labels"), labels},
                           {QStringLiteral("HostConfig"), QJsonObject{{QStringLiteral("Mounts"), QJsonArray{mount}}}}};
    const QString id = QJsonDocument::fromJson(call(engine, EngineRequest::post(QStringLiteral("/containers/create"), {},
                                                    QJsonDocument(body).toJson())).body).object().value(QLatin1String("Id")).toString();
    call(engine, EngineRequest::post(QStringLiteral("/containers/%1/start").arg(id)));
    call(engine, EngineRequest::post(QStringLiteral("/containers/%1/wait").arg(id)));

    browseBench(engine, services, volume, mountpoint, true);
    browseBench(engine, services, volume, mountpoint, false);

    QUrlQuery force;
    force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    call(engine, EngineRequest::del(QStringLiteral("/containers/") + id, force));
    VolumeHelper cleanup(services.session()->api());
    cleanup.setExtraLabels({{BenchLabel, benchRun()}});
    bool done = false;
    cleanup.removeLeftovers([&](int) { done = true; });
    wait([&] { return done; }, 20000);
    call(engine, EngineRequest::del(QStringLiteral("/volumes/") + volume));
    return 0;
}
