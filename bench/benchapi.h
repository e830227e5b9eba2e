#pragma once

// What the benchmarks that drive the real engine through the typed API share: waiting for a
// call's answer, waiting for the engine, the median of rounds.

#include "api/apicall.h"
#include "api/apiresult.h"
#include "engine/engine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace dx::bench {

// The median of the rounds' figures; -1 when there are none.
inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

// The call's result, waited for in a local event loop (at most two minutes).
template<typename T>
ApiResult<T> await(const ApiCall<T> &call)
{
    ApiResult<T> result;
    QEventLoop loop;
    QObject context;
    call.then(&context, [&](const ApiResult<T> &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

// Connects to the default engine (DOCKER_HOST or the local socket); false if none answers in time.
inline bool connectEngine(Engine &engine, int timeoutMs = 20000)
{
    engine.connectToDefault();
    QElapsedTimer waited;
    waited.start();
    while (!engine.isConnected() && waited.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return engine.isConnected();
}

} // namespace dx::bench
