#include "editordecorator.h"

#include "shell/theme.h"

#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

#include <QCoreApplication>
#include <QLocale>

namespace dx {

namespace {

// Marker and indicator numbers, one per severity (Error, Warning, Info).
constexpr int MarkerBase = 10;
constexpr int IndicatorBase = 10;
// Styles for annotations and the layer margin, above the lexer's styles.
constexpr int AnnotationStyleBase = 40;
constexpr int LayerStyle = 45;
constexpr int LayerCachedStyle = 46;

int severityIndex(Severity s)
{
    return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2;
}

QColor severityColor(int index, bool dark)
{
    if (index == 0)
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd1, 0x24, 0x2f);
    if (index == 1)
        return dark ? QColor(0xf0, 0xb7, 0x2f) : QColor(0xbf, 0x87, 0x00);
    return dark ? QColor(0x6c, 0xa0, 0xff) : QColor(0x1d, 0x63, 0xed);
}

} // namespace

EditorDecorator::EditorDecorator(QsciScintilla *editor)
    : m_editor(editor)
{
    m_editor->setMarginType(LineNumbers, QsciScintilla::NumberMargin);
    m_editor->setMarginType(Markers, QsciScintilla::SymbolMargin);
    m_editor->setMarginWidth(Markers, 16);
    m_editor->setMarginSensitivity(Markers, false);
    m_editor->setMarginType(Layers, QsciScintilla::TextMargin);
    m_editor->setMarginWidth(Layers, 0);
    m_editor->setMarginMarkerMask(LineNumbers, 0);
    m_editor->setMarginMarkerMask(Layers, 0);
    m_editor->setMarginMarkerMask(Markers, 0x7 << MarkerBase);
    m_editor->markerDefine(QsciScintilla::Circle, MarkerBase);
    m_editor->markerDefine(QsciScintilla::Circle, MarkerBase + 1);
    m_editor->markerDefine(QsciScintilla::Circle, MarkerBase + 2);
    m_editor->indicatorDefine(QsciScintilla::SquiggleIndicator, IndicatorBase);
    m_editor->indicatorDefine(QsciScintilla::SquiggleIndicator, IndicatorBase + 1);
    m_editor->indicatorDefine(QsciScintilla::DotsIndicator, IndicatorBase + 2);
    m_editor->setAnnotationDisplay(QsciScintilla::AnnotationIndented);
    updateLineNumberWidth();
    m_linesChanged = QObject::connect(m_editor, &QsciScintilla::linesChanged, m_editor, [this] { updateLineNumberWidth(); });
    m_modified = QObject::connect(m_editor, &QsciScintilla::SCN_MODIFIED, m_editor,
                                  [this](int position, int, const char *, int, int linesAdded) { onModified(position, linesAdded); });
}

EditorDecorator::~EditorDecorator()
{
    QObject::disconnect(m_linesChanged);
    QObject::disconnect(m_modified);
}

void EditorDecorator::updateLineNumberWidth()
{
    const int digits = qMax(3, int(QString::number(m_editor->lines()).size()));
    m_editor->setMarginWidth(LineNumbers, QString(digits + 1, u'9'));
}

void EditorDecorator::applyTheme(bool dark)
{
    m_dark = dark;
    for (int i = 0; i < 3; ++i) {
        const QColor c = severityColor(i, dark);
        m_editor->setMarkerBackgroundColor(c, MarkerBase + i);
        m_editor->setMarkerForegroundColor(c, MarkerBase + i);
        m_editor->setIndicatorForegroundColor(c, IndicatorBase + i);
    }
    applyAnnotationStyles(); // annotation and margin styles carry colours
    setLayers(m_layers);
}

void EditorDecorator::setAnnotationsVisible(bool visible)
{
    m_annotations = visible;
    clearDiagnostics();
    setDiagnostics(m_diagnostics);
}

void EditorDecorator::applyAnnotationStyles()
{
    QFont small = m_editor->font();
    small.setItalic(true);
    const QColor paper = m_dark ? QColor(0x16, 0x19, 0x1d) : QColor(Qt::white);
    // Styles are applied once: a QsciStyle passed per annotation re-applies its font each time,
    // and every font change re-lays out the whole document.
    for (int i = 0; i < 3; ++i) {
        // Blend by hand: Scintilla styles have no alpha.
        const QColor c = severityColor(i, m_dark);
        const QColor background((c.red() * 30 + paper.red() * 225) / 255, (c.green() * 30 + paper.green() * 225) / 255,
                                (c.blue() * 30 + paper.blue() * 225) / 255);
        QsciStyle(AnnotationStyleBase + i, QString(), c, background, small).apply(m_editor);
    }
}

