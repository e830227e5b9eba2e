#include "presenteroverlay.h"

#include "zoom.h"

#include <QApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace dx {

namespace {
constexpr int RingMs = 600;
constexpr int KeysMs = 1500;
constexpr int FrameMs = 16;

// Keys worth naming to the room: with Ctrl, Alt or Meta, or a function key; not plain typing.
bool isShortcut(const QKeyEvent *key)
{
    const int k = key->key();
    if (k == Qt::Key_Control || k == Qt::Key_Shift || k == Qt::Key_Alt || k == Qt::Key_Meta || k == Qt::Key_unknown)
        return false;
    const Qt::KeyboardModifiers mods = key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    return mods != Qt::NoModifier || (k >= Qt::Key_F1 && k <= Qt::Key_F35) || k == Qt::Key_Escape;
}
} // namespace

PresenterOverlay::PresenterOverlay(QWidget *window)
    : QWidget(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("presenterOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    m_clock.start();
    m_timer.setInterval(FrameMs);
    connect(&m_timer, &QTimer::timeout, this, &PresenterOverlay::tick);
}

void PresenterOverlay::setEnabled(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    if (on) {
        qApp->installEventFilter(this);
    } else {
        qApp->removeEventFilter(this);
        m_rings.clear();
        m_keysMs = -1;
        m_timer.stop();
        hide();
    }
}

bool PresenterOverlay::eventFilter(QObject *watched, QEvent *event)
{
    // Only what happens in this window (and its dialogs): the ring is drawn where it was clicked.
    if (event->type() == QEvent::MouseButtonPress && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->window() == m_window) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            m_rings.append({mapFromGlobal(mouse->globalPosition().toPoint()), m_clock.elapsed()});
        }
    } else if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isShortcut(key) && !key->isAutoRepeat()) {
            const QString text = QKeySequence(key->keyCombination()).toString(QKeySequence::NativeText);
            if (text != m_keys || m_clock.elapsed() - m_keysMs > 100) {
                m_keys = text;
                m_keysMs = m_clock.elapsed();
            }
        }
    } else {
        return false;
    }
    if (!m_timer.isActive() && (!m_rings.isEmpty() || m_keysMs >= 0)) {
        setGeometry(m_window->rect());
        show();
        raise();
        m_timer.start();
    }
    return false; // the event goes on as always
}

void PresenterOverlay::tick()
{
    const qint64 now = m_clock.elapsed();
    m_rings.erase(std::remove_if(m_rings.begin(), m_rings.end(), [now](const Ring &r) { return now - r.startMs > RingMs; }),
                  m_rings.end());
    if (m_keysMs >= 0 && now - m_keysMs > KeysMs)
        m_keysMs = -1;
    if (m_rings.isEmpty() && m_keysMs < 0) {
        m_timer.stop();
        hide();
        return;
    }
    if (m_window && geometry() != m_window->rect())
        setGeometry(m_window->rect());
    raise();
    update();
}

void PresenterOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qint64 now = m_clock.elapsed();
    const QColor accent = palette().color(QPalette::Highlight);
    const qreal zoom = Zoom::instance()->factor();
    for (const Ring &ring : std::as_const(m_rings)) {
        const qreal t = qBound(0.0, qreal(now - ring.startMs) / RingMs, 1.0);
        QColor c = accent;
        c.setAlphaF(0.85 * (1.0 - t));
        p.setPen(QPen(c, 4 * zoom));
        QColor fill = accent;
        fill.setAlphaF(0.25 * (1.0 - t));
        p.setBrush(fill);
        const qreal radius = (12 + 26 * t) * zoom;
        p.drawEllipse(QPointF(ring.at), radius, radius);
    }
    if (m_keysMs >= 0) {
        const qreal t = qreal(now - m_keysMs) / KeysMs;
        const qreal alpha = t < 0.7 ? 1.0 : qMax(0.0, 1.0 - (t - 0.7) / 0.3);
        QFont font = this->font();
        font.setPointSizeF(font.pointSizeF() * 2.2);
        font.setBold(true);
        p.setFont(font);
        const QFontMetrics fm(font);
        const QSize text = fm.size(Qt::TextSingleLine, m_keys);
        const int pad = fm.height() / 2;
        QRect box(QPoint(0, 0), text + QSize(2 * pad, pad));
        box.moveCenter(QPoint(width() / 2, height() - box.height() - fm.height()));
        QColor back(0x1f, 0x23, 0x28);
        back.setAlphaF(0.85 * alpha);
        p.setPen(Qt::NoPen);
        p.setBrush(back);
        p.drawRoundedRect(box, pad, pad);
        QColor fore(Qt::white);
        fore.setAlphaF(alpha);
        p.setPen(fore);
        p.drawText(box, Qt::AlignCenter, m_keys);
    }
}

} // namespace dx
