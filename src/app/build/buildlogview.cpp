#include "buildlogview.h"

#include "shell/theme.h"
#include "shell/zoom.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>

namespace dx {

namespace {
constexpr int kMargin = 4;
}

BuildLogDelegate::BuildLogDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QList<BuildLogDelegate::Span> BuildLogDelegate::hashSpans(const QString &text)
{
    // Full digests wherever they stand alone ("sha256:" optional), but 12-hex short ids
    // only where the builders print image ids: any 12 hex digits inside a word, a tag or a
    // path ("x:run1234abcd5678") are not hashes.
    static const QRegularExpression digestRe(
        QStringLiteral("(?<![\\w:./@-])(?:sha256:)?[0-9a-f]{64}(?![\\w])|(?<=sha256:)[0-9a-f]{64}(?![\\w])"));
    static const QRegularExpression shortRe(QStringLiteral(
        "(?:^ ---> |^Successfully built |writing image (?:sha256:)?)([0-9a-f]{12})(?![\\w])"));
    QList<Span> out;
    if (text.size() < 12)
        return out;
    auto it = digestRe.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out.append({int(m.capturedStart()), int(m.capturedLength())});
    }
    const QRegularExpressionMatch m = shortRe.match(text);
    if (m.hasMatch())
        out.append({int(m.capturedStart(1)), int(m.capturedLength(1))});
    std::sort(out.begin(), out.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    return out;
}

QString BuildLogDelegate::hashAt(const QString &text, const QFontMetrics &metrics, int x)
{
    for (const Span &s : hashSpans(text)) {
        const int left = metrics.horizontalAdvance(text.left(s.start));
        const int right = left + metrics.horizontalAdvance(text.mid(s.start, s.length));
        if (x >= left && x < right)
            return text.mid(s.start, s.length);
    }
    return {};
}

void BuildLogDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    QColor base = selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Text);
    const QVariant fg = index.data(Qt::ForegroundRole);
    if (!selected && fg.canConvert<QColor>() && fg.value<QColor>().isValid())
        base = fg.value<QColor>();

    painter->save();
    painter->setFont(opt.font);
    const QRect r = opt.rect.adjusted(kMargin, 0, -kMargin, 0);
    const QFontMetrics fm(opt.font);
    const int y = r.top() + (r.height() - fm.height()) / 2 + fm.ascent();
    int x = r.left();
    int pos = 0;
    const QList<Span> spans = hashSpans(text);
    auto drawPart = [&](const QString &part, const QColor &color, bool underline) {
        if (part.isEmpty() || x > r.right())
            return;
        painter->setPen(color);
        QFont f = opt.font;
        f.setUnderline(underline);
        painter->setFont(f);
        painter->drawText(x, y, part);
        x += fm.horizontalAdvance(part);
    };
    for (const Span &s : spans) {
        drawPart(text.mid(pos, s.start - pos), base, false);
        drawPart(text.mid(s.start, s.length), selected ? base : Theme::accent(), true);
        pos = s.start + s.length;
    }
    drawPart(text.mid(pos), base, false);
    painter->restore();
}

QSize BuildLogDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const QString text = index.data(Qt::DisplayRole).toString();
    // Width bounded so a pathological line does not cost a full text layout per row.
    return {fm.horizontalAdvance(text.left(2000)) + 2 * kMargin, fm.height() + 2};
}

BuildLogView::BuildLogView(QWidget *parent)
    : QListView(parent)
{
    setUniformItemSizes(true);
    setItemDelegate(new BuildLogDelegate(this));
    setFont(Zoom::fixedFont());
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMouseTracking(true);
    setLayoutMode(QListView::Batched);
    setBatchSize(2000);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_following = value >= verticalScrollBar()->maximum() - 2;
    });
}

void BuildLogView::scrollToEndIfFollowing()
{
    if (m_following)
        scrollToBottom();
}

QString BuildLogView::hashAtPos(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return {};
    const QRect r = visualRect(index);
    return BuildLogDelegate::hashAt(index.data().toString(), QFontMetrics(font()), pos.x() - r.left() - kMargin);
}

void BuildLogView::mouseReleaseEvent(QMouseEvent *event)
{
    QListView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const QString hash = hashAtPos(event->position().toPoint());
    if (!hash.isEmpty())
        emit hashClicked(hash);
}

void BuildLogView::mouseMoveEvent(QMouseEvent *event)
{
    QListView::mouseMoveEvent(event);
    viewport()->setCursor(hashAtPos(event->position().toPoint()).isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
}

void BuildLogView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        QModelIndexList rows = selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end());
        QStringList lines;
        for (const QModelIndex &i : std::as_const(rows))
            lines.append(i.data().toString());
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    QListView::keyPressEvent(event);
}

} // namespace dx
