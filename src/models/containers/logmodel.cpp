#include "logmodel.h"

#include <QDateTime>

namespace dx {

namespace {

QString timestampText(qint64 ns)
{
    if (ns < 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_lines.size()))
        return {};
    const Entry &e = m_lines[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return lineText(index.row());
    case Qt::ForegroundRole:
        if (e.stream == LogStream::Stderr)
            return m_stderrColor;
        break;
    case StreamRole: return int(e.stream);
    case TimestampRole: return e.timestampNs;
    default: break;
    }
    return {};
}

QString LogModel::lineText(int row) const
{
    const Entry &e = m_lines[size_t(row)];
    if (!m_showTimestamps || e.timestampNs < 0)
        return e.text;
    return timestampText(e.timestampNs) + QLatin1Char(' ') + e.text;
}

void LogModel::append(const QVector<LogLine> &lines)
{
    m_pending.reserve(m_pending.size() + size_t(lines.size()));
    for (const LogLine &l : lines)
        m_pending.push_back({l.text, l.timestampNs.value_or(-1), l.stream});
}

void LogModel::append(LogLine &&line)
{
    m_pending.push_back({std::move(line.text), line.timestampNs.value_or(-1), line.stream});
}

int LogModel::flush()
{
    if (m_pending.empty())
        return 0;
    // More queued than the cap: only the newest lines can survive, skip the rest unseen.
    size_t skip = 0;
    if (m_pending.size() > size_t(m_maxLines)) {
        skip = m_pending.size() - size_t(m_maxLines);
        m_dropped += qint64(skip);
    }
    const size_t incoming = m_pending.size() - skip;
    const size_t overflow = m_lines.size() + incoming > size_t(m_maxLines)
        ? m_lines.size() + incoming - size_t(m_maxLines) : 0;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_lines.erase(m_lines.begin(), m_lines.begin() + std::ptrdiff_t(overflow));
        m_dropped += qint64(overflow);
        endRemoveRows();
    }
    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + int(incoming) - 1);
    for (size_t i = skip; i < m_pending.size(); ++i)
        m_lines.push_back(std::move(m_pending[i]));
    endInsertRows();
    m_pending.clear();
    return int(incoming);
}

void LogModel::clear()
{
    m_pending.clear();
    m_dropped = 0;
    if (m_lines.empty())
        return;
    beginRemoveRows({}, 0, int(m_lines.size()) - 1);
    m_lines.clear();
    endRemoveRows();
}

void LogModel::setMaxLines(int max)
{
    m_maxLines = qMax(1, max);
    if (m_lines.size() > size_t(m_maxLines)) {
        const size_t overflow = m_lines.size() - size_t(m_maxLines);
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_lines.erase(m_lines.begin(), m_lines.begin() + std::ptrdiff_t(overflow));
        m_dropped += qint64(overflow);
        endRemoveRows();
    }
}

void LogModel::setShowTimestamps(bool on)
{
    if (on == m_showTimestamps)
        return;
    m_showTimestamps = on;
    if (!m_lines.empty())
        emit dataChanged(index(0), index(int(m_lines.size()) - 1), {Qt::DisplayRole});
}

int LogModel::find(const QString &text, int from, bool forward) const
{
    const int n = int(m_lines.size());
    if (text.isEmpty() || n == 0)
        return -1;
    from = qBound(0, from, n - 1);
    for (int step = 0; step < n; ++step) {
        const int row = forward ? (from + step) % n : (from - step + n) % n;
        if (lineText(row).contains(text, Qt::CaseInsensitive))
            return row;
    }
    return -1;
}

QStringList LogModel::toLines() const
{
    QStringList out;
    out.reserve(int(m_lines.size()));
    for (int row = 0; row < int(m_lines.size()); ++row)
        out.append(lineText(row));
    return out;
}

} // namespace dx
