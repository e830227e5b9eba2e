// The emulator's screen model (libvterm) fed escape sequences as programs write them: colours
// (16, 256, RGB), attributes, the alternate screen, UTF-8 and wide characters, the scrollback,
// and the bytes the keyboard and a paste send back.

#include "terminal/terminalscreen.h"

#include <QSignalSpy>
#include <QTest>

using namespace dx;

class TestTerminalScreen final : public QObject
{
    Q_OBJECT

private:
    static QByteArray sent(TerminalScreen &screen, int key, Qt::KeyboardModifiers mods = Qt::NoModifier,
                           const QString &text = {})
    {
        QByteArray out;
        auto c = connect(&screen, &TerminalScreen::output, &screen, [&out](const QByteArray &b) { out += b; });
        screen.sendKey(key, mods, text);
        disconnect(c);
        return out;
    }

private slots:
    void textAndCursor()
    {
        TerminalScreen screen(5, 20);
        screen.feed("hello\r\nworld");
        QCOMPARE(screen.lineText(0), QStringLiteral("hello"));
        QCOMPARE(screen.lineText(1), QStringLiteral("world"));
        QCOMPARE(screen.cursor(), QPoint(5, 1));
        // Split anywhere, even inside an escape sequence and a UTF-8 character.
        screen.feed("\x1b[");
        screen.feed("2J\x1b[H\xc3");
        screen.feed("\xa4x");
        QCOMPARE(screen.lineText(0), QStringLiteral("äx"));
        QCOMPARE(screen.lineText(1), QString());
    }

    void colours()
    {
        TerminalScreen screen(3, 40);
        const QList<QColor> ansi = TerminalScreen::defaultAnsiColors(true);
        screen.setAnsiColors(ansi);
        screen.setDefaultColors(Qt::white, Qt::black);
        screen.feed("\x1b[31mr\x1b[0m\x1b[38;5;196mx\x1b[38;2;1;2;3my\x1b[48;5;244mg\x1b[0md\x1b[1;34mb\x1b[0m");
        QCOMPARE(screen.cell(0, 0).foreground, ansi.at(1));
        QCOMPARE(screen.cell(0, 1).foreground, QColor(255, 0, 0)); // cube entry 196
        QCOMPARE(screen.cell(0, 2).foreground, QColor(1, 2, 3));
        QCOMPARE(screen.cell(0, 3).background, QColor(128, 128, 128)); // grey ramp 244
        QVERIFY(!screen.cell(0, 3).defaultBackground);
        QCOMPARE(screen.cell(0, 4).foreground, QColor(Qt::white));
        QVERIFY(screen.cell(0, 4).defaultBackground);
        // Bold blue is bright blue, as terminals draw it.
        QVERIFY(screen.cell(0, 5).bold);
        QCOMPARE(screen.cell(0, 5).foreground, ansi.at(12));
        // A theme switch recolours what is on the screen.
        const QList<QColor> light = TerminalScreen::defaultAnsiColors(false);
        screen.setAnsiColors(light);
        QCOMPARE(screen.cell(0, 0).foreground, light.at(1));
    }

    void attributes()
    {
        TerminalScreen screen(3, 40);
        screen.setDefaultColors(Qt::white, Qt::black);
        screen.feed("\x1b[4mu\x1b[24m\x1b[7mr\x1b[27m\x1b[3mi\x1b[9ms\x1b[0mn");
        QVERIFY(screen.cell(0, 0).underline);
        const TerminalCell reversed = screen.cell(0, 1);
        QCOMPARE(reversed.foreground, QColor(Qt::black));
        QCOMPARE(reversed.background, QColor(Qt::white));
        QVERIFY(!reversed.defaultBackground);
        QVERIFY(screen.cell(0, 2).italic);
        QVERIFY(screen.cell(0, 3).strike);
        const TerminalCell plain = screen.cell(0, 4);
        QVERIFY(!plain.underline && !plain.italic && !plain.strike && !plain.bold);
    }

