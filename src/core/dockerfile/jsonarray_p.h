#pragma once

// The JSON (exec) form of RUN/CMD/COPY/...: a JSON array of strings, decoded with the
// rules of Go's encoding/json, because that is what decides in BuildKit whether an
// instruction is in exec form or falls back to shell form.

#include <QStringList>

#include <string_view>

namespace dx::detail {

enum class JsonArrayStatus {
    NotJson,        // not valid JSON or not an array: the caller falls back to shell form
    NotStringArray, // valid JSON array with a non-string element: an error in BuildKit
    Ok,
};

// Parses `text` (leading white space is skipped like BuildKit does); on Ok the strings
// are appended to `out`, otherwise `out` is left alone.
JsonArrayStatus parseJsonStringArray(std::string_view text, QStringList *out);

} // namespace dx::detail
