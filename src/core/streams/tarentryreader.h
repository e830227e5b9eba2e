#pragma once

#include "tarlisting.h"

struct archive_entry;

namespace dx {

// Converts a libarchive header into a TarEntry. Internal to the streams area.
TarEntry tarEntryFrom(archive_entry *entry);

} // namespace dx
