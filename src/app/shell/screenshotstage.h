#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QDialog;

namespace dx {

class ContainersView;
class MainWindow;

// What `--screenshot-state` asks the screenshot mode to show, staged through the views'
// public API, so that no production widget carries screenshot code. States:
//   rundialog                      the Run dialog, filled with an example, inside the window
//   logs | stats | changes | inspect   a running container's tab (one with ports first)
//   browse:VOLUME | file:VOLUME:PATH   the volume browser, tree expanded, a file opened
//   select:VOLUME | export:VOLUME  a volume selected; exported to a temporary .tar.gz
//                                  (removed at exit), the picture taken when it has ended
//   lesson-step-N                  the lesson panel at step N
//   layers:IMAGE[#N]               the image selected, the files of its layer N (1-based;
//                                  the newest by default) read and shown
//   terminal:CONTAINER:COMMAND     the Terminal tab of the running container named CONTAINER,
//                                  COMMAND typed into its shell, the picture taken once its
//                                  output had a moment
//   pull:FILE[#N]                  the Pull dialog showing the first N lines of a pull recorded
//                                  from a real engine (tests/registry/data/pull-stream.jsonl)
//   push:FILE[#N]                  the same for the Push dialog (push-stream.jsonl)
//   registries                     the Registries dialog, a local registry and a user filled in
// apply() runs once the view has its data; isPending() holds the picture back until what
// it started (a tree load, a file preview) has ended.
class ScreenshotStage final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotStage)

public:
    ScreenshotStage(MainWindow *window, const QString &state, QObject *parent = nullptr);

    // The lesson step is chosen before the window is shown; the rest needs the engine's data.
    void prepare();
    bool isApplied() const { return m_applied; }
    bool isPending() const { return m_pending; }
    void apply();

private:
    void applyBuild();
    void applyContainers();
    void applyTerminal();
    void applyContainerFiles(ContainersView *view);
    void applyVolumes();
    void applyVolumeSelection();
    void applyImageLayers();
    void applyPull();
    void showInside(QDialog *dialog);

    MainWindow *m_window;
    QString m_state;
    bool m_applied = false;
    bool m_pending = false;
    std::unique_ptr<QTemporaryDir> m_exportDir;
};

} // namespace dx
