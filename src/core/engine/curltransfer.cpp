#include "curltransfer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstdio>

namespace dx {

namespace {

// Engines answer errors with {"message": "..."}; pass that text on verbatim.
QString daemonMessage(const QByteArray &body, int status)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QString message = doc.object().value(QLatin1String("message")).toString();
    if (!message.isEmpty())
        return message;
    const QString text = QString::fromUtf8(body.left(2000)).trimmed();
    if (!text.isEmpty())
        return text;
    return QCoreApplication::translate("EngineClient", "The engine answered with HTTP status %1").arg(status);
}

// DX_CURL_VERBOSE's trace, as curl prints it ("* " text, "> " sent and "< " received headers),
// with the registry credentials the request carries blanked out.
int traceWithoutSecrets(CURL *, curl_infotype type, char *data, size_t size, void *)
{
    const char *prefix = nullptr;
    switch (type) {
    case CURLINFO_TEXT: prefix = "* "; break;
    case CURLINFO_HEADER_IN: prefix = "< "; break;
    case CURLINFO_HEADER_OUT: prefix = "> "; break;
    default: return 0;
    }
    const QList<QByteArray> lines = QByteArray(data, qsizetype(size)).split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const QByteArray lower = line.toLower();
        if (lower.startsWith("x-registry-auth:") || lower.startsWith("x-registry-config:"))
            line = line.left(line.indexOf(':') + 1) + " (hidden)";
        std::fprintf(stderr, "%s%s\n", prefix, line.constData());
    }
    return 0;
}

} // namespace

CurlTransfer::~CurlTransfer()
{
    if (easy)
        curl_easy_cleanup(easy);
    if (headerList)
        curl_slist_free_all(headerList);
}

void CurlTransfer::applyEndpoint(CURL *easy, const Endpoint &endpoint)
{
    switch (endpoint.kind) {
    case Endpoint::Kind::Unix:
        curl_easy_setopt(easy, CURLOPT_UNIX_SOCKET_PATH, endpoint.socketPath.toUtf8().constData());
        break;
    case Endpoint::Kind::Tcp:
        if (endpoint.tls) {
            curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, endpoint.tlsVerify ? 1L : 0L);
            // The daemon's certificate is issued for the host it runs on; the CLI checks it too.
            curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, endpoint.tlsVerify ? 2L : 0L);
            // Without a CA file, libcurl verifies against the system CA store (https://host).
            if (!endpoint.caFile.isEmpty())
                curl_easy_setopt(easy, CURLOPT_CAINFO, endpoint.caFile.toUtf8().constData());
            if (!endpoint.certFile.isEmpty())
                curl_easy_setopt(easy, CURLOPT_SSLCERT, endpoint.certFile.toUtf8().constData());
            if (!endpoint.keyFile.isEmpty())
                curl_easy_setopt(easy, CURLOPT_SSLKEY, endpoint.keyFile.toUtf8().constData());
        }
        break;
    case Endpoint::Kind::Ssh:
        // Through the SshTunnel's private socket (see EngineClient).
        curl_easy_setopt(easy, CURLOPT_UNIX_SOCKET_PATH, endpoint.socketPath.toUtf8().constData());
        break;
    case Endpoint::Kind::Invalid:
        break;
    }
}

