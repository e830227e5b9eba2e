#pragma once

// Shared by the tests that talk to the real engine: the run label, a blocking call helper,
// and the rule that an engine test may only skip when CI did not demand the engine.

#include "engine/apiversion.h"
#include "engine/engine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace dx::test {

// Every object a test creates carries this label, so cleanup finds exactly what the run made.
inline QString runLabelKey()
{
    return QStringLiteral("dx.test.run");
}

// Unique per test process: ctest runs tests in parallel, and each test's cleanup removes
// everything with its own label. The run's id (DX_TEST_RUN) is the prefix, so the test
// command can still sweep whatever a crashed test left behind.
inline QString runId()
{
    static const QString id = []() -> QString { // not auto: a QStringBuilder would dangle
        const QString fromEnv = qEnvironmentVariable("DX_TEST_RUN");
        const QString run = fromEnv.isEmpty() ? QUuid::createUuid().toString(QUuid::Id128).left(12) : fromEnv;
        return run + u'-' + QString::number(QCoreApplication::applicationPid());
    }();
    return id;
}

// The offline base image the test command creates (scripts/test-engine.sh).
inline QString baseImage()
{
    const QString fromEnv = qEnvironmentVariable("DX_TEST_IMAGE");
    return fromEnv.isEmpty() ? QStringLiteral("docker-explorer-test-base:1") : fromEnv;
}

inline bool engineRequired()
{
    return !qEnvironmentVariableIsEmpty("DX_REQUIRE_ENGINE");
}

// Waits until the engine is connected (or definitely not).
inline bool waitConnected(Engine &engine, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!engine.isConnected() && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    return engine.isConnected();
}

inline EngineResponse call(Engine &engine, const EngineRequest &request, int timeoutMs = 60000)
{
    EngineReply *reply = engine.send(request);
    EngineResponse result;
    bool done = false;
    QObject::connect(reply, &EngineReply::finished, reply, [&](const EngineResponse &r) {
        result = r;
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!done) {
        reply->abort();
        result.error = EngineResponse::Error::Timeout;
        result.message = QStringLiteral("test timeout");
    }
    return result;
}

inline QJsonValue json(const EngineResponse &r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// The labels every object of this test process carries.
inline QJsonObject runLabels()
{
    return {{runLabelKey(), runId()}};
}

// Creates a volume with this run's label; returns its mountpoint, or sets *error.
inline QString createVolume(Engine &engine, const QString &name, QString *error)
{
    const QJsonObject body{{QStringLiteral("Name"), name}, {QStringLiteral("Labels"), runLabels()}};
    const EngineResponse r = call(engine, EngineRequest::post(QStringLiteral("/volumes/create"), {},
                                                              QJsonDocument(body).toJson()));
    if (!r.ok())
        *error = r.message;
    return json(r).toObject().value(QLatin1String("Mountpoint")).toString();
}

// Runs the docker CLI with `input` on its stdin and the engine's classic builder (no buildx
// needed): its exit code (-1 if it did not end within five minutes), its stdout in `out`; what
// it said on stderr is logged when it fails.
inline int dockerCli(const QStringList &args, const QByteArray &input = {}, QByteArray *out = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("docker"), args);
    if (!input.isNull()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(300000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit)
        return -1;
    if (p.exitCode() != 0)
        qInfo().noquote() << "docker" << args.join(QLatin1Char(' ')) << "→" << p.readAllStandardError().trimmed();
    return p.exitCode();
}

// Removes every container and volume carrying this run's label (also left-overs of a crash).
inline void removeLabelled(Engine &engine)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("filters"),
                   QStringLiteral("{\"label\":[\"%1=%2\"]}").arg(runLabelKey(), runId()));
    const QJsonArray containers = json(call(engine, EngineRequest::get(QStringLiteral("/containers/json"), q))).toArray();
    for (const QJsonValue &c : containers) {
        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
        force.addQueryItem(QStringLiteral("v"), QStringLiteral("1"));
        call(engine, EngineRequest::del(QStringLiteral("/containers/") + c[QLatin1String("Id")].toString(), force));
    }
    QUrlQuery vq;
    vq.addQueryItem(QStringLiteral("filters"),
                    QStringLiteral("{\"label\":[\"%1=%2\"]}").arg(runLabelKey(), runId()));
    const QJsonArray volumes = json(call(engine, EngineRequest::get(QStringLiteral("/volumes"), vq)))
                                   .toObject().value(QLatin1String("Volumes")).toArray();
    for (const QJsonValue &v : volumes)
        call(engine, EngineRequest::del(QStringLiteral("/volumes/") + v[QLatin1String("Name")].toString()));
}

} // namespace dx::test

// Skips (locally) or fails (in CI) when no engine answers.
#define DX_REQUIRE_ENGINE_OR_SKIP(engine)                                                              \
    do {                                                                                               \
        if (!dx::test::waitConnected(engine)) {                                                        \
            const QByteArray why = "no Docker engine answers (" + (engine).info().message.toUtf8() + ")"; \
            if (dx::test::engineRequired())                                                            \
                QFAIL(why.constData());                                                                \
            QSKIP(why.constData());                                                                    \
        }                                                                                              \
    } while (false)
