#pragma once

#include "streams/logdemuxer.h"

#include <QAbstractListModel>
#include <QColor>

#include <deque>

namespace dx {

// The lines of a container's log for a QListView with uniform item sizes. Lines are queued by
// append() and enter the model in one insert per flush() (the view calls it every 30-50 ms),
// so a million lines cost a few hundred model signals, not a million. At most maxLines()
// are kept: the oldest go first, so memory stays bounded when following forever.
class LogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Role { StreamRole = Qt::UserRole + 1, TimestampRole };
    static constexpr int DefaultMaxLines = 100000;

    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void append(const QVector<LogLine> &lines);
    void append(LogLine &&line);
    // Moves queued lines into the model; returns how many rows were added.
    int flush();
    int pendingCount() const { return int(m_pending.size()); }
    void clear();

    void setMaxLines(int max);
    int maxLines() const { return m_maxLines; }
    // Lines dropped from the top because of the cap, since the last clear().
    qint64 droppedLines() const { return m_dropped; }

    void setShowTimestamps(bool on);
    bool showTimestamps() const { return m_showTimestamps; }
    void setStderrColor(const QColor &color) { m_stderrColor = color; }

    QString lineText(int row) const; // with the timestamp when shown
    // The next row at or after `from` (before, when backwards) whose text contains `text`;
    // wraps around; -1 when none does.
    int find(const QString &text, int from, bool forward = true) const;
    // The whole log as text, for "Save": a copy that a worker thread may write.
    QStringList toLines() const;

private:
    struct Entry
    {
        QString text;
        qint64 timestampNs = -1;
        LogStream stream = LogStream::Stdout;
    };

    std::deque<Entry> m_lines;
    std::vector<Entry> m_pending;
    int m_maxLines = DefaultMaxLines;
    qint64 m_dropped = 0;
    bool m_showTimestamps = false;
    QColor m_stderrColor = QColor(0xc0, 0x39, 0x2b);
};

} // namespace dx
