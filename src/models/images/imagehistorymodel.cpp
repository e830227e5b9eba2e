#include "imagehistorymodel.h"

#include <QColor>
#include <QFont>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace dx {

ImageHistoryModel::ImageHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString ImageHistoryModel::readableStep(const QString &createdBy)
{
    QString s = createdBy.trimmed();
    static const QRegularExpression nop(QStringLiteral("^/bin/sh -c #\\(nop\\)\\s*"));
    static const QRegularExpression shell(QStringLiteral("^/bin/sh -c\\s+"));
    if (s.contains(nop))
        return s.remove(nop);
    if (s.contains(shell))
        return QStringLiteral("RUN ") + s.remove(shell);
    return s;
}

namespace {
// Metadata instructions never add a filesystem layer.
bool isMetadataStep(const QString &createdBy)
{
    static const QRegularExpression meta(QStringLiteral(
            "^(/bin/sh -c #\\(nop\\)\\s*)?(ENV|LABEL|CMD|ENTRYPOINT|EXPOSE|USER|ARG|STOPSIGNAL|HEALTHCHECK|"
            "SHELL|VOLUME|ONBUILD|MAINTAINER)\\b"));
    return meta.match(createdBy.trimmed()).hasMatch();
}
} // namespace

void ImageHistoryModel::setHistory(const QJsonArray &history, const QJsonArray &rootFsLayers,
                                   const QVector<LayerDockerfileLine> &lines)
{
    beginResetModel();
    m_rows.clear();
    // The API lists newest first; layers are oldest first.
    for (auto it = history.end(); it != history.begin();) {
        --it;
        const QJsonObject o = (*it).toObject();
        ImageHistoryRow row;
        row.createdBy = o.value(QLatin1String("CreatedBy")).toString();
        if (row.createdBy.isEmpty()) // docker import: no command, only a comment ("Imported from -")
            row.createdBy = o.value(QLatin1String("Comment")).toString();
        row.size = o.value(QLatin1String("Size")).toInteger();
        row.created = QDateTime::fromSecsSinceEpoch(o.value(QLatin1String("Created")).toInteger());
        m_rows.append(row);
    }
    // Pair steps with layers. /history has no empty_layer flag: steps with a size certainly
    // made a layer; if that does not account for every layer, non-metadata steps of size 0
    // (a RUN that changed nothing still makes a layer) are counted as well.
    const int layerCount = int(rootFsLayers.size());
    auto pair = [&](const std::function<bool(const ImageHistoryRow &)> &hasLayer) {
        int count = 0;
        for (const ImageHistoryRow &r : m_rows)
            count += hasLayer(r) ? 1 : 0;
        return count;
    };
    std::function<bool(const ImageHistoryRow &)> hasLayer = [](const ImageHistoryRow &r) { return r.size > 0; };
    if (pair(hasLayer) != layerCount)
        hasLayer = [](const ImageHistoryRow &r) { return r.size > 0 || !isMetadataStep(r.createdBy); };
    int layer = 0;
    for (ImageHistoryRow &r : m_rows) {
        r.emptyLayer = !hasLayer(r);
        if (!r.emptyLayer && layer < layerCount)
            r.layerDigest = rootFsLayers.at(layer++).toString();
        for (const LayerDockerfileLine &l : lines) {
            if (!r.layerDigest.isEmpty() && l.layerDigest == r.layerDigest) {
                r.dockerfileLine = l.line;
                r.instruction = l.instruction;
            }
        }
    }
    endResetModel();
}

void ImageHistoryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ImageHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImageHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ImageHistoryRow &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CreatedByColumn: return readableStep(r.createdBy);
        case SizeColumn: return r.emptyLayer ? tr("no layer") : QLocale().formattedDataSize(r.size);
        case LayerColumn: return r.layerDigest.isEmpty() ? QString() : r.layerDigest.mid(7, 12);
        case LineColumn: return r.dockerfileLine > 0 ? tr("line %1").arg(r.dockerfileLine) : QString();
        case CreatedColumn: return QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == LayerColumn && !r.layerDigest.isEmpty())
            return r.layerDigest;
        if (index.column() == LineColumn && r.dockerfileLine > 0)
            return tr("Click to open line %1 of the Dockerfile: %2").arg(r.dockerfileLine).arg(r.instruction);
        return r.emptyLayer ? tr("%1\n(metadata only: this step added no files)").arg(r.createdBy) : r.createdBy;
    case Qt::ForegroundRole:
        if (r.emptyLayer)
            return QColor(Qt::gray);
        break;
    case Qt::FontRole:
        if (index.column() == LineColumn && r.dockerfileLine > 0) {
            QFont f;
            f.setUnderline(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case EmptyLayerRole: return r.emptyLayer;
    case LayerDigestRole: return r.layerDigest;
    case LineRole: return r.dockerfileLine;
    }
    return {};
}

QVariant ImageHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedByColumn: return tr("Step (created by)");
    case SizeColumn: return tr("Size");
    case LayerColumn: return tr("Layer");
    case LineColumn: return tr("Dockerfile");
    case CreatedColumn: return tr("Created");
    }
    return {};
}

} // namespace dx
