#pragma once

#include "buildevent.h"
#include "buildkittrace.h"
#include "progressvertex.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <map>
#include <memory>
#include <utility>

namespace dx {

// Turns BuildKit status updates into the text `docker build --progress=plain` prints
// (buildkit util/progress/progressui: trace.update + textMux.printVtx), one BuildEvent
// per printed line. The real printer also switches between concurrently running
// vertexes based on wall-clock speed; this one is deterministic instead: it keeps the
// current vertex until it completes and then takes the busiest pending one.
// Progress groups are not merged (the engines we talk to do not send them).
class PlainProgressPrinter final
{
public:
    PlainProgressPrinter();
    ~PlainProgressPrinter();
    Q_DISABLE_COPY_MOVE(PlainProgressPrinter)

    QList<BuildEvent> update(const buildkit::StatusResponse &status);
    // Final refresh plus the "------ > name: ... ------" block for failed vertexes.
    QList<BuildEvent> finish();
    // Everything printed since the last takeText(), exactly as the CLI would have written it.
    QString text() const { return m_text; }
    QString takeText() { return std::exchange(m_text, QString()); }

private:
    void applyVertex(const buildkit::Vertex &v);
    void applyLog(const buildkit::VertexLog &l);
    void print(QList<BuildEvent> *out);
    void printVertex(const QString &digest, QList<BuildEvent> *out);
    void emitLine(QList<BuildEvent> *out, BuildEvent event);
    ProgressVertex *vertex(const QString &digest);

    std::map<QString, std::unique_ptr<ProgressVertex>> m_byDigest;
    QStringList m_order;           // digests in order of first appearance
    QSet<QString> m_updates;       // vertexes with something new to print
    QHash<QString, QPair<qint64, qint64>> m_lastStatus; // id -> (current, timestamp)
    QString m_current;
    QString m_text;
    QString m_partialLine;         // a log line printed without its newline yet
    BuildEvent m_pendingLog;       // the event that line becomes once it ends
    int m_nextIndex = 0;
    bool m_notFirst = false;
};

} // namespace dx
