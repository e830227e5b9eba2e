#include "toolbarfitter.h"

#include <QAction>
#include <QEvent>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace dx {

namespace {
// Buttons that show text in the bar's normal look (a button already icon-only stays so).
const char *const ShowsText = "dxShowsText";
} // namespace

ToolBarFitter::ToolBarFitter(QToolBar *bar)
    : QObject(bar)
    , m_bar(bar)
{
    bar->installEventFilter(this);
    refit();
}

bool ToolBarFitter::eventFilter(QObject *watched, QEvent *event)
{
    // The bar is this object's parent. Compared as a QObject: while the bar is being destroyed
    // (its children removed from ~QObject) it is no QToolBar any more, and m_bar's cast is UB.
    if (watched == parent() && !m_fitPending) {
        // Once per burst of events, when the bar's layout settled.
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::Show:
            m_fitPending = true;
            QTimer::singleShot(0, this, &ToolBarFitter::fit);
            break;
        case QEvent::FontChange:
        case QEvent::StyleChange:
        case QEvent::ActionAdded:
            m_fitPending = true;
            QTimer::singleShot(0, this, &ToolBarFitter::refit);
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ToolBarFitter::refit()
{
    if (!m_bar)
        return;
    setCompact(false);
    m_fullWidth = 0;
    fit();
}

void ToolBarFitter::fit()
{
    m_fitPending = false;
    if (!m_bar || !m_bar->isVisible())
        return;
    if (!m_compact) {
        const int needed = m_bar->sizeHint().width();
        if (needed > m_bar->width()) {
            m_fullWidth = needed;
            setCompact(true);
        }
    } else if (m_bar->width() >= m_fullWidth) {
        setCompact(false);
    }
}

void ToolBarFitter::setCompact(bool compact)
{
    m_compact = compact;
    const QList<QAction *> actions = m_bar->actions();
    for (QAction *action : actions) {
        auto *button = qobject_cast<QToolButton *>(m_bar->widgetForAction(action));
        if (!button)
            continue;
        if (!button->property(ShowsText).isValid())
            button->setProperty(ShowsText, button->toolButtonStyle() != Qt::ToolButtonIconOnly);
        if (button->property(ShowsText).toBool())
            button->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : m_bar->toolButtonStyle());
    }
}

} // namespace dx
