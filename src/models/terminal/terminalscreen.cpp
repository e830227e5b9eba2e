#include "terminalscreen.h"

#include <vterm.h>

#include <deque>
#include <vector>

namespace dx {

namespace {

// Colours as kept in the scrollback: a tag in the top byte, so that the palette of the moment
// (a theme switch) decides how indexed and default colours look.
constexpr quint32 TagRgb = 0;
constexpr quint32 TagIndexed = 1u << 24;
constexpr quint32 TagDefault = 2u << 24;

quint32 encodeColor(const VTermColor &c)
{
    if (VTERM_COLOR_IS_DEFAULT_FG(&c) || VTERM_COLOR_IS_DEFAULT_BG(&c))
        return TagDefault;
    if (VTERM_COLOR_IS_INDEXED(&c))
        return TagIndexed | c.indexed.idx;
    return TagRgb | (quint32(c.rgb.red) << 16) | (quint32(c.rgb.green) << 8) | c.rgb.blue;
}

enum AttrBit : quint16 {
    Bold = 1 << 0,
    Italic = 1 << 1,
    Blink = 1 << 2,
    Reverse = 1 << 3,
    Strike = 1 << 4,
    UnderlineShift = 5, // two bits
};

// One cell of a scrolled-off line: 16 bytes instead of libvterm's 40.
struct StoredCell
{
    char32_t ch = 0;    // first code point; 0 blank; 0xFFFFFFFF the right half of a wide character
    quint32 fg = TagDefault;
    quint32 bg = TagDefault;
    quint16 attrs = 0;
    qint8 width = 1;
};

using StoredLine = std::vector<StoredCell>;

constexpr char32_t RightHalf = 0xFFFFFFFF;

quint16 encodeAttrs(const VTermScreenCellAttrs &a)
{
    return quint16((a.bold ? Bold : 0) | (a.italic ? Italic : 0) | (a.blink ? Blink : 0) | (a.reverse ? Reverse : 0)
                   | (a.strike ? Strike : 0) | (quint16(a.underline & 3) << UnderlineShift));
}

bool isBinaryByte(unsigned char c)
{
    // Control codes no text program prints: NUL, SOH-ACK, SO-SUB, FS-US (BEL, BS, TAB, LF, VT,
    // FF, CR and ESC are everyday terminal output).
    return c <= 0x06 || (c >= 0x0e && c <= 0x1a) || (c >= 0x1c && c <= 0x1f);
}

} // namespace

struct TerminalScreen::Private
{
    TerminalScreen *q;
    VTerm *vt = nullptr;
    VTermScreen *screen = nullptr;
    VTermState *state = nullptr;
    std::deque<StoredLine> scrollback; // front: the oldest
    QByteArray pendingOutput;
    bool damaged = false;

    QColor resolve(quint32 code, bool foreground) const
    {
        switch (code & 0xFF000000u) {
        case TagDefault: return foreground ? q->m_foreground : q->m_background;
        case TagIndexed: return indexed(int(code & 0xFF));
        default: return QColor::fromRgb(QRgb(0xFF000000u | code));
        }
    }

    QColor indexed(int index) const
    {
        if (index < 16)
            return q->m_ansi.value(index);
        if (index < 232) {
            static constexpr int levels[6] = {0, 95, 135, 175, 215, 255};
            const int i = index - 16;
            return QColor(levels[i / 36], levels[(i / 6) % 6], levels[i % 6]);
        }
        const int grey = 8 + 10 * (index - 232);
        return QColor(grey, grey, grey);
    }

    TerminalCell makeCell(const QString &text, int width, quint16 attrs, quint32 fg, quint32 bg) const
    {
        TerminalCell cell;
        cell.text = text;
        cell.width = width;
        cell.bold = attrs & Bold;
        cell.italic = attrs & Italic;
        cell.strike = attrs & Strike;
        cell.underline = (attrs >> UnderlineShift) & 3;
        cell.foreground = resolve(fg, true);
        cell.background = resolve(bg, false);
        cell.defaultBackground = (bg & 0xFF000000u) == TagDefault;
        if (attrs & Reverse) {
            std::swap(cell.foreground, cell.background);
            cell.defaultBackground = false;
        }
        return cell;
    }

    static int onDamage(VTermRect, void *user)
    {
        static_cast<Private *>(user)->damaged = true;
        return 1;
    }

    static int onMoveCursor(VTermPos pos, VTermPos, int visible, void *user)
    {
        auto *d = static_cast<Private *>(user);
        d->q->m_cursor = QPoint(pos.col, pos.row);
        d->q->m_cursorVisible = visible;
        d->damaged = true;
        return 1;
    }

