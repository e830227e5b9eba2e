#include "pulllayersmodel.h"

#include "api/imageprogress.h"

#include <QLocale>

#include <algorithm>

namespace dx {

namespace {

using Phase = PullLayer::Phase;

// The phase a status word puts a layer in; the words are moby's (distribution/xfer and
// distribution/pull_v2.go). Others ("Retrying in 5 seconds") leave the phase as it was.
bool phaseOf(const QString &status, Phase *phase)
{
    static const QList<QPair<QLatin1String, Phase>> words{
        {QLatin1String("Pulling fs layer"), Phase::Waiting},     {QLatin1String("Waiting"), Phase::Waiting},
        {QLatin1String("Downloading"), Phase::Downloading},      {QLatin1String("Verifying Checksum"), Phase::Downloaded},
        {QLatin1String("Download complete"), Phase::Downloaded}, {QLatin1String("Extracting"), Phase::Extracting},
        {QLatin1String("Pull complete"), Phase::Complete},       {QLatin1String("Already exists"), Phase::Exists},
        // docker push (distribution/push_v2.go)
        {QLatin1String("Preparing"), Phase::Waiting},            {QLatin1String("Pushing"), Phase::Uploading},
        {QLatin1String("Pushed"), Phase::Complete},              {QLatin1String("Layer already exists"), Phase::Exists},
    };
    if (status.startsWith(QLatin1String("Mounted from "))) { // the registry had it in another repository
        *phase = Phase::Exists;
        return true;
    }
    for (const auto &[word, p] : words) {
        if (status == word) {
            *phase = p;
            return true;
        }
    }
    return false;
}

} // namespace

int PullLayer::units() const
{
    const auto share = [this](int of) { return total > 0 ? int(of * qBound<qint64>(0, current, total) / total) : 0; };
    switch (phase) {
    case Phase::Waiting: return 0;
    case Phase::Downloading: return share(700);
    case Phase::Downloaded: return 700;
    case Phase::Extracting: return 700 + share(300);
    case Phase::Uploading: return share(1000);
    case Phase::Complete:
    case Phase::Exists: return 1000;
    }
    return 0;
}

PullLayersModel::PullLayersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool PullLayersModel::apply(const ImageProgress &line)
{
    if (!line.error.isEmpty())
        return false;
    // "1: Pulling from team/app" names the tag, not a layer; lines without an id are about the
    // whole image.
    if (line.id.isEmpty() || line.status.startsWith(QLatin1String("Pulling from"))) {
        const QString note = line.id.isEmpty() ? line.status : line.id + QStringLiteral(": ") + line.status;
        if (!line.status.isEmpty()) {
            m_notes.append(note);
            emit noteAdded(note);
        }
        return false;
    }
    int row = rowOfId(line.id);
    if (row < 0) {
        row = int(m_layers.size());
        beginInsertRows({}, row, row);
        PullLayer layer;
        layer.id = line.id;
        m_layers.append(layer);
        endInsertRows();
    }
    PullLayer &layer = m_layers[row];
    Phase phase = layer.phase;
    const bool known = phaseOf(line.status, &phase);
    if (known && phase != layer.phase) {
        layer.current = 0;
        layer.total = 0;
    }
    layer.phase = phase;
    layer.status = line.status;
    ++layer.updates;
    if (phase == Phase::Downloading || phase == Phase::Extracting || phase == Phase::Uploading) {
        layer.current = line.current;
        if (line.total > 0)
            layer.total = line.total;
        if ((phase == Phase::Downloading || phase == Phase::Uploading) && line.total > 0)
            layer.size = line.total;
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void PullLayersModel::clear()
{
    beginResetModel();
    m_layers.clear();
    m_notes.clear();
    endResetModel();
}

int PullLayersModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_layers.size(); ++row) {
        if (m_layers.at(row).id == id)
            return row;
    }
    return -1;
}

int PullLayersModel::completeCount() const
{
    return int(std::count_if(m_layers.cbegin(), m_layers.cend(), [](const PullLayer &l) { return l.isDone(); }));
}

qint64 PullLayersModel::doneUnits() const
{
    qint64 done = 0;
    for (const PullLayer &layer : m_layers)
        done += layer.units();
    return done;
}

qint64 PullLayersModel::downloadedBytes() const
{
    qint64 bytes = 0;
    for (const PullLayer &layer : m_layers) {
        if (layer.size <= 0)
            continue;
        const bool moving = layer.phase == Phase::Downloading || layer.phase == Phase::Uploading;
        bytes += moving ? qMin(layer.current, layer.size) : layer.size;
    }
    return bytes;
}

qint64 PullLayersModel::knownBytes() const
{
    qint64 bytes = 0;
    for (const PullLayer &layer : m_layers)
        bytes += layer.size;
    return bytes;
}

int PullLayersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_layers.size());
}

int PullLayersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PullLayersModel::progressText(const PullLayer &layer) const
{
    const QLocale locale;
    switch (layer.phase) {
    case Phase::Downloading:
    case Phase::Extracting:
    case Phase::Uploading:
        if (layer.total > 0)
            return tr("%1 of %2").arg(locale.formattedDataSize(layer.current), locale.formattedDataSize(layer.total));
        return layer.current > 0 ? locale.formattedDataSize(layer.current) : QString();
    case Phase::Downloaded:
    case Phase::Complete:
        return layer.size > 0 ? locale.formattedDataSize(layer.size) : QString();
    case Phase::Waiting:
    case Phase::Exists: break;
    }
    return {};
}

QVariant PullLayersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_layers.size())
        return {};
    const PullLayer &layer = m_layers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LayerColumn: return layer.id;
        case StatusColumn: return layer.status;
        case ProgressColumn: return progressText(layer);
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == StatusColumn ? explain(layer.status) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ProgressColumn ? QVariant(Qt::AlignCenter) : QVariant();
    case PhaseRole: return int(layer.phase);
    case CurrentRole: return layer.current;
    case TotalRole: return layer.total;
    case FractionRole:
        if ((layer.phase == Phase::Downloading || layer.phase == Phase::Extracting || layer.phase == Phase::Uploading)
            && layer.total > 0)
            return double(qBound<qint64>(0, layer.current, layer.total)) / double(layer.total);
        if (layer.phase == Phase::Downloaded || layer.phase == Phase::Complete)
            return 1.0;
        return -1.0;
    case UpdatesRole: return layer.updates;
    default: return {};
    }
}

QVariant PullLayersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LayerColumn: return tr("Layer");
    case StatusColumn: return tr("Status");
    case ProgressColumn: return tr("Progress");
    default: return {};
    }
}

QString PullLayersModel::explain(const QString &status)
{
    Phase phase = Phase::Waiting;
    if (!phaseOf(status, &phase))
        return status;
    // A push's own words first: its phases are shared with the pull's.
    if (status == QLatin1String("Preparing"))
        return tr("The engine reads the layer and asks the registry whether it has it already.");
    if (status == QLatin1String("Pushed"))
        return tr("The registry has the layer now; an image that uses it can be pulled from there.");
    if (status == QLatin1String("Layer already exists"))
        return tr("The registry has this layer already (an earlier push sent it): nothing to upload.");
    if (status.startsWith(QLatin1String("Mounted from ")))
        return tr("The registry had this layer in another repository and links it here: nothing to upload.");
    switch (phase) {
    case Phase::Waiting:
        return tr("The layer is queued: the engine downloads at most three layers at a time.");
    case Phase::Downloading:
        return tr("The compressed layer is coming from the registry.");
    case Phase::Downloaded:
        return tr("The layer is here and its checksum matches the digest in the image's manifest.");
    case Phase::Extracting:
        return tr("The engine unpacks the layer's files into its storage.");
    case Phase::Complete:
        return tr("The layer is unpacked and ready; other images can share it.");
    case Phase::Exists:
        return tr("The engine already has this layer (another image uses it): nothing to download.");
    case Phase::Uploading:
        return tr("The compressed layer is going to the registry.");
    }
    return status;
}

} // namespace dx
