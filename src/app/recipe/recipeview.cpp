#include "recipeview.h"

#include "editor/dockerfiledocument.h"
#include "editor/instructionhelp.h"
#include "instructionform.h"
#include "recipedelegate.h"
#include "recipemodel.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/language.h"
#include "shell/stackfit.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace dx {

RecipeView::RecipeView(AppServices *services, QWidget *parent)
    : View(services, parent)
    , m_document(DockerfileDocument::instance(services))
    , m_model(new RecipeModel(m_document, this))
    , m_list(new QListView(this))
    , m_listStack(new QStackedWidget(this))
    , m_formTitle(new QLabel(this))
    , m_formHelp(new QLabel(this))
    , m_formArea(new QScrollArea(this))
    , m_apply(new QPushButton(services->icons()->icon(QStringLiteral("ok")), QString(), this))
    , m_revert(new QPushButton(services->icons()->icon(QStringLiteral("undo")), QString(), this))
    , m_palette(new QMenu(this))
{
    IconProvider *icons = services->icons();
    m_list->setObjectName(QStringLiteral("recipeList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new RecipeDelegate(icons, m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDropIndicatorShown(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setUniformItemSizes(false);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(0);
    m_list->viewport()->setAutoFillBackground(false);

    auto *empty = new QLabel(QString(), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(empty);
    sizeToCurrentPage(m_listStack);

    // The palette: every instruction with its icon and a one-line explanation.
    for (const QString &k : InstructionHelp::keywords()) {
        if (k == QLatin1String("MAINTAINER"))
            continue; // deprecated: not offered for new recipes
        QAction *a = m_palette->addAction(icons->icon(RecipeDelegate::iconFor(k)),
                                          QStringLiteral("%1 — %2").arg(k, InstructionHelp::entry(k).summary));
        connect(a, &QAction::triggered, this, [this, k] { addInstruction(k); });
    }

    // Right side: the form of the selected card.
    auto *formPane = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formPane);
    formLayout->setContentsMargins(16, 12, 16, 12);
    formLayout->setSpacing(8);
    QFont titleFont = m_formTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_formTitle->setFont(titleFont);
    m_formHelp->setWordWrap(true);
    m_formHelp->setForegroundRole(QPalette::PlaceholderText);
    m_formArea->setWidgetResizable(true);
    m_formArea->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    m_apply->setDefault(true);
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    formLayout->addWidget(m_formTitle);
    formLayout->addWidget(m_formHelp);
    formLayout->addWidget(m_formArea, 1);
    formLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_listStack);
    splitter->addWidget(formPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({620, 440});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

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
    m_addAction = make("add", QT_TR_NOOP("Add"), QT_TR_NOOP("Add an instruction after the selected card"), QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_addAction->setMenu(m_palette);
    m_removeAction = make("remove", QT_TR_NOOP("Remove"), QT_TR_NOOP("Remove the selected instruction"), QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_upAction = make("up", QT_TR_NOOP("Move Up"), QT_TR_NOOP("Move the instruction up"), QKeySequence(Qt::ALT | Qt::Key_Up));
    m_downAction = make("down", QT_TR_NOOP("Move Down"), QT_TR_NOOP("Move the instruction down"), QKeySequence(Qt::ALT | Qt::Key_Down));
    m_undoAction = make("undo", QT_TR_NOOP("Undo"), QT_TR_NOOP("Undo the last change (also the editor's)"), QKeySequence::Undo);
    m_redoAction = make("redo", QT_TR_NOOP("Redo"), QT_TR_NOOP("Redo"), QKeySequence::Redo);
    m_buildAction = make("build", QT_TR_NOOP("Build"), QT_TR_NOOP("Build an image from this Dockerfile"), QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_addAction, &QAction::triggered, this, [this] { m_palette->popup(QCursor::pos()); });
    connect(m_removeAction, &QAction::triggered, this, &RecipeView::removeCurrent);
    connect(m_upAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_downAction, &QAction::triggered, this, [this] { moveCurrent(1); });
    connect(m_undoAction, &QAction::triggered, m_document, &DockerfileDocument::undo);
    connect(m_redoAction, &QAction::triggered, m_document, &DockerfileDocument::redo);
    connect(m_buildAction, &QAction::triggered, this, [this] { emit this->services()->buildRequested(); });
    connect(m_apply, &QPushButton::clicked, this, &RecipeView::applyForm);
    connect(m_revert, &QPushButton::clicked, this, [this] { showForm(m_formRow); });

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        showForm(current.isValid() ? current.row() : -1);
    });
    connect(m_document, &DockerfileDocument::analysisReady, this, &RecipeView::onAnalysisReady);
    connect(services, &AppServices::lineLayersChanged, this, &RecipeView::onAnalysisReady);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecipeView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RecipeView::updateActions);

    onAnalysisReady();
    if (m_model->rowCount() == 0)
        m_model->refreshNow();
    showForm(-1);
    selectRow(0); // a visible selection and its form from the start
    updateActions();
    retranslate(this, [=] {
        empty->setText(tr("<h3>No instructions yet</h3><p>Press <b>Add</b> and start with FROM: the image your "
                          "image builds on.</p>"));
        if (m_formRow < 0)
            showForm(-1); // the help shown while no card is selected
        else if (m_formRow < m_model->rowCount()) // the card's summary; its form keeps what was typed
            m_formHelp->setText(InstructionHelp::entry(m_model->instructionAt(m_formRow).keyword).summary);
        m_apply->setText(tr("Apply"));
        m_apply->setToolTip(tr("Write the card into the Dockerfile (Ctrl+Return)"));
        m_revert->setText(tr("Revert"));
        m_revert->setToolTip(tr("Forget the changes in this form"));
    });
}

QList<QAction *> RecipeView::toolBarActions() const
{
    return {m_addAction, m_removeAction, m_upAction, m_downAction, m_undoAction, m_redoAction, m_buildAction};
}

void RecipeView::activated()
{
    m_list->setFocus();
}

void RecipeView::onAnalysisReady()
{
    const DockerfileAnalysis &a = m_document->analysis();
    m_model->setLayers(services()->lineLayersFor(m_document->path()));
    if (!m_document->isAnalysisCurrent()) {
        m_model->refreshNow(); // our own edit: exact rows now, findings follow
    } else {
        m_model->update(a.parse, a.diagnostics, services()->lineLayersFor(m_document->path()));
    }
    updateActions();
    // Keep the open form in step with the text unless the user is editing it.
    if (m_form && !m_form->isModified() && m_formRow >= 0 && m_formRow < m_model->rowCount())
        showForm(m_formRow);
}

void RecipeView::updateActions()
{
    const int row = currentRow();
    m_listStack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
    m_removeAction->setEnabled(row >= 0);
    m_upAction->setEnabled(row > 0);
    m_downAction->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

int RecipeView::currentRow() const
{
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void RecipeView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_model->index(row));
}

void RecipeView::showForm(int row)
{
    if (m_form) {
        m_form->deleteLater();
        m_form = nullptr;
    }
    m_formRow = row;
    updateActions();
    if (row < 0 || row >= m_model->rowCount()) {
        m_formTitle->setText(tr("Recipe"));
        m_formHelp->setText(tr("Select a card to edit it, drag cards (or press Alt+Up/Down) to change the order, "
                               "and press Add for a new instruction. Every change is also in the Dockerfile editor."));
        m_apply->setEnabled(false);
        m_revert->setEnabled(false);
        return;
    }
    const Instruction &inst = m_model->instructionAt(row);
    // The form starts from the exact source lines, so an untouched card writes them back as is.
    const ParseResult fresh = m_document->parseNow();
    QStringList lines;
    for (int l = inst.startLine; l <= inst.endLine; ++l)
        lines << fresh.lineText(l);
    m_form = InstructionForm::create(inst, m_formArea);
    m_form->load(inst, lines.join(u'\n'), fresh.escape, m_model->stageNames());
    m_formArea->setWidget(m_form);
    const InstructionHelp::Entry help = InstructionHelp::entry(inst.keyword);
    m_formTitle->setText(inst.keyword.toUpper());
    m_formHelp->setText(help.summary);
    m_apply->setEnabled(false);
    m_revert->setEnabled(false);
    connect(m_form, &InstructionForm::modified, this, [this] {
        m_apply->setEnabled(true);
        m_revert->setEnabled(true);
    });
}

bool RecipeView::applyForm()
{
    if (!m_form || m_formRow < 0)
        return false;
    const ParseResult parse = m_document->parseNow();
    if (m_formRow >= parse.instructions.size())
        return false;
    const Instruction &inst = parse.instructions.at(m_formRow);
    const int row = m_formRow;
    if (m_form->isModified())
        m_document->replaceLines(inst.startLine, inst.endLine, m_form->text());
    m_model->refreshNow();
    showForm(row);
    selectRow(row);
    return true;
}

QString RecipeView::templateFor(const QString &keyword)
{
    const QString k = keyword.toUpper();
    if (k == QLatin1String("FROM")) return QStringLiteral("FROM alpine:3.20");
    if (k == QLatin1String("RUN")) return QStringLiteral("RUN echo \"hello\"");
    if (k == QLatin1String("COPY")) return QStringLiteral("COPY . /app/");
    if (k == QLatin1String("ADD")) return QStringLiteral("ADD app.tar.gz /opt/app/");
    if (k == QLatin1String("ENV")) return QStringLiteral("ENV NAME=value");
    if (k == QLatin1String("ARG")) return QStringLiteral("ARG VERSION=1.0");
    if (k == QLatin1String("LABEL")) return QStringLiteral("LABEL org.opencontainers.image.title=\"My app\"");
    if (k == QLatin1String("EXPOSE")) return QStringLiteral("EXPOSE 8080");
    if (k == QLatin1String("CMD")) return QStringLiteral("CMD [\"sh\", \"-c\", \"echo hello\"]");
    if (k == QLatin1String("ENTRYPOINT")) return QStringLiteral("ENTRYPOINT [\"sh\", \"-c\"]");
    if (k == QLatin1String("WORKDIR")) return QStringLiteral("WORKDIR /app");
    if (k == QLatin1String("USER")) return QStringLiteral("USER 1000:1000");
    if (k == QLatin1String("VOLUME")) return QStringLiteral("VOLUME /data");
    if (k == QLatin1String("HEALTHCHECK")) return QStringLiteral("HEALTHCHECK --interval=30s CMD true");
    if (k == QLatin1String("SHELL")) return QStringLiteral("SHELL [\"/bin/sh\", \"-c\"]");
    if (k == QLatin1String("STOPSIGNAL")) return QStringLiteral("STOPSIGNAL SIGTERM");
    if (k == QLatin1String("ONBUILD")) return QStringLiteral("ONBUILD RUN echo \"building on top\"");
    return k + QStringLiteral(" ");
}

void RecipeView::addInstruction(const QString &keyword)
{
    const ParseResult parse = m_document->parseNow();
    const int row = currentRow();
    int beforeLine = m_document->lineCount() + 1;
    int newRow = int(parse.instructions.size());
    if (row >= 0 && row < parse.instructions.size()) {
        beforeLine = parse.instructions.at(row).endLine + 1;
        newRow = row + 1;
    }
    m_document->insertLines(beforeLine, templateFor(keyword));
    m_model->refreshNow();
    selectRow(newRow);
}

void RecipeView::removeCurrent()
{
    const int row = currentRow();
    const ParseResult parse = m_document->parseNow();
    if (row < 0 || row >= parse.instructions.size())
        return;
    m_document->removeLines(m_document->blockStartLine(parse, row), parse.instructions.at(row).endLine);
    m_model->refreshNow();
    selectRow(qMin(row, m_model->rowCount() - 1));
}

void RecipeView::moveCurrent(int delta)
{
    const int row = currentRow();
    const int target = delta < 0 ? row - 1 : row + 2; // "before" index for the document
    if (row < 0 || !m_model->moveRows({}, row, 1, {}, target))
        return;
    selectRow(delta < 0 ? row - 1 : row + 1);
}

} // namespace dx
