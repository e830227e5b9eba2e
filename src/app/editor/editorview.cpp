#include "editorview.h"

#include "autosave.h"
#include "completion.h"
#include "dockerfiledocument.h"
#include "dockerfilelexer.h"
#include "editordecorator.h"
#include "findbar.h"
#include "instructionhelp.h"
#include "messagebar.h"
#include "dockerfile/dockerfilelinter.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/language.h"

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>
#include <Qsci/qsciscintilla.h>

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolTip>
#include <QVBoxLayout>

namespace dx {

namespace {

constexpr int CompletionListId = 7;

bool paletteIsDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

QString EditorView::exampleDockerfile()
{
    return QStringLiteral(
        "# syntax=docker/dockerfile:1\n"
        "# A tiny app: each run appends one line to /demo/visits.txt.\n"
        "FROM python:3.12-slim AS app\n"
        "\n"
        "WORKDIR /demo\n"
        "ENV GREETING=\"Hello from the container\"\n"
        "RUN echo \"created while building\" > /demo/visits.txt\n"
        "\n"
        "# The program: append a line with the time to the text file\n"
        "COPY <<EOF /demo/app.py\n"
        "import datetime\n"
        "with open(\"/demo/visits.txt\", \"a\") as f:\n"
        "    f.write(f\"visit at {datetime.datetime.now()}\\n\")\n"
        "print(open(\"/demo/visits.txt\").read())\n"
        "EOF\n"
        "\n"
        "CMD [\"python\", \"/demo/app.py\"]\n");
}

EditorView::EditorView(AppServices *services, QWidget *parent)
    : View(services, parent)
    , m_document(DockerfileDocument::instance(services))
    , m_editor(new QsciScintilla(this))
    , m_lexer(new DockerfileLexer(this))
    , m_findBar(nullptr)
    , m_messageBar(new MessageBar(this))
    , m_help(new QTextBrowser(this))
    , m_autosave(new Autosave(m_document, this))
{
    // Same Scintilla document as the recipe view: one text, one undo history.
    m_editor->setDocument(m_document->backend()->document());
    m_editor->setUtf8(true);
    m_editor->setLexer(m_lexer);
    m_editor->setCaretLineVisible(true);
    m_editor->setIndentationsUseTabs(false);
    m_editor->setTabWidth(4);
    m_editor->setAutoIndent(true);
    m_editor->setWrapMode(QsciScintilla::WrapNone);
    m_editor->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    m_editor->setFrameShape(QFrame::NoFrame);
    m_editor->viewport()->installEventFilter(this);
    m_editor->SendScintilla(QsciScintilla::SCI_AUTOCSETMAXHEIGHT, 10);
    // The horizontal scroll bar follows the longest line instead of a fixed 2000 px.
    m_editor->SendScintilla(QsciScintilla::SCI_SETSCROLLWIDTH, 1);
    m_editor->SendScintilla(QsciScintilla::SCI_SETSCROLLWIDTHTRACKING, 1);
    // Ctrl++ and Ctrl+- zoom the whole app (View > Zoom): Scintilla's own text-zoom keys
    // would take them first while the editor has the focus.
    for (QsciCommand::Command command : {QsciCommand::ZoomIn, QsciCommand::ZoomOut}) {
        if (QsciCommand *c = m_editor->standardCommands()->find(command)) {
            c->setKey(0);
            c->setAlternateKey(0);
        }
    }
    m_decorator = std::make_unique<EditorDecorator>(m_editor);
    m_findBar = new FindBar(m_editor, services->icons(), this);

    m_help->setObjectName(QStringLiteral("editorHelp"));
    m_help->setOpenExternalLinks(true);
    m_help->setMinimumWidth(m_help->fontMetrics().averageCharWidth() * 26); // the editor keeps the room when narrow
    m_help->setFrameShape(QFrame::NoFrame);
    m_help->document()->setDocumentMargin(14);

    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_findBar);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(editorPane);
    splitter->addWidget(m_help);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({820, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_messageBar);
    layout->addWidget(splitter, 1);

    createActions();
    applyTheme();

    connect(m_document, &DockerfileDocument::analysisReady, this, &EditorView::onAnalysisReady);
    connect(m_document, &DockerfileDocument::modificationChanged, this, &EditorView::updateTitle);
    connect(m_document, &DockerfileDocument::pathChanged, this, &EditorView::updateTitle);
    connect(m_editor, &QsciScintilla::cursorPositionChanged, this, &EditorView::updateHelp);
    connect(m_editor, &QsciScintilla::SCN_CHARADDED, this, [this](int ch) {
        if (ch == '\n' || ch == ' ')
            return;
        if (QChar(ch).isLetter() || ch == '-' || ch == '=')
            showCompletion(false);
    });
    connect(m_editor, &QsciScintilla::userListActivated, this, &EditorView::onCompletionChosen);
    m_editor->SendScintilla(QsciScintilla::SCI_SETMOUSEDWELLTIME, 500);
    connect(m_editor, &QsciScintilla::SCN_DWELLSTART, this, &EditorView::onDwellStart);
    connect(m_editor, &QsciScintilla::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
    m_editor->setMarginSensitivity(EditorDecorator::Layers, true);
    connect(m_editor, &QsciScintilla::marginClicked, this,
            [this](int margin, int line, Qt::KeyboardModifiers) { onMarginClicked(margin, line); });
    // A build's layer notes belong to the Dockerfile it built: another file shows none.
    const auto showLayers = [this] { m_decorator->setLayers(this->services()->lineLayersFor(m_document->path())); };
    connect(services, &AppServices::lineLayersChanged, this, showLayers);
    connect(m_document, &DockerfileDocument::pathChanged, this, showLayers);
    connect(services, &AppServices::openInEditorRequested, this, [this](const QString &path, int line) {
        if (!path.isEmpty() && path != m_document->path()) {
            m_pendingLine = line;
            openPath(path);
        } else {
            goToLine(line);
        }
    });
    connect(services, &AppServices::saveRequested, this, [this] {
        if (m_document->isModified() && !m_document->path().isEmpty())
            writeNow(m_document->path());
    });
    connect(&m_reader, &QFutureWatcher<FileReadResult>::finished, this, &EditorView::onFileRead);

    if (m_document->text().isEmpty() && m_document->path().isEmpty())
        m_document->resetText(exampleDockerfile());
    else
        m_document->analyzeNow();
    showLayers();
    offerRecovery();
    updateTitle();
}

EditorView::~EditorView()
{
    m_reader.waitForFinished();
}

void EditorView::createActions()
{
    IconProvider *icons = services()->icons();
    // Texts by their source (QT_TR_NOOP): translated now and again when the language changes.
    auto make = [this, icons](const char *icon, const char *text, const char *tip, const QKeySequence &key) {
        auto *a = new QAction(icons->icon(QString::fromLatin1(icon)), QString(), this);
        a->setShortcut(key);
        retranslate(a, [a, text, tip, key] {
            a->setText(tr(text));
            a->setToolTip(key.isEmpty() ? tr(tip)
                                        : QStringLiteral("%1 (%2)").arg(tr(tip), key.toString(QKeySequence::NativeText)));
        });
        return a;
    };
    m_newAction = make("new", QT_TR_NOOP("New"), QT_TR_NOOP("Start a new Dockerfile"), QKeySequence::New);
    // Ctrl+O belongs to the main window's File menu, which calls openPath({}).
    m_openAction = make("open", QT_TR_NOOP("Open"), QT_TR_NOOP("Open a Dockerfile or a folder (Ctrl+O)"), {});
    m_saveAction = make("save", QT_TR_NOOP("Save"), QT_TR_NOOP("Save the Dockerfile"), QKeySequence::Save);
    m_saveAsAction = make("save-as", QT_TR_NOOP("Save As…"), QT_TR_NOOP("Save under another name"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_buildAction = make("build", QT_TR_NOOP("Build"), QT_TR_NOOP("Build an image from this Dockerfile"),
                         QKeySequence(Qt::CTRL | Qt::Key_B));
    m_lintAction = make("lint", QT_TR_NOOP("Lint Now"), QT_TR_NOOP("Check the Dockerfile now"), QKeySequence(Qt::Key_F7));
    m_recentMenu = new QMenu(this);
    m_openAction->setMenu(m_recentMenu);
    rebuildRecentMenu();
    connect(Language::instance(), &Language::changed, this, [this] {
        rebuildRecentMenu();
        updateTitle();
        m_helpKey.clear(); // the help and the findings (their messages are translated) again
        updateHelp();
        m_document->analyzeNow();
    });
    connect(m_newAction, &QAction::triggered, this, &EditorView::newFile);
    connect(m_openAction, &QAction::triggered, this, [this] { openPath({}); });
    connect(m_saveAction, &QAction::triggered, this, &EditorView::save);
    connect(m_saveAsAction, &QAction::triggered, this, [this] { saveAs(); });
    connect(m_buildAction, &QAction::triggered, this, [this] { emit services()->buildRequested(); });
    connect(m_lintAction, &QAction::triggered, m_document, &DockerfileDocument::analyzeNow);

    // Editing shortcuts live on the view so they work only while it has focus.
    auto local = [this, icons](const char *icon, const char *text, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(icons->icon(QString::fromLatin1(icon)), QString(), this);
        retranslate(a, [a, text] { a->setText(tr(text)); });
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    addAction(m_saveAsAction);
    m_saveAsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    local("search", QT_TR_NOOP("Find"), {QKeySequence::Find}, [this] { m_findBar->showFind(); });
    local("search", QT_TR_NOOP("Replace"), {QKeySequence(Qt::CTRL | Qt::Key_H)}, [this] { m_findBar->showReplace(); });
    local("down", QT_TR_NOOP("Find Next"), {QKeySequence(Qt::Key_F3)}, [this] { m_findBar->findNext(true); });
    local("up", QT_TR_NOOP("Find Previous"), {QKeySequence(Qt::SHIFT | Qt::Key_F3)}, [this] { m_findBar->findNext(false); });
    // Ctrl+= / Ctrl+- / Ctrl+0 zoom the whole app (View > Zoom), the editor with it.
    local("help", QT_TR_NOOP("Complete"), {QKeySequence(Qt::CTRL | Qt::Key_Space)}, [this] { showCompletion(true); });
}

QList<QAction *> EditorView::toolBarActions() const
{
    return {m_newAction, m_openAction, m_saveAction, m_buildAction, m_lintAction};
}

void EditorView::activated()
{
    m_editor->setFocus();
}

void EditorView::applyTheme()
{
    const QPalette pal = QApplication::palette();
    const bool dark = paletteIsDark(pal);
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(QApplication::font().pointSizeF() + 1);
    m_lexer->applyPalette(dark, font);
    m_editor->setFont(font);
    m_editor->setMarginsFont(font);
    m_editor->setCaretForegroundColor(pal.color(QPalette::Text));
    m_editor->setCaretLineBackgroundColor(dark ? QColor(0x22, 0x27, 0x2e) : QColor(0xf1, 0xf5, 0xfd));
    m_editor->setMarginsBackgroundColor(dark ? QColor(0x1e, 0x22, 0x27) : QColor(0xf5, 0xf6, 0xf8));
    m_editor->setMarginsForegroundColor(dark ? QColor(0x7d, 0x85, 0x8f) : QColor(0x8a, 0x91, 0x99));
    m_editor->setSelectionBackgroundColor(dark ? QColor(0x26, 0x4f, 0x78) : QColor(0xc8, 0xdb, 0xfb));
    m_editor->setSelectionForegroundColor(pal.color(QPalette::Text));
    m_editor->setMatchedBraceBackgroundColor(dark ? QColor(0x3a, 0x41, 0x4a) : QColor(0xe1, 0xe7, 0xef));
    m_editor->setFoldMarginColors(pal.color(QPalette::Window), pal.color(QPalette::Window));
    m_decorator->applyTheme(dark);
    m_editor->recolor();
}

void EditorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyTheme();
    View::changeEvent(event);
}

void EditorView::onAnalysisReady()
{
    const DockerfileAnalysis &a = m_document->analysis();
    m_lexer->setEscape(a.parse.escape == u'`' ? '`' : '\\');
    m_decorator->setDiagnostics(a.diagnostics);
    m_helpKey.clear();
    updateHelp();
}

int EditorView::markedLineCount() const
{
    return m_decorator->markedLineCount();
}

void EditorView::updateHelp()
{
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    ++line;
    const DockerfileAnalysis &a = m_document->analysis();
    QString keyword;
    for (const Instruction &inst : a.parse.instructions) {
        if (line >= inst.startLine && line <= inst.endLine) {
            keyword = inst.keyword.toUpper();
            break;
        }
        if (inst.startLine > line)
            break;
    }
    QStringList findings;
    for (const Diagnostic &d : a.diagnostics) {
        if (line < d.line || line > qMax(d.line, d.endLine))
            continue;
        const QString explanation = DockerfileLinter::explanation(d.rule);
        findings << QStringLiteral("<div style=\"margin-top:8px\"><b>%1</b> <code>%2</code><br>%3</div>")
                        .arg(d.message.toHtmlEscaped(), d.rule.toHtmlEscaped(), explanation.toHtmlEscaped());
    }
    const QString key = keyword + QString::number(findings.size()) + findings.join(QString());
    if (key == m_helpKey)
        return;
    m_helpKey = key;
    QString html = InstructionHelp::html(keyword);
    const QString lineText = m_editor->text(line - 1).trimmed();
    if (html.isEmpty() && keyword.isEmpty() && a.parse.directiveLines.values().contains(line))
        html = tr("<h3>Parser directive</h3><p>A comment of the form <code>#&nbsp;name=value</code> at the very top "
                  "of the file tells the builder how to read it:</p><ul>"
                  "<li><code>syntax</code>: the Dockerfile frontend to use</li>"
                  "<li><code>escape</code>: the line continuation character (\\ or `)</li>"
                  "<li><code>check</code>: which build checks to skip or turn into errors</li></ul>");
    else if (html.isEmpty() && lineText.startsWith(u'#'))
        html = tr("<h3>Comment</h3><p>Lines starting with # are comments: the builder ignores them. A comment right "
                  "above an instruction belongs to it and moves with it in the recipe view.</p>");
    if (html.isEmpty())
        html = tr("<h3>Help</h3><p>Put the cursor on an instruction to see what it does, its forms and an example.</p>"
                  "<p>Press Ctrl+Space to complete instructions, flags and stage names.</p>");
    if (!findings.isEmpty())
        html = QStringLiteral("<h3>%1</h3>%2<hr>").arg(tr("Findings on this line").toHtmlEscaped(), findings.join(QString())) + html;
    m_help->setHtml(html);
}

QStringList EditorView::stageNames() const
{
    QStringList names;
    for (const Instruction &inst : m_document->analysis().parse.instructions) {
        if (inst.name == QLatin1String("from") && inst.args.size() >= 3
            && inst.args.at(1).compare(QLatin1String("as"), Qt::CaseInsensitive) == 0)
            names << inst.args.at(2);
    }
    return names;
}

QStringList EditorView::showCompletion(bool explicitRequest)
{
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    const QString before = m_editor->text(line).left(index);
    // A line that continues an instruction completes like that instruction.
    QString continued;
    if (line > 0) {
        const QString previous = m_editor->text(line - 1).trimmed();
        if (previous.endsWith(u'\\') || previous.endsWith(u'`')) {
            for (int l = line - 1; l >= 0; --l) {
                const QString t = m_editor->text(l).trimmed();
                if (l == 0 || !(m_editor->text(l - 1).trimmed().endsWith(u'\\') || m_editor->text(l - 1).trimmed().endsWith(u'`'))) {
                    continued = t.section(u' ', 0, 0).toUpper();
                    break;
                }
            }
        }
    }
    const Completion::Result result = Completion::complete(before, continued, stageNames(), explicitRequest);
    m_lastCompletion = result.items;
    if (!result.items.isEmpty())
        m_editor->showUserList(CompletionListId, result.items);
    else if (m_editor->isListActive())
        m_editor->cancelList();
    return result.items;
}

void EditorView::onCompletionChosen(int id, const QString &text)
{
    if (id != CompletionListId)
        return;
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    const QString before = m_editor->text(line).left(index);
    const Completion::Result result = Completion::complete(before, QString(), stageNames(), true);
    int start = index - result.prefixLength;
    // Replace what was typed of the item, keeping the rest of the line.
    m_editor->setSelection(line, qMax(0, start), line, index);
    QString insert = text;
    if (DockerfileLexer::instructionNames().contains(text))
        insert += u' ';
    m_editor->replaceSelectedText(insert);
}

void EditorView::goToLine(int line)
{
    if (line <= 0)
        return;
    m_editor->setCursorPosition(line - 1, 0);
    m_editor->ensureLineVisible(line - 1);
    m_editor->setFocus();
}

bool EditorView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor->viewport()
        && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove || event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QMimeData *mime = drop->mimeData();
        if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().constFirst().isLocalFile()) {
            drop->acceptProposedAction();
            if (event->type() == QEvent::Drop)
                openPath(mime->urls().constFirst().toLocalFile());
            return true;
        }
    }
    return View::eventFilter(watched, event);
}

void EditorView::onDwellStart(int, int x, int y)
{
    // Over a margin Scintilla gives no position: the line is found from the point.
    const long position = m_editor->SendScintilla(QsciScintilla::SCI_POSITIONFROMPOINT, x, y);
    const int line = int(m_editor->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, position)) + 1;
    const LineLayerInfo *layer = m_decorator->layerAtLine(line);
    if (!layer || layer->layerDigest.isEmpty())
        return;
    const QString tip = EditorDecorator::layerToolTip(*layer, services()->layerFiles(layer->layerDigest));
    QToolTip::showText(m_editor->viewport()->mapToGlobal(QPoint(x, y)), tip, m_editor);
}

void EditorView::onMarginClicked(int margin, int line)
{
    if (margin != EditorDecorator::Layers)
        return;
    const LineLayerInfo *layer = m_decorator->layerAtLine(line + 1);
    if (layer && !layer->layerDigest.isEmpty() && !services()->lineLayersImage().isEmpty())
        emit services()->showImageLayerRequested(services()->lineLayersImage(), layer->layerDigest);
}

} // namespace dx
