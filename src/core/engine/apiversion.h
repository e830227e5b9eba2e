#pragma once

#include <QString>

namespace dx {

// Engine API versions are "major.minor"; compared numerically (1.9 < 1.41).
class ApiVersion final
{
public:
    ApiVersion() = default;
    ApiVersion(int major, int minor) : m_major(major), m_minor(minor) {}
    static ApiVersion parse(const QString &text);

    bool isValid() const { return m_major > 0; }
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    QString toString() const;

    friend bool operator<(ApiVersion a, ApiVersion b)
    {
        return a.m_major != b.m_major ? a.m_major < b.m_major : a.m_minor < b.m_minor;
    }
    friend bool operator==(ApiVersion a, ApiVersion b) { return a.m_major == b.m_major && a.m_minor == b.m_minor; }
    friend bool operator!=(ApiVersion a, ApiVersion b) { return !(a == b); }
    friend bool operator<=(ApiVersion a, ApiVersion b) { return !(b < a); }

    // The newest version this client speaks and the oldest it still supports.
    static ApiVersion clientMaximum() { return {1, 47}; }
    static ApiVersion clientMinimum() { return {1, 25}; }

    struct Negotiation;
    // min(ours, server's); an engine that does not say uses the oldest version Docker defaults to.
    static Negotiation negotiate(const QString &serverVersion, const QString &serverMinimum = {});

private:
    int m_major = 0;
    int m_minor = 0;
};

struct ApiVersion::Negotiation
{
    ApiVersion version;
    QString error; // non-empty when no common version exists
};

} // namespace dx
