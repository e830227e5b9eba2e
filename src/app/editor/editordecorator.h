#pragma once

#include "dockerfile/dockerfileparser.h"
#include "shell/appservices.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>

class QsciScintilla;

namespace dx {

// Puts lint results (margin markers, squiggles, annotations under the line) and the layers of
// the last build (a text margin beside each instruction) onto an editor.
class EditorDecorator final
{
    Q_DISABLE_COPY_MOVE(EditorDecorator)
public:
    enum Margin { LineNumbers = 0, Markers = 1, Layers = 2 };

    explicit EditorDecorator(QsciScintilla *editor);
    ~EditorDecorator(); // disconnects from the editor, which may outlive it

    void applyTheme(bool dark);
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    void setLayers(const QList<LineLayerInfo> &layers);
    void setAnnotationsVisible(bool visible);
    int markedLineCount() const { return m_markedLines; }
    static QString layerText(const LineLayerInfo &layer);
    // Rich text for hovering a line that made a layer: the layer, and what it added, modified
    // and removed when its files were read (`files` null: not read yet).
    static QString layerToolTip(const LineLayerInfo &layer, const ImageLayer *files);
    // The layer made by the instruction on `line` (1-based), or null.
    const LineLayerInfo *layerAtLine(int line) const;

    void clearDiagnostics();

private:
    struct Range
    {
        int severity = 0, from = 0, endLine = 0, to = -1; // to -1: end of line
    };
    struct LineDecoration
    {
        int severity = 2;
        QStringList text;
        QList<Range> ranges;
        int firstLine = 0, lastLine = 0;
    };
    struct Applied
    {
        int handle = -1;
        LineDecoration decoration;
    };

    void updateLineNumberWidth();
    void applyAnnotationStyles();
    void onModified(int position, int linesAdded);

    QsciScintilla *m_editor;
    QMetaObject::Connection m_linesChanged;
    QMetaObject::Connection m_modified;
    QList<Diagnostic> m_diagnostics;
    QMap<int, Applied> m_applied; // by line, kept in step with edits by onModified()
    bool m_needFullUpdate = false;
    QList<LineLayerInfo> m_layers;
    bool m_dark = false;
    bool m_annotations = true;
    int m_markedLines = 0;
};

} // namespace dx
