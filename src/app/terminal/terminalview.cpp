#include "terminalview.h"

#include "shell/zoom.h"
#include "terminal/terminalscreen.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontMetricsF>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStyleHints>

#include <cmath>

namespace dx {

namespace {

constexpr int Padding = 3;
constexpr qint64 FrameMs = 16;

bool isWordChar(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.at(0);
    return c.isLetterOrNumber() || QStringLiteral("-_.,/~:@%+=?&#").contains(c);
}

} // namespace

TerminalView::TerminalView(TerminalScreen *screen, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_screen(screen)
{
    setObjectName(QStringLiteral("terminalView"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    setFont(Zoom::fixedFont());
    updateMetrics();
    updateColors();
    // At most one repaint per frame, however many chunks of output arrive in it.
    m_repaint.setSingleShot(true);
    connect(&m_repaint, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    connect(m_screen, &TerminalScreen::changed, this, &TerminalView::onScreenChanged);
}

QSize TerminalView::cellSize() const
{
    return QSize(qRound(m_cellWidth), m_cellHeight);
}

QSize TerminalView::sizeHint() const
{
    return QSize(int(80 * m_cellWidth) + 2 * Padding + verticalScrollBar()->sizeHint().width(), 24 * m_cellHeight + 2 * Padding);
}

QSize TerminalView::minimumSizeHint() const
{
    return QSize(int(20 * m_cellWidth), 4 * m_cellHeight);
}

void TerminalView::updateMetrics()
{
    const QFontMetricsF metrics(font());
    m_cellWidth = qMax<qreal>(1, metrics.horizontalAdvance(QLatin1Char('M')));
    m_cellHeight = qMax(1, int(std::ceil(metrics.height())));
    m_ascent = int(std::ceil(metrics.ascent()));
    m_boldFont = font();
    m_boldFont.setBold(true);
    const int columns = qMax(1, int((viewport()->width() - 2 * Padding) / m_cellWidth));
    const int rows = qMax(1, (viewport()->height() - 2 * Padding) / m_cellHeight);
    if (rows != m_screen->rows() || columns != m_screen->columns()) {
        m_screen->resize(rows, columns);
        emit sizeChanged(rows, columns);
    }
    updateScrollRange();
    viewport()->update();
}

void TerminalView::updateColors()
{
    const QColor background = palette().color(QPalette::Base);
    m_screen->setDefaultColors(palette().color(QPalette::Text), background);
    m_screen->setAnsiColors(TerminalScreen::defaultAnsiColors(background.lightnessF() < 0.5));
}

void TerminalView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateMetrics();
}

void TerminalView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateMetrics();
    else if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void TerminalView::scheduleRepaint()
{
    // The first change after a quiet moment is drawn at once (an echoed keystroke); a flood
    // of them at most once a frame.
    if (m_repaint.isActive())
        return;
    const qint64 sinceLast = m_lastPaint.isValid() ? m_lastPaint.elapsed() : FrameMs;
    if (sinceLast >= FrameMs)
        viewport()->update();
    else
        m_repaint.start(int(FrameMs - sinceLast));
}

void TerminalView::onScreenChanged()
{
    updateScrollRange();
    scheduleRepaint();
}

void TerminalView::updateScrollRange()
{
    QScrollBar *bar = verticalScrollBar();
    const int scrollback = m_screen->altScreen() ? 0 : m_screen->scrollbackLines();
    const int top = topLine();
    m_updatingScroll = true;
    bar->setRange(0, scrollback);
    bar->setPageStep(m_screen->rows());
    bar->setSingleStep(1);
    bar->setValue(m_followOutput ? scrollback : qBound(0, top + scrollback, scrollback));
    m_updatingScroll = false;
}

int TerminalView::topLine() const
{
    if (m_followOutput || m_screen->altScreen())
        return 0;
    return int(qBound(qint64(-m_screen->scrollbackLines()), m_topAbsolute - m_screen->linesScrolledOff(), qint64(0)));
}

void TerminalView::scrollContentsBy(int, int)
{
    if (!m_updatingScroll) {
        const QScrollBar *bar = verticalScrollBar();
        m_followOutput = bar->value() == bar->maximum();
        m_topAbsolute = bar->value() - bar->maximum() + m_screen->linesScrolledOff();
    }
    viewport()->update();
}

void TerminalView::scrollToBottom()
{
    m_followOutput = true;
    updateScrollRange();
    viewport()->update();
}

void TerminalView::paintEvent(QPaintEvent *)
{
    m_lastPaint.start();
    QPainter p(viewport());
    const QColor defaultBackground = m_screen->defaultBackground();
    p.fillRect(viewport()->rect(), defaultBackground);
    const QColor highlight = palette().color(QPalette::Highlight);
    const QColor highlightedText = palette().color(QPalette::HighlightedText);
    const int rows = m_screen->rows();
    const int columns = m_screen->columns();
    const int top = topLine();
    const QPoint cursor = m_screen->cursor();
    const bool drawCursor = m_inputEnabled && m_screen->cursorVisible() && cursor.y() - top < rows;

    for (int row = 0; row < rows; ++row) {
        const int line = top + row;
        const int y = Padding + row * m_cellHeight;
        int column = 0;
        while (column < columns) {
            TerminalCell cell = m_screen->cell(line, column);
            const bool selected = isSelected(line, column);
            const bool atCursor = drawCursor && line == cursor.y() && column == cursor.x();
            if (selected) {
                cell.background = highlight;
                cell.foreground = highlightedText;
                cell.defaultBackground = false;
            }
            const int span = cell.width == 2 ? 2 : 1;
            const qreal x = Padding + column * m_cellWidth;
            const QRectF box(x, y, span * m_cellWidth, m_cellHeight);
            if (atCursor && hasFocus()) {
                std::swap(cell.foreground, cell.background);
                cell.defaultBackground = false;
            }
            if (!cell.defaultBackground)
                p.fillRect(box, cell.background);
            // Plain ASCII of one style is drawn as one run: far fewer text calls per frame.
            QString run = cell.text;
            int runLength = 1;
            if (cell.width == 1 && !atCursor && run.size() == 1 && run.at(0).unicode() < 0x7f) {
                while (column + runLength < columns) {
                    const int next = column + runLength;
                    if ((drawCursor && line == cursor.y() && next == cursor.x()) || isSelected(line, next) != selected)
                        break;
                    const TerminalCell c = m_screen->cell(line, next);
                    if (c.width != 1 || c.text.size() != 1 || c.text.at(0).unicode() >= 0x7f || c.bold != cell.bold
                        || c.italic != cell.italic || c.underline != cell.underline || c.strike != cell.strike
                        || (!selected && (c.foreground != cell.foreground || c.background != cell.background
                                          || c.defaultBackground != cell.defaultBackground)))
                        break;
                    run += c.text;
                    ++runLength;
                }
                if (!cell.defaultBackground && runLength > 1)
                    p.fillRect(QRectF(x, y, runLength * m_cellWidth, m_cellHeight), cell.background);
            }
            if (!run.trimmed().isEmpty() || cell.underline || cell.strike) {
                QFont f = cell.bold ? m_boldFont : font();
                f.setItalic(cell.italic);
                f.setUnderline(cell.underline);
                f.setStrikeOut(cell.strike);
                p.setFont(f);
                p.setPen(cell.foreground);
                p.drawText(QPointF(x, y + m_ascent), run);
            }
            if (atCursor && !hasFocus()) {
                p.setPen(m_screen->defaultForeground());
                p.setBrush(Qt::NoBrush);
                p.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
            }
            column += cell.width == 2 ? 2 : runLength;
        }
    }
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier);
    const int key = event->key();
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && key == Qt::Key_C) {
        copy();
        return;
    }
    if ((mods == (Qt::ControlModifier | Qt::ShiftModifier) && key == Qt::Key_V) || (mods == Qt::ShiftModifier && key == Qt::Key_Insert)) {
        paste();
        return;
    }
    if (mods == Qt::ShiftModifier && (key == Qt::Key_PageUp || key == Qt::Key_PageDown)) {
        verticalScrollBar()->triggerAction(key == Qt::Key_PageUp ? QAbstractSlider::SliderPageStepSub
                                                                 : QAbstractSlider::SliderPageStepAdd);
        return;
    }
    if (!m_inputEnabled) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (m_screen->sendKey(key, event->modifiers(), event->text())) {
        scrollToBottom();
        event->accept();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool TerminalView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && m_inputEnabled) {
        // Keys the program needs win over the app's shortcuts, except the zoom, full screen and
        // our own Ctrl+Shift copy and paste.
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers();
        const int k = key->key();
        const bool zoomKey = (mods & Qt::ControlModifier)
            && (k == Qt::Key_Plus || k == Qt::Key_Equal || k == Qt::Key_Minus || k == Qt::Key_0);
        const bool appKey = zoomKey || k == Qt::Key_F11 || ((mods & Qt::ControlModifier) && (mods & Qt::ShiftModifier));
        if (!appKey) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

bool TerminalView::focusNextPrevChild(bool)
{
    return false; // Tab completes in the shell
}

void TerminalView::inputMethodEvent(QInputMethodEvent *event)
{
    if (m_inputEnabled && !event->commitString().isEmpty()) {
        m_screen->sendText(event->commitString());
        scrollToBottom();
    }
    event->accept();
}

QVariant TerminalView::inputMethodQuery(Qt::InputMethodQuery query) const
{
    if (query == Qt::ImCursorRectangle) {
        const QPoint c = m_screen->cursor();
        return QRectF(Padding + c.x() * m_cellWidth, Padding + (c.y() - topLine()) * m_cellHeight, m_cellWidth, m_cellHeight)
            .toRect();
    }
    return QAbstractScrollArea::inputMethodQuery(query);
}

void TerminalView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TerminalView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

TerminalView::Pos TerminalView::posAt(const QPoint &point) const
{
    const int row = qBound(0, (point.y() - Padding) / m_cellHeight, m_screen->rows() - 1);
    const int column = qBound(0, int(std::floor((point.x() - Padding) / m_cellWidth + 0.5)), m_screen->columns());
    return {topLine() + row + m_screen->linesScrolledOff(), column};
}

int TerminalView::lineOf(const Pos &pos) const
{
    return int(pos.line - m_screen->linesScrolledOff());
}

bool TerminalView::isSelected(int line, int column) const
{
    if (!hasSelection())
        return false;
    const Pos from = qMin(m_anchor, m_extent);
    const Pos to = qMax(m_anchor, m_extent);
    const Pos here{line + m_screen->linesScrolledOff(), column};
    return !(here < from) && here < to;
}

QString TerminalView::selectedText() const
{
    if (!hasSelection())
        return {};
    const Pos from = qMin(m_anchor, m_extent);
    const Pos to = qMax(m_anchor, m_extent);
    // `to` is exclusive: its column is the gap before the next character.
    int toLine = lineOf(to);
    int toColumn = to.column - 1;
    if (toColumn < 0) {
        --toLine;
        toColumn = m_screen->columns() - 1;
    }
    const int oldest = -m_screen->scrollbackLines();
    return m_screen->text(qMax(oldest, lineOf(from)), from.column, toLine, toColumn);
}

void TerminalView::selectAll()
{
    m_anchor = {m_screen->linesScrolledOff() - m_screen->scrollbackLines(), 0};
    m_extent = {m_screen->linesScrolledOff() + m_screen->rows() - 1, m_screen->columns()};
    m_selecting = false;
    viewport()->update();
}

void TerminalView::copy()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void TerminalView::paste()
{
    pasteText(QApplication::clipboard()->text());
}

void TerminalView::pasteText(const QString &text)
{
    if (!m_inputEnabled || text.isEmpty())
        return;
    const qsizetype bytes = text.toUtf8().size();
    if (bytes > MaxPasteBytes) {
        emit notice(tr("Not pasted: the clipboard holds %1 KiB, the terminal takes at most %2 KiB at once. "
                       "Copy files into the container with docker cp instead.")
                        .arg(bytes / 1024)
                        .arg(MaxPasteBytes / 1024));
        return;
    }
    m_screen->paste(text);
    scrollToBottom();
}

void TerminalView::selectWord(const Pos &pos)
{
    const int line = lineOf(pos);
    int start = qMin(pos.column, m_screen->columns() - 1);
    int end = start;
    if (!isWordChar(m_screen->cell(line, start).text)) {
        m_anchor = {pos.line, start};
        m_extent = {pos.line, start + 1};
        return;
    }
    while (start > 0 && isWordChar(m_screen->cell(line, start - 1).text))
        --start;
    while (end + 1 < m_screen->columns() && isWordChar(m_screen->cell(line, end + 1).text))
        ++end;
    m_anchor = {pos.line, start};
    m_extent = {pos.line, end + 1};
}

void TerminalView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::MiddleButton) {
        pasteText(QApplication::clipboard()->text(QClipboard::Selection));
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool again = now - m_lastClickMs < QApplication::styleHints()->mouseDoubleClickInterval()
        && (event->position().toPoint() - m_lastClickPos).manhattanLength() < 4;
    m_clicks = again ? m_clicks + 1 : 1;
    m_lastClickMs = now;
    m_lastClickPos = event->position().toPoint();
    const Pos pos = posAt(event->position().toPoint());
    if (m_clicks >= 3) { // the whole line
        m_anchor = {pos.line, 0};
        m_extent = {pos.line, m_screen->columns()};
        m_selecting = false;
    } else {
        m_anchor = m_extent = pos;
        m_selecting = true;
    }
    viewport()->update();
}

void TerminalView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_clicks = 2;
    m_lastClickMs = QDateTime::currentMSecsSinceEpoch();
    selectWord(posAt(event->position().toPoint()));
    m_selecting = false;
    viewport()->update();
}

void TerminalView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    const QPoint p = event->position().toPoint();
    if (p.y() < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (p.y() > viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    m_extent = posAt(p);
    viewport()->update();
}

void TerminalView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_selecting = false;
    const QString text = selectedText();
    if (!text.isEmpty() && QApplication::clipboard()->supportsSelection())
        QApplication::clipboard()->setText(text, QClipboard::Selection);
    viewport()->update();
}

void TerminalView::sendKeys(int key, int count)
{
    for (int i = 0; i < count; ++i)
        m_screen->sendKey(key, Qt::NoModifier, {});
}

void TerminalView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 40; // three lines per notch
    if (steps == 0)
        return;
    if (m_screen->altScreen()) {
        // top, less and vi scroll with the arrow keys (xterm's alternateScroll).
        if (m_inputEnabled)
            sendKeys(steps > 0 ? Qt::Key_Up : Qt::Key_Down, qAbs(steps));
        return;
    }
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() - steps);
}

void TerminalView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("Copy"), this, &TerminalView::copy);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAction->setEnabled(hasSelection());
    QAction *pasteAction = menu.addAction(tr("Paste"), this, &TerminalView::paste);
    pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    pasteAction->setEnabled(m_inputEnabled && !QApplication::clipboard()->text().isEmpty());
    menu.addAction(tr("Select All"), this, &TerminalView::selectAll);
    menu.addSeparator();
    menu.addAction(tr("Clear Scrollback"), m_screen, &TerminalScreen::clearScrollback);
    menu.addAction(tr("Reset Terminal"), this, [this] {
        m_screen->reset();
        emit resetRequested();
    });
    menu.exec(event->globalPos());
}

} // namespace dx
