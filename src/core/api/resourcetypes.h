#pragma once

#include "containertypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace dx {

// One entry of GET /images/json.
struct ImageSummary
{
    QString id;            // sha256:...
    QString parentId;
    QStringList repoTags;  // empty (or "<none>:<none>") for dangling images
    QStringList repoDigests;
    QDateTime created;
    qint64 size = 0;
    qint64 sharedSize = -1;
    int containers = -1;   // -1: the engine did not count
    QMap<QString, QString> labels;

    static bool fromJson(const QJsonObject &object, ImageSummary *image, QString *error);
    bool isDangling() const { return repoTags.isEmpty(); }
    QString shortId() const;
    QString displayName() const; // first repo:tag, or "<none>:<none>"
    bool operator==(const ImageSummary &o) const;
    bool operator!=(const ImageSummary &o) const { return !(*this == o); }
};

// The parts of GET /images/{name}/json the app uses, plus the whole document.
struct ImageDetails
{
    QString id;
    QString parentId;
    QStringList repoTags;
    QStringList repoDigests;
    QDateTime created;
    qint64 size = 0;
    QString architecture;
    QString os;
    QStringList env;
    QStringList cmd;
    QStringList entrypoint;
    QStringList exposedPorts; // "80/tcp"
    QStringList volumes;
    QString workingDir;
    QString user;
    QMap<QString, QString> labels;
    QStringList layers;       // RootFS.Layers: diff ids, oldest first
    QJsonObject raw;

    static bool fromJson(const QJsonObject &object, ImageDetails *image, QString *error);
    // The list entry of this image, for a targeted refresh after an image event (the list
    // cannot be filtered by id). The container count is not part of an inspection: -1.
    ImageSummary summary() const;
};

// One entry of GET /images/{name}/history, newest first as the engine sends it.
struct ImageHistoryEntry
{
    QString id;          // "<missing>" for steps built elsewhere or by BuildKit
    QDateTime created;
    QString createdBy;
    QStringList tags;
    qint64 size = 0;
    QString comment;

    static bool fromJson(const QJsonObject &object, ImageHistoryEntry *entry, QString *error);
};

// One entry of DELETE /images/{name}.
struct ImageDeleteItem
{
    QString untagged;
    QString deleted;
};

// One entry of GET /volumes ("Volumes").
struct VolumeSummary
{
    QString name;
    QString driver;
    QString mountpoint;
    QString scope;
    QDateTime created;
    QMap<QString, QString> labels;
    QMap<QString, QString> options;
    qint64 size = -1;       // UsageData (system df only); -1 unknown
    int refCount = -1;

    static bool fromJson(const QJsonObject &object, VolumeSummary *volume, QString *error);
};

// One entry of GET /networks.
struct NetworkSummary
{
    QString id;
    QString name;
    QString driver;
    QString scope;
    bool internal = false;
    bool attachable = false;
    QDateTime created;
    QStringList subnets;
    QMap<QString, QString> labels;
    QStringList containers; // ids of attached containers (inspect only)

    static bool fromJson(const QJsonObject &object, NetworkSummary *network, QString *error);
};

// GET /version.
struct VersionInfo
{
    QString version;
    QString apiVersion;
    QString minApiVersion;
    QString os;
    QString arch;
    QString kernelVersion;
    QString platformName; // "Docker Engine - Community", "Podman Engine", ...

    static bool fromJson(const QJsonObject &object, VersionInfo *info, QString *error);
};

// GET /info.
struct SystemInfo
{
    QString name;
    QString serverVersion;
    QString operatingSystem;
    QString storageDriver;
    QString cgroupDriver;
    QString cgroupVersion;
    QString dockerRootDir;
    QString architecture;  // x86_64, aarch64
    QString osType;        // linux, windows
    QString kernelVersion;
    int cpus = 0;
    qint64 memTotal = 0;
    int containers = 0;
    int containersRunning = 0;
    int images = 0;
    bool rootless = false;
    QJsonObject raw;

    static bool fromJson(const QJsonObject &object, SystemInfo *info, QString *error);
};

// One entry of "BuildCache" in GET /system/df: a BuildKit cache record.
struct BuildCacheRecord
{
    QString id;
    QStringList parents;   // "Parent" before API 1.42, "Parents" from then on
    QString type;          // regular, internal, frontend, source.local, source.git.checkout, exec.cachemount
    QString description;
    bool inUse = false;
    bool shared = false;   // also part of an image: pruning it frees nothing
    qint64 size = 0;
    QDateTime created;
    QDateTime lastUsed;
    int usageCount = 0;

    static bool fromJson(const QJsonObject &object, BuildCacheRecord *record, QString *error);
    QString shortId() const { return id.left(12); }
};

// GET /system/df: what `docker system df -v` shows.
struct DiskUsage
{
    qint64 layersSize = 0;
    QList<ImageSummary> images;
    QList<ContainerSummary> containers; // with SizeRw / SizeRootFs
    QList<VolumeSummary> volumes;       // with UsageData
    QList<BuildCacheRecord> buildCache;
    qint64 builderSize = 0;             // the build cache without its shared records
    // Podman and engines without BuildKit leave "BuildCache" out (Docker without records sends null).
    bool hasBuildCache = false;
    QJsonObject raw;

    static bool fromJson(const QJsonObject &object, DiskUsage *usage, QString *error);
};

} // namespace dx

Q_DECLARE_METATYPE(dx::ImageSummary)
Q_DECLARE_METATYPE(dx::VolumeSummary)
