#include "enginehttp.h"

#include <QList>

#include <curl/curl.h>

namespace dx::test {

namespace {

struct Transfer
{
    EngineResponse *response;
    const EngineHttp::DataSink *sink;
    const EngineHttp::DataSource *source;
    QByteArray pending;
    qsizetype pendingAt = 0;
    bool sourceDone = false;
};

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    static_cast<Transfer *>(user)->response->headers.append(data, qsizetype(size * count));
    return size * count;
}

size_t onData(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    // Headers are complete before the first body byte; an error body is kept, not streamed.
    const QList<QByteArray> statusLine = transfer->response->headers.split(' ');
    const bool success = statusLine.size() > 1 && statusLine.at(1).startsWith('2');
    if (transfer->sink && success)
        return (*transfer->sink)(data, size * count) ? size * count : 0;
    transfer->response->body.append(data, qsizetype(size * count));
    return size * count;
}

size_t onRead(char *buffer, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    while (transfer->pendingAt >= transfer->pending.size()) {
        if (transfer->sourceDone)
            return 0;
        transfer->pending = (*transfer->source)();
        transfer->pendingAt = 0;
        transfer->sourceDone = transfer->pending.isEmpty();
    }
    const size_t n = qMin(size * count, size_t(transfer->pending.size() - transfer->pendingAt));
    memcpy(buffer, transfer->pending.constData() + transfer->pendingAt, n);
    transfer->pendingAt += qsizetype(n);
    return n;
}

} // namespace

QByteArray EngineResponse::header(const QByteArray &name) const
{
    const QByteArray wanted = name.toLower() + ':';
    for (const QByteArray &line : headers.split('\n')) {
        if (line.toLower().startsWith(wanted))
            return line.mid(wanted.size()).trimmed();
    }
    return {};
}

EngineHttp::EngineHttp()
{
    const QByteArray host = qgetenv("DOCKER_HOST");
    m_socket = host.startsWith("unix://") ? QString::fromLocal8Bit(host.mid(7))
                                          : QStringLiteral("/var/run/docker.sock");
}

EngineResponse EngineHttp::request(const char *method, const QByteArray &path, const QByteArray &body,
                                   const QByteArray &contentType)
{
    return perform(method, path, &body, contentType, nullptr, nullptr);
}

EngineResponse EngineHttp::download(const QByteArray &path, const DataSink &sink)
{
    return perform("GET", path, nullptr, {}, &sink, nullptr);
}

EngineResponse EngineHttp::upload(const char *method, const QByteArray &path, const DataSource &source,
                                  const QByteArray &contentType)
{
    return perform(method, path, nullptr, contentType, nullptr, &source);
}

EngineResponse EngineHttp::perform(const char *method, const QByteArray &path, const QByteArray *body,
                                   const QByteArray &contentType, const DataSink *sink, const DataSource *source)
{
    EngineResponse response;
    Transfer transfer{&response, sink, source, {}, 0, false};
    CURL *curl = curl_easy_init();
    const QByteArray socket = m_socket.toLocal8Bit();
    const QByteArray url = QByteArray("http://localhost/v1.41") + path;
    curl_easy_setopt(curl, CURLOPT_UNIX_SOCKET_PATH, socket.constData());
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &onData);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 120L);
    if (qstrcmp(method, "HEAD") == 0)
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    curl_slist *headers = nullptr;
    if (!contentType.isEmpty())
        headers = curl_slist_append(headers, QByteArray("Content-Type: " + contentType).constData());
    if (source) {
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, &onRead);
        curl_easy_setopt(curl, CURLOPT_READDATA, &transfer);
        headers = curl_slist_append(headers, "Transfer-Encoding: chunked");
    } else if (body && (!body->isEmpty() || qstrcmp(method, "POST") == 0 || qstrcmp(method, "PUT") == 0)) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body->constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body->size()));
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    const CURLcode code = curl_easy_perform(curl);
    if (code != CURLE_OK && !(sink && code == CURLE_WRITE_ERROR))
        response.error = QString::fromLocal8Bit(curl_easy_strerror(code));
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return response;
}

} // namespace dx::test
