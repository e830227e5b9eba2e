#pragma once

#include "dockerfile/dockerfileparser.h"
#include "shell/appservices.h"

#include <QAbstractListModel>

namespace dx {

class DockerfileDocument;

// One row per instruction of the shared Dockerfile. It lives in src/app because it edits the
// QScintilla-backed DockerfileDocument (moves by drag and drop go straight to the text); it
// holds no text of its own and is rebuilt from each parse by row diffs.
class RecipeModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipeModel)

public:
    enum Role {
        KeywordRole = Qt::UserRole + 1,
        SummaryRole,
        DiagnosticsRole,  // QString, one finding per line
        SeverityRole,     // int: -1 none, 0 error, 1 warning, 2 info
        LayerRole,        // QString badge, empty without a build
        LayerCachedRole,  // bool
        StageHeaderRole,  // QString, set on the FROM that starts a stage
        StartLineRole,
        EndLineRole,
    };

    struct Card
    {
        Instruction instruction;
        QStringList findings;
        int severity = -1;
        QString layer;
        bool cached = false;
        QString stageHeader;
    };

    explicit RecipeModel(DockerfileDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    // Moves the instruction's lines in the document (one undo step); only single rows.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    const Card &cardAt(int row) const { return m_cards.at(row); }
    const Instruction &instructionAt(int row) const { return m_cards.at(row).instruction; }
    QStringList stageNames() const;
    // Rebuilds from a parse; diagnostics and layers decorate the cards.
    void update(const ParseResult &parse, const QList<Diagnostic> &diagnostics, const QList<LineLayerInfo> &layers);
    // Re-parses the document now (after our own edits) keeping the last diagnostics.
    void refreshNow();
    void setLayers(const QList<LineLayerInfo> &layers) { m_layers = layers; }

private:
    DockerfileDocument *m_document;
    QList<Card> m_cards;
    QList<Diagnostic> m_diagnostics;
    QList<LineLayerInfo> m_layers;
};

} // namespace dx
