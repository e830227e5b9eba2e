#include "iconprovider.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

namespace dx {

namespace {

// Draws one SVG of the set in a colour looked up when it is drawn: the provider's current
// colour (icon(name)), so every button, action and tab already holding the icon follows a
// palette switched while the app runs, or a colour of its own (icon(name, colour)).
class TintedIconEngine final : public QIconEngine
{
public:
    TintedIconEngine(QByteArray svg, const IconProvider *provider, const QColor &fixed)
        : m_svg(std::move(svg))
        , m_provider(const_cast<IconProvider *>(provider))
        , m_fixed(fixed)
        , m_lastColor(provider ? provider->color() : fixed)
    {
    }

    QIconEngine *clone() const override { return new TintedIconEngine(*this); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = scaledPixmap(rect.size(), mode, state, ratio);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QSize pixels = (QSizeF(size) * scale).toSize();
        if (pixels.isEmpty())
            return {};
        const QColor color = currentColor();
        const QString key = QStringLiteral("%1x%2|%3|%4").arg(pixels.width()).arg(pixels.height())
                                .arg(color.name(QColor::HexArgb)).arg(int(mode));
        if (const auto it = m_pixmaps.constFind(key); it != m_pixmaps.constEnd())
            return *it;
        QByteArray svg = m_svg;
        svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QPixmap pixmap(pixels);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        if (mode != QIcon::Normal && mode != QIcon::Active) {
            QStyleOption option;
            option.palette = QApplication::palette();
            pixmap = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
        }
        pixmap.setDevicePixelRatio(scale);
        if (m_pixmaps.size() > 32)
            m_pixmaps.clear();
        m_pixmaps.insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

private:
    QColor currentColor()
    {
        if (m_fixed.isValid())
            return m_fixed;
        if (m_provider)
            m_lastColor = m_provider->color();
        return m_lastColor;
    }

    QByteArray m_svg;
    QPointer<IconProvider> m_provider;
    QColor m_fixed;
    QColor m_lastColor;
    QHash<QString, QPixmap> m_pixmaps;
};

} // namespace

IconProvider::IconProvider(QObject *parent)
    : QObject(parent)
    , m_color(QColor(0x33, 0x3b, 0x45))
{
}

void IconProvider::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    emit iconsChanged();
}

QIcon IconProvider::icon(const QString &name) const
{
    return make(name, QColor());
}

QIcon IconProvider::icon(const QString &name, const QColor &color) const
{
    return make(name, color.isValid() ? color : m_color);
}

QIcon IconProvider::make(const QString &name, const QColor &fixed) const
{
    const QString key = name + u'|' + (fixed.isValid() ? fixed.name(QColor::HexArgb) : QStringLiteral("current"));
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;
    QFile file(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QIcon result(new TintedIconEngine(file.readAll(), this, fixed));
    m_cache.insert(key, result);
    return result;
}

} // namespace dx
