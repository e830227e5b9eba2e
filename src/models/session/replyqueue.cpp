#include "replyqueue.h"

#include "api/apiresult.h"
#include "engine/engine.h"
#include "streams/chunkqueue.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>

namespace dx {

void feedReplyToQueue(EngineReply *reply, const std::shared_ptr<ChunkQueue> &queue, QObject *context, ApiError *error)
{
    // The GUI thread must never wait for the consumer: chunks that do not fit wait here,
    // and the engine is asked to hold back the rest until the consumer has made room.
    struct Feed
    {
        QList<QByteArray> pending;
        bool ended = false;
        bool paused = false;
    };
    auto feed = std::make_shared<Feed>();
    const std::weak_ptr<ChunkQueue> weakQueue = queue; // the queue holds the callback below
    const QPointer<EngineReply> guard(reply);
    const auto drain = [weakQueue, feed, guard] {
        const std::shared_ptr<ChunkQueue> q = weakQueue.lock();
        if (!q)
            return;
        while (!feed->pending.isEmpty()) {
            const ChunkQueue::TryResult result = q->tryFeed(feed->pending.constFirst());
            if (result == ChunkQueue::TryResult::Full)
                return;
            if (result == ChunkQueue::TryResult::Closed) {
                feed->pending.clear();
                if (guard)
                    guard->abort();
                return;
            }
            feed->pending.removeFirst();
        }
        if (feed->paused && guard) {
            feed->paused = false;
            guard->setReceivePaused(false);
        }
        if (feed->ended)
            q->finish();
    };
    const QPointer<QObject> alive(context);
    queue->setSpaceCallback([alive, drain] {
        // Called on the consumer's thread: hop over to the GUI thread.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [alive, drain] {
            if (alive)
                drain();
        }, Qt::QueuedConnection);
    });
    QObject::connect(reply, &EngineReply::dataReceived, context, [feed, drain, guard](const QByteArray &chunk) {
        feed->pending.append(chunk);
        drain();
        if (!feed->pending.isEmpty() && !feed->paused && guard) {
            feed->paused = true;
            guard->setReceivePaused(true);
        }
    });
    QObject::connect(reply, &EngineReply::finished, context, [queue, error, feed, drain](const EngineResponse &r) {
        if (r.ok()) {
            feed->ended = true;
            drain();
            return;
        }
        if (r.error != EngineResponse::Error::Cancelled)
            *error = ApiError::fromResponse(r);
        queue->abort();
    });
}

} // namespace dx
