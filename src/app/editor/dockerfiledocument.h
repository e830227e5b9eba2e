#pragma once

#include "dockerfile/dockerfileparser.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

class QsciScintilla;
class QTimer;

namespace dx {

class AppServices;

// Parse and lint result of one revision of the text.
struct DockerfileAnalysis
{
    ParseResult parse;
    QList<Diagnostic> diagnostics;
    quint64 generation = 0;
};

// The one Dockerfile being edited, shared by the editor and the recipe view. The text lives in
// a hidden QsciScintilla: the editor view shows the same Scintilla document in its own widget,
// so typing and card edits land in ONE undo history. Card edits go through replaceLines() and
// friends, each a single undo step. After every change a debounced parse + lint runs off the UI
// thread; stale results (an older generation) are dropped.
class DockerfileDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerfileDocument)

public:
    // The document of these services, created (as their child) on first use.
    static DockerfileDocument *instance(AppServices *services);
    ~DockerfileDocument() override;

    // The hidden editor that owns the Scintilla document (for QsciScintilla::setDocument()).
    QsciScintilla *backend() const { return m_backend; }
    AppServices *services() const { return m_services; }

    QString text() const;
    int lineCount() const;
    // Replaces everything and clears the undo history (opening a file).
    void resetText(const QString &text);

    // Line numbers are 1-based and inclusive. Each call is one undo step.
    // `newText` holds whole lines without the final line ending.
    void replaceLines(int startLine, int endLine, const QString &newText);
    void insertLines(int beforeLine, const QString &newText); // beforeLine = lineCount()+1 appends
    void removeLines(int startLine, int endLine);
    // Moves instruction `from` (index in parse().instructions, with its comments) before
    // instruction `to` (to == count appends). False when nothing moved.
    bool moveInstruction(int from, int to);
    // The first line of an instruction's block: its leading comment lines.
    int blockStartLine(const ParseResult &parse, int index) const;

    void undo();
    void redo();
    bool isModified() const;
    void setClean();

    // The latest finished analysis (may lag the text by the debounce interval).
    const DockerfileAnalysis &analysis() const { return m_analysis; }
    bool isAnalysisCurrent() const { return m_analysis.generation == m_generation; }
    // Parses the current text right now (card edits need exact line numbers).
    ParseResult parseNow() const;
    // Starts the analysis without waiting for the debounce.
    void analyzeNow();

    QString path() const { return m_path; }
    void setPath(const QString &path);

signals:
    void textChanged();
    void analysisReady();
    void modificationChanged(bool modified);
    void pathChanged(const QString &path);

private:
    explicit DockerfileDocument(AppServices *services);
    void startAnalysis();
    void onAnalysisFinished();
    QString lineEnding() const;
    int positionOfLine(int line) const; // 1-based line; lineCount()+1 = end of text

    AppServices *m_services;
    QsciScintilla *m_backend;
    QTimer *m_debounce;
    QFutureWatcher<DockerfileAnalysis> m_watcher;
    DockerfileAnalysis m_analysis;
    quint64 m_generation = 0;
    bool m_analysisPending = false;
    QString m_path;
};

} // namespace dx