void EditorDecorator::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    const int lines = m_editor->lines();

    // What each line should show.
    QMap<int, LineDecoration> wanted;
    for (const Diagnostic &d : std::as_const(m_diagnostics)) {
        const int line = qBound(0, d.line - 1, qMax(0, lines - 1));
        LineDecoration &deco = wanted[line];
        const int sev = severityIndex(d.severity);
        deco.severity = deco.text.isEmpty() ? sev : qMin(deco.severity, sev);
        deco.text << QStringLiteral("%1  %2 (%3)").arg(d.severity == Severity::Error ? QStringLiteral("✖")
                                                       : d.severity == Severity::Warning ? QStringLiteral("▲")
                                                                                          : QStringLiteral("ℹ"),
                                                       d.message, d.rule);
        const int endLine = d.endLine > 0 ? qBound(line, d.endLine - 1, lines - 1) : line;
        deco.ranges.append({sev, qMax(0, d.column - 1), endLine, d.endColumn > 1 ? d.endColumn - 1 : -1});
    }

    if (m_needFullUpdate)
        clearDiagnostics();
    m_needFullUpdate = false;

    // Only lines whose findings changed are touched: typing changes one or two.
    for (auto it = m_applied.begin(); it != m_applied.end();) {
        const auto w = wanted.find(it.key());
        if (w != wanted.end() && w->text == it->decoration.text && w->severity == it->decoration.severity) {
            wanted.erase(w);
            ++it;
            continue;
        }
        m_editor->markerDeleteHandle(it->handle);
        const int span = it->decoration.lastLine - it->decoration.firstLine;
        for (int i = 0; i < 3; ++i)
            m_editor->clearIndicatorRange(it.key(), 0, qMin(lines - 1, it.key() + span + 1), 0, IndicatorBase + i);
        m_editor->clearAnnotations(it.key());
        it = m_applied.erase(it);
    }
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        const int line = it.key();
        LineDecoration &deco = it.value();
        deco.firstLine = line;
        deco.lastLine = line;
        const int lineLength = int(m_editor->text(line).trimmed().size());
        for (const Range &r : std::as_const(deco.ranges)) {
            int from = r.from;
            int to = r.to < 0 ? lineLength : r.to;
            if (from >= to && r.endLine == line) {
                from = 0;
                to = lineLength;
            }
            m_editor->fillIndicatorRange(line, from, r.endLine, qMax(to, 1), IndicatorBase + r.severity);
            deco.lastLine = qMax(deco.lastLine, r.endLine);
        }
        Applied a;
        a.handle = m_editor->markerAdd(line, MarkerBase + deco.severity);
        a.decoration = deco;
        m_applied.insert(line, a);
        if (m_annotations)
            m_editor->annotate(line, deco.text.join(u'\n'), AnnotationStyleBase + deco.severity);
    }
    m_markedLines = int(m_applied.size());
}

void EditorDecorator::clearDiagnostics()
{
    for (int i = 0; i < 3; ++i) {
        m_editor->markerDeleteAll(MarkerBase + i);
        m_editor->clearIndicatorRange(0, 0, m_editor->lines(), 0, IndicatorBase + i);
    }
    m_editor->clearAnnotations();
    m_applied.clear();
    m_markedLines = 0;
}

void EditorDecorator::onModified(int position, int linesAdded)
{
    if (linesAdded == 0 || m_applied.isEmpty())
        return;
    // Keep the line keys of what is shown in step with inserted and deleted lines (Scintilla
    // moves the markers and annotations themselves).
    const int line = int(m_editor->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, position));
    QMap<int, Applied> moved;
    for (auto it = m_applied.cbegin(); it != m_applied.cend(); ++it) {
        int key = it.key();
        if (key > line) {
            if (linesAdded < 0 && key <= line - linesAdded)
                m_needFullUpdate = true; // a decorated line was deleted: redo all next time
            key = qMax(line, key + linesAdded);
        }
        if (moved.contains(key))
            m_needFullUpdate = true;
        moved.insert(key, it.value());
    }
    m_applied = moved;
}

