#pragma once

#include "streams/containerstats.h"

#include <QPointer>
#include <QWidget>

class QChart;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace dx {

class AppServices;
class EngineReply;

// The Stats tab: CPU % and memory over the last 60 s, plus network, block I/O and PIDs, as
// `docker stats` computes them. The stream runs only while the tab is visible and the
// container runs, so hidden tabs cost the engine nothing.
class ContainerStatsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerStatsWidget)

public:
    static constexpr int WindowSecs = 60;

    explicit ContainerStatsWidget(AppServices *services, QWidget *parent = nullptr);
    ~ContainerStatsWidget() override;

    void setContainer(const QString &id, const QString &name, bool running);
    void setRunning(bool running);
    // The tab is the visible one.
    void setActive(bool active);
    bool isStreaming() const { return !m_reply.isNull(); }
    int sampleCount() const { return m_samples; }
    // Feeds one sample (from the stream, or from a test).
    void addSample(const ContainerStats &stats);

private:
    void updateStream();
    void stopStream();
    void clearCharts();

    struct Sample
    {
        double t;
        double cpu;
        double memMiB;
    };

    AppServices *m_services;
    QList<Sample> m_history;
    QLineSeries *m_cpu;
    QLineSeries *m_memory;
    QValueAxis *m_cpuX;
    QValueAxis *m_cpuY;
    QValueAxis *m_memX;
    QValueAxis *m_memY;
    QLabel *m_cpuNow;
    QLabel *m_memNow;
    QLabel *m_net;
    QLabel *m_block;
    QLabel *m_pids;
    QLabel *m_state;
    QPointer<EngineReply> m_reply;
    ContainerStatsStream m_stream;
    QString m_id;
    QString m_name;
    bool m_running = false;
    bool m_active = false;
    int m_samples = 0;
    qint64 m_startMs = 0;
};

} // namespace dx
