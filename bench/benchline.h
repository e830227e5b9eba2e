#pragma once

// One line per figure, in the one shape bench/run collects:
//
//   bench NAME: ours X UNIT, peer Y UNIT, ratio R, goal <= G[, missed: WHY]
//
// R = ours / peer and lower is better (throughputs are given as time per item). A figure
// without a natural peer (a UI stall, memory, idle CPU) gives the goal's reference as its peer,
// so that R is its ratio to the goal. A goal missed is said, never left out.

#include <cstdio>
#include <fstream>
#include <string>
#include <thread>

namespace dx::bench {

// "load average 3.10 on 2 cores": said beside a missed goal, since a busy machine is a reason.
inline std::string machineLoad()
{
    std::ifstream file("/proc/loadavg");
    std::string load;
    file >> load;
    return "load average " + (load.empty() ? std::string("?") : load) + " on " + std::to_string(std::thread::hardware_concurrency())
           + " cores";
}

inline void line(const char *name, double ours, double peer, const char *unit, double goal, const char *whyMissed = nullptr)
{
    const double ratio = peer > 0 ? ours / peer : 0.0;
    std::printf("bench %s: ours %.4g %s, peer %.4g %s, ratio %.3g, goal <= %.3g", name, ours, unit, peer, unit, ratio, goal);
    if (peer <= 0)
        std::printf(", missed: the peer was not measured");
    else if (ratio > goal)
        std::printf(", missed: %s (%s)", whyMissed && *whyMissed ? whyMissed : "slower than the goal on this run",
                    machineLoad().c_str());
    std::printf("\n");
    std::fflush(stdout);
}

// A figure that could not be taken on this machine (no engine, a tool missing): said so.
inline void notMeasured(const char *name, const char *why)
{
    std::printf("bench %s: not measured (%s)\n", name, why);
    std::fflush(stdout);
}

} // namespace dx::bench
