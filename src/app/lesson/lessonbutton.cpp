#include "lessonbutton.h"

#include <QFontMetrics>
#include <QStyleOptionButton>
#include <QStylePainter>

namespace dx {

namespace {

constexpr int TextFlags = Qt::AlignCenter | Qt::TextWordWrap | Qt::TextShowMnemonic;
constexpr int IconGap = 6;

} // namespace

LessonButton::LessonButton(QWidget *parent)
    : QPushButton(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QSize LessonButton::extra() const
{
    // What the style adds around a one-line button: its size hint minus the text and icon.
    QStyleOptionButton option;
    initStyleOption(&option);
    const QFontMetrics fm = fontMetrics();
    QSize contents(0, qMax(fm.height(), icon().isNull() ? 0 : iconSize().height()));
    const QSize full = style()->sizeFromContents(QStyle::CT_PushButton, &option, contents, this);
    return full - contents;
}

int LessonButton::textWidth(int width) const
{
    const int iconPart = icon().isNull() ? 0 : iconSize().width() + IconGap;
    return qMax(fontMetrics().averageCharWidth() * 4, width - extra().width() - iconPart);
}

QSize LessonButton::sizeHint() const
{
    return QPushButton::sizeHint().expandedTo(QSize(0, minimumHeight()));
}

QSize LessonButton::minimumSizeHint() const
{
    // About a dozen characters wide: the text wraps below that width, one word per line at most.
    const int iconPart = icon().isNull() ? 0 : iconSize().width() + IconGap;
    const int width = extra().width() + iconPart + fontMetrics().averageCharWidth() * 12;
    return {width, heightForWidth(width)};
}

int LessonButton::heightForWidth(int width) const
{
    const QRect text = fontMetrics().boundingRect(QRect(0, 0, textWidth(width), 100000), TextFlags, this->text());
    const int contents = qMax(text.height(), icon().isNull() ? 0 : iconSize().height());
    return qMax(minimumHeight(), contents + extra().height());
}

void LessonButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    const QString text = option.text;
    const QIcon buttonIcon = option.icon;
    option.text.clear();
    option.icon = QIcon();
    painter.drawControl(QStyle::CE_PushButtonBevel, option);

    const QRect contents = style()->subElementRect(QStyle::SE_PushButtonContents, &option, this);
    const int available = textWidth(width());
    const QRect textRect = fontMetrics().boundingRect(QRect(0, 0, available, 100000), TextFlags, text);
    const int iconPart = buttonIcon.isNull() ? 0 : iconSize().width() + IconGap;
    const int total = qMin(contents.width(), iconPart + textRect.width());
    int x = contents.left() + (contents.width() - total) / 2;
    if (!buttonIcon.isNull()) {
        const QRect iconRect(x, contents.top() + (contents.height() - iconSize().height()) / 2, iconSize().width(),
                             iconSize().height());
        const QIcon::Mode mode = isEnabled() ? QIcon::Normal : QIcon::Disabled;
        buttonIcon.paint(&painter, iconRect, Qt::AlignCenter, mode);
        x += iconPart;
    }
    const QRect target(x, contents.top(), qMin(available, contents.right() - x + 1), contents.height());
    painter.drawItemText(target, TextFlags, palette(), isEnabled(), text, QPalette::ButtonText);
}

} // namespace dx
