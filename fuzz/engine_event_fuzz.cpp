// EngineEvent::fromJson on arbitrary bytes: never crashes, and whatever it accepts is
// consistent (a Type and an Action, times that agree, a since value that parses back).

#include "engine/engineevent.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t length)
{
    const QByteArray input(reinterpret_cast<const char *>(bytes), qsizetype(length));
    QString error;
    const std::optional<dx::EngineEvent> event = dx::EngineEvent::fromJson(input, &error);
    if (!event) {
        if (error.isEmpty())
            std::abort(); // a rejection always says why
        return 0;
    }
    if (event->type.isEmpty() || event->action.isEmpty() || event->time < 0 || event->timeNano < 0)
        std::abort();
    (void)event->baseAction();
    (void)event->actionDetail();
    const QString since = dx::EngineEvent::sinceValue(event->timeNano);
    if (since.section(u'.', 1).size() != 9)
        std::abort();
    // The object overload agrees with the bytes overload.
    const std::optional<dx::EngineEvent> again = dx::EngineEvent::fromJson(QJsonDocument::fromJson(input).object());
    if (!again || *again != *event)
        std::abort();
    return 0;
}
