#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QToolBar;

namespace dx {

// Keeps a tool bar's actions out of its "»" overflow menu at a high zoom or on a small
// screen: while the bar is narrower than it needs, its text buttons show their icon only (the
// tooltip still names them); with room again, the text comes back.
class ToolBarFitter final : public QObject
{
    Q_OBJECT

public:
    explicit ToolBarFitter(QToolBar *bar);

    bool isCompact() const { return m_compact; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
    void setCompact(bool compact);
    void refit(); // after a change of font, style or actions: measured again with text

    QPointer<QToolBar> m_bar;
    bool m_compact = false;
    bool m_fitPending = false;
    int m_fullWidth = 0;
};

} // namespace dx
