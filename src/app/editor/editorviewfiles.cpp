// EditorView: opening, saving, recent files and crash recovery (split from editorview.cpp).
#include "editorview.h"

#include "autosave.h"
#include "dockerfiledocument.h"
#include "messagebar.h"
#include "shell/appservices.h"
#include "shell/settings.h"

#include <Qsci/qsciscintilla.h>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent>

namespace dx {

namespace {

constexpr int MaxRecent = 8;

} // namespace

bool EditorView::openPath(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        if (!askToSave(tr("Save the changes before opening another file?")))
            return true;
        target = QFileDialog::getOpenFileName(this, tr("Open Dockerfile"),
                                              QFileInfo(m_document->path()).absolutePath(),
                                              tr("Dockerfiles (Dockerfile* Containerfile* *.dockerfile);;All files (*)"));
        if (target.isEmpty())
            return true;
    } else if (!askToSave(tr("Save the changes before opening another file?"))) {
        return true;
    }
    const QFileInfo info(target);
    if (info.isDir()) {
        const QString file = FileIo::dockerfileInFolder(target);
        if (file.isEmpty()) {
            m_messageBar->showMessage(MessageBar::Kind::Warning,
                                      tr("The folder %1 has no Dockerfile. Save a new one there to build it.")
                                          .arg(QDir::toNativeSeparators(target)));
            return true;
        }
        target = file;
    }
    startRead(QFileInfo(target).absoluteFilePath());
    return true;
}

void EditorView::reopenLastFile()
{
    if (m_recoveryOffered)
        return; // the crashed session's text comes first; the user restores or discards it
    const QStringList recent = Settings::recentFiles.get();
    if (!recent.isEmpty())
        startRead(recent.constFirst()); // a file gone since is reported; the example stays
}

void EditorView::startRead(const QString &file)
{
    if (m_reader.isRunning())
        return;
    m_loading = true;
    m_messageBar->clear();
    m_editor->setReadOnly(true);
    m_reader.setFuture(QtConcurrent::run(&FileIo::read, file));
}

void EditorView::onFileRead()
{
    const FileReadResult result = m_reader.result();
    m_loading = false;
    m_editor->setReadOnly(m_notUtf8);
    if (!result.error.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Error, result.error);
        return;
    }
    m_document->resetText(result.text);
    m_document->setPath(result.path);
    setEncodingState(result.notUtf8, result.bom);
    if (m_notUtf8)
        showNotUtf8Banner();
    services()->setDockerfile(result.path, QFileInfo(result.path).absolutePath());
    services()->setDockerfileText(result.text);
    m_autosave->discardOwn();
    addRecent(result.path);
    if (m_pendingLine > 0)
        goToLine(m_pendingLine);
    else
        m_editor->setCursorPosition(0, 0);
    m_pendingLine = 0;
}

void EditorView::newFile()
{
    if (!askToSave(tr("Save the changes before starting a new Dockerfile?")))
        return;
    m_document->resetText(QStringLiteral("FROM "));
    m_document->setPath({});
    setEncodingState(false, false);
    services()->setDockerfile({}, {});
    m_autosave->discardOwn();
    m_editor->setCursorPosition(0, 5);
    m_editor->setFocus();
}

bool EditorView::save()
{
    if (m_document->path().isEmpty())
        return saveAs();
    return writeNow(m_document->path());
}

bool EditorView::saveAs(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        const QString start = m_document->path().isEmpty() ? QDir::home().filePath(QStringLiteral("Dockerfile")) : m_document->path();
        target = QFileDialog::getSaveFileName(this, tr("Save Dockerfile"), start);
        if (target.isEmpty())
            return false;
    }
    // Saving under a name the user chose writes UTF-8: that is the conversion the banner offers.
    if (!writeNow(target, true))
        return false;
    m_document->setPath(target);
    if (m_notUtf8) {
        setEncodingState(false, false);
        m_messageBar->clear();
    }
    services()->setDockerfile(target, QFileInfo(target).absolutePath());
    addRecent(target);
    return true;
}

