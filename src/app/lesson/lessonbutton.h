#pragma once

#include <QPushButton>

namespace dx {

// A push button whose text wraps onto more lines when the lesson panel is narrow (a projector
// at 200 %, German labels), instead of making the panel wider than its dock and being cut off
// on the right. With room enough it looks like any push button.
class LessonButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonButton)

public:
    explicit LessonButton(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // The room the text has inside a button `width` wide, next to the icon.
    int textWidth(int width) const;
    QSize extra() const; // frame and padding around the contents
};

} // namespace dx
