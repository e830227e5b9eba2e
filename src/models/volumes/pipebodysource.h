#pragma once

#include "engine/enginerequest.h"

#include <QByteArray>
#include <QMutex>
#include <QWaitCondition>

namespace dx {

// A request body written by a producer thread (TarBuilder packing files) and read by the
// engine thread. Bounded: write() blocks the producer while the engine has not caught up, so
// an upload of any size holds at most `capacity` bytes; read() never blocks.
class PipeBodySource final : public BodySource
{
public:
    explicit PipeBodySource(qsizetype capacity = 4 * 1024 * 1024);

    // Producer. False once cancelled (the transfer ended).
    bool write(const char *data, qsizetype size);
    void finish(const QString &error = {});

    qint64 read(char *buffer, qint64 maxSize) override;
    QString errorString() const override;
    void cancel() override;

private:
    mutable QMutex m_mutex;
    QWaitCondition m_notFull;
    QByteArray m_buffer;
    qsizetype m_capacity;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_readerWaiting = false;
    QString m_error;
};

} // namespace dx
