#pragma once

#include "apiresult.h"
#include "streams/jsonlinessplitter.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dx {

// One JSON line of the stream POST /images/create (pull) and POST /images/{name}/push answer:
//     {"status":"Downloading","id":"a1b2c3","progressDetail":{"current":1024,"total":4096},"progress":"[=>  ]"}
//     {"status":"Digest: sha256:..."}
//     {"progressDetail":{},"aux":{"Tag":"1","Digest":"sha256:...","Size":527}}   (push)
//     {"errorDetail":{"message":"..."},"error":"..."}
struct ImageProgress
{
    QString id;       // a layer's short id, or the tag for lines about the whole image
    QString status;
    QString progress; // the engine's own progress bar text
    qint64 current = 0;
    qint64 total = 0; // 0: unknown
    QString digest;   // push: the pushed manifest's digest (aux.Digest)
    QString error;    // the engine's message when the pull or push failed

    static bool fromJson(const QJsonObject &object, ImageProgress *progress, QString *error);
};

// Decodes the stream chunk by chunk. A pull or push that fails after the engine answered 200
// says so only in an error line: error() has it, so a caller can tell success from failure.
class ImageProgressDecoder final
{
public:
    QList<ImageProgress> feed(const QByteArray &chunk);
    QList<ImageProgress> finish();
    // The engine's error line (or a line too long to read); empty while all is well.
    QString error() const { return m_error; }
    QString digest() const { return m_digest; }
    // The pull's or push's outcome once the reply finished: the engine's HTTP error, else the
    // stream's error line (both with ApiError::withRuntimeHint's advice), else none.
    ApiError outcome(const EngineResponse &response) const;

private:
    QList<ImageProgress> decode(const QVector<JsonLine> &lines);

    JsonLinesSplitter m_splitter;
    QString m_error;
    QString m_digest;
};

} // namespace dx
