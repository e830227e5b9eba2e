#include "editorsnapshot.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dx {

QByteArray EditorSnapshot::encode() const
{
    const QJsonObject o{{QLatin1String("path"), path}, {QLatin1String("text"), text}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<EditorSnapshot> EditorSnapshot::decode(const QByteArray &data)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    const QJsonObject o = document.object();
    const QJsonValue text = o.value(QLatin1String("text"));
    if (!text.isString())
        return std::nullopt;
    EditorSnapshot snapshot;
    snapshot.path = o.value(QLatin1String("path")).toString();
    snapshot.text = text.toString();
    return snapshot;
}

} // namespace dx
