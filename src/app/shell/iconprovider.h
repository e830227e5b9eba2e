#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QObject>

namespace dx {

// Our own SVG icon set (resources/icons). The SVGs draw in "currentColor", which is replaced
// by the palette's text colour when the icon is drawn, so the same files serve the light and
// the dark palette, and icons already handed out follow a palette switched while the app runs.
class IconProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IconProvider)

public:
    explicit IconProvider(QObject *parent = nullptr);

    QIcon icon(const QString &name) const;
    QIcon icon(const QString &name, const QColor &color) const; // in this colour, always
    // Call after the palette changed: icons draw in the new colour from then on.
    void setColor(const QColor &color);
    QColor color() const { return m_color; }

signals:
    void iconsChanged();

private:
    QIcon make(const QString &name, const QColor &fixed) const;

    QColor m_color;
    mutable QHash<QString, QIcon> m_cache;
};

} // namespace dx