    void alternateScreen()
    {
        TerminalScreen screen(4, 20);
        QSignalSpy alt(&screen, &TerminalScreen::altScreenChanged);
        screen.feed("shell prompt $ ");
        screen.feed("\x1b[?1049h\x1b[H\x1b[2JTOP 1\r\nPID USER");
        QVERIFY(screen.altScreen());
        QCOMPARE(alt.count(), 1);
        QCOMPARE(screen.lineText(0), QStringLiteral("TOP 1"));
        QCOMPARE(screen.lineText(1), QStringLiteral("PID USER"));
        // Scrolling in the alternate screen keeps nothing.
        screen.feed("\r\n\r\n\r\n\r\n\r\n");
        QCOMPARE(screen.scrollbackLines(), 0);
        screen.feed("\x1b[?1049l");
        QVERIFY(!screen.altScreen());
        QCOMPARE(screen.lineText(0), QStringLiteral("shell prompt $"));
        QCOMPARE(screen.cursor(), QPoint(15, 0)); // restored with the screen
    }

    void wideCharacters()
    {
        TerminalScreen screen(3, 10);
        screen.feed("a\xe6\xbc\xa2" "b\xf0\x9f\x90\xb3"); // a 漢 b 🐳
        QCOMPARE(screen.cell(0, 0).text, QStringLiteral("a"));
        const TerminalCell han = screen.cell(0, 1);
        QCOMPARE(han.text, QString::fromUtf8("\xe6\xbc\xa2"));
        QCOMPARE(han.width, 2);
        QCOMPARE(screen.cell(0, 2).width, 0); // its right half
        QCOMPARE(screen.cell(0, 3).text, QStringLiteral("b"));
        QCOMPARE(screen.cell(0, 4).width, 2);
        QCOMPARE(screen.cursor(), QPoint(6, 0));
        QCOMPARE(screen.lineText(0), QString::fromUtf8("a\xe6\xbc\xa2" "b\xf0\x9f\x90\xb3"));
        // A wide character that does not fit at the end of a line wraps whole.
        screen.feed("\r\n123456789\xe6\xbc\xa2");
        QCOMPARE(screen.lineText(1), QStringLiteral("123456789"));
        QCOMPARE(screen.cell(2, 0).width, 2);
    }

    void scrollback()
    {
        TerminalScreen screen(3, 20);
        for (int i = 1; i <= 10; ++i)
            screen.feed(QByteArray("\x1b[32mline ") + QByteArray::number(i) + "\x1b[0m\r\n");
        QCOMPARE(screen.lineText(0), QStringLiteral("line 9"));
        QCOMPARE(screen.lineText(1), QStringLiteral("line 10"));
        QCOMPARE(screen.scrollbackLines(), 8);
        QCOMPARE(screen.lineText(-1), QStringLiteral("line 8"));
        QCOMPARE(screen.lineText(-8), QStringLiteral("line 1"));
        QCOMPARE(screen.cell(-8, 0).foreground, screen.cell(0, 0).foreground); // colours kept
        QCOMPARE(screen.linesScrolledOff(), 8);
        QCOMPARE(screen.text(-2, 5, 0, 3), QStringLiteral("7\nline 8\nline"));
        // Taller: lines come back from the scrollback.
        screen.resize(6, 20);
        QCOMPARE(screen.scrollbackLines(), 5);
        QCOMPARE(screen.lineText(0), QStringLiteral("line 6"));
        // The limit drops the oldest.
        screen.setScrollbackLimit(2);
        QCOMPARE(screen.scrollbackLines(), 2);
        QCOMPARE(screen.lineText(-2), QStringLiteral("line 4"));
    }

