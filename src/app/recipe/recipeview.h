#pragma once

#include "shell/view.h"

class QAction;
class QLabel;
class QListView;
class QMenu;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace dx {

class DockerfileDocument;
class InstructionForm;
class RecipeModel;

// The Dockerfile as a list of instruction cards: add from a palette, remove, reorder (drag and
// drop, Alt+Up/Down) and edit a card in a form that fits the instruction. All edits go through
// the shared DockerfileDocument, so the editor shows them at once and Undo covers both views.
class RecipeView final : public View
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipeView)

public:
    explicit RecipeView(AppServices *services, QWidget *parent = nullptr);

    QList<QAction *> toolBarActions() const override;
    void activated() override;

    RecipeModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    DockerfileDocument *document() const { return m_document; }
    InstructionForm *currentForm() const { return m_form; }

    void selectRow(int row);
    int currentRow() const;
    // Writes the current form back into the document (one undo step).
    bool applyForm();
    // Inserts a new instruction of that kind after the current card.
    void addInstruction(const QString &keyword);
    void removeCurrent();
    void moveCurrent(int delta);
    static QString templateFor(const QString &keyword);

private:
    void onAnalysisReady();
    void showForm(int row);
    void updateActions();

    DockerfileDocument *m_document;
    RecipeModel *m_model;
    QListView *m_list;
    QStackedWidget *m_listStack;
    QLabel *m_formTitle;
    QLabel *m_formHelp;
    QScrollArea *m_formArea;
    InstructionForm *m_form = nullptr;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QMenu *m_palette;
    QAction *m_addAction, *m_removeAction, *m_upAction, *m_downAction, *m_undoAction, *m_redoAction, *m_buildAction;
    int m_formRow = -1;
};

} // namespace dx
