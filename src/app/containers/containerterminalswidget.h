#pragma once

#include "api/containertypes.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace dx {

class AppServices;
class ContainerStore;
class TerminalPage;

// The Terminal tab: interactive terminals in the selected running container, several per
// container (`docker exec -it` with bash, then sh, or a command typed in the box), and the
// container's main process (`docker attach`). A container's terminals live on while another
// container is selected; they close when it is removed. The first look at the tab of a running
// container opens a shell.
class ContainerTerminalsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerTerminalsWidget)

public:
    ContainerTerminalsWidget(AppServices *services, ContainerStore *store, QWidget *parent = nullptr);

    void setContainer(const ContainerSummary &container);
    // The tab is shown: a running container without a terminal gets one.
    void setActive(bool active);

    // In the current container; an empty command: bash, then sh (or what the box says).
    TerminalPage *openTerminal(const QStringList &command = {});
    TerminalPage *attachTerminal(bool replayOutput = false);
    // The container was just run with -it: once it is the current one and running, attach to
    // its main process (with its output so far) instead of opening a shell.
    void attachWhenRunning(const QString &containerId);
    QList<TerminalPage *> pages(const QString &containerId) const;
    TerminalPage *currentPage() const;
    QComboBox *commandBox() const { return m_command; }
    // The command the box asks for: empty for the automatic shell.
    QStringList chosenCommand() const;

private:
    TerminalPage *addPage(TerminalPage *page);
    QString userWord() const;
    QTabWidget *group(const QString &containerId, bool create);
    void closePage(QTabWidget *tabs, int index);
    void onStoreChanged(const QString &id);
    void onStoreRemoved(const QString &id);
    void updateState();

    AppServices *m_services;
    ContainerStore *m_store;
    QComboBox *m_command;
    QPushButton *m_newButton;
    QPushButton *m_attachButton;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QHash<QString, QTabWidget *> m_groups;
    ContainerSummary m_container;
    QString m_attachPending;
    bool m_active = false;
};

} // namespace dx
