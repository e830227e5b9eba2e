#pragma once

#include "lessonsteps.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSplitter;

namespace dx {

class AppServices;
class LessonCommandBox;
class LessonProgress;
class MainWindow;
struct BuildResult;

// The classroom lesson as numbered steps beside the views: what each step is about, the docker
// command it stands for (with a copy button), and buttons that do exactly what they say (a
// "Go to" only switches views). A check mark appears once the step's effect is visible in the
// engine, whoever did it; engine errors are explained with the way out.
class LessonPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonPanel)

public:
    LessonPanel(AppServices *services, MainWindow *window, QWidget *parent = nullptr);

    int stepCount() const { return int(m_steps.size()); }
    int currentStep() const;
    void setCurrentStep(int index);
    int indexOf(LessonStep::Id id) const;
    QListWidget *stepList() const { return m_list; }
    QPushButton *actionButton() const { return m_action; }
    QPushButton *secondActionButton() const { return m_second; }
    LessonCommandBox *commandBox() const { return m_commandBox; }
    QComboBox *baseImageBox() const { return m_base; }
    LessonProgress *progress() const { return m_progress; }
    QString messageText() const;
    QString statusText() const;
    // The base image the demo is built on: the Dockerfile's default or a local image.
    QString baseImage() const;
    void setBaseImage(const QString &image);
    // Shows the end of the current step (its buttons and status) once the layout is done.
    void scrollStepToEnd();

public slots:
    // What the step's buttons do; the first is also reachable with Ctrl+Return.
    void triggerStep(int index);
    void triggerSecondAction(int index);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createBaseImageRow(QWidget *parent);
    void fitList();
    void showStep(int index);
    void updateChecks();
    void updateStatus();
    void updateBaseImages();
    void showMessage(const QString &text, bool error = false);
    void copyCommand();
    QString commandOf(int index) const;
    QString detailOf(LessonStep::Id id) const;
    // Opens the demo Dockerfile; false (with a message) when the demo project is missing.
    bool openDemo();
    bool demoIsOpen() const;
    void buildDemo();
    void requestDemoBuild();
    void onBuildFinished(const BuildResult &result);
    void chooseImageFile();
    void runDemo(const QString &volumeSpec);
    void showContainerChanges(const QString &id);

    AppServices *m_services;
    MainWindow *m_window;
    LessonProgress *m_progress;
    QVector<LessonStep> m_steps;
    QSplitter *m_splitter;
    QListWidget *m_list;
    QScrollArea *m_scroll;
    QLabel *m_counter;
    QLabel *m_title;
    QLabel *m_explanation;
    LessonCommandBox *m_commandBox;
    QWidget *m_baseRow = nullptr;
    QComboBox *m_base = nullptr;
    QLabel *m_baseHint = nullptr;
    QPushButton *m_loadBase = nullptr;
    QLabel *m_status;
    QLabel *m_message;
    QPushButton *m_action;
    QPushButton *m_second;
    QPushButton *m_previous;
    QPushButton *m_next;
    QString m_loadCommand;   // `docker load -i FILE` for an archive the user picked
    QString m_buildError;    // the explanation of the demo build that failed last
    bool m_listSizedByUser = false;
    bool m_scrollToEnd = false;
};

} // namespace dx
