#include "buildstepmodel.h"

#include <QColor>
#include <QRegularExpression>

namespace dx {

namespace {

QString keywordOf(const QString &instruction)
{
    const QString t = instruction.trimmed();
    const qsizetype space = t.indexOf(QLatin1Char(' '));
    return (space < 0 ? t : t.left(space)).toUpper();
}

QString stateKey(BuildStepModel::State s)
{
    switch (s) {
    case BuildStepModel::State::Running: return QStringLiteral("running");
    case BuildStepModel::State::Done: return QStringLiteral("done");
    case BuildStepModel::State::Cached: return QStringLiteral("cached");
    case BuildStepModel::State::Failed: return QStringLiteral("failed");
    }
    return {};
}

BuildStepModel::State stateFromKey(const QString &key)
{
    if (key == QLatin1String("cached"))
        return BuildStepModel::State::Cached;
    if (key == QLatin1String("failed"))
        return BuildStepModel::State::Failed;
    if (key == QLatin1String("running"))
        return BuildStepModel::State::Running;
    return BuildStepModel::State::Done;
}

QString stateText(BuildStepModel::State s)
{
    switch (s) {
    case BuildStepModel::State::Running: return BuildStepModel::tr("running");
    case BuildStepModel::State::Done: return BuildStepModel::tr("done");
    case BuildStepModel::State::Cached: return BuildStepModel::tr("cached");
    case BuildStepModel::State::Failed: return BuildStepModel::tr("failed");
    }
    return {};
}

} // namespace

DockerfileStepMap::DockerfileStepMap(const ParseResult &parsed)
    : m_parsed(parsed)
{
    for (int i = 0; i < m_parsed.instructions.size(); ++i) {
        const Instruction &in = m_parsed.instructions.at(i);
        if (in.name == QLatin1String("from")) {
            Stage s;
            if (in.args.size() >= 3 && in.args.at(1).compare(QLatin1String("as"), Qt::CaseInsensitive) == 0)
                s.name = in.args.at(2).toLower();
            else
                s.name = QStringLiteral("stage-%1").arg(m_stages.size());
            m_stages.append(s);
        }
        // BuildKit numbers only the instructions that become build operations
        // ("[2/5] RUN ..."): metadata such as ENV or CMD gets no number.
        static const QStringList numbered = {QStringLiteral("from"), QStringLiteral("run"),
                                             QStringLiteral("copy"), QStringLiteral("add"),
                                             QStringLiteral("workdir")};
        if (!m_stages.isEmpty() && numbered.contains(in.name))
            m_stages.last().instructions.append(i);
    }
}

const Instruction *DockerfileStepMap::instruction(int index) const
{
    return index >= 0 && index < m_parsed.instructions.size() ? &m_parsed.instructions.at(index) : nullptr;
}

int DockerfileStepMap::buildKitStepCount() const
{
    int n = 0;
    for (const Stage &s : m_stages)
        n += s.instructions.size();
    return n;
}

int DockerfileStepMap::byText(const QString &instruction, int preferred) const
{
    const QString wanted = instruction.simplified();
    int best = -1;
    for (int i = 0; i < m_parsed.instructions.size(); ++i) {
        if (m_parsed.instructions.at(i).original.simplified() != wanted)
            continue;
        if (best < 0 || qAbs(i - preferred) < qAbs(best - preferred))
            best = i;
    }
    return best;
}

int DockerfileStepMap::forBuildKit(const QString &stageLabel, const QString &instruction) const
{
    static const QRegularExpression re(QStringLiteral("^\\[(?:(.*) )?(\\d+)/(\\d+)\\]$"));
    const QRegularExpressionMatch m = re.match(stageLabel);
    if (!m.hasMatch() || m_stages.isEmpty())
        return byText(instruction, 0);
    QString name = m.captured(1).toLower();
    // A platform prefix ("linux/amd64 build") comes before the stage name.
    if (name.contains(QLatin1Char(' ')))
        name = name.section(QLatin1Char(' '), -1);
    const int i = m.captured(2).toInt();
    int stage = -1;
    if (name.isEmpty()) {
        stage = m_stages.size() == 1 ? 0 : -1;
    } else {
        for (int k = 0; k < m_stages.size(); ++k) {
            if (m_stages.at(k).name == name)
                stage = k;
        }
    }
    if (stage >= 0 && i >= 1 && i <= m_stages.at(stage).instructions.size()) {
        const int idx = m_stages.at(stage).instructions.at(i - 1);
        if (keywordOf(m_parsed.instructions.at(idx).original) == keywordOf(instruction))
            return idx;
        const int t = byText(instruction, idx);
        return t >= 0 ? t : idx;
    }
    return byText(instruction, 0);
}

int DockerfileStepMap::forClassic(int step, const QString &instruction) const
{
    const int idx = step - 1;
    if (idx >= 0 && idx < m_parsed.instructions.size()
        && keywordOf(m_parsed.instructions.at(idx).original) == keywordOf(instruction))
        return idx;
    return byText(instruction, idx);
}

BuildStepModel::BuildStepModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BuildStepModel::reset(const ParseResult &dockerfile)
{
    beginResetModel();
    m_map = DockerfileStepMap(dockerfile);
    m_steps.clear();
    m_rowByKey.clear();
    m_classicTotal = 0;
    m_buildKit = false;
    m_clock.start();
    endResetModel();
}

int BuildStepModel::rowOfKey(int key) const
{
    return m_rowByKey.value(key, -1);
}

void BuildStepModel::addStep(const BuildEvent &e)
{
    Step s;
    s.key = e.step;
    const bool classic = e.stepCount > 0;
    m_buildKit = !classic;
    s.instruction = e.text;
    int idx = -1;
    if (classic) {
        m_classicTotal = e.stepCount;
        s.label = tr("Step %1/%2").arg(e.step).arg(e.stepCount);
        idx = m_map.forClassic(e.step, e.text);
    } else {
        s.label = e.stageLabel;
        // BuildKit's vertex name is "[2/3] RUN x": the instruction follows the label.
        if (!e.stageLabel.isEmpty() && s.instruction.startsWith(e.stageLabel))
            s.instruction = s.instruction.mid(e.stageLabel.size()).trimmed();
        idx = m_map.forBuildKit(e.stageLabel, s.instruction);
    }
    if (const Instruction *in = m_map.instruction(idx)) {
        s.line = in->startLine;
        s.endLine = in->endLine;
    }
    s.startedMs = elapsedMs();
    const int row = m_steps.size();
    beginInsertRows({}, row, row);
    m_steps.append(s);
    m_rowByKey.insert(s.key, row);
    endInsertRows();
}

void BuildStepModel::setState(int row, State state, double seconds)
{
    Step &s = m_steps[row];
    if (s.state == State::Failed)
        return;
    if (state == State::Cached)
        s.cached = true;
    s.state = (s.cached && state == State::Done) ? State::Cached : state;
    if (seconds >= 0)
        s.seconds = seconds;
    else if (state != State::Running && s.seconds < 0)
        s.seconds = double(elapsedMs() - s.startedMs) / 1000.0;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (state == State::Failed)
        emit stepFailed(row);
}

void BuildStepModel::apply(const QList<BuildEvent> &events)
{
    for (const BuildEvent &e : events) {
        switch (e.kind) {
        case BuildEvent::Kind::StepStarted:
            if (e.stageLabel.isEmpty() && e.stepCount == 0)
                break; // "[internal] load ..." vertexes are not Dockerfile steps
            if (rowOfKey(e.step) < 0) {
                // The classic builder has no Done line for the previous metadata step.
                if (e.stepCount > 0) {
                    for (int r = 0; r < m_steps.size(); ++r) {
                        if (m_steps.at(r).state == State::Running)
                            setState(r, State::Done);
                    }
                }
                addStep(e);
            }
            break;
        case BuildEvent::Kind::Cached:
            if (const int row = rowOfKey(e.step); row >= 0)
                setState(row, State::Cached, m_buildKit ? 0 : -1);
            break;
        case BuildEvent::Kind::Done:
            if (const int row = rowOfKey(e.step); row >= 0)
                setState(row, State::Done, e.seconds);
            break;
        case BuildEvent::Kind::Error: {
            int row = rowOfKey(e.step);
            if (row < 0) {
                for (int r = m_steps.size() - 1; r >= 0 && row < 0; --r) {
                    if (m_steps.at(r).state == State::Running)
                        row = r;
                }
            }
            if (row >= 0)
                setState(row, State::Failed);
            break;
        }
        default:
            break;
        }
    }
}

void BuildStepModel::finish(bool ok)
{
    // The step the engine named as failed stays the failed one. BuildKit may end a failed
    // build before it reported the end of a step the failed one came after (seen under load:
    // FROM still running while its RUN had failed): such a step had finished.
    const int failed = ok ? -1 : failedRow();
    for (int r = 0; r < m_steps.size(); ++r) {
        if (m_steps.at(r).state != State::Running)
            continue;
        if (ok || r < failed) {
            setState(r, State::Done);
            continue;
        }
        if (failed < 0)
            setState(r, State::Failed);
        break; // only the first unfinished step failed; later ones never ran
    }
    m_clock.invalidate();
}

void BuildStepModel::tick()
{
    for (int r = 0; r < m_steps.size(); ++r) {
        if (m_steps.at(r).state == State::Running)
            emit dataChanged(index(r, TimeColumn), index(r, TimeColumn), {Qt::DisplayRole});
    }
}

QList<SavedBuildStep> BuildStepModel::saveSteps() const
{
    QList<SavedBuildStep> out;
    for (const Step &s : m_steps) {
        SavedBuildStep o;
        o.key = s.key;
        o.label = s.label;
        o.instruction = s.instruction;
        o.line = s.line;
        o.endLine = s.endLine;
        o.status = stateKey(s.state);
        o.cached = s.cached;
        o.seconds = s.seconds;
        out.append(o);
    }
    return out;
}

void BuildStepModel::restoreSteps(const QList<SavedBuildStep> &steps)
{
    beginResetModel();
    m_map = DockerfileStepMap();
    m_steps.clear();
    m_rowByKey.clear();
    m_classicTotal = 0;
    m_buildKit = false;
    m_clock.invalidate(); // a finished build: no running time
    for (const SavedBuildStep &o : steps) {
        Step s;
        s.key = o.key;
        s.label = o.label;
        s.instruction = o.instruction;
        s.line = qMax(0, o.line);
        s.endLine = qMax(s.line, o.endLine);
        s.state = stateFromKey(o.status);
        s.cached = o.cached;
        s.seconds = o.seconds;
        m_rowByKey.insert(s.key, int(m_steps.size()));
        m_steps.append(s);
    }
    endResetModel();
    if (const int row = failedRow(); row >= 0)
        emit stepFailed(row);
}

int BuildStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_steps.size();
}

int BuildStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BuildStepModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const Step &s = m_steps.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StepColumn: return s.label;
        case InstructionColumn: return s.instruction;
        case LineColumn: return s.line > 0 ? QVariant(s.line) : QVariant(QStringLiteral("–"));
        case StatusColumn: return stateText(s.state);
        case TimeColumn: {
            const double sec = s.state == State::Running && m_clock.isValid()
                ? double(elapsedMs() - s.startedMs) / 1000.0 : s.seconds;
            return sec >= 0 ? QStringLiteral("%1 s").arg(sec, 0, 'f', 1) : QString();
        }
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (s.state == State::Failed)
            return QColor(0xc0, 0x39, 0x2b);
        if (s.state == State::Cached)
            return QColor(0x2e, 0x7d, 0x32);
    }
    if (role == Qt::ToolTipRole && index.column() == LineColumn && s.line > 0)
        return tr("Double-click to open line %1 in the editor").arg(s.line);
    if (role == Qt::TextAlignmentRole && (index.column() == LineColumn || index.column() == TimeColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == LineRole)
        return s.line;
    if (role == StateRole)
        return int(s.state);
    if (role == StepKeyRole)
        return s.key;
    return {};
}

QVariant BuildStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn: return tr("Step");
    case InstructionColumn: return tr("Instruction");
    case LineColumn: return tr("Line");
    case StatusColumn: return tr("Status");
    case TimeColumn: return tr("Time");
    default: return {};
    }
}

int BuildStepModel::failedRow() const
{
    for (int r = 0; r < m_steps.size(); ++r) {
        if (m_steps.at(r).state == State::Failed)
            return r;
    }
    return -1;
}

int BuildStepModel::finishedCount() const
{
    int n = 0;
    for (const Step &s : m_steps)
        n += s.state != State::Running ? 1 : 0;
    return n;
}

int BuildStepModel::expectedCount() const
{
    const int planned = m_buildKit || m_classicTotal == 0 ? m_map.buildKitStepCount() : m_classicTotal;
    return qMax(planned, int(m_steps.size()));
}

QList<int> BuildStepModel::cachedLines() const
{
    QList<int> out;
    for (const Step &s : m_steps) {
        if (s.cached && s.line > 0)
            out.append(s.line);
    }
    return out;
}

} // namespace dx
