#include "commandlogmodel.h"

#include "api/dockerapi.h"

#include <algorithm>

namespace dx {

CommandLogModel::CommandLogModel(DockerApi *api, QObject *parent)
    : QAbstractListModel(parent)
{
    connect(api, &DockerApi::commandStarted, this, &CommandLogModel::onStarted);
    connect(api, &DockerApi::commandFinished, this, &CommandLogModel::onFinished);
}

int CommandLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

QVariant CommandLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommandRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CliRole:
        return r.cli;
    case Qt::ToolTipRole: {
        QString tip = r.description;
        tip += QLatin1Char('\n') + r.started.toString(Qt::ISODate);
        if (r.state != CommandRecord::State::Running)
            tip += tr(" · %1 ms").arg(r.elapsedMs);
        tip += QLatin1Char('\n') + r.request;
        if (r.requests > 1)
            tip += r.requests == 2 ? tr(" (and one more request)") : tr(" (and %1 more requests)").arg(r.requests - 1);
        if (!r.message.isEmpty())
            tip += QLatin1Char('\n') + r.message;
        return tip;
    }
    case StateRole: return int(r.state);
    case InternalRole: return r.internal;
    case MessageRole: return r.message;
    case DescriptionRole: return r.description;
    case RequestRole: return r.request;
    case IdRole: return r.id;
    default: return {};
    }
}

QHash<int, QByteArray> CommandLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CliRole, "cli");
    names.insert(StateRole, "state");
    names.insert(InternalRole, "internal");
    names.insert(MessageRole, "message");
    names.insert(DescriptionRole, "description");
    names.insert(RequestRole, "request");
    names.insert(IdRole, "id");
    return names;
}

void CommandLogModel::clear()
{
    if (m_records.isEmpty())
        return;
    beginResetModel();
    m_records.clear();
    endResetModel();
}

void CommandLogModel::onStarted(const CommandRecord &record)
{
    if (m_records.size() >= MaxRows) {
        beginRemoveRows({}, 0, 0);
        m_records.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
}

void CommandLogModel::onFinished(const CommandRecord &record)
{
    // A command usually finishes soon after it started: look from the newest row back.
    const auto it = std::find_if(m_records.rbegin(), m_records.rend(),
                                 [&record](const CommandRecord &r) { return r.id == record.id; });
    if (it == m_records.rend())
        return; // cleared or dropped meanwhile
    *it = record;
    const QModelIndex changed = index(int(m_records.rend() - it) - 1);
    emit dataChanged(changed, changed);
}

} // namespace dx
