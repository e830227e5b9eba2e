#pragma once

// Turns a small text script into a tar stream, so that a fuzzer reaches the trees an attacker
// would build (chains of links, "..", absolute names, duplicates, hard links to links, deep
// nesting, whiteouts, huge sizes, truncated data) far more often than with raw bytes, and so
// that the seed corpus stays readable.
//
// One operation per line; a line the grammar does not know is ignored. Fields are separated by
// a single space; a name or target is any bytes but space and newline, with these expansions:
//   @canary@   the absolute path of the canary folder beside the destination
//   @deepN@    N components "d" (N <= 400): deep nesting (with @long, names beyond PATH_MAX)
//   @longN@    one component of N 'x' (N <= 400): names beyond NAME_MAX
// Absolute names and targets that do not start with the sandbox get the sandbox put in front:
// an escape then lands where the harness sees it, never in the real system.
//
//   F name [content]    regular file; content is the rest of the line
//   D name [mode]       folder, octal mode (default 755)
//   L name target       symbolic link
//   H name target       hard link
//   W name              whiteout: ".wh.<base>" in name's folder, as image layers carry them
//   C name | P name     character device | fifo
//   B name size         a file that claims `size` bytes (base-256 beyond 8 GiB); the stream
//                       ends after at most 600 of them
//   X name size [data]  a header that claims `size` bytes followed by `data` (padded):
//                       everything after it is read out of step
//   T n                 the stream is cut n bytes after this point
//   O flags             o overwrite, s stop at the first refusal, p no modes, m no times,
//                       z gzip, qN fed through a ChunkQueue in chunks of N bytes, cN cancel at
//                       the Nth progress report, e the destination holds things beforehand,
//                       g GNU long-name headers instead of pax

#include <QByteArray>

namespace dx::fuzz {

struct HostileTarOptions
{
    bool overwrite = false;
    bool stopOnRefusal = false;
    bool restorePermissions = true;
    bool restoreMtime = true;
    bool gzip = false;
    int queueChunk = 0; // 0: a QBuffer
    int cancelAt = 0;   // 0: never
    bool preexisting = false;
    bool gnuNames = false;
};

struct HostileTar
{
    QByteArray bytes;
    HostileTarOptions options;
    int entries = 0;         // members that SafeExtractor must account for (extracted or refused)
    bool accountable = true; // false when the stream is cut or read out of step

    // `sandbox` and `canary` are absolute paths without a trailing slash.
    static HostileTar fromScript(const QByteArray &script, const QByteArray &sandbox, const QByteArray &canary);
};

} // namespace dx::fuzz
