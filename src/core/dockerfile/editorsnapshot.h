#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace dx {

// Unsaved editor text as the crash-recovery file holds it: the file it belonged to (empty
// for an untitled text) and the text. The format lives here so that widgets never parse it.
struct EditorSnapshot
{
    QString path;
    QString text;

    QByteArray encode() const;
    // nullopt for anything that is not a snapshot (a truncated or foreign file).
    static std::optional<EditorSnapshot> decode(const QByteArray &data);
};

} // namespace dx
