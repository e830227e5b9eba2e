#pragma once

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QObject>
#include <QPoint>
#include <QString>

#include <memory>

namespace dx {

// One character cell as it is drawn: colours resolved (default colours, palette, reverse video).
struct TerminalCell
{
    QString text;       // empty: blank
    QColor foreground;
    QColor background;
    bool defaultBackground = true; // the view may leave it to its own background
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool strike = false;
    int width = 1;      // 2: a wide character whose right half is the next cell; 0: that right half
};

// The screen of a VT emulator (libvterm): what a program in a container's terminal wrote
// (colours, cursor, the alternate screen of top and vi, UTF-8 and wide characters), the lines
// scrolled off the top, and the bytes the keyboard and the clipboard send back. No widgets: a
// view draws it (TerminalView) and the tests read it.
//
// Lines are numbered from the top of the screen (0 .. rows() - 1); the scrollback has negative
// numbers (-1 is the line just above the screen, -scrollbackLines() the oldest kept).
class TerminalScreen final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalScreen)

public:
    static constexpr int DefaultScrollbackLimit = 10000;

    explicit TerminalScreen(int rows = 24, int columns = 80, QObject *parent = nullptr);
    ~TerminalScreen() override;

    int rows() const;
    int columns() const;
    void resize(int rows, int columns);

    // Output of the program, as it arrived (UTF-8, escape sequences split anywhere).
    void feed(const QByteArray &bytes);
    void feed(const char *data, qsizetype size);
    // Back to the state of a new terminal (after binary output garbled it); the scrollback stays.
    void reset();
    // Writes a line of our own (a message about the session) in the given colour, on a fresh line.
    void printNotice(const QString &text, const QColor &color);

    int scrollbackLines() const;
    int scrollbackLimit() const { return m_scrollbackLimit; }
    void setScrollbackLimit(int lines);
    void clearScrollback();
    // How many lines ever went into the scrollback (a selection in it keeps its place by this).
    qint64 linesScrolledOff() const { return m_linesScrolledOff; }

    TerminalCell cell(int line, int column) const;
    // The characters of one line, trailing blanks removed.
    QString lineText(int line) const;
    // The characters from (line, column) to (line, column) inclusive, lines joined by '\n'.
    QString text(int fromLine, int fromColumn, int toLine, int toColumn) const;
    // Everything on the screen (not the scrollback), one line per row.
    QString screenText() const;

    QPoint cursor() const { return m_cursor; } // x: column, y: row
    bool cursorVisible() const { return m_cursorVisible; }
    bool altScreen() const { return m_altScreen; }
    QString title() const { return m_title; }

    // Colours: the default foreground and background, and the 16 ANSI colours (0-7 normal,
    // 8-15 bright); the 256-colour cube and grey ramp follow xterm.
    void setDefaultColors(const QColor &foreground, const QColor &background);
    void setAnsiColors(const QList<QColor> &sixteen);
    static QList<QColor> defaultAnsiColors(bool darkBackground);
    QColor defaultForeground() const { return m_foreground; }
    QColor defaultBackground() const { return m_background; }

    // Keyboard: a Qt key with its modifiers and text, as a terminal sends it (arrows, Home/End,
    // PgUp/PgDn, F1-F12, Ctrl combinations, Alt as Escape prefix, application cursor mode).
    // Returns false for keys a terminal does not send (a lone Shift).
    bool sendKey(int key, Qt::KeyboardModifiers modifiers, const QString &text);
    // Text typed or composed (input methods).
    void sendText(const QString &text);
    // Clipboard text, in the program's bracketed-paste markers when it asked for them; line
    // ends become carriage returns, as a terminal's Enter.
    void paste(const QString &text);

signals:
    // Bytes for the program (keystrokes, pastes, answers to the program's queries).
    void output(const QByteArray &bytes);
    // The screen (or the scrollback) changed; views repaint.
    void changed();
    void bell();
    void titleChanged(const QString &title);
    void altScreenChanged(bool on);
    // The program printed bytes no text has (NULs and other control codes): reported once
    // until reset().
    void binaryOutputSeen();

private:
    struct Private;
    friend struct Private;

    void flushOutput();

    std::unique_ptr<Private> d;
    QColor m_foreground;
    QColor m_background;
    QList<QColor> m_ansi;
    QPoint m_cursor;
    bool m_cursorVisible = true;
    bool m_altScreen = false;
    bool m_binarySeen = false;
    QString m_title;
    int m_scrollbackLimit = DefaultScrollbackLimit;
    qint64 m_linesScrolledOff = 0;
};

} // namespace dx
