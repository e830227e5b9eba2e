#pragma once

// Shared by the volume tests on the real engine: labelled containers that mount the test
// volume, their output, and the browser set up with this run's labels and helper image.

#include "engine/testengine.h"
#include "streams/execoutput.h"

#include "volumes/volumebrowser.h"
#include "volumes/volumehelper.h"
#include "volumes/volumetreemodel.h"

#include <QTest>

namespace dx::test {

// The helper image tag of this test process, so cleanup never touches the app's own.
inline QString helperTag()
{
    return QStringLiteral("test-") + runId();
}

inline void configureBrowser(VolumeBrowser &browser)
{
    browser.helper()->setExtraLabels({{runLabelKey(), runId()}});
    browser.helper()->setImage(QStringLiteral("docker-explorer-helper"), helperTag());
    browser.setOverwriteQuestion([](const QStringList &) { return true; });
}

// The browser lists folder by folder: this lists every folder (expandAll) and waits until
// all are in.
inline bool listWhole(VolumeBrowser &browser, int timeoutMs = 60000)
{
    browser.expandAll();
    return QTest::qWaitFor([&browser] { return browser.model()->isFullyListed(QString()); }, timeoutMs);
}

// Where two listings differ first ("" when they agree), every field of both entries.
// mtimeSlack: seconds the modification times may differ by (Podman's archive rounds them to
// the nearest second, where Docker's, the lister and a local walk cut the fraction off).
inline QString firstDifference(const VolumeEntries &a, const VolumeEntries &b, qint64 mtimeSlack = 0)
{
    const auto same = [mtimeSlack](VolumeEntry x, const VolumeEntry &y) {
        if (qAbs(x.mtime - y.mtime) <= mtimeSlack)
            x.mtime = y.mtime;
        return x == y;
    };
    const auto text = [](const VolumeEntries &list, qsizetype i) {
        if (i >= list.size())
            return QStringLiteral("(none)");
        const VolumeEntry &e = list.at(i);
        return QStringLiteral("%1 type %2 size %3 mode %4 mtime %5 target %6")
            .arg(e.path)
            .arg(int(e.type))
            .arg(e.size)
            .arg(e.mode, 0, 8)
            .arg(e.mtime)
            .arg(e.linkTarget);
    };
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        if (i >= a.size() || i >= b.size() || !same(a.at(i), b.at(i)))
            return QStringLiteral("at %1: %2 <> %3").arg(i).arg(text(a, i), text(b, i));
    }
    return {};
}

// A labelled container from the base image (or `image`) with `volume` at `target`; `wait` runs it to its
// end, otherwise it is left running. Returns its id, empty on failure.
inline QString runWithVolume(Engine &engine, const QString &volume, const QString &target, const QString &script,
                             bool wait = true, const QString &image = baseImage())
{
    const QJsonObject mount{{QStringLiteral("Type"), QStringLiteral("volume")},
                            {QStringLiteral("Source"), volume},
                            {QStringLiteral("Target"), target}};
    const QJsonObject body{{QStringLiteral("Image"), image},
                           {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), script}},
                           {QStringLiteral("Labels"), runLabels()},
                           {QStringLiteral("HostConfig"), QJsonObject{{QStringLiteral("Mounts"), QJsonArray{mount}}}}};
    const EngineResponse created =
        call(engine, EngineRequest::post(QStringLiteral("/containers/create"), {}, QJsonDocument(body).toJson()));
    if (!created.ok()) {
        qWarning() << created.message;
        return {};
    }
    const QString id = json(created).toObject().value(QLatin1String("Id")).toString();
    const EngineResponse started = call(engine, EngineRequest::post(QStringLiteral("/containers/%1/start").arg(id)));
    if (!started.ok())
        qWarning() << started.message;
    if (wait)
        call(engine, EngineRequest::post(QStringLiteral("/containers/%1/wait").arg(id)), 120000);
    return id;
}

// stdout, then stderr, of a container without a TTY, byte for byte.
inline QByteArray logsOf(Engine &engine, const QString &id)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("stdout"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("stderr"), QStringLiteral("1"));
    const QByteArray raw = call(engine, EngineRequest::get(QStringLiteral("/containers/%1/logs").arg(id), q)).body;
    QByteArray out;
    QByteArray err;
    ExecOutputDemuxer().feed(raw, &out, &err);
    return out + err;
}

// Containers of this run (only our volume helpers with `helpersOnly`).
inline QJsonArray labelledContainers(Engine &engine, bool helpersOnly)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("filters"),
                   helpersOnly ? QStringLiteral("{\"label\":[\"%1=1\",\"%2=%3\"]}")
                                     .arg(QLatin1String(VolumeHelper::LabelKey), runLabelKey(), runId())
                               : QStringLiteral("{\"label\":[\"%1=%2\"]}").arg(runLabelKey(), runId()));
    return json(call(engine, EngineRequest::get(QStringLiteral("/containers/json"), q))).toArray();
}

inline void removeHelperImage(Engine &engine)
{
    QUrlQuery force;
    force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    call(engine, EngineRequest::del(QStringLiteral("/images/docker-explorer-helper:") + helperTag(), force));
}

} // namespace dx::test