    void keyboard()
    {
        TerminalScreen screen(5, 20);
        QCOMPARE(sent(screen, Qt::Key_A, Qt::NoModifier, QStringLiteral("a")), QByteArray("a"));
        QCOMPARE(sent(screen, Qt::Key_Return), QByteArray("\r"));
        QCOMPARE(sent(screen, Qt::Key_Backspace), QByteArray("\x7f"));
        QCOMPARE(sent(screen, Qt::Key_Tab), QByteArray("\t"));
        QCOMPARE(sent(screen, Qt::Key_Up), QByteArray("\x1b[A"));
        QCOMPARE(sent(screen, Qt::Key_Home), QByteArray("\x1b[H"));
        QCOMPARE(sent(screen, Qt::Key_End), QByteArray("\x1b[F"));
        QCOMPARE(sent(screen, Qt::Key_PageUp), QByteArray("\x1b[5~"));
        QCOMPARE(sent(screen, Qt::Key_PageDown), QByteArray("\x1b[6~"));
        QCOMPARE(sent(screen, Qt::Key_Delete), QByteArray("\x1b[3~"));
        QCOMPARE(sent(screen, Qt::Key_F1), QByteArray("\x1bOP"));
        QCOMPARE(sent(screen, Qt::Key_F5), QByteArray("\x1b[15~"));
        QCOMPARE(sent(screen, Qt::Key_F12), QByteArray("\x1b[24~"));
        QCOMPARE(sent(screen, Qt::Key_C, Qt::ControlModifier, QStringLiteral("\x03")), QByteArray("\x03"));
        QCOMPARE(sent(screen, Qt::Key_D, Qt::ControlModifier), QByteArray("\x04"));
        QCOMPARE(sent(screen, Qt::Key_M, Qt::ControlModifier), QByteArray("\r"));
        QCOMPARE(sent(screen, Qt::Key_BracketLeft, Qt::ControlModifier), QByteArray("\x1b"));
        QCOMPARE(sent(screen, Qt::Key_B, Qt::AltModifier, QStringLiteral("b")), QByteArray("\x1b" "b"));
        QCOMPARE(sent(screen, Qt::Key_Left, Qt::ControlModifier), QByteArray("\x1b[1;5D"));
        QCOMPARE(sent(screen, Qt::Key_Shift, Qt::ShiftModifier), QByteArray());
        QCOMPARE(sent(screen, Qt::Key_unknown, Qt::NoModifier, QStringLiteral("ü")), QByteArray("\xc3\xbc"));
        // vi and less switch the cursor keys to application mode.
        screen.feed("\x1b[?1h");
        QCOMPARE(sent(screen, Qt::Key_Up), QByteArray("\x1bOA"));
    }

    void paste()
    {
        TerminalScreen screen(5, 20);
        QByteArray out;
        connect(&screen, &TerminalScreen::output, this, [&out](const QByteArray &b) { out += b; });
        screen.paste(QStringLiteral("echo a\necho b"));
        QCOMPARE(out, QByteArray("echo a\recho b"));
        out.clear();
        screen.feed("\x1b[?2004h"); // the program asks for bracketed paste
        screen.paste(QStringLiteral("x\ny"));
        QCOMPARE(out, QByteArray("\x1b[200~x\ry\x1b[201~"));
    }

    void answersQueries()
    {
        TerminalScreen screen(5, 20);
        QByteArray out;
        connect(&screen, &TerminalScreen::output, this, [&out](const QByteArray &b) { out += b; });
        screen.feed("ab\x1b[6n"); // where is the cursor?
        QCOMPARE(out, QByteArray("\x1b[1;3R"));
    }

    void binaryOutput()
    {
        TerminalScreen screen(5, 20);
        QSignalSpy binary(&screen, &TerminalScreen::binaryOutputSeen);
        screen.feed("plain text\ttabs\r\n\x1b[1mbold\x1b[0m\a");
        QCOMPARE(binary.count(), 0);
        // An ELF header's first bytes (NULs included: sizeof, not strlen).
        static const char elf[] = "\x7f" "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00";
        screen.feed(QByteArray(elf, sizeof elf - 1));
        QCOMPARE(binary.count(), 1);
        screen.feed(QByteArray(100, '\0'));
        QCOMPARE(binary.count(), 1); // once
        screen.reset();
        QCOMPARE(screen.lineText(0), QString());
        screen.feed(QByteArray(100, '\x01'));
        QCOMPARE(binary.count(), 2);
    }

    void notice()
    {
        TerminalScreen screen(5, 40);
        screen.feed("\x1b[?1049h\x1b[?25lin top");
        screen.printNotice(QStringLiteral("The container stopped."), QColor(200, 0, 0));
        QVERIFY(!screen.altScreen());
        QVERIFY(screen.cursorVisible());
        QVERIFY(screen.screenText().contains(QStringLiteral("The container stopped.")));
        int row = 0;
        while (!screen.lineText(row).startsWith(QStringLiteral("The")))
            ++row;
        QCOMPARE(screen.cell(row, 0).foreground, QColor(200, 0, 0));
        QCOMPARE(screen.cursor(), QPoint(0, row + 1));

        // On the normal screen the program's last output stays where it is.
        TerminalScreen normal(5, 40);
        normal.feed("line one\r\nline two");
        normal.printNotice(QStringLiteral("Ended."), QColor(0, 128, 0));
        QCOMPARE(normal.lineText(0), QStringLiteral("line one"));
        QCOMPARE(normal.lineText(1), QStringLiteral("line two"));
        QCOMPARE(normal.lineText(2), QStringLiteral("Ended."));
    }
};

QTEST_GUILESS_MAIN(TestTerminalScreen)
#include "tst_TerminalScreen.moc"
