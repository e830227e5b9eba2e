// The typed API's decoders on hostile engine answers: every value type's fromJson, the list
// and object parsers and EngineEvent. None may crash, hang or trip a sanitizer; a bad answer
// must come back as an error, never as a half-filled value that claims success.
#include "api/containertypes.h"
#include "api/execapi.h"
#include "api/jsonfields.h"
#include "api/resourcetypes.h"
#include "engine/engineevent.h"

#include <QByteArray>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace dx;

namespace {

template<typename T>
void list(const QByteArray &body)
{
    QList<T> values;
    QString error;
    if (!json::parseList<T>(body, &values, &error, &T::fromJson) && error.isEmpty())
        __builtin_trap(); // a failure must say why
}

template<typename T>
void object(const QByteArray &body)
{
    QJsonObject o;
    QString error;
    T value;
    if (json::parseObject(body, &o, &error) && !T::fromJson(o, &value, &error) && error.isEmpty())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    list<ContainerSummary>(body);
    list<ContainerChange>(body);
    list<ImageSummary>(body);
    list<ImageHistoryEntry>(body);
    list<NetworkSummary>(body);
    object<ContainerDetails>(body);
    object<ProcessList>(body);
    object<ImageDetails>(body);
    object<VolumeSummary>(body);
    object<VersionInfo>(body);
    object<SystemInfo>(body);
    object<DiskUsage>(body);
    object<ExecDetails>(body);
    QString error;
    if (!EngineEvent::fromJson(body, &error) && error.isEmpty())
        __builtin_trap();
    if (ContainerSummary s; true) {
        QJsonObject o;
        if (json::parseObject(body, &o, &error) && ContainerSummary::fromJson(o, &s, &error)) {
            (void)s.portsText();
            (void)s.mountsText();
        }
    }
    return 0;
}
