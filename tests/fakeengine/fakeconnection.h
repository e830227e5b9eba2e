#pragma once

// One client connection of the fake engine: an incremental HTTP/1.1 request parser (request
// line, headers, Content-Length and chunked bodies, pipelining) and the writer that plays a
// FakeReply (whole, chunked, throttled, trickled, held-open stream, cut). Internal to
// FakeEngine; tests never see it.

#include "fakereply.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>

class QLocalSocket;

namespace dx::test {

class FakeEngine;

class FakeConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeConnection)

public:
    FakeConnection(QLocalSocket *socket, int number, FakeEngine *engine);
    ~FakeConnection() override;

    int number() const { return m_number; }
    bool isOpen() const;
    // The stream this connection holds open right now (empty when none).
    QString streamName() const { return m_active && !m_reply.streamName.isEmpty() ? m_reply.streamName : QString(); }
    void pushChunk(const QByteArray &data);
    void endStream();
    // Closes the connection at once, wherever the reply is.
    void cut();

signals:
    void closed(dx::test::FakeConnection *connection);

private:
    enum class ParseState { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers };

    void onReadyRead();
    bool parse(); // true while a complete request was taken from the buffer
    bool parseHead(const QByteArray &head);
    void takeBody(qsizetype n);
    void completeRequest();
    void badRequest(const QByteArray &why);

    void answerNext();
    void sendHead();
    void startBody();
    void onTick();
    void writeBody(const QByteArray &data); // frames as chunks when chunked; honours cutAfter
    void finishReply();

    QLocalSocket *m_socket;
    int m_number;
    QPointer<FakeEngine> m_engine;

    // Parsing
    QByteArray m_buffer;
    ParseState m_state = ParseState::Head;
    FakeRequest m_parsing;
    qint64 m_remaining = 0;
    bool m_clientClose = false;
    struct Pending {
        FakeRequest request;
        bool close; // the client asked to close after this one (Connection: close, HTTP/1.0)
    };
    QQueue<Pending> m_queue;

    // Answering
    bool m_active = false;
    bool m_closeAfter = false;
    bool m_isHead = false;
    FakeReply m_reply;
    QByteArray m_pendingBody;
    qint64 m_sentBodyBytes = 0;
    QTimer m_tick;
    QElapsedTimer m_elapsed;
    bool m_gone = false;
};

} // namespace dx::test
