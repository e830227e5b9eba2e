#pragma once

#include "containertypes.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dx {

// A container the app makes itself (the volume helper), typed, so no caller outside
// src/core/api writes the JSON body of POST /containers/create. It knows the `docker create`
// words that make the same container, for the Docker Commands panel.
struct ContainerSpec
{
    QString image;
    QStringList cmd;
    QMap<QString, QString> labels;
    QList<ContainerMount> mounts; // type "volume" (name) or "bind" (source), destination, readWrite
    bool networkDisabled = false;

    QJsonObject toJson() const;
    // The words after `docker create`: --label k=v --mount type=volume,src=data,dst=/v IMAGE CMD.
    QStringList cliWords() const;
};

} // namespace dx
