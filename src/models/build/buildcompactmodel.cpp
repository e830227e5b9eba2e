#include "buildcompactmodel.h"

#include "buildstepmodel.h"

namespace dx {

namespace {

QString seconds(double s)
{
    return QStringLiteral("%1s").arg(qMax(0.0, s), 0, 'f', 1);
}

} // namespace

BuildCompactModel::BuildCompactModel(BuildStepModel *steps, QObject *parent)
    : QAbstractTableModel(parent)
    , m_steps(steps)
{
    // A few dozen steps at most: every change of the steps redraws all lines.
    connect(steps, &QAbstractItemModel::modelReset, this, &BuildCompactModel::sourceChanged);
    connect(steps, &QAbstractItemModel::layoutChanged, this, &BuildCompactModel::sourceChanged);
    connect(steps, &QAbstractItemModel::rowsInserted, this, &BuildCompactModel::sourceChanged);
    connect(steps, &QAbstractItemModel::rowsRemoved, this, &BuildCompactModel::sourceChanged);
    connect(steps, &QAbstractItemModel::dataChanged, this, &BuildCompactModel::sourceChanged);
    m_rows = m_steps->rowCount() > 0 ? m_steps->rowCount() + 1 : 0;
}

void BuildCompactModel::setColors(const QColor &failed, const QColor &quiet)
{
    m_failed = failed;
    m_quiet = quiet;
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

void BuildCompactModel::sourceChanged()
{
    const int rows = m_steps->rowCount() > 0 ? m_steps->rowCount() + 1 : 0;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

int BuildCompactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BuildCompactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double BuildCompactModel::elapsedSeconds() const
{
    // While steps run, the clock; once all ended, when the last one did (the clock goes on).
    double end = 0;
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        const BuildStepModel::Step &s = m_steps->stepAt(row);
        if (s.state == BuildStepModel::State::Running)
            return double(m_steps->elapsedMs()) / 1000.0;
        end = qMax(end, double(s.startedMs) / 1000.0 + qMax(0.0, s.seconds));
    }
    return end;
}

QString BuildCompactModel::headerText() const
{
    int finished = 0;
    bool running = false;
    bool failed = false;
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        const BuildStepModel::State state = m_steps->stepAt(row).state;
        running = running || state == BuildStepModel::State::Running;
        failed = failed || state == BuildStepModel::State::Failed;
        if (state != BuildStepModel::State::Running)
            ++finished;
    }
    const int total = qMax(m_steps->rowCount(), m_steps->expectedCount());
    QString text = QStringLiteral("[+] Building %1 (%2/%3)").arg(seconds(elapsedSeconds())).arg(finished).arg(total);
    if (failed)
        text += QStringLiteral(" ERROR");
    else if (!running)
        text += QStringLiteral(" FINISHED");
    return text;
}

QVariant BuildCompactModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    if (index.row() == 0) {
        if (role == Qt::DisplayRole && index.column() == TextColumn)
            return headerText();
        return {};
    }
    const BuildStepModel::Step &s = m_steps->stepAt(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TimeColumn) {
            const double t = s.state == BuildStepModel::State::Running
                ? double(m_steps->elapsedMs() - s.startedMs) / 1000.0
                : s.seconds;
            return seconds(t);
        }
        {
            // BuildKit's words, as a terminal shows them (not translated, like the plain log).
            QString prefix = QStringLiteral("=> ");
            if (s.state == BuildStepModel::State::Cached || s.cached)
                prefix += QStringLiteral("CACHED ");
            else if (s.state == BuildStepModel::State::Failed)
                prefix += QStringLiteral("ERROR ");
            return QString(prefix + s.label + QLatin1Char(' ') + s.instruction);
        }
    case Qt::ForegroundRole:
        if (s.state == BuildStepModel::State::Failed && m_failed.isValid())
            return m_failed;
        if ((s.state == BuildStepModel::State::Cached || s.cached) && m_quiet.isValid())
            return m_quiet;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == TimeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case BuildStepModel::LineRole:
        return s.line;
    default:
        return {};
    }
}

QString BuildCompactModel::toPlainText() const
{
    QStringList lines;
    for (int row = 0; row < m_rows; ++row) {
        const QString time = data(index(row, TimeColumn)).toString();
        const QString text = data(index(row, TextColumn)).toString();
        lines.append(time.isEmpty() ? text : text + QLatin1Char(' ') + time);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace dx
