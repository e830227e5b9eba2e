#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

namespace dx {

// A bar of controls in one row while they fit, else in two: the leading ones (a search field,
// a command) above, the trailing ones (switches, buttons) below, so nothing is cut or scrolls
// sideways at a high zoom on a small screen. Its minimum width is that of the wider row.
class WrapBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrapBar)

public:
    explicit WrapBar(QWidget *parent = nullptr);

    // `stretch`: the leading widget that takes the room left (-1: none). The widgets become
    // the bar's children.
    void setWidgets(const QList<QWidget *> &leading, const QList<QWidget *> &trailing, int stretch = 0);
    bool isWrapped() const { return m_wrapped; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int oneRowWidth() const;
    void arrange(bool wrapped);

    QGridLayout *m_layout;
    QWidget *m_second; // the second row's room, while wrapped
    QList<QWidget *> m_leading;
    QList<QWidget *> m_trailing;
    int m_stretch = 0;
    bool m_wrapped = false;
};

} // namespace dx
