#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dx {

struct VolumeSummary;

// One row of the volume store: what the engine says about the volume, who uses it (from the
// containers) and, once /system/df answered, its size.
struct VolumeInfo
{
    QString name;
    QString driver;
    QString mountpoint;
    QString scope;
    QDateTime created;
    QMap<QString, QString> labels;
    QStringList usedBy;       // names of the containers that mount it (our helpers excluded)
    QStringList runningUsers; // the running ones among them
    int references = 0;       // every container, our helpers too: what prune counts
    qint64 size = -1;         // from /system/df; -1 while unknown

    // The engine's part; usage and size stay as they are.
    void setSummary(const VolumeSummary &summary);
    bool isAnonymous() const;
    bool operator==(const VolumeInfo &o) const;
    bool operator!=(const VolumeInfo &o) const { return !(*this == o); }
};

} // namespace dx