QString EditorDecorator::layerText(const LineLayerInfo &layer)
{
    QString digest = layer.layerDigest;
    if (digest.startsWith(QLatin1String("sha256:")))
        digest = digest.mid(7);
    if (layer.emptyLayer || digest.isEmpty())
        return layer.cached ? QCoreApplication::translate("dx::EditorDecorator", "no layer · cached")
                            : QCoreApplication::translate("dx::EditorDecorator", "no layer");
    const QString size = QLocale().formattedDataSize(layer.size, 1, QLocale::DataSizeTraditionalFormat);
    return layer.cached ? QCoreApplication::translate("dx::EditorDecorator", "%1 · %2 · cached").arg(digest.left(12), size)
                        : QCoreApplication::translate("dx::EditorDecorator", "%1 · %2").arg(digest.left(12), size);
}

QString EditorDecorator::layerToolTip(const LineLayerInfo &layer, const ImageLayer *files)
{
    QString html = QStringLiteral("<p style='white-space:pre'><b>%1</b><br>%2</p>")
                           .arg(layer.instruction.left(120).toHtmlEscaped(), layerText(layer).toHtmlEscaped());
    if (!files) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(QCoreApplication::translate("dx::EditorDecorator", "Click the layer note to see the files of this layer in Images.").toHtmlEscaped());
        return html;
    }
    QString counts = QCoreApplication::translate("dx::EditorDecorator", "%1 added, %2 modified, %3 removed")
                             .arg(files->count(LayerChange::Kind::Added))
                             .arg(files->count(LayerChange::Kind::Modified))
                             .arg(files->count(LayerChange::Kind::Removed));
    if (files->wastedBelow > 0)
        counts += QCoreApplication::translate("dx::EditorDecorator", " · hides %1 of earlier layers").arg(QLocale().formattedDataSize(files->wastedBelow));
    html += QStringLiteral("<p>%1</p><p style='white-space:pre'><tt>").arg(counts.toHtmlEscaped());
    constexpr int Shown = 12;
    int shown = 0;
    for (const LayerChange &c : files->changes) {
        if (shown == Shown)
            break;
        const QChar mark = c.kind == LayerChange::Kind::Added ? QLatin1Char('+')
                : c.kind == LayerChange::Kind::Modified       ? QLatin1Char('~')
                                                              : QChar(0x2212);
        html += QStringLiteral("%1 %2<br>").arg(mark).arg(c.path.left(100).toHtmlEscaped());
        ++shown;
    }
    html += QStringLiteral("</tt>");
    if (files->changes.size() > Shown)
        html += QCoreApplication::translate("dx::EditorDecorator", "… and %n more", nullptr, int(files->changes.size()) - Shown).toHtmlEscaped();
    html += QStringLiteral("</p><p><i>%1</i></p>").arg(QCoreApplication::translate("dx::EditorDecorator", "Click the layer note to see all of them in Images.").toHtmlEscaped());
    return html;
}

const LineLayerInfo *EditorDecorator::layerAtLine(int line) const
{
    for (const LineLayerInfo &layer : m_layers) {
        if (line >= layer.startLine && line <= qMax(layer.startLine, layer.endLine))
            return &layer;
    }
    return nullptr;
}

void EditorDecorator::setLayers(const QList<LineLayerInfo> &layers)
{
    m_layers = layers;
    m_editor->clearMarginText();
    if (layers.isEmpty()) {
        m_editor->setMarginWidth(Layers, 0);
        return;
    }
    QFont font = m_editor->font();
    const QColor fg = m_dark ? QColor(0x9b, 0xa3, 0xab) : QColor(0x57, 0x60, 0x6a);
    const QColor bg = m_dark ? QColor(0x1e, 0x22, 0x27) : QColor(0xf0, 0xf2, 0xf5);
    QsciStyle(LayerStyle, QString(), fg, bg, font).apply(m_editor);
    QsciStyle(LayerCachedStyle, QString(), m_dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1a, 0x7f, 0x37), bg, font).apply(m_editor);
    QString widest;
    for (const LineLayerInfo &layer : layers) {
        const int line = layer.startLine - 1;
        if (line < 0 || line >= m_editor->lines())
            continue;
        const QString text = QStringLiteral(" %1 ").arg(layerText(layer));
        if (text.size() > widest.size())
            widest = text;
        m_editor->setMarginText(line, text, layer.cached ? LayerCachedStyle : LayerStyle);
    }
    m_editor->setMarginWidth(Layers, widest + QStringLiteral("  "));
}

} // namespace dx
