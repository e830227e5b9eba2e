#include "job.h"

namespace dx {

Job::Job(QString title, QObject *parent)
    : QObject(parent)
    , m_title(std::move(title))
{
}

Job::~Job() = default;

void Job::start()
{
    if (m_state != State::Pending)
        return;
    m_state = State::Running;
    emit started();
    run();
}

void Job::cancel()
{
    if (hasEnded() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_state == State::Pending) {
        end(State::Cancelled);
        return;
    }
    abortWork();
}

void Job::reportProgress(qint64 done, qint64 total)
{
    if (m_state != State::Running)
        return;
    m_done = done;
    m_total = total;
    emit progress(done, total);
}

void Job::succeed(const QVariant &result)
{
    if (hasEnded())
        return;
    m_result = result;
    end(State::Finished);
}

void Job::fail(const QString &message)
{
    if (hasEnded())
        return;
    // An abort the user asked for ends as cancelled, whatever error the transport reports.
    if (m_cancelRequested) {
        end(State::Cancelled);
        return;
    }
    m_error = message;
    end(State::Failed);
}

void Job::confirmCancelled()
{
    if (!hasEnded())
        end(State::Cancelled);
}

void Job::end(State state)
{
    m_state = state;
    switch (state) {
    case State::Finished: emit finished(m_result); break;
    case State::Failed: emit failed(m_error); break;
    case State::Cancelled: emit cancelled(); break;
    default: break;
    }
    emit ended();
}

} // namespace dx
