#pragma once

#include <QFrame>

class QFontMetrics;
class QLabel;
class QScrollArea;
class QToolButton;

namespace dx {

// The lesson's "terminal": docker commands in a fixed-width font with a copy button. Long
// commands are wrapped between words only, each broken line ending in " \" as a shell
// continuation, so what is shown (and selected with the mouse) still runs when pasted. A
// single word wider than the box (a long image name) is never broken: the box scrolls
// sideways instead.
class LessonCommandBox final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonCommandBox)

public:
    explicit LessonCommandBox(QWidget *parent = nullptr);

    void setCommand(const QString &command);
    QString command() const { return m_command; }
    // What is shown now, wrapped for the current width.
    QString shownText() const;
    QToolButton *copyButton() const { return m_copy; }

    // `command` wrapped to `width` pixels between words (see above).
    static QString wrap(const QString &command, const QFontMetrics &metrics, int width);

signals:
    void copyRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rewrap();

    QScrollArea *m_scroll;
    QLabel *m_label;
    QToolButton *m_copy;
    QString m_command;
    int m_wrappedWidth = -1;
};

} // namespace dx
