// Container list: 2,000 containers shaped like a real engine's /containers/json answer
// (tests/app/containers/data/containers_list.json) into ContainerListModel behind its
// filter proxy; then single events applied. Prints figures; goals: populated < 300 ms,
// one event < 1 ms of model work, RSS < 150 MB.

#include "benchline.h"

#include "api/dockerapi.h"
#include "api/jsonfields.h"
#include "containers/containerfiltermodel.h"
#include "containers/containerlistmodel.h"
#include "containers/containerstore.h"
#include "engine/engineevent.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

using namespace dx;

namespace {

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QFile file(QStringLiteral(CONTAINERS_DATA_DIR "/containers_list.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        out << "cannot read " << file.fileName() << Qt::endl;
        return 1;
    }
    const QJsonObject shape = QJsonDocument::fromJson(file.readAll()).array().at(0).toObject();
    constexpr int Count = 2000;
    QJsonArray array;
    for (int i = 0; i < Count; ++i) {
        QJsonObject o = shape;
        o.insert(QStringLiteral("Id"), QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0')));
        o.insert(QStringLiteral("Names"), QJsonArray{QStringLiteral("/container-%1").arg(i)});
        o.insert(QStringLiteral("State"), i % 3 ? QStringLiteral("exited") : QStringLiteral("running"));
        o.insert(QStringLiteral("Created"), 1700000000 + i);
        array.append(o);
    }
    const QByteArray body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    const long rssBefore = rssKiB();

    DockerApi api(nullptr); // offline: the store's triage and model work only
    ContainerStore store(&api);
    ContainerListModel &model = *store.model();
    ContainerFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(ContainerListModel::Created, Qt::DescendingOrder);

    QElapsedTimer timer;
    timer.start();
    QList<ContainerSummary> list;
    QString error;
    if (!json::parseList<ContainerSummary>(body, &list, &error, &ContainerSummary::fromJson)) {
        out << "cannot parse: " << error << Qt::endl;
        return 1;
    }
    const qint64 parseNs = timer.nsecsElapsed();
    model.setContainers(list);
    const qint64 totalNs = timer.nsecsElapsed();
    out << "list of " << Count << " containers (" << body.size() / 1024 << " KiB JSON): parsed "
        << parseNs / 1e6 << " ms, model populated (sorted proxy) " << totalNs / 1e6 << " ms total (goal < 300 ms)" << Qt::endl;

    // Events: a state change (what a fetched container after "stop" looks like), an insert, a destroy.
    QVector<qint64> updateNs, insertNs, removeNs;
    for (int i = 0; i < 200; ++i) {
        ContainerSummary changed = list.at(i * 7 % Count);
        changed.state = changed.state == QLatin1String("running") ? QStringLiteral("exited") : QStringLiteral("running");
        changed.status = QStringLiteral("Exited (0) 1 second ago");
        timer.restart();
        model.upsert(changed);
        updateNs.append(timer.nsecsElapsed());
        list[i * 7 % Count] = changed;

        ContainerSummary added = list.at(0);
        added.id = QStringLiteral("new%1").arg(i, 61, 10, QLatin1Char('0'));
        added.name = QStringLiteral("new-%1").arg(i);
        timer.restart();
        model.upsert(added);
        insertNs.append(timer.nsecsElapsed());

        EngineEvent destroy;
        destroy.type = QStringLiteral("container");
        destroy.action = QStringLiteral("destroy");
        destroy.actorId = added.id;
        timer.restart();
        store.handleEvent(destroy);
        removeNs.append(timer.nsecsElapsed());
    }
    const auto report = [&out](const char *what, QVector<qint64> v) {
        std::sort(v.begin(), v.end());
        const QByteArray figure = "container_model_event_" + QByteArray(what).split(' ').value(1);
        out.flush();
        dx::bench::line(figure.constData(), v.at(v.size() * 99 / 100) / 1e3, 1000.0, "µs (p99)", 1.0);
        out << "one event, " << what << ": median " << v.at(v.size() / 2) / 1e3 << " µs, p99 "
            << v.at(v.size() * 99 / 100) / 1e3 << " µs, max " << v.last() / 1e3 << " µs (goal < 1000 µs)" << Qt::endl;
    };
    report("row updated (dataChanged)", updateNs);
    report("row inserted", insertNs);
    report("row removed (destroy)", removeNs);
    out << "RSS: " << rssKiB() / 1024.0 << " MiB after (" << rssBefore / 1024.0 << " MiB before the model; goal < 150 MB)"
        << Qt::endl;
    out.flush();
    // Peers: the goals (populated in 300 ms; one event in 1 ms of model work; 150 MB).
    dx::bench::line("container_model_2000_populate", totalNs / 1e6, 300.0, "ms", 1.0);
    dx::bench::line("container_model_2000_rss", rssKiB() / 1024.0, 150.0, "MB", 1.0);
    return 0;
}
