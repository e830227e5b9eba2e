#include "findbar.h"
#include "ui_findbar.h"

#include "shell/iconprovider.h"
#include "shell/language.h"

#include <Qsci/qsciscintilla.h>

#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace dx {

FindBar::FindBar(QsciScintilla *editor, IconProvider *icons, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindBar>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    m_ui->nextButton->setIcon(icons->icon(QStringLiteral("down")));
    m_ui->previousButton->setIcon(icons->icon(QStringLiteral("up")));
    m_ui->closeButton->setIcon(icons->icon(QStringLiteral("cancel")));
    connect(Language::instance(), &Language::changed, this, [this] {
        m_ui->retranslateUi(this);
        m_ui->status->clear(); // "Not found" or a count, of a search before
    });

    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(m_ui->findEdit, &QLineEdit::textEdited, this, [this] {
        // Search as you type from the start of the current selection.
        int line = 0, index = 0, l2 = 0, i2 = 0;
        m_editor->getSelection(&line, &index, &l2, &i2);
        if (line >= 0 && m_editor->hasSelectedText())
            m_editor->setCursorPosition(line, index);
        findNext(true);
    });
    connect(m_ui->replaceEdit, &QLineEdit::returnPressed, this, &FindBar::replaceOne);
    connect(m_ui->nextButton, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(m_ui->previousButton, &QPushButton::clicked, this, [this] { findNext(false); });
    connect(m_ui->replaceButton, &QPushButton::clicked, this, &FindBar::replaceOne);
    connect(m_ui->replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(m_ui->closeButton, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    hide();
}

FindBar::~FindBar() = default;

QLineEdit *FindBar::findEdit() const
{
    return m_ui->findEdit;
}

QLineEdit *FindBar::replaceEdit() const
{
    return m_ui->replaceEdit;
}

void FindBar::setReplaceVisible(bool visible)
{
    const QList<QWidget *> replaceRow{m_ui->replaceEdit, m_ui->replaceButton, m_ui->replaceAllButton};
    for (QWidget *w : replaceRow)
        w->setVisible(visible);
}

void FindBar::showFind()
{
    setReplaceVisible(false);
    show();
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(u'\n'))
        m_ui->findEdit->setText(m_editor->selectedText());
    m_ui->findEdit->setFocus();
    m_ui->findEdit->selectAll();
}

void FindBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
}

bool FindBar::findNext(bool forward)
{
    if (m_ui->findEdit->text().isEmpty()) {
        m_ui->status->clear();
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
    const bool found = m_editor->findFirst(m_ui->findEdit->text(), false, m_ui->matchCase->isChecked(), false, true, forward,
                                           line, index, true);
    m_ui->status->setText(found ? QString() : tr("Not found"));
    return found;
}

void FindBar::replaceOne()
{
    if (m_editor->hasSelectedText()
        && m_editor->selectedText().compare(m_ui->findEdit->text(), m_ui->matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0)
        m_editor->replaceSelectedText(m_ui->replaceEdit->text());
    findNext(true);
}

int FindBar::replaceAll()
{
    if (m_ui->findEdit->text().isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    bool found = m_editor->findFirst(m_ui->findEdit->text(), false, m_ui->matchCase->isChecked(), false, false, true, 0, 0, false);
    while (found) {
        m_editor->replace(m_ui->replaceEdit->text());
        ++count;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    m_ui->status->setText(tr("%n replacement(s)", nullptr, count));
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
