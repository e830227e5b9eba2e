#include "apiversion.h"

#include <QCoreApplication>
#include <QStringList>

namespace dx {

ApiVersion ApiVersion::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(u'.');
    if (parts.size() != 2)
        return {};
    bool okMajor = false;
    bool okMinor = false;
    const int major = parts[0].toInt(&okMajor);
    const int minor = parts[1].toInt(&okMinor);
    if (!okMajor || !okMinor || major <= 0 || minor < 0)
        return {};
    return {major, minor};
}

QString ApiVersion::toString() const
{
    return QString::number(m_major) + u'.' + QString::number(m_minor);
}

ApiVersion::Negotiation ApiVersion::negotiate(const QString &serverVersion, const QString &serverMinimum)
{
    Negotiation result;
    ApiVersion server = parse(serverVersion);
    if (!server.isValid())
        server = {1, 24}; // what the docker CLI assumes when /_ping has no API-Version header
    result.version = server < clientMaximum() ? server : clientMaximum();

    const ApiVersion minimum = parse(serverMinimum);
    if (minimum.isValid() && clientMaximum() < minimum) {
        result.error = QCoreApplication::translate("ApiVersion",
            "The engine needs API %1 or newer, but Docker Explorer speaks at most %2. Update Docker Explorer.")
            .arg(minimum.toString(), clientMaximum().toString());
    } else if (result.version < clientMinimum()) {
        result.error = QCoreApplication::translate("ApiVersion",
            "The engine speaks API %1, older than the %2 Docker Explorer needs. Update the engine.")
            .arg(server.toString(), clientMinimum().toString());
    }
    return result;
}

} // namespace dx
