#include "imagehistorymodel.h"

#include "api/dockerapi.h"
#include "api/imagesapi.h"
#include "streams/imagelayers.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace dx {

ImageHistoryModel::ImageHistoryModel(DockerApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
}

void ImageHistoryModel::load(const QString &image, bool userAction)
{
    if (!m_api || image.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_image = image;
    m_loading = true;
    m_pendingHistory.clear();
    m_pendingLayers.clear();
    m_pendingError.clear();
    m_pendingAnswers = 2;
    m_api->images()
        .history(image, userAction ? CallContext::user() : CallContext::internal())
        .then(this, [this, generation](const ApiResult<QList<ImageHistoryEntry>> &r) {
            if (generation != m_generation)
                return;
            if (r.ok())
                m_pendingHistory = r.value;
            else if (m_pendingError.isEmpty())
                m_pendingError = r.message();
            finishLoad(generation);
        });
    const auto inspected = [this, generation](const ApiResult<ImageDetails> &r) {
        if (generation != m_generation)
            return;
        if (r.ok())
            m_pendingLayers = r.value.layers;
        else if (m_pendingError.isEmpty())
            m_pendingError = r.message();
        finishLoad(generation);
    };
    m_api->images().inspect(image, CallContext::internal()).then(this, inspected);
}

void ImageHistoryModel::finishLoad(quint64 generation)
{
    if (generation != m_generation || --m_pendingAnswers > 0)
        return;
    m_loading = false;
    if (!m_pendingError.isEmpty()) {
        m_lastError = m_pendingError;
        emit errorOccurred(m_lastError);
        return;
    }
    m_lastError.clear();
    setHistory(std::exchange(m_pendingHistory, {}), std::exchange(m_pendingLayers, {}));
    emit loaded();
}

QString ImageHistoryModel::readableStep(const QString &createdBy)
{
    return readableHistoryStep(createdBy);
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

void ImageHistoryModel::setHistory(const QList<ImageHistoryEntry> &history, const QStringList &rootFsLayers)
{
    beginResetModel();
    m_rows.clear();
    // The API lists newest first; layers are oldest first.
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        ImageHistoryRow row;
        row.createdBy = it->createdBy;
        if (row.createdBy.isEmpty()) // docker import: no command, only a comment ("Imported from -")
            row.createdBy = it->comment;
        row.size = it->size;
        row.created = it->created;
        m_rows.append(row);
    }
    // Pair steps with layers. /history has no empty_layer flag: steps with a size certainly
    // made a layer; if that does not account for every layer, non-metadata steps of size 0
    // (a RUN that changed nothing still makes a layer) are counted as well.
    const int layerCount = int(rootFsLayers.size());
    auto pair = [&](const std::function<bool(const ImageHistoryRow &)> &hasLayer) {
        int count = 0;
        for (const ImageHistoryRow &r : std::as_const(m_rows))
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
            r.layerDigest = rootFsLayers.at(layer++);
        pairLines(r);
    }
    endResetModel();
}

bool ImageHistoryModel::pairLines(ImageHistoryRow &row) const
{
    int line = 0;
    QString instruction;
    for (const LayerDockerfileLine &l : m_lines) {
        if (!row.layerDigest.isEmpty() && l.layerDigest == row.layerDigest) {
            line = l.line;
            instruction = l.instruction;
        }
    }
    if (line == row.dockerfileLine && instruction == row.instruction)
        return false;
    row.dockerfileLine = line;
    row.instruction = instruction;
    return true;
}

void ImageHistoryModel::setDockerfileLines(const QList<LayerDockerfileLine> &lines)
{
    m_lines = lines;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (pairLines(m_rows[i]))
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

void ImageHistoryModel::clear()
{
    ++m_generation; // an answer still on its way is for an image no longer shown
    m_loading = false;
    m_image.clear();
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
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
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == CreatedByColumn)
        return tr("The instruction that made this step: docker history's CREATED BY column");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedByColumn: return tr("Step");
    case SizeColumn: return tr("Size");
    case LayerColumn: return tr("Layer");
    case LineColumn: return tr("Dockerfile");
    case CreatedColumn: return tr("Created");
    }
    return {};
}

} // namespace dx
