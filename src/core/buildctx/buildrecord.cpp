#include "buildrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dx {

namespace {

QString resultKey(BuildRecord::Result r)
{
    switch (r) {
    case BuildRecord::Result::Succeeded: return QStringLiteral("succeeded");
    case BuildRecord::Result::Failed: return QStringLiteral("failed");
    case BuildRecord::Result::Canceled: return QStringLiteral("canceled");
    }
    return {};
}

BuildRecord::Result resultFromKey(const QString &key)
{
    if (key == QLatin1String("failed"))
        return BuildRecord::Result::Failed;
    if (key == QLatin1String("canceled"))
        return BuildRecord::Result::Canceled;
    return BuildRecord::Result::Succeeded;
}

QJsonObject stepToJson(const SavedBuildStep &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), s.key);
    o.insert(QStringLiteral("label"), s.label);
    o.insert(QStringLiteral("instruction"), s.instruction);
    o.insert(QStringLiteral("line"), s.line);
    o.insert(QStringLiteral("endLine"), s.endLine);
    o.insert(QStringLiteral("status"), s.status);
    o.insert(QStringLiteral("cached"), s.cached);
    o.insert(QStringLiteral("seconds"), s.seconds);
    return o;
}

SavedBuildStep stepFromJson(const QJsonObject &o)
{
    SavedBuildStep s;
    s.key = o.value(QLatin1String("key")).toInt();
    s.label = o.value(QLatin1String("label")).toString();
    s.instruction = o.value(QLatin1String("instruction")).toString();
    s.line = o.value(QLatin1String("line")).toInt();
    s.endLine = o.value(QLatin1String("endLine")).toInt();
    s.status = o.value(QLatin1String("status")).toString();
    s.cached = o.value(QLatin1String("cached")).toBool();
    s.seconds = o.value(QLatin1String("seconds")).toDouble(-1);
    return s;
}

QJsonObject toJson(const BuildRecord &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(r.tags));
    o.insert(QStringLiteral("dockerfile"), r.dockerfile);
    o.insert(QStringLiteral("context"), r.contextDir);
    o.insert(QStringLiteral("started"), r.started.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("durationMs"), double(r.durationMs));
    o.insert(QStringLiteral("result"), resultKey(r.result));
    o.insert(QStringLiteral("imageId"), r.imageId);
    o.insert(QStringLiteral("error"), r.error);
    o.insert(QStringLiteral("buildKit"), r.buildKit);
    o.insert(QStringLiteral("cachedSteps"), r.cachedSteps);
    o.insert(QStringLiteral("steps"), r.steps);
    QJsonArray steps;
    for (const SavedBuildStep &s : r.stepTable)
        steps.append(stepToJson(s));
    o.insert(QStringLiteral("stepTable"), steps);
    return o;
}

BuildRecord fromJson(const QJsonObject &o)
{
    BuildRecord r;
    r.id = o.value(QLatin1String("id")).toString();
    for (const QJsonValue &t : o.value(QLatin1String("tags")).toArray())
        r.tags.append(t.toString());
    r.dockerfile = o.value(QLatin1String("dockerfile")).toString();
    r.contextDir = o.value(QLatin1String("context")).toString();
    r.started = QDateTime::fromString(o.value(QLatin1String("started")).toString(), Qt::ISODateWithMs);
    r.durationMs = o.value(QLatin1String("durationMs")).toInteger(); // a cast of a huge double would be undefined
    r.result = resultFromKey(o.value(QLatin1String("result")).toString());
    r.imageId = o.value(QLatin1String("imageId")).toString();
    r.error = o.value(QLatin1String("error")).toString();
    r.buildKit = o.value(QLatin1String("buildKit")).toBool();
    r.cachedSteps = o.value(QLatin1String("cachedSteps")).toInt();
    r.steps = o.value(QLatin1String("steps")).toInt();
    for (const QJsonValue &v : o.value(QLatin1String("stepTable")).toArray()) // absent in older files
        r.stepTable.append(stepFromJson(v.toObject()));
    return r;
}

} // namespace

QByteArray BuildRecord::toFile(const QList<BuildRecord> &records)
{
    QJsonArray array;
    for (const BuildRecord &r : records)
        array.append(toJson(r));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QList<BuildRecord> BuildRecord::fromFile(const QByteArray &data)
{
    QList<BuildRecord> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(data).array())
        out.append(fromJson(v.toObject()));
    return out;
}

} // namespace dx
