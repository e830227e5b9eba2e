#pragma once

// A minimal blocking libcurl client for the engine tests: the app's engine client lives in
// another area, and these tests want the raw bytes exactly as libcurl delivers them.

#include <QByteArray>
#include <QString>

#include <functional>

namespace dx::test {

struct EngineResponse
{
    long status = 0;
    QByteArray headers;
    QByteArray body;
    QString error; // transport error; empty when the engine answered

    QByteArray header(const QByteArray &name) const;
};

class EngineHttp final
{
public:
    using DataSink = std::function<bool(const char *data, size_t size)>;
    using DataSource = std::function<QByteArray()>; // empty = end of body

    EngineHttp();

    QString socketPath() const { return m_socket; }

    EngineResponse request(const char *method, const QByteArray &path, const QByteArray &body = {},
                           const QByteArray &contentType = "application/json");
    // The body goes to `sink` chunk by chunk instead of into the response.
    EngineResponse download(const QByteArray &path, const DataSink &sink);
    // The request body is pulled from `source` and sent chunked.
    EngineResponse upload(const char *method, const QByteArray &path, const DataSource &source,
                          const QByteArray &contentType);

private:
    EngineResponse perform(const char *method, const QByteArray &path, const QByteArray *body,
                           const QByteArray &contentType, const DataSink *sink, const DataSource *source);

    QString m_socket;
};

} // namespace dx::test
