#include "diagrampainter.h"

#include "containers/containerstatedelegate.h"
#include "shell/theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace dx {

namespace {

QColor mixed(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

DiagramPainter::DiagramPainter(const QPalette &palette, const QFont &font)
    : m_palette(palette)
    , m_font(font)
{
}

DiagramMetrics DiagramPainter::metricsFor(const QFont &font)
{
    const QFontMetricsF plain(font);
    QFont boldFont = font;
    boldFont.setBold(true);
    const QFontMetricsF bold(boldFont);
    DiagramMetrics m;
    m.lineHeight = std::ceil(plain.lineSpacing());
    m.padding = std::ceil(m.lineHeight * 0.4);
    m.gap = std::ceil(m.lineHeight * 1.5);
    m.maxBoxWidth = std::ceil(plain.horizontalAdvance(QLatin1Char('M')) * 20);
    m.textWidth = [plain, bold](const QString &text, bool isBold) {
        return std::ceil((isBold ? bold : plain).horizontalAdvance(text)) + 1;
    };
    return m;
}

void DiagramPainter::paint(QPainter *painter, const DiagramScene &scene, int selected) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(m_font);
    for (const DiagramEdge &edge : scene.edges)
        paintEdge(painter, scene, edge);
    for (int i = 0; i < scene.boxes.size(); ++i)
        paintBox(painter, scene.boxes.at(i), i == selected);
    painter->restore();
}

void DiagramPainter::paintEdge(QPainter *painter, const DiagramScene &scene, const DiagramEdge &edge) const
{
    Q_UNUSED(scene)
    if (edge.path.size() < 2)
        return;
    const QColor ink = m_palette.color(QPalette::Text);
    const qreal lineHeight = QFontMetricsF(m_font).lineSpacing();
    QPen pen(ink, std::max(1.0, lineHeight / 14));
    if (edge.kind == DiagramEdge::Kind::InstanceOf)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(edge.path.constData(), int(edge.path.size()));
    if (edge.kind == DiagramEdge::Kind::InstanceOf) {
        // UML's open arrowhead at the class.
        const QPointF tip = edge.path.last();
        const QPointF from = edge.path.at(edge.path.size() - 2);
        const qreal angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
        const qreal len = lineHeight * 0.6;
        const QPointF a = tip - QPointF(std::cos(angle - 0.45) * len, std::sin(angle - 0.45) * len);
        const QPointF b = tip - QPointF(std::cos(angle + 0.45) * len, std::sin(angle + 0.45) * len);
        pen.setStyle(Qt::SolidLine);
        painter->setPen(pen);
        painter->drawPolyline(QPolygonF{a, tip, b});
    }
    if (!edge.label.isEmpty()) {
        painter->setPen(m_palette.color(QPalette::Text));
        const QString text = QFontMetricsF(m_font).elidedText(edge.label, Qt::ElideMiddle, edge.labelRect.width());
        painter->drawText(edge.labelRect, Qt::AlignLeft | Qt::AlignBottom, text);
    }
}

void DiagramPainter::paintBox(QPainter *painter, const DiagramBox &box, bool selected) const
{
    const QColor base = m_palette.color(QPalette::Base);
    const QColor ink = m_palette.color(QPalette::Text);
    const QColor accent = m_palette.color(QPalette::Highlight);
    const QFontMetricsF fm(m_font);
    const qreal lh = fm.lineSpacing();
    const qreal pad = std::ceil(lh * 0.4);
    QPen border(selected ? accent : ink, selected ? std::max(2.0, lh / 6) : std::max(1.0, lh / 14));
    const QRectF r = box.rect;
    QFont bold = m_font;
    bold.setBold(true);
    QFont underlined = m_font;
    underlined.setUnderline(true);

    painter->setPen(border);
    switch (box.kind) {
    case DiagramBox::Kind::Image: {
        // A UML class: the name in a header compartment, the attributes below a line.
        const QRectF header(r.left(), r.top(), r.width(), lh + 2 * pad);
        painter->setBrush(base);
        painter->drawRect(r);
        painter->setBrush(mixed(base, accent, 0.22));
        painter->drawRect(header);
        painter->setFont(bold);
        painter->setPen(ink);
        painter->drawText(header.adjusted(pad, 0, -pad, 0), Qt::AlignCenter,
                          QFontMetricsF(bold).elidedText(box.title, Qt::ElideMiddle, header.width() - 2 * pad));
        break;
    }
    case DiagramBox::Kind::Container: {
        // A UML instance: its name underlined; the state's colour as a stripe and a dot.
        const QColor state = ContainerStateDelegate::stateColor(box.state);
        painter->setBrush(mixed(base, state, 0.12));
        painter->drawRoundedRect(r, pad / 2, pad / 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(state);
        painter->drawRect(QRectF(r.left() + border.widthF() / 2, r.top() + pad / 2, pad * 0.6, r.height() - pad));
        painter->setFont(underlined);
        painter->setPen(ink);
        painter->drawText(QRectF(r.left() + 1.5 * pad, r.top() + pad, r.width() - 2.5 * pad, lh),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(box.title, Qt::ElideMiddle, r.width() - 2.5 * pad));
        const qreal dot = lh * 0.45;
        painter->setPen(Qt::NoPen);
        painter->setBrush(state);
        painter->drawEllipse(QRectF(r.left() + 1.5 * pad, r.top() + 2 * pad + lh + (lh - dot) / 2, dot, dot));
        break;
    }
    case DiagramBox::Kind::Volume: {
        // A cylinder: the disk symbol.
        const qreal cap = lh / 2;
        painter->setBrush(mixed(base, ink, 0.08));
        QPainterPath body;
        body.moveTo(r.left(), r.top() + cap / 2);
        body.lineTo(r.left(), r.bottom() - cap / 2);
        body.arcTo(QRectF(r.left(), r.bottom() - cap, r.width(), cap), 180, 180);
        body.lineTo(r.right(), r.top() + cap / 2);
        body.arcTo(QRectF(r.left(), r.top(), r.width(), cap), 0, -180);
        painter->drawPath(body);
        painter->drawEllipse(QRectF(r.left(), r.top(), r.width(), cap));
        painter->setFont(bold);
        painter->setPen(ink);
        painter->drawText(QRectF(r.left() + pad, r.top() + cap + pad / 2, r.width() - 2 * pad, lh), Qt::AlignCenter,
                          QFontMetricsF(bold).elidedText(box.title, Qt::ElideMiddle, r.width() - 2 * pad));
        break;
    }
    }

    // The lines of the lower compartment.
    painter->setFont(m_font);
    painter->setPen(ink);
    const bool volume = box.kind == DiagramBox::Kind::Volume;
    qreal y = r.top() + 2 * pad + lh + (box.kind == DiagramBox::Kind::Image ? pad : 0) + (volume ? lh / 2 : 0);
    const qreal indent = box.kind == DiagramBox::Kind::Container ? 1.5 * pad + lh * 0.7 : pad;
    bool first = true;
    for (const QString &line : box.lines) {
        const qreal x = r.left() + (first || box.kind != DiagramBox::Kind::Container ? indent : 1.5 * pad);
        const QRectF lineRect(x, y, r.right() - pad - x, lh);
        painter->drawText(lineRect, (volume ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter,
                          fm.elidedText(line, Qt::ElideRight, lineRect.width()));
        y += lh;
        first = false;
    }
}

bool DiagramPainter::exportPng(const DiagramScene &scene, const QString &path, QString *error) const
{
    // Twice the screen's pixels: sharp on a projector and in a printed handout.
    constexpr qreal Scale = 2;
    QImage image((scene.size * Scale).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(Scale);
    image.fill(m_palette.color(QPalette::Base));
    {
        QPainter painter(&image);
        paint(&painter, scene);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!image.save(&file, "PNG")) {
        *error = file.error() != QFileDevice::NoError ? file.errorString() : QCoreApplication::translate("DiagramPainter", "The image could not be encoded.");
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool DiagramPainter::exportSvg(const DiagramScene &scene, const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(scene.size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), scene.size));
    svg.setTitle(QCoreApplication::translate("DiagramPainter", "Images and their containers"));
    svg.setDescription(QCoreApplication::translate("DiagramPainter", "Docker Explorer: each image drawn as a class, its containers as instances of it, and "
                          "the volumes they mount."));
    {
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = QCoreApplication::translate("DiagramPainter", "The SVG could not be started.");
            file.cancelWriting();
            return false;
        }
        painter.fillRect(QRectF(QPointF(0, 0), scene.size), m_palette.color(QPalette::Base));
        paint(&painter, scene);
    }
    if (file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace dx
