#include "recipedelegate.h"

#include "recipemodel.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace dx {

namespace {

constexpr int Margin = 6;   // around a card
constexpr int Padding = 10; // inside a card
constexpr int IconSize = 24;

QColor severityColor(int severity)
{
    return severity == 0 ? Theme::danger() : severity == 1 ? Theme::warning() : Theme::accent();
}

} // namespace

RecipeDelegate::RecipeDelegate(IconProvider *icons, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_icons(icons)
{
}

QString RecipeDelegate::iconFor(const QString &keyword)
{
    static const QHash<QString, QString> icons{
        {QStringLiteral("FROM"), QStringLiteral("image")},      {QStringLiteral("RUN"), QStringLiteral("terminal")},
        {QStringLiteral("COPY"), QStringLiteral("copy")},       {QStringLiteral("ADD"), QStringLiteral("download")},
        {QStringLiteral("ENV"), QStringLiteral("settings")},    {QStringLiteral("ARG"), QStringLiteral("settings")},
        {QStringLiteral("LABEL"), QStringLiteral("tag")},       {QStringLiteral("EXPOSE"), QStringLiteral("port")},
        {QStringLiteral("CMD"), QStringLiteral("run")},         {QStringLiteral("ENTRYPOINT"), QStringLiteral("start")},
        {QStringLiteral("WORKDIR"), QStringLiteral("folder")},  {QStringLiteral("USER"), QStringLiteral("info")},
        {QStringLiteral("VOLUME"), QStringLiteral("volume")},   {QStringLiteral("HEALTHCHECK"), QStringLiteral("ok")},
        {QStringLiteral("SHELL"), QStringLiteral("terminal")},  {QStringLiteral("STOPSIGNAL"), QStringLiteral("stop")},
        {QStringLiteral("ONBUILD"), QStringLiteral("build")},   {QStringLiteral("MAINTAINER"), QStringLiteral("info")}};
    return icons.value(keyword.toUpper(), QStringLiteral("dockerfile"));
}

QSize RecipeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    int h = 2 * Margin + 2 * Padding + qMax(IconSize, fm.height() * 2 + 4);
    if (!index.data(RecipeModel::DiagnosticsRole).toString().isEmpty())
        h += fm.height() * int(index.data(RecipeModel::DiagnosticsRole).toString().count(u'\n') + 1) + 4;
    if (!index.data(RecipeModel::StageHeaderRole).toString().isEmpty())
        h += fm.height() + 14;
    return {300, h};
}

void RecipeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const QFontMetrics fm(option.font);
    QRect r = option.rect.adjusted(Margin, Margin, -Margin, -Margin);

    const QString header = index.data(RecipeModel::StageHeaderRole).toString();
    if (!header.isEmpty()) {
        QFont f = option.font;
        f.setBold(true);
        painter->setFont(f);
        painter->setPen(Theme::accent());
        const QRect headerRect(r.left() + 2, r.top() + (index.row() > 0 ? 8 : 0), r.width(), fm.height());
        painter->drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, header.toUpper());
        r.setTop(r.top() + fm.height() + 14 - (index.row() > 0 ? 0 : 6));
    }

    const bool selected = option.state & QStyle::State_Selected;
    QPainterPath card;
    card.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    painter->fillPath(card, pal.color(QPalette::Base));
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2 : 1));
    painter->drawPath(card);
    const int severity = index.data(RecipeModel::SeverityRole).toInt();
    if (severity >= 0) {
        // A coloured stripe on the left edge marks cards with findings.
        painter->fillRect(QRect(r.left() + 1, r.top() + 8, 4, r.height() - 16), severityColor(severity));
    }

    const QRect inner = r.adjusted(Padding + 4, Padding, -Padding, -Padding);
    const QString keyword = index.data(RecipeModel::KeywordRole).toString();
    m_icons->icon(iconFor(keyword)).paint(painter, QRect(inner.left(), inner.top() + 2, IconSize, IconSize));
    const int textLeft = inner.left() + IconSize + 12;

    // Layer badge on the right of the first line.
    const QString layer = index.data(RecipeModel::LayerRole).toString();
    int right = inner.right();
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    if (!layer.isEmpty()) {
        const QFontMetrics sm(small);
        const int w = sm.horizontalAdvance(layer) + 16;
        const QRect badge(right - w, inner.top(), w, sm.height() + 6);
        const bool cached = index.data(RecipeModel::LayerCachedRole).toBool();
        QColor bg = cached ? Theme::success() : pal.color(QPalette::Mid);
        bg.setAlpha(cached ? 50 : 120);
        QPainterPath pill;
        pill.addRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->fillPath(pill, bg);
        painter->setFont(small);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(badge, Qt::AlignCenter, layer);
        right = badge.left() - 8;
    }

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    const QRect keyRect(textLeft, inner.top(), right - textLeft, fm.height());
    painter->drawText(keyRect, Qt::AlignLeft | Qt::AlignVCenter, keyword);

    painter->setFont(option.font);
    painter->setPen(pal.color(QPalette::PlaceholderText).darker(Theme::isDark() ? 70 : 130));
    const QString summary = index.data(RecipeModel::SummaryRole).toString();
    const QRect sumRect(textLeft, inner.top() + fm.height() + 4, inner.right() - textLeft, fm.height());
    painter->drawText(sumRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(summary, Qt::ElideRight, sumRect.width()));

    const QString findings = index.data(RecipeModel::DiagnosticsRole).toString();
    if (!findings.isEmpty()) {
        painter->setPen(severityColor(severity));
        int y = sumRect.bottom() + 6;
        for (const QString &line : findings.split(u'\n')) {
            const QRect lr(textLeft, y, inner.right() - textLeft, fm.height());
            painter->drawText(lr, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(line, Qt::ElideRight, lr.width()));
            y += fm.height();
        }
    }
    painter->restore();
}

} // namespace dx
