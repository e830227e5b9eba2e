#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QObject>

namespace dx {

// Our own SVG icon set (resources/icons). The SVGs draw in "currentColor", which is replaced
// by the palette's text colour, so the same files serve the light and the dark palette.
class IconProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IconProvider)

public:
    explicit IconProvider(QObject *parent = nullptr);

    QIcon icon(const QString &name) const;
    QIcon icon(const QString &name, const QColor &color) const;
    // Call after the palette changed: cached icons are re-rendered in the new colour.
    void setColor(const QColor &color);
    QColor color() const { return m_color; }

signals:
    void iconsChanged();

private:
    QColor m_color;
    mutable QHash<QString, QIcon> m_cache;
};

} // namespace dx
