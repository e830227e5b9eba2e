#pragma once

#include "api/commandrecord.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace dx {

class DockerApi;

// The Docker Commands panel's rows: every command the API really sent, with its outcome,
// oldest first. Fed only by DockerApi::commandStarted/commandFinished, so nothing appears
// that did not run. Bounded, so a long demo session does not grow it forever.
class CommandLogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandLogModel)

public:
    enum Role {
        CliRole = Qt::UserRole + 1,
        StateRole,       // CommandRecord::State as int
        InternalRole,
        MessageRole,
        DescriptionRole,
        RequestRole,
        IdRole,
    };

    static constexpr int MaxRows = 1000;

    explicit CommandLogModel(DockerApi *api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    CommandRecord recordAt(int row) const { return m_records.value(row); }
    QList<CommandRecord> records() const { return m_records; }
    void clear();

private:
    void onStarted(const CommandRecord &record);
    void onFinished(const CommandRecord &record);

    QList<CommandRecord> m_records;
};

} // namespace dx
