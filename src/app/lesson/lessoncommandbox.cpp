#include "lessoncommandbox.h"

#include "shell/zoom.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>

namespace dx {

LessonCommandBox::LessonCommandBox(QWidget *parent)
    : QFrame(parent)
    , m_scroll(new QScrollArea(this))
    , m_label(new QLabel(m_scroll))
    , m_copy(new QToolButton(this))
{
    setObjectName(QStringLiteral("lessonCommandBox"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_label->setObjectName(QStringLiteral("lessonCommand"));
    m_label->setFont(Zoom::fixedFont());
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(false); // Qt would break after any hyphen: --progress=plain
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_scroll->setWidget(m_label);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_scroll->viewport()->setBackgroundRole(QPalette::Base);
    m_scroll->viewport()->installEventFilter(this);
    m_scroll->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_copy->setAutoRaise(true);
    m_copy->setObjectName(QStringLiteral("lessonCopyCommand"));
    connect(m_copy, &QToolButton::clicked, this, &LessonCommandBox::copyRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_copy, 0, Qt::AlignTop);
}

void LessonCommandBox::setCommand(const QString &command)
{
    if (command == m_command)
        return;
    m_command = command;
    m_wrappedWidth = -1;
    rewrap();
}

QString LessonCommandBox::shownText() const
{
    return m_label->text();
}

QString LessonCommandBox::wrap(const QString &command, const QFontMetrics &metrics, int width)
{
    const QString continuation = QStringLiteral(" \\");
    const QString indent = QStringLiteral("  ");
    QStringList out;
    for (const QString &line : command.split(QLatin1Char('\n'))) {
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString current;
        for (const QString &word : words) {
            if (current.isEmpty()) {
                current = word;
                continue;
            }
            const QString candidate = current + QLatin1Char(' ') + word;
            // Room for the continuation too, in case the next word has to go to a new line.
            if (metrics.horizontalAdvance(candidate + continuation) <= width) {
                current = candidate;
            } else {
                out.append(current + continuation);
                current = indent + word;
            }
        }
        out.append(current);
    }
    return out.join(QLatin1Char('\n'));
}

bool LessonCommandBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        rewrap();
    return QFrame::eventFilter(watched, event);
}

void LessonCommandBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_label->setFont(Zoom::fixedFont());
        m_wrappedWidth = -1;
        rewrap();
    }
    QFrame::changeEvent(event);
}

void LessonCommandBox::rewrap()
{
    const int width = m_scroll->viewport()->width();
    if (width == m_wrappedWidth)
        return;
    m_wrappedWidth = width;
    const QFontMetrics metrics(m_label->font());
    const QString text = wrap(m_command, metrics, qMax(1, width - 2));
    m_label->setText(text);
    // As tall as the text, plus the sideways scroll bar when one word is wider than the box.
    int height = m_label->sizeHint().height();
    if (m_label->sizeHint().width() > width)
        height += m_scroll->horizontalScrollBar()->sizeHint().height();
    m_scroll->setFixedHeight(height);
}

} // namespace dx
