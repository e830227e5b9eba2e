#pragma once

#include "buildctx/buildevent.h"

#include <QAbstractListModel>
#include <QColor>
#include <QList>
#include <QTimer>
#include <QVector>

namespace dx {

// The output of one build, one row per printed line. Appends are coalesced: events are
// queued and inserted with a single beginInsertRows per tick, so a stream of hundreds of
// thousands of lines costs the view one layout per tick instead of one per line.
// The log is bounded: past maximumLines() the oldest lines are dropped in blocks, and the first
// row becomes a note that says how many (a build printing without end cannot exhaust memory).
class BuildLogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildLogModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // int(BuildEvent::Kind)
        StderrRole,
        StepRole,
        ErrorRole, // true for lines of a failed step or the final error
    };

    struct Line
    {
        QString text;
        BuildEvent::Kind kind = BuildEvent::Kind::Log;
        int step = 0;
        bool isStderr = false;
    };

    explicit BuildLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Line &lineAt(int row) const { return m_lines.at(row); }
    // Queues lines; they appear at the next tick (or at flush()).
    void appendEvents(const QList<BuildEvent> &events);
    void appendLine(const QString &text, BuildEvent::Kind kind = BuildEvent::Kind::Info, bool isStderr = false);
    // Replaces everything with a saved log (history): error lines are recognised by text.
    // errorMessage: the build's final error; lines repeating it are marked too.
    void setPlainText(const QString &text, const QString &errorMessage = {});
    void clear();
    // Inserts everything queued now; returns how many rows were added.
    int flush();
    int pendingCount() const { return m_pending.size(); }
    // Milliseconds between coalesced inserts; 0 disables the timer (callers flush).
    void setTickInterval(int ms);
    void setColors(const QColor &stderrColor, const QColor &errorColor, const QColor &cachedColor);
    QString toPlainText() const;

    static constexpr int kDefaultMaximumLines = 200000;
    // Lines kept before the oldest are dropped; at least 100. Applied at the next flush.
    void setMaximumLines(int lines);
    int maximumLines() const { return m_maximumLines; }
    // Lines dropped from the start since the last clear().
    qint64 droppedLines() const { return m_dropped; }
    // Longest line kept whole; longer ones end in a note of what was cut.
    static constexpr int kMaximumLineLength = 16384;

signals:
    void flushed(int added);

private:
    void dropOldest();
    QString droppedNote() const;

    QVector<Line> m_lines;
    QVector<Line> m_pending;
    QTimer m_tick;
    QColor m_stderrColor;
    QColor m_errorColor;
    QColor m_cachedColor;
    int m_maximumLines = kDefaultMaximumLines;
    qint64 m_dropped = 0; // lines dropped; when > 0, row 0 is the note saying so
};

} // namespace dx
