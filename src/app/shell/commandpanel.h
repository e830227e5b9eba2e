#pragma once

#include <QWidget>

class QCheckBox;
class QListView;

namespace dx {

class AppServices;
class CommandListProxy;

// "What would I type?": every command the app really sent to the engine, as the docker CLI
// line that does the same, with its outcome (running, done, failed with the engine's words).
// Plumbing (refreshes, helper containers) is hidden unless asked for, and then marked.
class CommandPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPanel)

public:
    explicit CommandPanel(AppServices *services, QWidget *parent = nullptr);

    void setShowInternal(bool show);

private:
    void copySelected();

    QListView *m_list;
    CommandListProxy *m_proxy;
    QCheckBox *m_showInternal;
};

} // namespace dx
