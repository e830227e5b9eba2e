#pragma once

#include <memory>

class QObject;

namespace dx {

class ChunkQueue;
class EngineReply;
struct ApiError;

// Feeds a streamed reply (a volume's archive, a saved image) into `queue`, which a worker
// thread reads, with flow control: the GUI thread never waits for the worker; chunks that do
// not fit wait here and the engine is asked to hold back until the worker made room. The queue
// is finished at the end, or aborted with the engine's message in *error (`context` must
// outlive `error`; nothing is written after `context` is gone).
void feedReplyToQueue(EngineReply *reply, const std::shared_ptr<ChunkQueue> &queue, QObject *context, ApiError *error);

} // namespace dx
