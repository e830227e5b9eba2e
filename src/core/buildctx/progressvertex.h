#pragma once

#include "buildkittrace.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <map>
#include <optional>

namespace dx {

// What PlainProgressPrinter remembers about one BuildKit vertex: the `vertex` of
// progressui's display.go, minus the terminal-mode parts.
struct ProgressVertex
{
    struct LogLine
    {
        QByteArray data; // "0.215 hi" as printed
        int prefixLength = 0;
        double sec = 0;
        bool isStderr = false;
    };
    struct Interval
    {
        qint64 start;
        std::optional<qint64> stop;
    };

    buildkit::Vertex v;
    std::optional<buildkit::Vertex> prev;
    int index = 0;
    bool headerPrinted = false;
    QStringList statusOrder;
    QHash<QString, buildkit::VertexStatus> statuses;
    QSet<QString> statusUpdates;
    QList<LogLine> logs;
    bool logsPartial = false;
    int logsOffset = 0;
    QList<QByteArray> logsBuffer;
    QList<buildkit::VertexWarning> warnings;
    int warningIdx = 0;
    std::map<qint64, std::optional<qint64>> intervals; // start -> stop
    int count = 0;
    int order = 0; // position of first appearance, for deterministic iteration

    // mergeIntervals() of display.go: overlapping runs of a vertex become one.
    QList<Interval> merged() const;
    bool isStarted() const { return !intervals.empty(); }
    bool isCompleted() const;
};

} // namespace dx
