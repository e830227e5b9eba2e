#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace dx {

// Decoded moby.buildkit.v1.StatusResponse (api/services/control/control.proto), the
// payload of {"id":"moby.buildkit.trace","aux":"<base64>"} lines of POST /build.
// Times are nanoseconds since the epoch (google.protobuf.Timestamp).
namespace buildkit {

using Time = std::optional<qint64>;

struct Vertex
{
    QString digest;          // 1
    QStringList inputs;      // 2
    QString name;            // 3
    bool cached = false;     // 4
    Time started;            // 5
    Time completed;          // 6
    QString error;           // 7
    QString progressGroupId; // 8: pb.ProgressGroup{id=1, name=2, weak=3}
    QString progressGroupName;
    bool progressGroupWeak = false;
};

struct VertexStatus
{
    QString id;        // 1
    QString vertex;    // 2
    QString name;      // 3
    qint64 current = 0; // 4
    qint64 total = 0;   // 5
    Time timestamp;    // 6
    Time started;      // 7
    Time completed;    // 8
};

struct VertexLog
{
    QString vertex;    // 1
    Time timestamp;    // 2
    qint64 stream = 0; // 3: 1 stdout, 2 stderr
    QByteArray msg;    // 4
};

struct VertexWarning
{
    QString vertex;          // 1
    qint64 level = 0;        // 2
    QByteArray shortText;    // 3
    QList<QByteArray> detail; // 4
    QString url;             // 5 (info = 6 and ranges = 7 are skipped)
};

struct StatusResponse
{
    QList<Vertex> vertexes;       // 1
    QList<VertexStatus> statuses; // 2
    QList<VertexLog> logs;        // 3
    QList<VertexWarning> warnings; // 4
};

} // namespace buildkit

class BuildkitTrace final
{
public:
    // Decodes one StatusResponse; unknown fields are skipped. On malformed input returns
    // false with *error set, and *out holds whatever was decoded before the fault.
    static bool decode(const QByteArray &message, buildkit::StatusResponse *out,
                       QString *error = nullptr);

    BuildkitTrace() = delete;
};

} // namespace dx
