#include "resourcetypes.h"

#include "containertypes.h"
#include "jsonfields.h"

namespace dx {

namespace {

bool finish(const JsonFields &f, QString *error)
{
    if (!f.ok())
        *error = f.error();
    return f.ok();
}

QStringList objectKeys(const QJsonObject &object)
{
    return object.keys();
}

} // namespace

bool ImageSummary::fromJson(const QJsonObject &o, ImageSummary *image, QString *error)
{
    JsonFields f(o);
    image->id = f.string(QLatin1String("Id"), true);
    image->parentId = f.string(QLatin1String("ParentId"));
    image->repoTags = f.strings(QLatin1String("RepoTags"));
    image->repoTags.removeAll(QStringLiteral("<none>:<none>"));
    image->repoDigests = f.strings(QLatin1String("RepoDigests"));
    image->repoDigests.removeAll(QStringLiteral("<none>@<none>"));
    image->created = QDateTime::fromSecsSinceEpoch(f.integer(QLatin1String("Created")));
    image->size = f.integer(QLatin1String("Size"));
    image->sharedSize = f.integer(QLatin1String("SharedSize"), -1);
    image->containers = int(f.integer(QLatin1String("Containers"), -1));
    image->labels = f.stringMap(QLatin1String("Labels"));
    return finish(f, error);
}

QString ImageSummary::shortId() const
{
    QString s = id;
    if (s.startsWith(QLatin1String("sha256:")))
        s.remove(0, 7);
    return s.left(12);
}

QString ImageSummary::displayName() const
{
    return repoTags.isEmpty() ? QStringLiteral("<none>:<none>") : repoTags.first();
}

bool ImageSummary::operator==(const ImageSummary &o) const
{
    return id == o.id && parentId == o.parentId && repoTags == o.repoTags && repoDigests == o.repoDigests
        && created == o.created && size == o.size && sharedSize == o.sharedSize && containers == o.containers
        && labels == o.labels;
}

bool ImageDetails::fromJson(const QJsonObject &o, ImageDetails *image, QString *error)
{
    JsonFields f(o);
    image->raw = o;
    image->id = f.string(QLatin1String("Id"), true);
    image->parentId = f.string(QLatin1String("Parent"));
    image->repoTags = f.strings(QLatin1String("RepoTags"));
    image->repoTags.removeAll(QStringLiteral("<none>:<none>"));
    image->repoDigests = f.strings(QLatin1String("RepoDigests"));
    image->repoDigests.removeAll(QStringLiteral("<none>@<none>"));
    image->created = parseEngineTime(f.string(QLatin1String("Created")));
    image->size = f.integer(QLatin1String("Size"));
    image->architecture = f.string(QLatin1String("Architecture"));
    image->os = f.string(QLatin1String("Os"));
    JsonFields config(f.object(QLatin1String("Config")));
    image->env = config.strings(QLatin1String("Env"));
    image->cmd = config.strings(QLatin1String("Cmd"));
    image->entrypoint = config.strings(QLatin1String("Entrypoint"));
    image->exposedPorts = objectKeys(config.object(QLatin1String("ExposedPorts")));
    image->volumes = objectKeys(config.object(QLatin1String("Volumes")));
    image->workingDir = config.string(QLatin1String("WorkingDir"));
    image->user = config.string(QLatin1String("User"));
    image->labels = config.stringMap(QLatin1String("Labels"));
    JsonFields rootfs(f.object(QLatin1String("RootFS")));
    image->layers = rootfs.strings(QLatin1String("Layers"));
    return finish(f, error) && finish(config, error) && finish(rootfs, error);
}

ImageSummary ImageDetails::summary() const
{
    ImageSummary s;
    s.id = id;
    s.parentId = parentId;
    s.repoTags = repoTags;
    s.repoDigests = repoDigests;
    // The list says seconds; the inspection has nanoseconds: compare like with like.
    s.created = QDateTime::fromSecsSinceEpoch(created.toSecsSinceEpoch());
    s.size = size;
    s.labels = labels;
    return s;
}

bool ImageHistoryEntry::fromJson(const QJsonObject &o, ImageHistoryEntry *entry, QString *error)
{
    JsonFields f(o);
    entry->id = f.string(QLatin1String("Id"));
    entry->created = QDateTime::fromSecsSinceEpoch(f.integer(QLatin1String("Created")));
    entry->createdBy = f.string(QLatin1String("CreatedBy"));
    entry->tags = f.strings(QLatin1String("Tags"));
    entry->size = f.integer(QLatin1String("Size"));
    entry->comment = f.string(QLatin1String("Comment"));
    return finish(f, error);
}

bool VolumeSummary::fromJson(const QJsonObject &o, VolumeSummary *volume, QString *error)
{
    JsonFields f(o);
    volume->name = f.string(QLatin1String("Name"), true);
    volume->driver = f.string(QLatin1String("Driver"));
    volume->mountpoint = f.string(QLatin1String("Mountpoint"));
    volume->scope = f.string(QLatin1String("Scope"));
    volume->created = parseEngineTime(f.string(QLatin1String("CreatedAt")));
    volume->labels = f.stringMap(QLatin1String("Labels"));
    volume->options = f.stringMap(QLatin1String("Options"));
    JsonFields usage(f.object(QLatin1String("UsageData")));
    volume->size = usage.integer(QLatin1String("Size"), -1);
    volume->refCount = int(usage.integer(QLatin1String("RefCount"), -1));
    return finish(f, error) && finish(usage, error);
}

bool NetworkSummary::fromJson(const QJsonObject &o, NetworkSummary *network, QString *error)
{
    JsonFields f(o);
    network->id = f.string(QLatin1String("Id"), true);
    network->name = f.string(QLatin1String("Name"));
    network->driver = f.string(QLatin1String("Driver"));
    network->scope = f.string(QLatin1String("Scope"));
    network->internal = f.boolean(QLatin1String("Internal"));
    network->attachable = f.boolean(QLatin1String("Attachable"));
    network->created = parseEngineTime(f.string(QLatin1String("Created")));
    network->labels = f.stringMap(QLatin1String("Labels"));
    JsonFields ipam(f.object(QLatin1String("IPAM")));
    for (const QJsonValue &c : ipam.array(QLatin1String("Config"))) {
        const QString subnet = c.toObject().value(QLatin1String("Subnet")).toString();
        if (!subnet.isEmpty())
            network->subnets.append(subnet);
    }
    network->containers = objectKeys(f.object(QLatin1String("Containers")));
    return finish(f, error) && finish(ipam, error);
}

bool VersionInfo::fromJson(const QJsonObject &o, VersionInfo *info, QString *error)
{
    JsonFields f(o);
    info->version = f.string(QLatin1String("Version"));
    info->apiVersion = f.string(QLatin1String("ApiVersion"));
    info->minApiVersion = f.string(QLatin1String("MinAPIVersion"));
    info->os = f.string(QLatin1String("Os"));
    info->arch = f.string(QLatin1String("Arch"));
    info->kernelVersion = f.string(QLatin1String("KernelVersion"));
    info->platformName = JsonFields(f.object(QLatin1String("Platform"))).string(QLatin1String("Name"));
    return finish(f, error);
}

bool SystemInfo::fromJson(const QJsonObject &o, SystemInfo *info, QString *error)
{
    JsonFields f(o);
    info->raw = o;
    info->name = f.string(QLatin1String("Name"));
    info->serverVersion = f.string(QLatin1String("ServerVersion"));
    info->operatingSystem = f.string(QLatin1String("OperatingSystem"));
    info->storageDriver = f.string(QLatin1String("Driver"));
    info->cgroupDriver = f.string(QLatin1String("CgroupDriver"));
    info->cgroupVersion = f.string(QLatin1String("CgroupVersion"));
    info->dockerRootDir = f.string(QLatin1String("DockerRootDir"));
    info->architecture = f.string(QLatin1String("Architecture"));
    info->osType = f.string(QLatin1String("OSType"));
    info->kernelVersion = f.string(QLatin1String("KernelVersion"));
    info->cpus = int(f.integer(QLatin1String("NCPU")));
    info->memTotal = f.integer(QLatin1String("MemTotal"));
    info->containers = int(f.integer(QLatin1String("Containers")));
    info->containersRunning = int(f.integer(QLatin1String("ContainersRunning")));
    info->images = int(f.integer(QLatin1String("Images")));
    for (const QString &option : f.strings(QLatin1String("SecurityOptions"))) {
        if (option.contains(QLatin1String("name=rootless")))
            info->rootless = true;
    }
    return finish(f, error);
}

bool BuildCacheRecord::fromJson(const QJsonObject &o, BuildCacheRecord *record, QString *error)
{
    JsonFields f(o);
    record->id = f.string(QLatin1String("ID"), true);
    record->parents = f.strings(QLatin1String("Parents"));
    const QString parent = f.string(QLatin1String("Parent"));
    if (!parent.isEmpty() && !record->parents.contains(parent))
        record->parents.append(parent);
    record->type = f.string(QLatin1String("Type"));
    record->description = f.string(QLatin1String("Description"));
    record->inUse = f.boolean(QLatin1String("InUse"));
    record->shared = f.boolean(QLatin1String("Shared"));
    record->size = f.integer(QLatin1String("Size"));
    record->created = parseEngineTime(f.string(QLatin1String("CreatedAt")));
    record->lastUsed = parseEngineTime(f.string(QLatin1String("LastUsedAt")));
    record->usageCount = int(f.integer(QLatin1String("UsageCount")));
    return finish(f, error);
}

bool DiskUsage::fromJson(const QJsonObject &o, DiskUsage *usage, QString *error)
{
    JsonFields f(o);
    usage->raw = o;
    usage->layersSize = f.integer(QLatin1String("LayersSize"));
    for (const QJsonValue &v : f.array(QLatin1String("Containers"))) {
        ContainerSummary container;
        if (!ContainerSummary::fromJson(v.toObject(), &container, error)) {
            *error = QStringLiteral("Containers: ") + *error;
            return false;
        }
        usage->containers.append(container);
    }
    usage->hasBuildCache = o.contains(QLatin1String("BuildCache"));
    for (const QJsonValue &v : f.array(QLatin1String("BuildCache"))) {
        BuildCacheRecord record;
        if (!BuildCacheRecord::fromJson(v.toObject(), &record, error)) {
            *error = QStringLiteral("BuildCache: ") + *error;
            return false;
        }
        usage->buildCache.append(record);
    }
    usage->builderSize = f.integer(QLatin1String("BuilderSize"));
    for (const QJsonValue &v : f.array(QLatin1String("Images"))) {
        ImageSummary image;
        if (!ImageSummary::fromJson(v.toObject(), &image, error))
            return false;
        usage->images.append(image);
    }
    for (const QJsonValue &v : f.array(QLatin1String("Volumes"))) {
        VolumeSummary volume;
        if (!VolumeSummary::fromJson(v.toObject(), &volume, error))
            return false;
        usage->volumes.append(volume);
    }
    return finish(f, error);
}

} // namespace dx
