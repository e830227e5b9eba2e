#pragma once

#include "engine/backoff.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;
class QToolButton;

namespace dx {

class AppServices;
class EngineReply;
class LogDemuxer;
class LogModel;
struct EngineResponse;

// The Logs tab: follows GET /containers/{id}/logs?follow=1 live, only while the tab is the
// visible one (a selection in the background costs the engine nothing). Chunks are
// demultiplexed as they arrive (raw for TTY containers, which is why the stream waits for
// Config.Tty) and queued in the LogModel, which the view takes in one batch per tick, so even
// a flood of output never blocks the UI for long.
// A stream that ends because the engine (or the way to it) went away, not the container, is
// opened again from where it ended once the engine answers: at once when the engine says it is
// connected again, else on a backoff (0.25 s doubling to 10 s) while it still seems to be.
class ContainerLogsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerLogsWidget)

public:
    static constexpr int TickMs = 40;

    explicit ContainerLogsWidget(AppServices *services, QWidget *parent = nullptr);
    ~ContainerLogsWidget() override;

    // startedAt: when its current run began, finishedAt: when its last run ended (invalid when
    // unknown); a later startedAt is a new run, read from where the run before it ended.
    void setContainer(const QString &id, const QString &name, bool running, const QDateTime &startedAt = {},
                      const QDateTime &finishedAt = {});
    // Config.Tty from the inspect (a raw stream instead of 8-byte frames); nothing is asked
    // before it is known.
    void setTty(bool tty);
    void setRunning(bool running);
    // The tab is the visible one.
    void setActive(bool active);
    LogModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    bool isStreaming() const { return !m_reply.isNull(); }
    // The line below the log: what is followed, or why not.
    QString statusText() const;

    void findNext(bool forward = true);

private:
    void updateStream();
    void open(bool tailOnly);
    void stop();
    void onStreamEnded(const EngineResponse &response);
    void resume();
    void onChunk(const QByteArray &chunk);
    void tick();
    void save();
    void updateStatus();

    AppServices *m_services;
    LogModel *m_model;
    QListView *m_list;
    QLineEdit *m_search;
    QCheckBox *m_timestamps;
    QCheckBox *m_follow;
    QLabel *m_status;
    QTimer *m_timer;
    QTimer *m_resume;
    Backoff m_backoff;
    QPointer<EngineReply> m_reply;
    std::unique_ptr<LogDemuxer> m_demuxer;
    QString m_id;
    QString m_name;
    bool m_tty = false;
    bool m_ttyKnown = false;
    bool m_running = false;
    bool m_active = false;
    bool m_read = false; // the log was read since the container was chosen
    QString m_lost;      // why the last stream broke off, while it waits to be opened again
    QDateTime m_streamEnded; // when the last stream ended: a stream opened again reads from there
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
};

} // namespace dx
