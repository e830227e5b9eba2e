#include "plainprogressprinter.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace dx {

namespace {

constexpr qint64 kSecond = 1000000000;
constexpr int kLogsBufferSize = 10; // last log lines repeated in the error summary

// time.Duration.Seconds(), same float arithmetic so the %.1f/%.3f rounding agrees.
double seconds(qint64 ns)
{
    return double(ns / kSecond) + double(ns % kSecond) / 1e9;
}

// github.com/tonistiigi/units Bytes with %.2f: "2B", "1.50kB", "3.00MB".
QString formatBytes(qint64 b)
{
    if (b < 1000 && b > -1000)
        return QString::number(b) + QLatin1Char('B');
    static const char *units[] = {"kB", "MB", "GB", "TB", "PB", "EB"};
    double v = double(b);
    int u = -1;
    while ((v >= 1000 || v <= -1000) && u < 5) {
        v /= 1000;
        ++u;
    }
    return QString::asprintf("%.2f", v) + QLatin1String(units[u]);
}

QString stageLabelOf(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^(\\[[^\\]]*\\d+/\\d+\\]) "));
    const QRegularExpressionMatch m = re.match(name);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

PlainProgressPrinter::PlainProgressPrinter() = default;
PlainProgressPrinter::~PlainProgressPrinter() = default;

ProgressVertex *PlainProgressPrinter::vertex(const QString &digest)
{
    const auto it = m_byDigest.find(digest);
    return it == m_byDigest.end() ? nullptr : it->second.get();
}

void PlainProgressPrinter::applyVertex(const buildkit::Vertex &v)
{
    ProgressVertex *vx = vertex(v.digest);
    const bool existed = vx != nullptr;
    if (!vx) {
        vx = (m_byDigest[v.digest] = std::make_unique<ProgressVertex>()).get();
        vx->order = int(m_order.size());
        m_order.append(v.digest);
    }
    if (v.started) { // triggerVertexEvent: only started vertexes count as news
        const buildkit::Vertex old = vx->prev.value_or(buildkit::Vertex());
        const bool changed = v.digest != old.digest || v.name != old.name
            || v.started != old.started || (v.completed && v.completed != old.completed)
            || v.cached != old.cached || v.error != old.error;
        if (changed) {
            ++vx->count;
            m_updates.insert(v.digest);
        }
        vx->prev = v;
    }
    // A repeated, not-yet-started copy of a vertex must not reset its state.
    if (!(existed && vx->isStarted() && !v.started))
        vx->v = v;
    if (v.started)
        vx->intervals[*v.started] = v.completed;
}

void PlainProgressPrinter::applyLog(const buildkit::VertexLog &l)
{
    ProgressVertex *vx = vertex(l.vertex);
    if (!vx)
        return;
    const QList<QByteArray> pieces = l.msg.split('\n');
    // split() in display.go: a trailing newline completes the line; empty data does not.
    const bool complete = !l.msg.isEmpty() && l.msg.endsWith('\n');
    const int count = complete ? int(pieces.size()) - 1 : int(pieces.size());
    // Every line of the message has the same time: merge the intervals once, not per line.
    qint64 ts = 0;
    if (l.timestamp && vx->isStarted()) {
        const QList<ProgressVertex::Interval> m = vx->merged();
        if (!m.isEmpty())
            ts = *l.timestamp - m.last().start;
    }
    const double sec = seconds(ts);
    for (int i = 0; i < count && !l.msg.isEmpty(); ++i) {
        if (vx->logsPartial && !vx->logs.isEmpty() && i == 0) {
            vx->logs.last().data += pieces.at(i);
            continue;
        }
        const int prec = sec < 10 ? 3 : (sec < 100 ? 2 : 1);
        ProgressVertex::LogLine line;
        line.data = QByteArray::number(sec, 'f', prec) + ' ';
        line.prefixLength = int(line.data.size());
        line.data += pieces.at(i);
        line.sec = sec;
        line.isStderr = l.stream == 2;
        vx->logs.append(line);
    }
    vx->logsPartial = !complete;
    ++vx->count;
    m_updates.insert(l.vertex);
}

QList<BuildEvent> PlainProgressPrinter::update(const buildkit::StatusResponse &status)
{
    for (const buildkit::Vertex &v : status.vertexes)
        applyVertex(v);
    for (const buildkit::VertexStatus &s : status.statuses) {
        ProgressVertex *vx = vertex(s.vertex);
        if (!vx)
            continue; // "shouldn't happen" upstream too
        const auto prev = vx->statuses.constFind(s.id);
        if (s.started && (prev == vx->statuses.cend() || !prev->started))
            vx->statusOrder.append(s.id);
        vx->statuses.insert(s.id, s);
        vx->statusUpdates.insert(s.id);
        ++vx->count;
        m_updates.insert(s.vertex);
    }
    for (const buildkit::VertexWarning &w : status.warnings) {
        if (ProgressVertex *vx = vertex(w.vertex)) {
            vx->warnings.append(w);
            ++vx->count;
        }
    }
    for (const buildkit::VertexLog &l : status.logs)
        applyLog(l);
    QList<BuildEvent> out;
    print(&out);
    return out;
}

void PlainProgressPrinter::print(QList<BuildEvent> *out)
{
    // Updated vertexes in order of appearance: the CLI walks a Go map here, whose
    // order is random; a stable order keeps our output reproducible.
    QStringList updated(m_updates.cbegin(), m_updates.cend());
    std::sort(updated.begin(), updated.end(), [this](const QString &a, const QString &b) {
        return vertex(a)->order < vertex(b)->order;
    });
    QStringList completed;
    QStringList rest;
    for (const QString &d : std::as_const(updated))
        (vertex(d)->isCompleted() ? completed : rest).append(d);
    const QString current = m_current;
    if (completed.contains(current))
        printVertex(current, out);
    std::stable_sort(completed.begin(), completed.end(), [this](const QString &a, const QString &b) {
        return *vertex(a)->merged().last().stop < *vertex(b)->merged().last().stop;
    });
    for (const QString &d : std::as_const(completed)) {
        if (d != current)
            printVertex(d, out);
    }
    if (rest.isEmpty()) {
        if (!current.isEmpty() && vertex(current)->isStarted() && !vertex(current)->isCompleted())
            return;
        for (const QString &d : std::as_const(m_order)) { // make an open vertex active
            if (vertex(d)->isStarted() && !vertex(d)->isCompleted()) {
                printVertex(d, out);
                return;
            }
        }
        return;
    }
    if (rest.contains(current))
        printVertex(current, out);
    if (current.isEmpty() || completed.contains(current)) {
        const auto busiest = std::max_element(rest.cbegin(), rest.cend(),
            [this](const QString &a, const QString &b) { return vertex(a)->count < vertex(b)->count; });
        printVertex(*busiest, out);
    }
}

void PlainProgressPrinter::emitLine(QList<BuildEvent> *out, BuildEvent event)
{
    m_text += event.line + QLatin1Char('\n');
    out->append(std::move(event));
}

void PlainProgressPrinter::printVertex(const QString &digest, QList<BuildEvent> *out)
{
    ProgressVertex *v = vertex(digest);
    if (!v)
        return;
    if (v->index == 0)
        v->index = ++m_nextIndex; // numbered in order of first appearance in the output
    // Per call, not per line: a regex and a number formatting per log line were most of
    // the printer's time on chatty RUN steps.
    const QString stageLabel = stageLabelOf(v->v.name);
    const QString prefix = QLatin1Char('#') + QString::number(v->index) + QLatin1Char(' ');
    auto event = [v, &digest, &stageLabel, &prefix](BuildEvent::Kind kind, const QString &text) {
        BuildEvent e;
        e.kind = kind;
        e.step = v->index;
        e.vertex = digest;
        e.text = text;
        e.stageLabel = stageLabel;
        e.line = prefix + text;
        return e;
    };
    const auto endPartialLine = [this, out]() {
        if (m_partialLine.isEmpty())
            return;
        m_text += QLatin1Char('\n');
        BuildEvent e = m_pendingLog;
        e.line = m_partialLine;
        out->append(e);
        m_partialLine.clear();
    };

    if (digest != m_current) {
        if (ProgressVertex *old = m_current.isEmpty() ? nullptr : vertex(m_current)) {
            endPartialLine();
            old->logsOffset = 0;
            old->count = 0;
            m_text += QStringLiteral("#%1 ...\n").arg(old->index);
            BuildEvent e;
            e.step = old->index;
            e.vertex = m_current;
            e.text = QStringLiteral("...");
            e.line = QStringLiteral("#%1 ...").arg(old->index);
            out->append(e);
        }
        if (m_notFirst)
            m_text += QLatin1Char('\n'); // blank separator, not an event
        m_notFirst = true;
        emitLine(out, event(v->headerPrinted ? BuildEvent::Kind::Info : BuildEvent::Kind::StepStarted,
                            v->v.name));
        out->last().text = v->v.name;
        v->headerPrinted = true;
    }

    bool openStatus = false; // a running status keeps the vertex current
    for (const QString &id : std::as_const(v->statusOrder)) {
        if (!v->statusUpdates.contains(id))
            continue;
        const buildkit::VertexStatus &s = v->statuses[id];
        const qint64 ts = s.timestamp.value_or(0);
        const auto last = m_lastStatus.constFind(id);
        if (last != m_lastStatus.cend() && !s.completed) {
            const double progress = s.total > 0 ? double(s.current - last->first) / double(s.total) : 0;
            if (progress < 0.05 && ts - last->second < 5 * kSecond)
                continue; // throttled like the CLI: <5% and <5s since the last print
        }
        m_lastStatus.insert(id, {s.current, ts});
        QString text = id;
        if (s.total != 0)
            text += QLatin1Char(' ') + formatBytes(s.current) + QStringLiteral(" / ") + formatBytes(s.total);
        else if (s.current != 0)
            text += QLatin1Char(' ') + formatBytes(s.current);
        const qint64 end = s.completed.value_or(ts);
        if (s.started && seconds(end - *s.started) > 0.01)
            text += QString::asprintf(" %.1fs", seconds(end - *s.started));
        if (s.completed)
            text += QStringLiteral(" done");
        else
            openStatus = true;
        emitLine(out, event(BuildEvent::Kind::Info, text));
    }
    v->statusUpdates.clear();

    for (; v->warningIdx < v->warnings.size(); ++v->warningIdx) {
        emitLine(out, event(BuildEvent::Kind::Info, QStringLiteral("WARN: ")
                            + QString::fromUtf8(v->warnings.at(v->warningIdx).shortText)));
    }

    for (int i = 0; i < v->logs.size(); ++i) {
        const ProgressVertex::LogLine &l = v->logs.at(i);
        const int offset = i == 0 ? v->logsOffset : 0;
        if (offset == 0) {
            m_pendingLog = event(BuildEvent::Kind::Log, QString());
            m_pendingLog.seconds = l.sec;
            m_pendingLog.isStderr = l.isStderr;
            m_partialLine = prefix;
            m_text += m_partialLine;
        }
        const QString piece = QString::fromUtf8(QByteArrayView(l.data).sliced(offset));
        m_text += piece;
        m_partialLine += piece;
        // The time prefix is ASCII, so the text is the tail of the piece just converted.
        m_pendingLog.text = offset == 0 ? piece.mid(l.prefixLength)
                                        : QString::fromUtf8(QByteArrayView(l.data).sliced(l.prefixLength));
        const bool lineEnds = i != v->logs.size() - 1 || !v->logsPartial;
        v->logsBuffer.append(l.data);
        if (lineEnds) {
            endPartialLine();
        } else {
            v->logsBuffer.removeLast(); // kept in logs, buffered once complete
        }
        while (v->logsBuffer.size() > kLogsBufferSize)
            v->logsBuffer.removeFirst();
    }
    if (!v->logs.isEmpty()) {
        if (v->logsPartial) {
            v->logs = {v->logs.last()};
            v->logsOffset = int(v->logs.first().data.size());
        } else {
            v->logs.clear();
            v->logsOffset = 0;
        }
    }

    m_current = digest;
    if (v->isCompleted() && !openStatus) {
        m_current.clear();
        v->count = 0;
        endPartialLine();
        BuildEvent e;
        if (!v->v.error.isEmpty()) {
            const bool canceled = v->v.error.endsWith(QLatin1String("context canceled"));
            e = event(BuildEvent::Kind::Error, canceled ? QStringLiteral("CANCELED")
                                                        : QStringLiteral("ERROR: ") + v->v.error);
            if (!canceled)
                e.text = v->v.error;
            e.line = QStringLiteral("#%1 %2").arg(v->index)
                         .arg(canceled ? QStringLiteral("CANCELED") : QStringLiteral("ERROR: ") + v->v.error);
        } else if (v->v.cached) {
            e = event(BuildEvent::Kind::Cached, QStringLiteral("CACHED"));
        } else {
            double total = 0;
            for (const ProgressVertex::Interval &ival : v->merged())
                total += seconds(*ival.stop - ival.start);
            e = event(BuildEvent::Kind::Done, QStringLiteral("DONE")
                      + (v->isStarted() ? QString::asprintf(" %.1fs", total) : QString()));
            e.seconds = total;
        }
        emitLine(out, e);
    }
    m_updates.remove(digest);
}

QList<BuildEvent> PlainProgressPrinter::finish()
{
    QList<BuildEvent> out;
    print(&out);
    const auto summary = [this, &out](const QString &line) {
        BuildEvent e;
        e.text = line;
        e.line = line;
        emitLine(&out, e);
    };
    for (const QString &d : std::as_const(m_order)) {
        const ProgressVertex *v = vertex(d);
        if (!v->isStarted() || v->v.error.isEmpty() || v->v.error.endsWith(QLatin1String("context canceled")))
            continue;
        summary(QStringLiteral("------"));
        summary(QStringLiteral(" > %1:").arg(v->v.name));
        for (const QByteArray &l : v->logsBuffer)
            summary(QString::fromUtf8(l));
        summary(QStringLiteral("------"));
    }
    return out;
}

} // namespace dx
