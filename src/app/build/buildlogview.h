#pragma once

#include <QListView>
#include <QStyledItemDelegate>

namespace dx {

// Paints log lines in a fixed-width font with every image/layer hash highlighted.
class BuildLogDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildLogDelegate)

public:
    explicit BuildLogDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The hash under x (relative to the row's text start), empty if none.
    static QString hashAt(const QString &text, const QFontMetrics &metrics, int x);

    struct Span
    {
        int start;
        int length;
    };
    static QList<Span> hashSpans(const QString &text);
};

// The build output: a uniform-height list so hundreds of thousands of lines scroll
// smoothly. A click on a hash asks to show that image.
class BuildLogView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildLogView)

public:
    explicit BuildLogView(QWidget *parent = nullptr);
    // Follows the end while the user has not scrolled away from it.
    void scrollToEndIfFollowing();

signals:
    void hashClicked(const QString &hash);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString hashAtPos(const QPoint &pos) const;
    bool m_following = true;
};

} // namespace dx
