#include "recipemodel.h"

#include "editor/dockerfiledocument.h"
#include "editor/editordecorator.h"

#include <QMimeData>

namespace dx {

namespace {

const QString RowMime = QStringLiteral("application/x-dx-recipe-row");

int severityIndex(Severity s)
{
    return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2;
}

bool sameCard(const RecipeModel::Card &a, const RecipeModel::Card &b)
{
    return a.instruction.original == b.instruction.original && a.instruction.keyword == b.instruction.keyword;
}

} // namespace

RecipeModel::RecipeModel(DockerfileDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
}

int RecipeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant RecipeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size())
        return {};
    const Card &c = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1 %2").arg(c.instruction.keyword.toUpper(), data(index, SummaryRole).toString());
    case KeywordRole: return c.instruction.keyword.toUpper();
    case SummaryRole: {
        QString s = c.instruction.original.trimmed().mid(c.instruction.keyword.size()).simplified();
        if (!c.instruction.heredocs.isEmpty())
            s += QStringLiteral("  (+%1)").arg(tr("%n here-document(s)", nullptr, int(c.instruction.heredocs.size())));
        return s;
    }
    case Qt::ToolTipRole:
    case DiagnosticsRole: return c.findings.join(u'\n');
    case SeverityRole: return c.severity;
    case LayerRole: return c.layer;
    case LayerCachedRole: return c.cached;
    case StageHeaderRole: return c.stageHeader;
    case StartLineRole: return c.instruction.startLine;
    case EndLineRole: return c.instruction.endLine;
    default: return {};
    }
}

Qt::ItemFlags RecipeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions RecipeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList RecipeModel::mimeTypes() const
{
    return {RowMime};
}

QMimeData *RecipeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(RowMime, QByteArray::number(indexes.constFirst().row()));
    return mime;
}

bool RecipeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(RowMime))
        return false;
    const int from = data->data(RowMime).toInt();
    const int to = row < 0 ? (parent.isValid() ? parent.row() : rowCount()) : row;
    moveRows({}, from, 1, {}, to);
    return false; // the move is done; the view must not remove the source row as well
}

bool RecipeModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                           int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return false;
    if (!m_document->moveInstruction(sourceRow, destinationChild))
        return false;
    refreshNow();
    return true;
}

QStringList RecipeModel::stageNames() const
{
    QStringList names;
    for (const Card &c : m_cards) {
        const Instruction &i = c.instruction;
        if (i.name == QLatin1String("from") && i.args.size() >= 3)
            names << i.args.at(2);
    }
    return names;
}

void RecipeModel::refreshNow()
{
    update(m_document->parseNow(), m_diagnostics, m_layers);
}

void RecipeModel::update(const ParseResult &parse, const QList<Diagnostic> &diagnostics, const QList<LineLayerInfo> &layers)
{
    m_diagnostics = diagnostics;
    m_layers = layers;
    QList<Card> cards;
    int stage = 0;
    for (const Instruction &inst : parse.instructions) {
        Card c;
        c.instruction = inst;
        if (inst.name == QLatin1String("from")) {
            ++stage;
            const QString name = inst.args.size() >= 3 ? inst.args.at(2) : QString();
            c.stageHeader = name.isEmpty() ? tr("Stage %1").arg(stage) : tr("Stage %1 · %2").arg(stage).arg(name);
        }
        for (const Diagnostic &d : diagnostics) {
            if (d.line >= inst.startLine && d.line <= inst.endLine) {
                c.findings << QStringLiteral("%1 (%2)").arg(d.message, d.rule);
                c.severity = c.severity < 0 ? severityIndex(d.severity) : qMin(c.severity, severityIndex(d.severity));
            }
        }
        for (const LineLayerInfo &l : layers) {
            if (l.startLine == inst.startLine) {
                c.layer = EditorDecorator::layerText(l);
                c.cached = l.cached;
            }
        }
        cards << c;
    }

    // Row diff: equal prefix and suffix stay (their line numbers may change), the middle is replaced.
    int prefix = 0;
    const int oldCount = int(m_cards.size()), newCount = int(cards.size());
    while (prefix < oldCount && prefix < newCount && sameCard(m_cards.at(prefix), cards.at(prefix)))
        ++prefix;
    int suffix = 0;
    while (suffix < oldCount - prefix && suffix < newCount - prefix
           && sameCard(m_cards.at(oldCount - 1 - suffix), cards.at(newCount - 1 - suffix)))
        ++suffix;
    const int oldMiddle = oldCount - prefix - suffix, newMiddle = newCount - prefix - suffix;
    const int common = qMin(oldMiddle, newMiddle);
    // Changed rows in place first, then the surplus removed or the new rows inserted.
    for (int i = 0; i < common; ++i)
        m_cards[prefix + i] = cards.at(prefix + i);
    if (oldMiddle > newMiddle) {
        beginRemoveRows({}, prefix + common, prefix + oldMiddle - 1);
        m_cards.remove(prefix + common, oldMiddle - newMiddle);
        endRemoveRows();
    } else if (newMiddle > oldMiddle) {
        beginInsertRows({}, prefix + common, prefix + newMiddle - 1);
        for (int i = common; i < newMiddle; ++i)
            m_cards.insert(prefix + i, cards.at(prefix + i));
        endInsertRows();
    }
    m_cards = cards;
    if (!m_cards.isEmpty())
        emit dataChanged(index(0), index(int(m_cards.size()) - 1));
}

} // namespace dx
