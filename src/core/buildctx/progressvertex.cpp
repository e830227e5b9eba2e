#include "progressvertex.h"

namespace dx {

QList<ProgressVertex::Interval> ProgressVertex::merged() const
{
    QList<Interval> out;
    for (const auto &[start, stop] : intervals) {
        if (out.isEmpty()) {
            out.append({start, stop});
            continue;
        }
        Interval &cur = out.last();
        if (!cur.stop)
            break;
        if (*cur.stop < start) {
            out.append({start, stop});
        } else if (!stop) {
            cur.stop.reset();
            break;
        } else if (*stop > *cur.stop) {
            cur.stop = stop;
        }
    }
    return out;
}

bool ProgressVertex::isCompleted() const
{
    const QList<Interval> m = merged();
    return !m.isEmpty() && m.last().stop.has_value();
}

} // namespace dx
