#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QVector>
#include <QWidget>

namespace dx {

// For a room that follows a projector: a ring where the mouse was pressed and a bubble that
// names a shortcut as it is pressed (Ctrl+B, F5), both fading out. A transparent widget over
// the window that never takes a click; on while enabled (View > Show Clicks and Shortcuts).
class PresenterOverlay final : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterOverlay(QWidget *window);

    void setEnabled(bool on);
    bool isShowing() const { return m_on; }
    QString lastKeys() const { return m_keys; } // for tests: the bubble's text

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Ring
    {
        QPoint at;
        qint64 startMs;
    };
    void tick();

    QPointer<QWidget> m_window;
    bool m_on = false;
    QVector<Ring> m_rings;
    QString m_keys;
    qint64 m_keysMs = -1;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace dx