void CurlTransfer::configure(const QString &url)
{
    easy = curl_easy_init();
    curl_easy_setopt(easy, CURLOPT_URL, url.toUtf8().constData());
    curl_easy_setopt(easy, CURLOPT_PRIVATE, this);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &CurlTransfer::onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &CurlTransfer::onWrite);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeoutMs));
    // Bulk and Upload stalls are watched by CurlMulti rather than with CURLOPT_LOW_SPEED_*,
    // which cannot stop watching once an upload is sent (Upload: the build runs silently
    // afterwards) and cannot leave out the time in which our consumer paused the transfer.
    if (request.hasTotalLimit())
        curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    // Long streams (events, logs) may be silent for hours: keep the connection alive, and probe
    // a silent TCP peer early enough that a vanished host ends the stream within about a minute.
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
    if (request.timeout == EngineRequest::Timeout::Idle || request.timeout == EngineRequest::Timeout::Upload) {
        curl_easy_setopt(easy, CURLOPT_TCP_KEEPIDLE, 15L);
        curl_easy_setopt(easy, CURLOPT_TCP_KEEPINTVL, 5L);
    }
    curl_easy_setopt(easy, CURLOPT_BUFFERSIZE, 256L * 1024L);
    static const bool verbose = qEnvironmentVariableIsSet("DX_CURL_VERBOSE");
    if (verbose) {
        curl_easy_setopt(easy, CURLOPT_VERBOSE, 1L);
        curl_easy_setopt(easy, CURLOPT_DEBUGFUNCTION, &traceWithoutSecrets);
    }

    applyEndpoint(easy, endpoint);

    // "Expect: 100-continue" would delay every upload by a second on engines that ignore it.
    headerList = curl_slist_append(headerList, "Expect:");
    if (!request.contentType.isEmpty())
        headerList = curl_slist_append(headerList, QByteArray("Content-Type: " + request.contentType).constData());
    for (const auto &h : request.headers)
        headerList = curl_slist_append(headerList, QByteArray(h.first + ": " + h.second).constData());

    const QByteArray method = request.method.toUpper();
    const bool hasBody = request.bodySource || !request.body.isEmpty();
    if (method == "GET") {
        curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    } else if (method == "HEAD") {
        curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    } else {
        if (method != "POST")
            curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, method.constData());
        if (request.bodySource) {
            curl_easy_setopt(easy, CURLOPT_UPLOAD, 0L);
            curl_easy_setopt(easy, CURLOPT_POST, 1L);
            curl_easy_setopt(easy, CURLOPT_READFUNCTION, &CurlTransfer::onRead);
            curl_easy_setopt(easy, CURLOPT_READDATA, this);
            const qint64 size = request.bodySource->size();
            if (size >= 0) {
                curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(size));
            } else {
                headerList = curl_slist_append(headerList, "Transfer-Encoding: chunked");
            }
        } else {
            curl_easy_setopt(easy, CURLOPT_POST, 1L);
            curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
            curl_easy_setopt(easy, CURLOPT_POSTFIELDS, hasBody ? request.body.constData() : "");
        }
    }
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headerList);
}

size_t CurlTransfer::onHeader(char *data, size_t size, size_t count, void *userp)
{
    auto *self = static_cast<CurlTransfer *>(userp);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.isEmpty()) {
        // The blank line ending a final (not 1xx) header block: the engine has answered.
        if (self->response.status >= 200 && !self->headersDone) {
            self->headersDone = true;
            if (self->onHeaders)
                self->onHeaders(self->response.status);
        }
    } else if (line.startsWith("HTTP/")) {
        // A new status line (after 100 Continue or a redirect) starts a new header block.
        self->response.headers.clear();
        const QList<QByteArray> parts = line.split(' ');
        self->response.status = parts.size() > 1 ? parts[1].toInt() : 0;
    } else if (const int colon = line.indexOf(':'); colon > 0) {
        self->response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return size * count;
}

size_t CurlTransfer::onWrite(char *data, size_t size, size_t count, void *userp)
{
    auto *self = static_cast<CurlTransfer *>(userp);
    const size_t bytes = size * count;
    if (self->cancelled)
        return 0;
    if (self->request.streaming && self->response.status < 400 && self->onData) {
        self->onData(QByteArray(data, qsizetype(bytes)));
    } else if (self->response.body.size() < 512 * 1024 * 1024) {
        self->response.body.append(data, qsizetype(bytes));
    } else {
        return 0; // refuse to buffer more than 512 MiB; the request should have been a stream
    }
    return bytes;
}

size_t CurlTransfer::onRead(char *buffer, size_t size, size_t count, void *userp)
{
    auto *self = static_cast<CurlTransfer *>(userp);
    if (self->cancelled)
        return CURL_READFUNC_ABORT;
    const qint64 n = self->request.bodySource->read(buffer, qint64(size * count));
    if (n == BodySource::WouldBlock) {
        self->readPaused = true;
        return CURL_READFUNC_PAUSE;
    }
    if (n < 0)
        return CURL_READFUNC_ABORT;
    if (n == 0)
        self->bodyEnded = true;
    self->bodyOffset += n;
    return size_t(n);
}

