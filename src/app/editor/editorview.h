#pragma once

#include "editor/fileio.h"
#include "shell/view.h"

#include <QFutureWatcher>
#include <QStringList>

#include <memory>

class QAction;
class QMenu;
class QsciScintilla;
class QTextBrowser;

namespace dx {

class Autosave;
class DockerfileDocument;
class DockerfileLexer;
class EditorDecorator;
class FindBar;
class MessageBar;

// The Dockerfile editor: QScintilla with Dockerfile colouring, live lint (markers, squiggles,
// annotations), completion, a help panel for the instruction under the cursor, find/replace,
// file handling with autosave, and the layers of the last build beside each instruction.
class EditorView final : public View
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorView)

public:
    explicit EditorView(AppServices *services, QWidget *parent = nullptr);
    ~EditorView() override;

    bool openPath(const QString &path) override;

    // At start: the file edited last, unless a crashed session's text is offered for recovery.

    void reopenLastFile();
    bool isLoading() const override { return m_loading; }
    void activated() override;
    QList<QAction *> toolBarActions() const override;
    bool maybeClose() override;

    QsciScintilla *editor() const { return m_editor; }
    DockerfileDocument *document() const { return m_document; }
    MessageBar *messageBar() const { return m_messageBar; }
    Autosave *autosave() const { return m_autosave; }
    QTextBrowser *helpPanel() const { return m_help; }
    FindBar *findBar() const { return m_findBar; }
    int markedLineCount() const;

    void newFile();
    bool save();
    bool saveAs(const QString &path = {});
    void goToLine(int line);
    // Shows the completion list for the cursor; returns the items offered.
    QStringList showCompletion(bool explicitRequest);
    QStringList lastCompletion() const { return m_lastCompletion; }
    bool hasRecovery() const { return m_recoveryOffered; }
    void restoreAutosave();
    void discardRecovery();
    // The open file is not valid UTF-8: shown read-only, never saved back in place.
    bool isNotUtf8() const { return m_notUtf8; }

    static QString exampleDockerfile();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void applyTheme();
    void onAnalysisReady();
    void updateHelp();
    // Hovering a line the last build made a layer from shows that layer's files.
    void onDwellStart(int position, int x, int y);
    void onMarginClicked(int margin, int line);
    void updateTitle();
    void onFileRead();
    void startRead(const QString &file);
    bool askToSave(const QString &question);
    bool writeNow(const QString &path, bool convert = false);
    void setEncodingState(bool notUtf8, bool bom);
    void showNotUtf8Banner();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void offerRecovery();
    void onCompletionChosen(int id, const QString &text);
    QStringList stageNames() const;

    DockerfileDocument *m_document;
    QsciScintilla *m_editor;
    DockerfileLexer *m_lexer;
    std::unique_ptr<EditorDecorator> m_decorator; // not a QObject: owned here
    FindBar *m_findBar;
    MessageBar *m_messageBar;
    QTextBrowser *m_help;
    Autosave *m_autosave;
    QFutureWatcher<FileReadResult> m_reader;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_buildAction = nullptr;
    QAction *m_lintAction = nullptr;
    QStringList m_lastCompletion;
    QString m_helpKey;
    int m_pendingLine = 0;
    bool m_loading = false;
    bool m_recoveryOffered = false;
    bool m_notUtf8 = false;
    bool m_bom = false;
};

} // namespace dx
