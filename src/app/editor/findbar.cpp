#include "findbar.h"

#include "shell/iconprovider.h"

#include <Qsci/qsciscintilla.h>

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace dx {

FindBar::FindBar(QsciScintilla *editor, IconProvider *icons, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setHorizontalSpacing(6);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *next = new QPushButton(icons->icon(QStringLiteral("down")), tr("Next"), this);
    next->setToolTip(tr("Find the next match (F3)"));
    auto *previous = new QPushButton(icons->icon(QStringLiteral("up")), tr("Previous"), this);
    previous->setToolTip(tr("Find the previous match (Shift+F3)"));
    auto *replace = new QPushButton(tr("Replace"), this);
    auto *all = new QPushButton(tr("Replace All"), this);
    auto *close = new QToolButton(this);
    close->setIcon(icons->icon(QStringLiteral("cancel")));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);

    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_case, 0, 3);
    layout->addWidget(m_status, 0, 4);
    layout->addWidget(close, 0, 5, Qt::AlignRight);
    layout->addWidget(m_replace, 1, 0);
    layout->addWidget(replace, 1, 1);
    layout->addWidget(all, 1, 2);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(4, 1);
    m_replaceWidgets = {m_replace, replace, all};

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        // Search as you type from the start of the current selection.
        int line = 0, index = 0, l2 = 0, i2 = 0;
        m_editor->getSelection(&line, &index, &l2, &i2);
        if (line >= 0 && m_editor->hasSelectedText())
            m_editor->setCursorPosition(line, index);
        findNext(true);
    });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceOne);
    connect(next, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(false); });
    connect(replace, &QPushButton::clicked, this, &FindBar::replaceOne);
    connect(all, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    hide();
}

void FindBar::setReplaceVisible(bool visible)
{
    for (QWidget *w : std::as_const(m_replaceWidgets))
        w->setVisible(visible);
}

void FindBar::showFind()
{
    setReplaceVisible(false);
    show();
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(u'\n'))
        m_find->setText(m_editor->selectedText());
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
}

bool FindBar::findNext(bool forward)
{
    if (m_find->text().isEmpty()) {
        m_status->clear();
        return false;
    }
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    if (!forward && m_editor->hasSelectedText()) {
        int l1 = 0, i1 = 0, l2 = 0, i2 = 0;
        m_editor->getSelection(&l1, &i1, &l2, &i2);
        line = l1;
        index = i1;
    }
    const bool found = m_editor->findFirst(m_find->text(), false, m_case->isChecked(), false, true, forward,
                                           line, index, true);
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

void FindBar::replaceOne()
{
    if (m_editor->hasSelectedText()
        && m_editor->selectedText().compare(m_find->text(), m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0)
        m_editor->replaceSelectedText(m_replace->text());
    findNext(true);
}

int FindBar::replaceAll()
{
    if (m_find->text().isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    bool found = m_editor->findFirst(m_find->text(), false, m_case->isChecked(), false, false, true, 0, 0, false);
    while (found) {
        m_editor->replace(m_replace->text());
        ++count;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    m_status->setText(tr("%n replacement(s)", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace dx
