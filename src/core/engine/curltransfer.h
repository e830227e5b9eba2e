#pragma once

#include "curlmulti.h"

#include <curl/curl.h>

namespace dx {

// One request in flight: the easy handle and everything its callbacks touch.
struct CurlTransfer
{
    quint64 id = 0;
    CURL *easy = nullptr;
    curl_slist *headerList = nullptr;
    Endpoint endpoint;
    EngineRequest request;
    EngineResponse response;
    CurlMulti::DataHandler onData;
    CurlMulti::DoneHandler onDone;
    CurlMulti::HeadersHandler onHeaders;
    qint64 bodyOffset = 0;
    bool readPaused = false;    // the request body source had nothing yet
    bool receivePaused = false; // the consumer asked us to hold back the response body
    bool cancelled = false;
    bool bodyEnded = false;     // the body source said it has no more
    bool headersDone = false;
    bool stalled = false;       // ended by the stall limit (Bulk, Upload)
    qint64 bytesSeen = -1;      // bytes moved either way at the last stall check
    qint64 lastMoveMs = 0;      // CurlMulti's clock when bytesSeen last changed
    char errorBuffer[CURL_ERROR_SIZE] = {};

    ~CurlTransfer();
    void configure(const QString &url);
    // Whether the stall limit applies now: Bulk always, Upload until the body is sent.
    bool watchesStall() const;
    bool bodySent() const;
    qint64 bytesMoved() const; // headers and body, both directions
    // Maps a finished transfer's curl result to the error the user sees.
    void complete(CURLcode code);

    // How libcurl reaches the endpoint: its unix socket, or TCP with the TLS files and checks.
    static void applyEndpoint(CURL *easy, const Endpoint &endpoint);
    static size_t onHeader(char *data, size_t size, size_t count, void *userp);
    static size_t onWrite(char *data, size_t size, size_t count, void *userp);
    static size_t onRead(char *buffer, size_t size, size_t count, void *userp);
};

} // namespace dx
