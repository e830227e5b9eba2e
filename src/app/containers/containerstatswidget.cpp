#include "containerstatswidget.h"

#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "engine/engine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/theme.h"
#include "shell/language.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace dx {

namespace {

QChartView *makeChart(const QString &title, QLineSeries *series, QValueAxis *x, QValueAxis *y, const QColor &color, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->addSeries(series);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QPen pen(color);
    pen.setWidthF(2);
    series->setPen(pen);
    x->setRange(-ContainerStatsWidget::WindowSecs, 0);
    x->setLabelFormat(QStringLiteral("%d s"));
    x->setTickCount(7); // every 10 s
    y->setMin(0);
    y->setTickCount(5);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    const QPalette pal = parent->palette();
    chart->setBackgroundBrush(pal.base());
    chart->setTitleBrush(pal.text());
    for (QValueAxis *axis : {x, y}) {
        axis->setLabelsBrush(pal.text());
        axis->setGridLineColor(pal.color(QPalette::Mid));
    }
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(140);
    return view;
}

} // namespace

ContainerStatsWidget::ContainerStatsWidget(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_cpu(new QLineSeries(this))
    , m_memory(new QLineSeries(this))
    , m_cpuX(new QValueAxis(this))
    , m_cpuY(new QValueAxis(this))
    , m_memX(new QValueAxis(this))
    , m_memY(new QValueAxis(this))
    , m_cpuNow(new QLabel(this))
    , m_memNow(new QLabel(this))
    , m_net(new QLabel(this))
    , m_block(new QLabel(this))
    , m_pids(new QLabel(this))
    , m_state(new QLabel(this))
{
    m_cpuY->setLabelFormat(QStringLiteral("%.0f %%"));
    m_cpuY->setMax(100);
    m_memY->setLabelFormat(QStringLiteral("%.0f MiB"));
    m_memY->setMax(16);
    auto *charts = new QGridLayout;
    QChartView *cpuChart = makeChart(QString(), m_cpu, m_cpuX, m_cpuY, Theme::accent(), this);
    QChartView *memoryChart = makeChart(QString(), m_memory, m_memX, m_memY, Theme::success(), this);
    charts->addWidget(cpuChart, 0, 0);
    charts->addWidget(memoryChart, 0, 1);
    auto *figures = new QFormLayout;
    QLabel *labels[5];
    const QList<QLabel *> values{m_cpuNow, m_memNow, m_net, m_block, m_pids};
    for (int i = 0; i < values.size(); ++i) {
        labels[i] = new QLabel(this);
        figures->addRow(labels[i], values.at(i));
    }
    retranslate(this, [=] {
        cpuChart->chart()->setTitle(tr("CPU"));
        memoryChart->chart()->setTitle(tr("Memory"));
        labels[0]->setText(tr("CPU:"));
        labels[1]->setText(tr("Memory:"));
        labels[2]->setText(tr("Network received / sent:"));
        labels[3]->setText(tr("Block I/O read / written:"));
        labels[4]->setText(tr("Processes (PIDs):"));
    });
    for (QLabel *l : {m_cpuNow, m_memNow, m_net, m_block, m_pids})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_state);
    layout->addLayout(charts, 1);
    layout->addLayout(figures);
    clearCharts();
    connect(Language::instance(), &Language::changed, this, &ContainerStatsWidget::updateStream);
}

ContainerStatsWidget::~ContainerStatsWidget()
{
    stopStream();
}

void ContainerStatsWidget::setContainer(const QString &id, const QString &name, bool running)
{
    if (id != m_id) {
        stopStream();
        m_id = id;
        m_name = name;
        clearCharts();
    }
    m_running = running;
    updateStream();
}

void ContainerStatsWidget::setRunning(bool running)
{
    m_running = running;
    updateStream();
}

void ContainerStatsWidget::setActive(bool active)
{
    m_active = active;
    updateStream();
}

void ContainerStatsWidget::clearCharts()
{
    m_cpu->clear();
    m_memory->clear();
    m_history.clear();
    m_samples = 0;
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    for (QLabel *l : {m_cpuNow, m_memNow, m_net, m_block, m_pids})
        l->setText(QStringLiteral("–"));
}

void ContainerStatsWidget::updateStream()
{
    const bool want = m_active && m_running && !m_id.isEmpty();
    if (m_id.isEmpty())
        m_state->setText(tr("Select a container to see its resource use."));
    else if (!m_running)
        m_state->setText(tr("%1 is not running: it uses no CPU or memory. Start it to see live figures.").arg(m_name));
    else
        m_state->setText(tr("Live figures of %1, computed like `docker stats`.").arg(m_name));
    if (want == bool(m_reply))
        return;
    if (!want) {
        stopStream();
        return;
    }
    m_stream.reset();
    // The tab's own feed, like the logs: plumbing, not the user's `docker stats`.
    m_reply = m_services->session()->api()->containers().stats(m_name.isEmpty() ? m_id : m_name, true,
                                                                CallContext::internal());
    connect(m_reply, &EngineReply::dataReceived, this, [this](const QByteArray &chunk) {
        for (const ContainerStats &sample : m_stream.feed(chunk))
            addSample(sample);
    });
    connect(m_reply, &EngineReply::finished, this, [this](const EngineResponse &) { m_reply = nullptr; });
}

void ContainerStatsWidget::stopStream()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply = nullptr;
    }
}

void ContainerStatsWidget::addSample(const ContainerStats &s)
{
    if (!s.valid)
        return;
    ++m_samples;
    const double now = (QDateTime::currentMSecsSinceEpoch() - m_startMs) / 1000.0;
    m_history.append({now, s.cpuPercent, s.memoryUsage / (1024.0 * 1024.0)});
    while (!m_history.isEmpty() && m_history.first().t < now - WindowSecs - 1)
        m_history.removeFirst();
    // The x axis stays "seconds ago" (-60 … 0): points move left as time goes on.
    QList<QPointF> cpu;
    QList<QPointF> memory;
    double cpuMax = 10;
    double memMax = 1;
    for (const Sample &p : std::as_const(m_history)) {
        cpu.append({p.t - now, p.cpu});
        memory.append({p.t - now, p.memMiB});
        cpuMax = qMax(cpuMax, p.cpu * 1.2);
        memMax = qMax(memMax, p.memMiB * 1.2);
    }
    m_cpu->replace(cpu);
    m_memory->replace(memory);
    // Round axis ends and ticks (0, 0.25, 0.5, … instead of 0.275 steps).
    m_cpuY->setRange(0, cpuMax);
    m_cpuY->applyNiceNumbers();
    m_cpuY->setLabelFormat(m_cpuY->max() < 20 ? QStringLiteral("%.1f %%") : QStringLiteral("%.0f %%"));
    m_memY->setRange(0, memMax);
    m_memY->applyNiceNumbers();
    m_memY->setLabelFormat(m_memY->max() < 10 ? QStringLiteral("%.2g MiB") : QStringLiteral("%.0f MiB"));
    m_cpuNow->setText(s.cpuPercentText());
    m_memNow->setText(QStringLiteral("%1 (%2)").arg(s.memoryUsageText(), s.memoryPercentText()));
    m_net->setText(s.networkIoText());
    m_block->setText(s.blockIoText());
    m_pids->setText(s.pidsText());
}

} // namespace dx