    static int onTermProp(VTermProp prop, VTermValue *value, void *user)
    {
        auto *d = static_cast<Private *>(user);
        TerminalScreen *q = d->q;
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE:
            q->m_cursorVisible = value->boolean;
            d->damaged = true;
            break;
        case VTERM_PROP_ALTSCREEN:
            if (q->m_altScreen != bool(value->boolean)) {
                q->m_altScreen = value->boolean;
                d->damaged = true;
                emit q->altScreenChanged(q->m_altScreen);
            }
            break;
        case VTERM_PROP_TITLE: {
            const QString title = QString::fromUtf8(value->string);
            if (title != q->m_title) {
                q->m_title = title;
                emit q->titleChanged(title);
            }
            break;
        }
        default:
            break;
        }
        return 1;
    }

    static int onBell(void *user)
    {
        emit static_cast<Private *>(user)->q->bell();
        return 1;
    }

    static int onPushLine(int cols, const VTermScreenCell *cells, void *user)
    {
        auto *d = static_cast<Private *>(user);
        int used = cols;
        while (used > 0 && cells[used - 1].chars[0] == 0 && VTERM_COLOR_IS_DEFAULT_BG(&cells[used - 1].bg)
               && !cells[used - 1].attrs.reverse)
            --used;
        StoredLine line;
        if (int(d->scrollback.size()) >= d->q->m_scrollbackLimit && !d->scrollback.empty()) {
            line = std::move(d->scrollback.front()); // its memory serves again
            d->scrollback.pop_front();
        }
        line.resize(size_t(used));
        for (int i = 0; i < used; ++i) {
            const VTermScreenCell &c = cells[i];
            StoredCell &s = line[size_t(i)];
            s.ch = c.chars[0];
            s.fg = encodeColor(c.fg);
            s.bg = encodeColor(c.bg);
            s.attrs = encodeAttrs(c.attrs);
            s.width = qint8(c.width);
        }
        if (d->q->m_scrollbackLimit > 0)
            d->scrollback.push_back(std::move(line));
        ++d->q->m_linesScrolledOff;
        d->damaged = true;
        return 1;
    }

    VTermColor decodeColor(quint32 code, bool foreground) const
    {
        VTermColor c;
        switch (code & 0xFF000000u) {
        case TagDefault: {
            VTermColor fg;
            VTermColor bg;
            vterm_state_get_default_colors(state, &fg, &bg);
            return foreground ? fg : bg;
        }
        case TagIndexed:
            vterm_color_indexed(&c, quint8(code & 0xFF));
            return c;
        default:
            vterm_color_rgb(&c, quint8(code >> 16), quint8(code >> 8), quint8(code));
            return c;
        }
    }

    // The screen grew taller: the newest scrolled-off line comes back.
    static int onPopLine(int cols, VTermScreenCell *cells, void *user)
    {
        auto *d = static_cast<Private *>(user);
        if (d->scrollback.empty())
            return 0;
        const StoredLine line = std::move(d->scrollback.back());
        d->scrollback.pop_back();
        for (int i = 0; i < cols; ++i) {
            VTermScreenCell &c = cells[i];
            c = VTermScreenCell{};
            const StoredCell s = i < int(line.size()) ? line[size_t(i)] : StoredCell{};
            c.chars[0] = s.ch == RightHalf ? 0 : s.ch;
            c.width = char(s.ch == RightHalf ? 1 : qMax<int>(1, s.width));
            c.attrs.bold = (s.attrs & Bold) != 0;
            c.attrs.italic = (s.attrs & Italic) != 0;
            c.attrs.blink = (s.attrs & Blink) != 0;
            c.attrs.reverse = (s.attrs & Reverse) != 0;
            c.attrs.strike = (s.attrs & Strike) != 0;
            c.attrs.underline = (s.attrs >> UnderlineShift) & 3;
            c.fg = d->decodeColor(s.fg, true);
            c.bg = d->decodeColor(s.bg, false);
        }
        d->q->m_linesScrolledOff = qMax<qint64>(0, d->q->m_linesScrolledOff - 1);
        d->damaged = true;
        return 1;
    }

    static void onOutput(const char *bytes, size_t length, void *user)
    {
        static_cast<Private *>(user)->pendingOutput.append(bytes, qsizetype(length));
    }
};

