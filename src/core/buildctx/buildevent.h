#pragma once

#include <QMetaType>
#include <QString>

namespace dx {

// One line of build output, as `docker build` would print it, with its meaning.
// Both builders map onto the same kinds so a view does not care which one ran.
struct BuildEvent
{
    enum class Kind {
        StepStarted, // "#5 [2/3] RUN echo hi" / "Step 2/3 : RUN echo hi"
        Log,         // "#5 0.215 hi" / output of a RUN under the classic builder
        Cached,      // "#5 CACHED" / " ---> Using cache"
        Done,        // "#5 DONE 0.3s" / " ---> 2cfba189530c"
        Error,       // "#5 ERROR: ..." / {"error": ...}, message verbatim
        Info,        // status lines, "#5 ...", "Successfully tagged", warnings
        ImageId,     // final image id (from aux), text = "sha256:..."
    };

    Kind kind = Kind::Info;
    int step = 0;          // BuildKit vertex number (#N) or classic step N; 0 if none
    int stepCount = 0;     // classic builder's M in "Step N/M"
    QString vertex;        // BuildKit vertex digest, or the classic container/image id
    QString text;          // payload: instruction, log text, error message, image id
    QString line;          // the full line exactly as the CLI prints it
    QString stageLabel;    // "[2/3]" or "[build 2/3]" from the instruction, if any
    double seconds = -1;   // log time since vertex start, or duration for Done; -1 if none
    bool isStderr = false;
};

} // namespace dx

Q_DECLARE_METATYPE(dx::BuildEvent)
