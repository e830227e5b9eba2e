#pragma once

#include "buildctx/buildevent.h"
#include "buildctx/buildrecord.h"
#include "dockerfile/dockerfileparser.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QVector>

namespace dx {

// Maps the step headers of both builders to Dockerfile instructions:
// BuildKit "[stage i/n] INSTR" (i counts the stage's instructions, FROM = 1) and the
// classic builder's "Step N/M : INSTR" (N counts every instruction of the file).
class DockerfileStepMap final
{
public:
    explicit DockerfileStepMap(const ParseResult &parsed = {});

    // Index into the parsed instructions, -1 when the header matches none.
    int forBuildKit(const QString &stageLabel, const QString &instruction) const;
    int forClassic(int step, const QString &instruction) const;
    const Instruction *instruction(int index) const;
    int buildKitStepCount() const; // instructions inside stages (meta ARGs excluded)
    int stageCount() const { return m_stages.size(); }

private:
    struct Stage
    {
        QString name; // lower case, "stage-<k>" when unnamed
        QVector<int> instructions; // indexes, FROM first
    };
    int byText(const QString &instruction, int preferred) const;

    ParseResult m_parsed;
    QVector<Stage> m_stages;
};

// The steps of the running (or last) build: which Dockerfile line, cached or not, how long.
class BuildStepModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildStepModel)

public:
    enum Column { StepColumn, InstructionColumn, LineColumn, StatusColumn, TimeColumn, ColumnCount };
    enum Role { LineRole = Qt::UserRole + 1, StateRole, StepKeyRole };
    enum class State { Running, Done, Cached, Failed };

    struct Step
    {
        int key = 0;          // BuildKit vertex number or classic step number
        QString label;        // "[2/5]" or "Step 2/5"
        QString instruction;  // "RUN echo hi"
        int line = 0;         // 1-based Dockerfile line, 0 when unknown
        int endLine = 0;
        State state = State::Running;
        qint64 startedMs = 0; // on the model's clock
        double seconds = -1;  // final duration
        bool cached = false;
    };

    explicit BuildStepModel(QObject *parent = nullptr);

    void reset(const ParseResult &dockerfile);
    void apply(const QList<BuildEvent> &events);
    // The build ended: running steps become done (or failed when ok is false).
    void finish(bool ok);
    // Refreshes the time column of running steps.
    void tick();
    // The finished table (line, instruction, status, cached, seconds) for the build
    // history, and back: a restored table shows a past build, failed step included.
    QList<SavedBuildStep> saveSteps() const;
    void restoreSteps(const QList<SavedBuildStep> &steps);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Step &stepAt(int row) const { return m_steps.at(row); }
    int failedRow() const;
    int finishedCount() const;
    int expectedCount() const; // steps the build will probably have, for the progress bar
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    QList<int> cachedLines() const;

signals:
    void stepFailed(int row);

private:
    int rowOfKey(int key) const;
    void setState(int row, State state, double seconds = -1);
    void addStep(const BuildEvent &e);

    DockerfileStepMap m_map;
    QVector<Step> m_steps;
    QHash<int, int> m_rowByKey;
    QElapsedTimer m_clock;
    int m_classicTotal = 0;
    bool m_buildKit = false;
};

} // namespace dx
