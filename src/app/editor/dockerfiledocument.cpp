#include "dockerfiledocument.h"

#include "dockerfile/dockerfilelinter.h"
#include "shell/appservices.h"

#include <Qsci/qsciscintilla.h>

#include <QTimer>
#include <QtConcurrent>

namespace dx {

namespace {

constexpr int DebounceMs = 250;

DockerfileAnalysis analyze(const QString &text, quint64 generation)
{
    DockerfileAnalysis result;
    result.parse = DockerfileParser::parse(text.toUtf8());
    result.diagnostics = DockerfileLinter::lint(result.parse);
    result.generation = generation;
    return result;
}

} // namespace

DockerfileDocument *DockerfileDocument::instance(AppServices *services)
{
    if (auto *existing = services->findChild<DockerfileDocument *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new DockerfileDocument(services);
}

DockerfileDocument::DockerfileDocument(AppServices *services)
    : QObject(services)
    , m_services(services)
    , m_backend(new QsciScintilla)
    , m_debounce(new QTimer(this))
{
    // Never shown: it only holds the Scintilla document both views edit.
    m_backend->setUtf8(true);
    m_backend->setEolMode(QsciScintilla::EolUnix);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &DockerfileDocument::startAnalysis);
    connect(&m_watcher, &QFutureWatcher<DockerfileAnalysis>::finished, this, &DockerfileDocument::onAnalysisFinished);
    connect(m_backend, &QsciScintilla::textChanged, this, [this] {
        ++m_generation;
        m_debounce->start();
        emit textChanged();
    });
    connect(m_backend, &QsciScintilla::modificationChanged, this, &DockerfileDocument::modificationChanged);
}

DockerfileDocument::~DockerfileDocument()
{
    m_watcher.waitForFinished(); // the job only reads its own copy of the text; it ends quickly
    delete m_backend;
}

QString DockerfileDocument::text() const
{
    return m_backend->text();
}

int DockerfileDocument::lineCount() const
{
    return m_backend->lines();
}

void DockerfileDocument::resetText(const QString &text)
{
    m_backend->setText(text);
    m_backend->SendScintilla(QsciScintilla::SCI_EMPTYUNDOBUFFER);
    m_backend->SendScintilla(QsciScintilla::SCI_SETSAVEPOINT);
    analyzeNow();
}

QString DockerfileDocument::lineEnding() const
{
    return m_backend->text(0).endsWith(QLatin1String("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n");
}

int DockerfileDocument::positionOfLine(int line) const
{
    if (line - 1 >= m_backend->lines())
        return int(m_backend->SendScintilla(QsciScintilla::SCI_GETLENGTH));
    return int(m_backend->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, qMax(0, line - 1)));
}

void DockerfileDocument::replaceLines(int startLine, int endLine, const QString &newText)
{
    const int start = positionOfLine(startLine);
    const int end = positionOfLine(endLine + 1);
    const int length = int(m_backend->SendScintilla(QsciScintilla::SCI_GETLENGTH));
    // The replaced range keeps its line ending unless it was the last line without one.
    const bool hadEnding = end < length || text().endsWith(u'\n');
    QByteArray bytes = (hadEnding ? newText + lineEnding() : newText).toUtf8();
    m_backend->beginUndoAction();
    m_backend->SendScintilla(QsciScintilla::SCI_SETTARGETRANGE, start, end);
    m_backend->SendScintilla(QsciScintilla::SCI_REPLACETARGET, bytes.size(), bytes.constData());
    m_backend->endUndoAction();
}

void DockerfileDocument::insertLines(int beforeLine, const QString &newText)
{
    const int length = int(m_backend->SendScintilla(QsciScintilla::SCI_GETLENGTH));
    const int pos = positionOfLine(beforeLine);
    QString insert = newText + lineEnding();
    if (pos == length && length > 0 && !text().endsWith(u'\n'))
        insert = lineEnding() + newText; // appending after a last line without line ending
    const QByteArray bytes = insert.toUtf8();
    m_backend->beginUndoAction();
    m_backend->SendScintilla(QsciScintilla::SCI_INSERTTEXT, pos, bytes.constData());
    m_backend->endUndoAction();
}

void DockerfileDocument::removeLines(int startLine, int endLine)
{
    int start = positionOfLine(startLine);
    const int end = positionOfLine(endLine + 1);
    const int length = int(m_backend->SendScintilla(QsciScintilla::SCI_GETLENGTH));
    if (end == length && startLine > 1 && !text().endsWith(u'\n'))
        start = int(m_backend->SendScintilla(QsciScintilla::SCI_GETLINEENDPOSITION, startLine - 2));
    m_backend->beginUndoAction();
    m_backend->SendScintilla(QsciScintilla::SCI_DELETERANGE, start, end - start);
    m_backend->endUndoAction();
}

int DockerfileDocument::blockStartLine(const ParseResult &parse, int index) const
{
    const Instruction &inst = parse.instructions.at(index);
    const int previousEnd = index > 0 ? parse.instructions.at(index - 1).endLine : 0;
    const QList<int> directiveLines = parse.directiveLines.values();
    int line = inst.startLine;
    while (line - 1 > previousEnd && !directiveLines.contains(line - 1)
           && parse.lineText(line - 1).trimmed().startsWith(u'#'))
        --line;
    return line;
}

bool DockerfileDocument::moveInstruction(int from, int to)
{
    const ParseResult parse = parseNow();
    const int count = int(parse.instructions.size());
    if (from < 0 || from >= count || to < 0 || to > count || to == from || to == from + 1)
        return false;
    const int blockStart = blockStartLine(parse, from);
    const int blockEnd = parse.instructions.at(from).endLine;
    const int target = to == count ? parse.instructions.constLast().endLine + 1 : blockStartLine(parse, to);

    auto linesOf = [&parse](int first, int last) {
        QStringList lines;
        for (int l = first; l <= last; ++l)
            lines << parse.lineText(l);
        return lines;
    };
    // Rewrite only the span between the moved block and its target, as one replacement.
    const QStringList block = linesOf(blockStart, blockEnd);
    QStringList span;
    int first = 0, last = 0;
    if (target < blockStart) {
        first = target;
        last = blockEnd;
        span = block + linesOf(target, blockStart - 1);
    } else {
        first = blockStart;
        last = target - 1;
        span = linesOf(blockEnd + 1, target - 1) + block;
    }
    replaceLines(first, last, span.join(lineEnding()));
    return true;
}

void DockerfileDocument::undo()
{
    m_backend->undo();
}

void DockerfileDocument::redo()
{
    m_backend->redo();
}

bool DockerfileDocument::isModified() const
{
    return m_backend->isModified();
}

void DockerfileDocument::setClean()
{
    m_backend->setModified(false);
}

void DockerfileDocument::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    emit pathChanged(path);
}

ParseResult DockerfileDocument::parseNow() const
{
    return DockerfileParser::parse(text().toUtf8());
}

void DockerfileDocument::analyzeNow()
{
    m_debounce->stop();
    startAnalysis();
}

void DockerfileDocument::startAnalysis()
{
    if (m_watcher.isRunning()) {
        m_analysisPending = true; // one job at a time; the newest text follows when it ends
        return;
    }
    m_analysisPending = false;
    const QString current = text();
    m_services->setDockerfileText(current);
    m_watcher.setFuture(QtConcurrent::run(analyze, current, m_generation));
}

void DockerfileDocument::onAnalysisFinished()
{
    DockerfileAnalysis result = m_watcher.result();
    if (m_analysisPending || result.generation != m_generation) {
        // Stale: the text changed while it ran. A running debounce starts the next job itself.
        if (!m_debounce->isActive())
            startAnalysis();
        return;
    }
    m_analysis = std::move(result);
    emit analysisReady();
}

} // namespace dx
