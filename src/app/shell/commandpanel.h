#pragma once

#include <QWidget>

class QCheckBox;
class QToolButton;
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
    // Short of height: the "Show internal requests" line becomes a button beside Copy and
    // Clear, so the list keeps its rows.
    void setCompact(bool compact);
    QWidget *titleTools() const { return m_titleTools; } // for the dock's title bar

private:
    void copySelected();

    QListView *m_list;
    CommandListProxy *m_proxy;
    QCheckBox *m_showInternal;
    QWidget *m_column;     // Copy and Clear beside the list
    QWidget *m_titleTools; // Copy, Clear and the option, in the title bar when compact
    QToolButton *m_internalButton;
};

} // namespace dx