TerminalScreen::TerminalScreen(int rows, int columns, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
    , m_foreground(QColor(0xd0, 0xd0, 0xd0))
    , m_background(QColor(0x1e, 0x1e, 0x1e))
    , m_ansi(defaultAnsiColors(true))
{
    d->q = this;
    d->vt = vterm_new(qMax(1, rows), qMax(1, columns));
    vterm_set_utf8(d->vt, 1);
    vterm_output_set_callback(d->vt, &Private::onOutput, d.get());
    d->state = vterm_obtain_state(d->vt);
    vterm_state_set_bold_highbright(d->state, 1);
    d->screen = vterm_obtain_screen(d->vt);
    static const VTermScreenCallbacks callbacks = {
        &Private::onDamage, nullptr, &Private::onMoveCursor, &Private::onTermProp,
        &Private::onBell, nullptr, &Private::onPushLine, &Private::onPopLine,
    };
    vterm_screen_set_callbacks(d->screen, &callbacks, d.get());
    vterm_screen_enable_altscreen(d->screen, 1);
    // Whole scrolls, not a damage call per cell: a flood of output costs little.
    vterm_screen_set_damage_merge(d->screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_reset(d->screen, 1);
}

TerminalScreen::~TerminalScreen()
{
    vterm_free(d->vt);
}

int TerminalScreen::rows() const
{
    int rows = 0;
    int cols = 0;
    vterm_get_size(d->vt, &rows, &cols);
    return rows;
}

int TerminalScreen::columns() const
{
    int rows = 0;
    int cols = 0;
    vterm_get_size(d->vt, &rows, &cols);
    return cols;
}

void TerminalScreen::resize(int rows, int columns)
{
    rows = qMax(1, rows);
    columns = qMax(1, columns);
    if (rows == this->rows() && columns == this->columns())
        return;
    vterm_set_size(d->vt, rows, columns);
    vterm_screen_flush_damage(d->screen);
    d->damaged = false;
    emit changed();
}

void TerminalScreen::feed(const QByteArray &bytes)
{
    feed(bytes.constData(), bytes.size());
}

void TerminalScreen::feed(const char *data, qsizetype size)
{
    if (size <= 0)
        return;
    if (!m_binarySeen) {
        int suspicious = 0;
        for (qsizetype i = 0; i < size && suspicious < 8; ++i)
            suspicious += isBinaryByte(static_cast<unsigned char>(data[i])) ? 1 : 0;
        if (suspicious >= 8) {
            m_binarySeen = true;
            emit binaryOutputSeen();
        }
    }
    vterm_input_write(d->vt, data, size_t(size));
    vterm_screen_flush_damage(d->screen);
    flushOutput(); // answers to the program's queries (cursor position, device attributes)
    if (d->damaged) {
        d->damaged = false;
        emit changed();
    }
}

void TerminalScreen::reset()
{
    vterm_screen_reset(d->screen, 1);
    m_binarySeen = false;
    vterm_screen_flush_damage(d->screen);
    d->damaged = false;
    emit changed();
}

void TerminalScreen::printNotice(const QString &text, const QColor &color)
{
    // Notices come when no program owns the screen any more (it ended, or never started):
    // back to the normal screen with a visible cursor, on a line of their own.
    // (Leaving the alternate screen only when in it: 1049l also restores the saved cursor.)
    QByteArray bytes = m_altScreen ? QByteArray("\x1b[?1049l\x1b[?25h\x1b[0m") : QByteArray("\x1b[?25h\x1b[0m");
    if (m_cursor.x() != 0)
        bytes += "\r\n";
    bytes += QByteArrayLiteral("\x1b[1;38;2;") + QByteArray::number(color.red()) + ';' + QByteArray::number(color.green())
           + ';' + QByteArray::number(color.blue()) + 'm';
    QString body = text;
    body.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    bytes += body.toUtf8() + "\x1b[0m\r\n";
    const bool binarySeen = m_binarySeen;
    m_binarySeen = true; // our own text is never binary output
    feed(bytes);
    m_binarySeen = binarySeen;
}

int TerminalScreen::scrollbackLines() const
{
    return int(d->scrollback.size());
}

void TerminalScreen::setScrollbackLimit(int lines)
{
    m_scrollbackLimit = qMax(0, lines);
    while (int(d->scrollback.size()) > m_scrollbackLimit)
        d->scrollback.pop_front();
    emit changed();
}

void TerminalScreen::clearScrollback()
{
    d->scrollback.clear();
    emit changed();
}

TerminalCell TerminalScreen::cell(int line, int column) const
{
    if (line < 0) {
        const int index = int(d->scrollback.size()) + line;
        if (index < 0 || column < 0)
            return d->makeCell({}, 1, 0, TagDefault, TagDefault);
        const StoredLine &stored = d->scrollback[size_t(index)];
        if (column >= int(stored.size()))
            return d->makeCell({}, 1, 0, TagDefault, TagDefault);
        const StoredCell &s = stored[size_t(column)];
        if (s.ch == RightHalf)
            return d->makeCell({}, 0, s.attrs, s.fg, s.bg);
        const QString text = s.ch ? QString::fromUcs4(&s.ch, 1) : QString();
        return d->makeCell(text, s.width, s.attrs, s.fg, s.bg);
    }
    VTermScreenCell c;
    if (line >= rows() || column < 0 || column >= columns() || !vterm_screen_get_cell(d->screen, VTermPos{line, column}, &c))
        return d->makeCell({}, 1, 0, TagDefault, TagDefault);
    if (c.chars[0] == RightHalf)
        return d->makeCell({}, 0, encodeAttrs(c.attrs), encodeColor(c.fg), encodeColor(c.bg));
    int count = 0;
    while (count < VTERM_MAX_CHARS_PER_CELL && c.chars[count])
        ++count;
    const QString text = QString::fromUcs4(reinterpret_cast<const char32_t *>(c.chars), count);
    return d->makeCell(text, c.width, encodeAttrs(c.attrs), encodeColor(c.fg), encodeColor(c.bg));
}

QString TerminalScreen::lineText(int line) const
{
    return text(line, 0, line, columns() - 1);
}

QString TerminalScreen::text(int fromLine, int fromColumn, int toLine, int toColumn) const
{
    QString out;
    for (int line = fromLine; line <= toLine; ++line) {
        const int first = line == fromLine ? fromColumn : 0;
        const int last = line == toLine ? toColumn : columns() - 1;
        QString part;
        for (int column = first; column <= last; ++column) {
            const TerminalCell c = cell(line, column);
            if (c.width == 0)
                continue;
            part += c.text.isEmpty() ? QStringLiteral(" ") : c.text;
        }
        // A line's end is blank padding, not spaces the program printed.
        while (part.endsWith(QLatin1Char(' ')))
            part.chop(1);
        out += part;
        if (line != toLine)
            out += QLatin1Char('\n');
    }
    return out;
}

QString TerminalScreen::screenText() const
{
    return text(0, 0, rows() - 1, columns() - 1);
}

void TerminalScreen::setDefaultColors(const QColor &foreground, const QColor &background)
{
    m_foreground = foreground;
    m_background = background;
    emit changed();
}

void TerminalScreen::setAnsiColors(const QList<QColor> &sixteen)
{
    if (sixteen.size() == 16)
        m_ansi = sixteen;
    emit changed();
}

QList<QColor> TerminalScreen::defaultAnsiColors(bool darkBackground)
{
    // Tango-like: readable on both backgrounds; the light variant darkens yellow and the
    // bright colours a little so they keep their contrast on white.
    if (darkBackground) {
        return {QColor(0x2e, 0x34, 0x36), QColor(0xef, 0x53, 0x50), QColor(0x66, 0xbb, 0x6a), QColor(0xe0, 0xc0, 0x40),
                QColor(0x5c, 0x9c, 0xe6), QColor(0xba, 0x68, 0xc8), QColor(0x26, 0xc6, 0xda), QColor(0xd3, 0xd7, 0xcf),
                QColor(0x72, 0x7a, 0x7c), QColor(0xff, 0x7b, 0x72), QColor(0x9c, 0xe0, 0x8a), QColor(0xfc, 0xe9, 0x4f),
                QColor(0x8a, 0xbe, 0xff), QColor(0xd6, 0x9c, 0xe6), QColor(0x6f, 0xe0, 0xea), QColor(0xff, 0xff, 0xff)};
    }
    return {QColor(0x00, 0x00, 0x00), QColor(0xc0, 0x1c, 0x28), QColor(0x26, 0x80, 0x2e), QColor(0x9a, 0x6a, 0x00),
            QColor(0x1c, 0x5c, 0xc8), QColor(0x8e, 0x2c, 0xa0), QColor(0x0a, 0x80, 0x8c), QColor(0x80, 0x80, 0x80),
            QColor(0x55, 0x55, 0x55), QColor(0xe0, 0x1b, 0x24), QColor(0x2e, 0xa0, 0x3a), QColor(0xb0, 0x80, 0x00),
            QColor(0x35, 0x84, 0xe4), QColor(0xa0, 0x40, 0xc0), QColor(0x10, 0x9c, 0xa8), QColor(0x30, 0x30, 0x30)};
}

bool TerminalScreen::sendKey(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    int mod = VTERM_MOD_NONE;
    if (modifiers & Qt::ShiftModifier)
        mod |= VTERM_MOD_SHIFT;
    if (modifiers & Qt::AltModifier)
        mod |= VTERM_MOD_ALT;
    if (modifiers & Qt::ControlModifier)
        mod |= VTERM_MOD_CTRL;
    const auto vmod = VTermModifier(mod);

    VTermKey special = VTERM_KEY_NONE;
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter: special = VTERM_KEY_ENTER; break;
    case Qt::Key_Tab: special = VTERM_KEY_TAB; break;
    case Qt::Key_Backtab: special = VTERM_KEY_TAB; break; // Qt says Backtab for Shift+Tab
    case Qt::Key_Backspace: special = VTERM_KEY_BACKSPACE; break;
    case Qt::Key_Escape: special = VTERM_KEY_ESCAPE; break;
    case Qt::Key_Up: special = VTERM_KEY_UP; break;
    case Qt::Key_Down: special = VTERM_KEY_DOWN; break;
    case Qt::Key_Left: special = VTERM_KEY_LEFT; break;
    case Qt::Key_Right: special = VTERM_KEY_RIGHT; break;
    case Qt::Key_Insert: special = VTERM_KEY_INS; break;
    case Qt::Key_Delete: special = VTERM_KEY_DEL; break;
    case Qt::Key_Home: special = VTERM_KEY_HOME; break;
    case Qt::Key_End: special = VTERM_KEY_END; break;
    case Qt::Key_PageUp: special = VTERM_KEY_PAGEUP; break;
    case Qt::Key_PageDown: special = VTERM_KEY_PAGEDOWN; break;
    default:
        if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
            special = VTermKey(VTERM_KEY_FUNCTION(key - Qt::Key_F1 + 1));
        break;
    }
    if (special != VTERM_KEY_NONE) {
        vterm_keyboard_key(d->vt, special, key == Qt::Key_Backtab ? VTermModifier(mod | VTERM_MOD_SHIFT) : vmod);
        flushOutput();
        return true;
    }

    if (modifiers & Qt::ControlModifier) {
        // The control characters shells know, sent as such: libvterm would send "CSI u" forms
        // for Ctrl+I, J, M and [, which bash and busybox do not read.
        int control = -1;
        if (key >= Qt::Key_A && key <= Qt::Key_Z) {
            control = key - Qt::Key_A + 1;
        } else {
            switch (key) {
            case Qt::Key_At:
            case Qt::Key_Space:
            case Qt::Key_2: control = 0x00; break;
            case Qt::Key_BracketLeft:
            case Qt::Key_3: control = 0x1b; break;
            case Qt::Key_Backslash:
            case Qt::Key_4: control = 0x1c; break;
            case Qt::Key_BracketRight:
            case Qt::Key_5: control = 0x1d; break;
            case Qt::Key_AsciiCircum:
            case Qt::Key_6: control = 0x1e; break;
            case Qt::Key_Underscore:
            case Qt::Key_Slash:
            case Qt::Key_7: control = 0x1f; break;
            case Qt::Key_Question:
            case Qt::Key_8: control = 0x7f; break;
            default: break;
            }
        }
        if (control >= 0) {
            QByteArray bytes;
            if (modifiers & Qt::AltModifier)
                bytes += '\x1b';
            bytes += char(control);
            d->pendingOutput += bytes;
            flushOutput();
            return true;
        }
    }

    if (text.isEmpty())
        return false;
    const QList<uint> codePoints = text.toUcs4();
    for (uint c : codePoints) {
        if (c < 0x20 || c == 0x7f) {
            d->pendingOutput += char(c); // a control character the keyboard layout produced
            continue;
        }
        vterm_keyboard_unichar(d->vt, c, VTermModifier(mod & VTERM_MOD_ALT));
    }
    flushOutput();
    return true;
}

void TerminalScreen::sendText(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    for (uint c : codePoints)
        vterm_keyboard_unichar(d->vt, c, VTERM_MOD_NONE);
    flushOutput();
}

void TerminalScreen::paste(const QString &text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\r"));
    normalized.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    // libvterm adds the markers only when the program turned bracketed paste on.
    vterm_keyboard_start_paste(d->vt);
    d->pendingOutput += normalized.toUtf8();
    vterm_keyboard_end_paste(d->vt);
    flushOutput();
}

void TerminalScreen::flushOutput()
{
    if (d->pendingOutput.isEmpty())
        return;
    const QByteArray bytes = std::exchange(d->pendingOutput, {});
    emit output(bytes);
}

} // namespace dx