// Saving is synchronous on purpose: the text is at most a few MB, and the callers (close,
// build) need to know it is on disk before they go on.
bool EditorView::writeNow(const QString &path, bool convert)
{
    if (m_notUtf8 && !convert) {
        // Writing the Latin-1 reading back as UTF-8 would change every byte above 0x7f.
        showNotUtf8Banner();
        return false;
    }
    const QString text = m_document->text();
    const FileWriteResult result = FileIo::write(path, text, m_bom && !m_notUtf8);
    if (!result.error.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Error, result.error);
        return false;
    }
    m_document->setClean();
    services()->setDockerfileText(text);
    m_autosave->discardOwn();
    return true;
}

void EditorView::setEncodingState(bool notUtf8, bool bom)
{
    m_notUtf8 = notUtf8;
    m_bom = bom;
    m_editor->setReadOnly(notUtf8 || m_loading);
}

void EditorView::showNotUtf8Banner()
{
    const QString name = QFileInfo(m_document->path()).fileName();
    m_messageBar->showMessage(MessageBar::Kind::Warning,
                              tr("%1 is not valid UTF-8 text: it is shown read-only (bytes above 127 as Latin-1), "
                                 "because saving it would change bytes you did not edit. Save it as UTF-8 under a "
                                 "name you choose to edit it.").arg(name));
    connect(m_messageBar->addButton(tr("Save As UTF-8…")), &QPushButton::clicked, this, [this] { saveAs(); });
}

bool EditorView::askToSave(const QString &question)
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->path().isEmpty() ? tr("The new Dockerfile") : QFileInfo(m_document->path()).fileName();
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                    tr("%1 has unsaved changes.").arg(name), QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(question);
    box.setDefaultButton(QMessageBox::Save);
    const int answer = box.exec();
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    m_autosave->discard();
    return true;
}

bool EditorView::maybeClose()
{
    return askToSave(tr("Save the changes before closing?"));
}

void EditorView::updateTitle()
{
    const QString name = m_document->path().isEmpty() ? tr("Untitled") : QFileInfo(m_document->path()).fileName();
    m_saveAction->setToolTip(tr("Save %1 (%2)").arg(name, m_saveAction->shortcut().toString(QKeySequence::NativeText)));
    window()->setWindowModified(m_document->isModified()); // the main window shows "[*]"
}

void EditorView::addRecent(const QString &path)
{
    QStringList recent = Settings::recentFiles.get();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    Settings::recentFiles.set(recent);
    rebuildRecentMenu();
}

void EditorView::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentFiles.get();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void EditorView::offerRecovery()
{
    const Autosave::Snapshot snapshot = m_autosave->claimRecovery();
    if (!snapshot.valid)
        return;
    m_recoveryOffered = true;
    const QString name = snapshot.path.isEmpty() ? tr("a new Dockerfile") : QDir::toNativeSeparators(snapshot.path);
    m_messageBar->showMessage(MessageBar::Kind::Warning,
                              tr("Docker Explorer did not close properly last time. Unsaved changes to %1 were kept.").arg(name));
    connect(m_messageBar->addButton(tr("Restore")), &QPushButton::clicked, this, &EditorView::restoreAutosave);
    connect(m_messageBar->addButton(tr("Discard")), &QPushButton::clicked, this, &EditorView::discardRecovery);
}

// The claimed snapshot was never written by this instance (its edits go to its own file), so
// it still holds exactly the crashed session's text, whatever was typed since.
void EditorView::restoreAutosave()
{
    const Autosave::Snapshot snapshot = m_autosave->recovery();
    m_recoveryOffered = false;
    m_messageBar->clear();
    if (!snapshot.valid)
        return;
    m_document->resetText(QString());
    m_document->setPath(snapshot.path);
    setEncodingState(false, false);
    if (!snapshot.path.isEmpty())
        services()->setDockerfile(snapshot.path, QFileInfo(snapshot.path).absolutePath());
    // Set as an edit, so the text counts as unsaved until the user saves it (and this
    // instance's own snapshot keeps it from now on).
    m_editor->setText(snapshot.text);
    // The crashed session's snapshot goes only once this instance's own snapshot holds the
    // text on disk: a crash in between loses nothing (the claim ends with this process, and
    // the next start offers the old snapshot again).
    connect(m_autosave, &Autosave::written, this, [this] { m_autosave->finishRecovery(); }, Qt::SingleShotConnection);
    m_autosave->saveNow();
}

void EditorView::discardRecovery()
{
    m_recoveryOffered = false;
    m_messageBar->clear();
    m_autosave->finishRecovery();
    offerRecovery(); // another crashed session may have left text too
}

} // namespace dx
