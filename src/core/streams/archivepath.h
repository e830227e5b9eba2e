#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace dx {

// Lexical checks on member names of an archive, before anything touches the disk.
class ArchivePath final
{
public:
    enum class Verdict { Ok, Empty, Absolute, ParentComponent };

    // Splits "a//./b/" into {"a", "b"}. Absolute names and ".." components are refused
    // rather than repaired: silently rewriting "../x" to "x" hides an attack from the user.
    static Verdict split(const QByteArray &name, QByteArrayList *components);

    // Where a symlink at `linkComponents` pointing to `target` leads, relative to the root.
    // False when the target is absolute or climbs above the root. `poppedPrefixes` receives
    // every directory a ".." climbs out of: if one of them is (or becomes) a symlink, the
    // real target is elsewhere than the lexical one, so the caller must refuse that.
    static bool resolveLink(const QByteArrayList &linkComponents, const QByteArray &target,
                            QByteArrayList *resolved, QByteArrayList *poppedPrefixes);
};

} // namespace dx
