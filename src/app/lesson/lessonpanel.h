#pragma once

#include "lessonsteps.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace dx {

class AppServices;
class LessonProgress;
class MainWindow;

// The classroom lesson as numbered steps beside the views: what each step is about, the docker
// command it stands for (with a copy button), and a big button that does the step in the app.
// A check mark appears once the step's effect is visible in the engine.
class LessonPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonPanel)

public:
    LessonPanel(AppServices *services, MainWindow *window, QWidget *parent = nullptr);

    int stepCount() const { return int(m_steps.size()); }
    int currentStep() const;
    void setCurrentStep(int index);
    QListWidget *stepList() const { return m_list; }
    QPushButton *actionButton() const { return m_action; }
    QPushButton *secondActionButton() const { return m_second; }
    LessonProgress *progress() const { return m_progress; }
    QString messageText() const;

public slots:
    // What the step's buttons do; also reachable with Ctrl+Return.
    void triggerStep(int index);
    void triggerSecondAction(int index);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitList();
    void showStep(int index);
    void updateChecks();
    void updateStatus();
    void showMessage(const QString &text, bool error = false);
    void copyCommand();
    QString commandOf(int index) const;
    // Opens the demo Dockerfile; false (with a message) when the demo project is missing.
    bool openDemo();
    bool demoIsOpen() const;
    void buildDemo();
    void runDemo(const QString &volumeSpec);

    AppServices *m_services;
    MainWindow *m_window;
    LessonProgress *m_progress;
    QVector<LessonStep> m_steps;
    QListWidget *m_list;
    QScrollArea *m_scroll;
    QLabel *m_counter;
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_command;
    QToolButton *m_copy;
    QLabel *m_status;
    QLabel *m_message;
    QPushButton *m_action;
    QPushButton *m_second;
    QPushButton *m_previous;
    QPushButton *m_next;
};

} // namespace dx
