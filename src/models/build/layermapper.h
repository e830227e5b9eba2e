#pragma once

#include "api/resourcetypes.h"
#include "dockerfile/dockerfileparser.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace dx {

// What one Dockerfile instruction produced in the built image.
struct LayerMapEntry
{
    int startLine = 0;
    int endLine = 0;
    QString instruction;   // the instruction as written (continuations joined)
    QString historyId;     // Id of its /images/{id}/history entry ("<missing>" under BuildKit)
    QString createdBy;     // CreatedBy of that entry, empty when it has none (BuildKit ARG)
    QString layerDigest;   // RootFS.Layers entry it added; empty for metadata steps
    qint64 size = 0;
    bool cached = false;
    bool emptyLayer = true;
    bool matched = false;  // a history entry was found for it
};

// Pairs the instructions of the built stage with the image's history and layers.
// History comes newest first; instructions are walked from the last one backwards,
// entries the builder added on its own (the classic builder's LABEL for --label) are
// skipped, and the entries that carry a layer are paired with RootFS.Layers from the end.
// Whether an entry carries a layer is not in the API's history (only Size is), so it is
// decided from the instruction kind, Size and the layer count the build added.
class LayerMapper final
{
public:
    struct Input
    {
        ParseResult dockerfile;
        QString target;               // built stage, empty for the last one
        QList<ImageHistoryEntry> history; // GET /images/{id}/history, newest first
        QStringList layers;           // RootFS.Layers of GET /images/{id}/json, oldest first
        int baseHistoryCount = -1;    // history length of the FROM image, -1 if unknown
        int baseLayerCount = -1;      // its RootFS.Layers count, -1 if unknown
        QSet<int> cachedLines;        // start lines the build reported as cached
        // RootFS.Layers count of history entries that are real images (the classic
        // builder's intermediate images): an entry added a layer exactly when it has
        // more than the entry before it. Makes the decision exact where available.
        QHash<QString, int> layerCountById;
    };

    static QList<LayerMapEntry> map(const Input &input);
    // The external image the built stage starts from (after following FROM <stage>),
    // empty when it cannot be told (FROM scratch, FROM $VAR).
    static QString baseImage(const ParseResult &dockerfile, const QString &target = {});
    // "RUN", "ENV", ... for a history CreatedBy of either builder.
    static QString keywordOfCreatedBy(const QString &createdBy);

    LayerMapper() = delete;
};

} // namespace dx
