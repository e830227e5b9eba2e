#pragma once

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QFont>
#include <QPoint>
#include <QTimer>

namespace dx {

class TerminalScreen;

// Draws a TerminalScreen (the libvterm emulator) and feeds it the keyboard: every key a
// terminal sends (arrows, Home/End, PgUp/PgDn, F-keys, Ctrl combinations) goes to the program,
// Ctrl+Shift+C/V (and Shift+Insert) copy and paste. The mouse selects (double click: a word,
// triple: a line), the wheel scrolls the scrollback (in the alternate screen it sends arrow
// keys, as xterm does). Its size in characters follows the widget and the font, which is the
// app's fixed-width font at the app's zoom; the colours follow the palette.
class TerminalView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalView)

public:
    // Pastes beyond this are refused with a message: the terminal is no file transfer, and a
    // shell echoing megabytes back would take minutes.
    static constexpr qsizetype MaxPasteBytes = 1024 * 1024;

    explicit TerminalView(TerminalScreen *screen, QWidget *parent = nullptr);

    TerminalScreen *screen() const { return m_screen; }
    QSize cellSize() const;
    bool hasSelection() const { return m_selecting || m_anchor != m_extent; }
    QString selectedText() const;
    void selectAll();
    void copy();
    void paste();
    void pasteText(const QString &text);
    // Whether typing reaches the program (false once the session ended).
    void setInputEnabled(bool enabled) { m_inputEnabled = enabled; }
    bool isInputEnabled() const { return m_inputEnabled; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void sizeChanged(int rows, int columns);
    // Something the user should know about an action here (a paste refused).
    void notice(const QString &text);
    void resetRequested();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    // A position in the whole history: line + the lines scrolled off so far, so a selection
    // keeps its text while output scrolls.
    struct Pos
    {
        qint64 line = 0;
        int column = 0;
        bool operator==(const Pos &o) const { return line == o.line && column == o.column; }
        bool operator!=(const Pos &o) const { return !(*this == o); }
        bool operator<(const Pos &o) const { return line < o.line || (line == o.line && column < o.column); }
    };

    void updateMetrics();
    void updateColors();
    void updateScrollRange();
    void scheduleRepaint();
    void onScreenChanged();
    int topLine() const; // the screen line drawn at the top (negative: scrollback)
    Pos posAt(const QPoint &point) const;
    int lineOf(const Pos &pos) const;
    bool isSelected(int line, int column) const;
    void selectWord(const Pos &pos);
    void scrollToBottom();
    void sendKeys(int key, int count);

    TerminalScreen *m_screen;
    QFont m_boldFont;
    qreal m_cellWidth = 8;
    int m_cellHeight = 16;
    int m_ascent = 12;
    QTimer m_repaint;
    QElapsedTimer m_lastPaint;
    Pos m_anchor;
    Pos m_extent;
    bool m_selecting = false;
    bool m_followOutput = true;
    qint64 m_topAbsolute = 0; // the top line in history numbering while not following output
    bool m_inputEnabled = true;
    bool m_updatingScroll = false;
    qint64 m_lastClickMs = 0;
    int m_clicks = 0;
    QPoint m_lastClickPos;
};

} // namespace dx
