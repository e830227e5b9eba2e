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
    qint64 bodyOffset = 0;
    bool readPaused = false;    // the request body source had nothing yet
    bool receivePaused = false; // the consumer asked us to hold back the response body
    bool cancelled = false;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    ~CurlTransfer();
    void configure(const QString &url);
    // Maps a finished transfer's curl result to the error the user sees.
    void complete(CURLcode code);

    static size_t onHeader(char *data, size_t size, size_t count, void *userp);
    static size_t onWrite(char *data, size_t size, size_t count, void *userp);
    static size_t onRead(char *buffer, size_t size, size_t count, void *userp);
};

} // namespace dx
