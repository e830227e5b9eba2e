#include "buildlogmodel.h"

#include <QLocale>
#include <QRegularExpression>

#include <climits>

namespace dx {

namespace {

BuildLogModel::Line makeLine(const QString &text, const BuildEvent &e)
{
    if (text.size() <= BuildLogModel::kMaximumLineLength)
        return {text, e.kind, e.step, e.isStderr};
    QString cut = text.left(BuildLogModel::kMaximumLineLength);
    cut += BuildLogModel::tr(" … (%n more characters not shown)", nullptr,
                             int(qMin<qsizetype>(text.size() - cut.size(), INT_MAX)));
    return {cut, e.kind, e.step, e.isStderr};
}

} // namespace

BuildLogModel::BuildLogModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_stderrColor(QColor(0xc0, 0x39, 0x2b))
    , m_errorColor(QColor(0xc0, 0x39, 0x2b))
    , m_cachedColor(QColor(0x2e, 0x7d, 0x32))
{
    m_tick.setInterval(40);
    m_tick.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, [this] { flush(); });
}

int BuildLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_lines.size();
}

QVariant BuildLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &l = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return l.text;
    case Qt::ForegroundRole:
        if (l.kind == BuildEvent::Kind::Error)
            return m_errorColor;
        if (l.isStderr)
            return m_stderrColor;
        if (l.kind == BuildEvent::Kind::Cached)
            return m_cachedColor;
        return {};
    case KindRole:
        return int(l.kind);
    case StderrRole:
        return l.isStderr;
    case StepRole:
        return l.step;
    case ErrorRole:
        return l.kind == BuildEvent::Kind::Error;
    default:
        return {};
    }
}

QHash<int, QByteArray> BuildLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(StderrRole, "stderr");
    names.insert(StepRole, "step");
    names.insert(ErrorRole, "error");
    return names;
}

void BuildLogModel::appendEvents(const QList<BuildEvent> &events)
{
    m_pending.reserve(m_pending.size() + events.size());
    for (const BuildEvent &e : events) {
        if (e.kind == BuildEvent::Kind::ImageId)
            continue; // the CLI prints nothing for it
        // A multi-line error message (the classic builder's) becomes several rows.
        if (e.line.contains(QLatin1Char('\n'))) {
            const QStringList parts = e.line.split(QLatin1Char('\n'));
            for (const QString &p : parts)
                m_pending.append(makeLine(p, e));
        } else {
            m_pending.append(makeLine(e.line, e));
        }
    }
    if (m_tick.interval() > 0 && !m_tick.isActive() && !m_pending.isEmpty())
        m_tick.start();
}

void BuildLogModel::appendLine(const QString &text, BuildEvent::Kind kind, bool isStderr)
{
    BuildEvent e;
    e.kind = kind;
    e.line = text;
    e.isStderr = isStderr;
    appendEvents({e});
}

void BuildLogModel::setPlainText(const QString &text, const QString &errorMessage)
{
    static const QRegularExpression errorRe(
        QStringLiteral("^(#\\d+ ERROR|ERROR|error|The command .* returned a non-zero code|failed to )"));
    clear();
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    m_pending.reserve(lines.size());
    for (const QString &l : std::as_const(lines)) {
        BuildEvent::Kind kind = BuildEvent::Kind::Log;
        const QString errorStart = errorMessage.left(40);
        if (errorRe.match(l).hasMatch() || (!errorStart.isEmpty() && l.startsWith(errorStart)))
            kind = BuildEvent::Kind::Error;
        else if (l.endsWith(QLatin1String(" CACHED")) || l == QLatin1String(" ---> Using cache"))
            kind = BuildEvent::Kind::Cached;
        BuildEvent e;
        e.kind = kind;
        m_pending.append(makeLine(l, e));
    }
    flush();
}

void BuildLogModel::clear()
{
    m_tick.stop();
    m_pending.clear();
    m_dropped = 0;
    if (m_lines.isEmpty())
        return;
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

int BuildLogModel::flush()
{
    m_tick.stop();
    const int n = m_pending.size();
    if (n == 0)
        return 0;
    const int first = m_lines.size();
    beginInsertRows({}, first, first + n - 1);
    m_lines.append(std::move(m_pending));
    m_pending = {};
    endInsertRows();
    if (m_lines.size() > m_maximumLines)
        dropOldest();
    emit flushed(n);
    return n;
}

void BuildLogModel::setMaximumLines(int lines)
{
    m_maximumLines = qMax(100, lines);
}

void BuildLogModel::dropOldest()
{
    // Down to 90 % of the bound, so that dropping happens once per tenth of it, not per tick.
    const bool hadNote = m_dropped > 0;
    const int first = hadNote ? 1 : 0;
    const int keep = m_maximumLines - m_maximumLines / 10 - 1; // the note takes one row
    const int drop = int(m_lines.size()) - first - keep;
    if (drop <= 0)
        return;
    beginRemoveRows({}, first, first + drop - 1);
    m_lines.remove(first, drop);
    endRemoveRows();
    m_dropped += drop;
    Line note{droppedNote(), BuildEvent::Kind::Info, 0, false};
    if (hadNote) {
        m_lines[0] = note;
        emit dataChanged(index(0), index(0), {Qt::DisplayRole});
    } else {
        beginInsertRows({}, 0, 0);
        m_lines.prepend(note);
        endInsertRows();
    }
}

QString BuildLogModel::droppedNote() const
{
    //: %n: lines dropped from the start of a long build log; %1: how many lines it keeps
    return tr("… %n earlier line(s) dropped: the log keeps the last %1 lines", nullptr,
              int(qMin<qint64>(m_dropped, INT_MAX)))
        .arg(QLocale().toString(m_maximumLines));
}

void BuildLogModel::setTickInterval(int ms)
{
    m_tick.setInterval(ms);
    if (ms <= 0)
        m_tick.stop();
}

void BuildLogModel::setColors(const QColor &stderrColor, const QColor &errorColor, const QColor &cachedColor)
{
    m_stderrColor = stderrColor;
    m_errorColor = errorColor;
    m_cachedColor = cachedColor;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0), index(m_lines.size() - 1), {Qt::ForegroundRole});
}

QString BuildLogModel::toPlainText() const
{
    QString out;
    for (const Line &l : m_lines) {
        out += l.text;
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace dx
