#pragma once

#include <QWidget>

namespace dx {

// One line of text that ends in "…" when the room is narrower than the text; its tooltip then
// shows the whole text, above the widget's own toolTip() if it has one. For titles that must keep their height at a high zoom on a small screen:
// a word-wrapped label asks for more lines than a squeezed splitter gives it and is cut.
class ElidedLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_text;
};

} // namespace dx
