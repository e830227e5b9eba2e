#include "iconprovider.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace dx {

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
    m_cache.clear();
    emit iconsChanged();
}

QIcon IconProvider::icon(const QString &name) const
{
    return icon(name, m_color);
}

QIcon IconProvider::icon(const QString &name, const QColor &color) const
{
    const QString key = name + u'|' + color.name(QColor::HexArgb);
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;

    QFile file(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    QIcon result;
    for (int size : {16, 20, 24, 32, 48, 64, 96, 128}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        result.addPixmap(pixmap);
    }
    m_cache.insert(key, result);
    return result;
}

} // namespace dx