bool CurlTransfer::bodySent() const
{
    curl_off_t uploaded = 0;
    curl_easy_getinfo(easy, CURLINFO_SIZE_UPLOAD_T, &uploaded);
    if (request.bodySource) {
        const qint64 size = request.bodySource->size();
        return bodyEnded || (size >= 0 && uploaded >= size);
    }
    return uploaded >= request.body.size();
}

bool CurlTransfer::watchesStall() const
{
    if (!request.hasStallLimit())
        return false;
    return request.timeout == EngineRequest::Timeout::Bulk || !bodySent();
}

qint64 CurlTransfer::bytesMoved() const
{
    curl_off_t uploaded = 0;
    curl_off_t downloaded = 0;
    long headerBytes = 0;
    curl_easy_getinfo(easy, CURLINFO_SIZE_UPLOAD_T, &uploaded);
    curl_easy_getinfo(easy, CURLINFO_SIZE_DOWNLOAD_T, &downloaded);
    curl_easy_getinfo(easy, CURLINFO_HEADER_SIZE, &headerBytes);
    return qint64(uploaded) + qint64(downloaded) + qint64(headerBytes);
}

void CurlTransfer::complete(CURLcode code)
{
    EngineResponse &r = response;
    if (cancelled) {
        r.error = EngineResponse::Error::Cancelled;
        r.message = QCoreApplication::translate("EngineClient", "Cancelled");
        return;
    }
    if (stalled) {
        r.error = EngineResponse::Error::Timeout;
        r.message = QCoreApplication::translate("EngineClient", "The transfer with the engine at %1 stalled: nothing moved for %2 seconds.")
                        .arg(endpoint.displayName())
                        .arg(request.stallTimeoutMs / 1000.0, 0, 'g', 3);
        return;
    }
    if (code == CURLE_OK) {
        if (r.status >= 400) {
            r.error = EngineResponse::Error::Http;
            r.message = daemonMessage(r.body, r.status);
        }
        return;
    }
    long osErrno = 0;
    curl_easy_getinfo(easy, CURLINFO_OS_ERRNO, &osErrno);
    const QString detail = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    switch (code) {
    case CURLE_COULDNT_CONNECT:
        if (endpoint.kind == Endpoint::Kind::Unix && (osErrno == ENOENT || !QFileInfo::exists(endpoint.socketPath))) {
            r.error = EngineResponse::Error::SocketMissing;
            r.message = QCoreApplication::translate("EngineClient", "There is no engine socket at %1. Is Docker (or Podman) running?").arg(endpoint.socketPath);
        } else if (osErrno == EACCES || osErrno == EPERM) {
            r.error = EngineResponse::Error::PermissionDenied;
            r.message = QCoreApplication::translate("EngineClient", "Permission denied on %1. Add your user to the \"docker\" group "
                           "(sudo usermod -aG docker $USER) and log in again.").arg(endpoint.socketPath);
        } else {
            r.error = EngineResponse::Error::ConnectionRefused;
            r.message = QCoreApplication::translate("EngineClient", "The engine at %1 refused the connection: %2").arg(endpoint.displayName(), detail);
        }
        break;
    case CURLE_OPERATION_TIMEDOUT:
        r.error = EngineResponse::Error::Timeout;
        r.message = QCoreApplication::translate("EngineClient", "The engine at %1 did not answer in time.").arg(endpoint.displayName());
        break;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
        r.error = EngineResponse::Error::ConnectionLost;
        r.message = QCoreApplication::translate("EngineClient", "The connection to the engine was lost: %1").arg(detail);
        break;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CIPHER:
        r.error = EngineResponse::Error::Tls;
        r.message = QCoreApplication::translate("EngineClient", "TLS with %1 failed: %2").arg(endpoint.displayName(), detail);
        break;
    case CURLE_ABORTED_BY_CALLBACK:
        r.error = EngineResponse::Error::BodyFailed;
        r.message = request.bodySource && !request.bodySource->errorString().isEmpty()
                        ? request.bodySource->errorString() : QCoreApplication::translate("EngineClient", "Sending the request failed: %1").arg(detail);
        break;
    default:
        r.error = EngineResponse::Error::Other;
        r.message = QCoreApplication::translate("EngineClient", "Talking to the engine failed: %1").arg(detail);
        break;
    }
    if (r.error != EngineResponse::Error::Http && r.status >= 400 && !r.body.isEmpty())
        r.message = daemonMessage(r.body, r.status);
}

} // namespace dx
