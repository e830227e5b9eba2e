#pragma once

#include <QWidget>

class QDockWidget;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace dx {

class IconProvider;

// A dock's title: its name and buttons to float and close it, in the app's icons and in the
// font the rest of the window has (Qt's own title keeps the font it had when the dock was
// made, so it would stay small when the zoom grows). Dragging it moves the dock as always.
class DockTitleBar final : public QWidget
{
    Q_OBJECT

public:
    DockTitleBar(QDockWidget *dock, IconProvider *icons);

    void refreshIcons(); // MainWindow calls it when the icons change colour
    void addTools(QWidget *tools); // the docked panel's own buttons, before Detach and Close

private:
    QDockWidget *m_dock;
    IconProvider *m_icons;
    QLabel *m_title;
    QToolButton *m_float;
    QToolButton *m_close;
    QHBoxLayout *m_layout;
};

} // namespace dx
