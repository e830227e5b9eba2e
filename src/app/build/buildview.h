#pragma once

#include "build/buildrunner.h"
#include "build/layermapper.h"
#include "shell/view.h"

#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;

class QSplitter;

namespace dx {

class BuildCompactModel;
class BuildHistoryModel;
class BuildLogModel;
class BuildLogView;
class BuildOptionsPanel;
class BuildStepModel;
class LayerMapFetcher;

// Builds the Dockerfile of the editor (or any folder) and shows the output like
// `docker build`, the steps with their Dockerfile lines and times, the earlier builds,
// and after a successful build which layer every line produced.
class BuildView final : public View
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildView)

public:
    explicit BuildView(AppServices *services, QWidget *parent = nullptr);
    ~BuildView() override;

    bool openPath(const QString &path) override;
    bool isLoading() const override { return false; }
    void activated() override;
    QList<QAction *> toolBarActions() const override;

    // For tests and drivers.
    BuildOptionsPanel *optionsPanel() const { return m_options; }
    BuildLogModel *logModel() const { return m_log; }
    BuildStepModel *stepModel() const { return m_steps; }
    BuildHistoryModel *historyModel() const { return m_history; }
    // Brings the options or the earlier builds into sight (their tab when the view is narrow).
    void showOptions();
    void showHistory();
    QList<LayerMapEntry> layerMap() const { return m_layerMap; }
    QString messageText() const;
    bool isBuilding() const;
    // The output as BuildKit's compact display (a line per step with its state and time) or
    // the plain one (--progress=plain, every line); remembered.
    bool isCompactOutput() const;
    void setCompactOutput(bool compact);
    BuildCompactModel *compactModel() const { return m_compact; }
    // Extra labels every build gets (tests add dx.test.run=<id>).
    void setExtraLabels(const QList<QPair<QString, QString>> &labels) { m_extraLabels = labels; }
    // What the next build would send; its parameters' command line is what the Docker
    // Commands panel will show for it.
    BuildOptions currentOptions() const;

public slots:
    void startBuild();
    void cancelBuild();
    void clearOutput();

signals:
    void buildFinished(const dx::BuildResult &result);
    void layerMapReady();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QSplitter *m_split = nullptr; // the options and history beside the output
    QSplitter *m_left = nullptr;  // the options above the earlier builds (wide)
    QWidget *m_optionsPage = nullptr;
    QWidget *m_historyPage = nullptr;
    QWidget *m_outputPage = nullptr;
    void buildUi();
    // Narrow (a small screen, a large zoom): the options and the earlier builds become tabs
    // beside the output instead of squeezed panes above it.
    void setNarrow(bool narrow);
    QWidget *createOutput(QWidget *parent);
    // Build from the editor, the recipe or the lesson: with the tag asked for, else the one this
    // Dockerfile was built with last, else the user names the image first (asked once).
    void buildRequested();
    void askTagAndBuild();
    QString rememberedTag() const;
    void rememberTag(const QStringList &tags) const;
    void updateCommand();
    void scheduleScan();
    void runScan();
    void onEvents(const QList<BuildEvent> &events);
    void onFinished(const BuildResult &result);
    void startLayerMap(const QString &imageId);
    void onTick();
    void onLayersMapped(const QList<LayerMapEntry> &entries);
    void readLayerFiles(const QList<LayerMapEntry> &entries);
    void showMessage(const QString &text, bool error);
    void showHistoryEntry(const QModelIndex &index);
    void openStepLine(int row);
    bool usesBuildKit(const BuildOptions &options) const;
    static QByteArray dockerfileBytes(const BuildOptions &options);

    // One Job per build and per layer map; the view keeps the running ones.
    QPointer<BuildRunner> m_runner;
    QPointer<LayerMapFetcher> m_fetcher;
    QString m_mappedImage; // the image whose layers the line map names
    BuildLogModel *m_log = nullptr;
    BuildStepModel *m_steps = nullptr;
    BuildHistoryModel *m_history = nullptr;
    QStandardItemModel *m_layers = nullptr;
    BuildOptionsPanel *m_options = nullptr;
    BuildLogView *m_logView = nullptr;
    BuildCompactModel *m_compact = nullptr;
    QTreeView *m_compactView = nullptr;
    QStackedWidget *m_outputStack = nullptr;
    QToolButton *m_compactButton = nullptr;
    QToolButton *m_plainButton = nullptr;
    QTreeView *m_stepView = nullptr;
    QTableView *m_layerView = nullptr;
    QListView *m_historyView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_openFailed = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_scanDebounce = nullptr;
    QAction *m_buildAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_builderAction = nullptr;
    QActionGroup *m_builderGroup = nullptr;
    QList<QPair<QString, QString>> m_extraLabels;
    QList<LayerMapEntry> m_layerMap;
    ParseResult m_parsed;
    BuildOptions m_running;
    QString m_runningDockerfile;
    QString m_buildId;
    quint64 m_scanGeneration = 0;
};

} // namespace dx
