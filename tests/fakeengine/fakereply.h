#pragma once

// The two value types of the fake engine: what it received (FakeRequest) and how it answers
// (FakeReply). See fakeengine.h for how tests use them.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

namespace dx::test {

using FakeHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request as the fake engine received it, after de-chunking and decoding.
struct FakeRequest
{
    QByteArray method;        // "GET", "POST", ...
    QString path;             // percent-decoded, WITHOUT the /vX.Y prefix: "/containers/json"
    QString apiVersion;       // "1.41" when the client sent /v1.41/..., empty for /_ping & co.
    QByteArray target;        // the request target exactly as sent: "/v1.41/containers/json?all=1"
    QByteArray rawQuery;      // everything after '?', still encoded
    // Decoded the way dockerd (Go's url.ParseQuery) does: '+' is a space, %XX a byte.
    QList<QPair<QString, QString>> queryItems;
    FakeHeaders headers;      // as sent, in order
    QByteArray body;          // de-chunked
    bool chunkedBody = false; // the client sent Transfer-Encoding: chunked
    int connection = 0;       // 1-based number of the connection it arrived on (keep-alive checks)
    int sequence = 0;         // 1-based position in the engine's request log
    QStringList captures;     // the route pattern's capture groups, captures[0] = whole path

    QByteArray header(const QByteArray &name) const; // case-insensitive, first one
    bool hasQueryItem(const QString &key) const;
    QString queryItem(const QString &key) const;     // first value, decoded
    QStringList queryItemValues(const QString &key) const;
    // The query item parsed as JSON (e.g. "filters"); an empty object when absent or invalid.
    QJsonObject queryJson(const QString &key) const;
    QJsonDocument json() const; // the body parsed as JSON
};

// How the fake engine answers a request. Build one with a factory, refine it with the
// chainable modifiers:   FakeReply::fixture("containers.json").throttled(64, 100)
struct FakeReply
{
    int status = 200;
    FakeHeaders headers;         // on top of (and overriding) the engine's usual headers
    QByteArray body;

    bool chunked = false;        // Transfer-Encoding: chunked instead of Content-Length
    int chunkSize = 0;           // chunked/throttled: bytes per chunk, 0 = the whole body at once
    int intervalMs = 0;          // > 0: one chunk every intervalMs (throttled or trickle)
    int durationMs = 0;          // trickle: keep sending `body` every interval for this long
    bool repeatBody = false;     // trickle mode: body is the unit sent each interval
    QString streamName;          // non-empty: held open; the test pushes chunks (pushStream)
    qint64 cutAfterBytes = -1;   // >= 0: close the connection after this many body bytes
    bool drop = false;           // close the connection without answering at all
    int delayMs = 0;             // wait before sending the status line
    bool closeConnection = false;// Connection: close after this reply

    // --- factories --------------------------------------------------------------------
    static FakeReply json(const QByteArray &body, int status = 200);
    static FakeReply json(const QJsonObject &object, int status = 200);
    static FakeReply json(const QJsonArray &array, int status = 200);
    static FakeReply text(const QByteArray &body, int status = 200);
    // A file of tests/fakeengine/fixtures/; .json/.jsonl are served as application/json.
    static FakeReply fixture(const QString &name, int status = 200);
    // An engine error as dockerd words it: {"message":"..."} with the given status.
    static FakeReply error(int status, const QString &message);
    static FakeReply notFound(); // what dockerd says for an unknown route: page not found
    static FakeReply noContent(); // 204, e.g. POST /containers/{id}/start
    // A 200 application/json reply whose body is not valid JSON (cut off mid-object).
    static FakeReply malformedJson(const QByteArray &body = QByteArrayLiteral("{\"Id\":\"abc\",\"Names\":[\"/x\""));
    // A chunked stream held open until the test ends it (closeStreams/cutStreams); pushStream
    // sends chunks. GET /events answers stream("events") by default.
    static FakeReply stream(const QString &name);
    // A chunked stream that sends `unit` every intervalMs for durationMs, then ends cleanly.
    static FakeReply trickle(const QByteArray &unit, int intervalMs, int durationMs);
    // Closes the connection without answering (the client sees an empty reply).
    static FakeReply dropConnection();

    // --- modifiers (return *this for chaining) -----------------------------------------
    FakeReply &withStatus(int code);
    FakeReply &withHeader(const QByteArray &name, const QByteArray &value);
    FakeReply &withChunked(int bytesPerChunk = 0);
    // Sends the body in slices of bytesPerTick every intervalMs (keeps its framing:
    // Content-Length stays Content-Length, so a slow non-streaming reply can be made too).
    FakeReply &throttled(int bytesPerTick, int intervalMs);
    // Closes the connection once this many body bytes (payload, not framing) went out:
    // the client sees a reply cut off mid-body.
    FakeReply &cutAfter(qint64 bodyBytes);
    FakeReply &delayed(int ms);
    FakeReply &closingConnection();

    QByteArray header(const QByteArray &name) const;
};

// Fixtures captured from a real engine by scripts/capture-fixtures.sh.
namespace fixtures {
QString directory();
QByteArray read(const QString &name); // warns and returns empty when missing
QJsonDocument json(const QString &name);
// capture.json: the ids and names of the objects the capture created.
QJsonObject capture();
// events.jsonl, one raw line per event (bytes exactly as the engine sent them).
QList<QByteArray> eventLines();
// A raw header block (ping.headers): name/value pairs, the status line left out.
FakeHeaders headers(const QString &name);
} // namespace fixtures

// HTTP reason phrase as Go's net/http writes it ("Not Found").
QByteArray reasonPhrase(int status);

} // namespace dx::test

Q_DECLARE_METATYPE(dx::test::FakeRequest)
