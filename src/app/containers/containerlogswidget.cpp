#include "containerlogswidget.h"

#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "containers/logmodel.h"
#include "engine/engine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"
#include "shell/wrapbar.h"
#include "shell/zoom.h"
#include "streams/logdemuxer.h"
#include "shell/language.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dx {

namespace {

// Paints the search term's occurrences behind the text of each visible line.
class HighlightDelegate final : public QStyledItemDelegate
{
public:
    HighlightDelegate(QLineEdit *search, QObject *parent)
        : QStyledItemDelegate(parent), m_search(search) {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString term = m_search->text();
        if (!term.isEmpty()) {
            const QString text = index.data().toString();
            const QFontMetrics fm(option.font);
            const int margin = 3; // the style's text margin of item views
            for (int at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
                 at = text.indexOf(term, at + int(term.size()), Qt::CaseInsensitive)) {
                const int x = option.rect.left() + margin + fm.horizontalAdvance(text.left(at));
                const int w = fm.horizontalAdvance(text.mid(at, term.size()));
                QColor c = Theme::warning();
                c.setAlpha(110);
                painter->fillRect(QRect(x, option.rect.top(), w, option.rect.height()), c);
            }
        }
        QStyledItemDelegate::paint(painter, option, index);
    }

private:
    QLineEdit *m_search;
};

} // namespace

ContainerLogsWidget::ContainerLogsWidget(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new LogModel(this))
    , m_list(new QListView(this))
    , m_search(new QLineEdit(this))
    , m_timestamps(new QCheckBox(this))
    , m_follow(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
    , m_resume(new QTimer(this))
{
    IconProvider *icons = services->icons();
    m_model->setStderrColor(Theme::danger());
    m_list->setObjectName(QStringLiteral("logList"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true); // one height for all: scrolling a million rows stays O(1)
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(2000);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setFont(Zoom::fixedFont());
    m_list->setItemDelegate(new HighlightDelegate(m_search, m_list));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->addAction(icons->icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    auto *prev = new QToolButton(this);
    prev->setIcon(icons->icon(QStringLiteral("up")));
    prev->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    auto *next = new QToolButton(this);
    next->setIcon(icons->icon(QStringLiteral("down")));
    next->setShortcut(QKeySequence(Qt::Key_F3));
    auto *save = new QToolButton(this);
    save->setIcon(icons->icon(QStringLiteral("save-as")));
    auto *clear = new QToolButton(this);
    clear->setIcon(icons->icon(QStringLiteral("clear")));
    m_follow->setChecked(true);

    auto *switches = new QWidget(this);
    auto *switchRow = new QHBoxLayout(switches);
    switchRow->setContentsMargins(0, 0, 0, 0);
    switchRow->addWidget(m_timestamps);
    switchRow->addWidget(m_follow);
    auto *bar = new WrapBar(this);
    bar->setWidgets({m_search, prev, next}, {switches, save, clear});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(bar);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(m_search, &QLineEdit::textChanged, m_list->viewport(), qOverload<>(&QWidget::update));
    connect(prev, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(save, &QToolButton::clicked, this, &ContainerLogsWidget::save);
    connect(clear, &QToolButton::clicked, this, [this] {
        m_model->clear();
        updateStatus();
    });
    connect(m_timestamps, &QCheckBox::toggled, this, [this](bool on) {
        // Timestamps come from the engine: ask again with timestamps=1 (the tail is re-read).
        m_model->setShowTimestamps(on);
        if (!m_id.isEmpty() && m_active && m_ttyKnown) {
            m_model->clear();
            open(false);
        } else {
            m_read = false; // read with timestamps when the tab is shown again
        }
    });
    connect(m_timer, &QTimer::timeout, this, &ContainerLogsWidget::tick);
    m_timer->setInterval(TickMs);
    m_resume->setSingleShot(true);
    connect(m_resume, &QTimer::timeout, this, &ContainerLogsWidget::resume);
    connect(services->engine(), &Engine::connectedChanged, this, [this](bool connected) {
        if (connected)
            resume();
    });
    updateStatus();
    retranslate(this, [=] {
        m_timestamps->setText(tr("Timestamps"));
        m_follow->setText(tr("Follow"));
        m_search->setPlaceholderText(tr("Search the log"));
        prev->setToolTip(tr("Previous match (Shift+F3)"));
        next->setToolTip(tr("Next match (F3)"));
        save->setToolTip(tr("Save the log to a file"));
        clear->setToolTip(tr("Clear the view (the container's log stays on the engine)"));
        m_timestamps->setToolTip(tr("Show the engine's timestamp of each line (docker logs -t)"));
        m_follow->setToolTip(tr("Keep scrolling to the newest line"));
    });
}

ContainerLogsWidget::~ContainerLogsWidget()
{
    stop();
}

void ContainerLogsWidget::setContainer(const QString &id, const QString &name, bool running, const QDateTime &startedAt,
                                       const QDateTime &finishedAt)
{
    if (id == m_id) {
        m_name = name;
        setRunning(running);
        // A run so short that it was never seen running (started and exited between two
        // looks at the store) still wrote output: read what is new.
        const bool newRun = startedAt.isValid() && m_startedAt.isValid() && startedAt > m_startedAt;
        const QDateTime previousEnd = m_finishedAt;
        if (startedAt.isValid())
            m_startedAt = startedAt;
        if (finishedAt.isValid())
            m_finishedAt = finishedAt;
        if (newRun && m_read && !m_reply && m_active && m_ttyKnown) {
            // From shortly after the run before it ended. Neither recorded time is an exact
            // boundary: Docker 20.10 stamped a run's first line 5 ms before the StartedAt it
            // recorded, Podman 4.3 stamped the last lines of a run up to 4 ms after its
            // FinishedAt. A new run (a click on Start) comes much later than 50 ms after.
            if (previousEnd.isValid())
                m_streamEnded = previousEnd.addMSecs(50);
            open(true);
        }
        return;
    }
    m_startedAt = startedAt;
    m_finishedAt = finishedAt;
    stop();
    m_model->clear();
    m_id = id;
    m_name = name;
    m_running = running;
    m_ttyKnown = false;
    m_read = false;
    m_streamEnded = {};
    m_backoff.reset();
    updateStatus();
}

void ContainerLogsWidget::setTty(bool tty)
{
    if (m_ttyKnown && tty == m_tty)
        return;
    const bool reopen = m_ttyKnown; // framing changed under a stream: read it again
    m_tty = tty;
    m_ttyKnown = true;
    if (reopen) {
        stop();
        m_model->clear();
        m_read = false;
    }
    updateStream();
}

void ContainerLogsWidget::setRunning(bool running)
{
    const bool wasRunning = m_running;
    m_running = running;
    // A stopped container's follow stream ends; when it runs again, follow the new output.
    if (running && !wasRunning)
        updateStream();
    updateStatus();
}

void ContainerLogsWidget::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    updateStream();
}

void ContainerLogsWidget::updateStream()
{
    const bool want = m_active && m_ttyKnown && !m_id.isEmpty();
    if (!want) {
        if (m_reply) {
            // Hidden: stop following; the lines stay, and coming back reads the tail again.
            stop();
            m_read = false;
        }
        updateStatus();
        return;
    }
    if (m_reply)
        return;
    if (!m_read) {
        m_model->clear();
        open(false);
    } else if (m_running || !m_lost.isEmpty()) {
        open(true); // the stream ended with the container (it runs again) or broke off: what is new
    }
}

void ContainerLogsWidget::open(bool tailOnly)
{
    stop();
    m_read = true;
    const bool timestamps = m_timestamps->isChecked();
    m_demuxer = std::make_unique<LogDemuxer>(m_tty ? LogDemuxer::Mode::Raw : LogDemuxer::Mode::Multiplexed, timestamps);
    LogOptions options;
    options.follow = true;
    options.timestamps = timestamps;
    if (tailOnly && m_streamEnded.isValid())
        options.since = m_streamEnded;
    else
        options.tail = 1000;
    // What the tab shows for the selected row, not a command the user gave: plumbing, shown in
    // the Docker Commands panel with "Show internal requests" (a selection made by the view
    // itself must not appear as the user's `docker logs`).
    m_reply = m_services->session()->api()->containers().logs(m_name.isEmpty() ? m_id : m_name, options,
                                                               CallContext::internal());
    connect(m_reply, &EngineReply::headersReceived, this, [this](int status) {
        if (status < 400)
            m_backoff.reset(); // the engine answers: the next break is retried quickly again
    });
    connect(m_reply, &EngineReply::dataReceived, this, &ContainerLogsWidget::onChunk);
    connect(m_reply, &EngineReply::finished, this, &ContainerLogsWidget::onStreamEnded);
    m_timer->start();
    updateStatus();
}

void ContainerLogsWidget::onStreamEnded(const EngineResponse &response)
{
    m_reply = nullptr;
    if (m_demuxer)
        m_model->append(m_demuxer->finish());
    m_streamEnded = QDateTime::currentDateTimeUtc();
    tick();
    m_timer->stop();
    if (response.error == EngineResponse::Error::Http) {
        m_status->setText(tr("Log stream ended: %1").arg(response.message));
        return;
    }
    if (!response.ok() && response.error != EngineResponse::Error::Cancelled) {
        // Not the container's doing: the engine, or the way to it, went away.
        m_lost = response.message;
        m_resume->start(m_backoff.next());
    }
    updateStatus();
}

void ContainerLogsWidget::resume()
{
    if (m_lost.isEmpty() || m_reply)
        return;
    // Not connected: connectedChanged() calls again. Hidden: showing the tab reads what is new.
    if (!m_services->engine()->isConnected() || !m_active || !m_ttyKnown || m_id.isEmpty())
        return;
    open(true); // from where the broken stream ended
}

void ContainerLogsWidget::stop()
{
    m_lost.clear();
    m_resume->stop();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply = nullptr;
    }
    m_timer->stop();
    tick();
}

void ContainerLogsWidget::onChunk(const QByteArray &chunk)
{
    // Demultiplexing is cheap (a scan for frame headers and newlines); the costly part,
    // the model insert and the relayout, happens once per tick.
    QVector<LogLine> lines;
    m_demuxer->feed(chunk.constData(), chunk.size(), lines);
    m_model->append(lines);
}

void ContainerLogsWidget::tick()
{
    if (m_model->flush() > 0) {
        if (m_follow->isChecked())
            m_list->scrollToBottom();
        updateStatus();
    }
}

void ContainerLogsWidget::findNext(bool forward)
{
    const QString term = m_search->text();
    if (term.isEmpty())
        return;
    const QModelIndex current = m_list->currentIndex();
    int from = current.isValid() ? current.row() + (forward ? 1 : -1) : (forward ? 0 : m_model->rowCount() - 1);
    if (from < 0)
        from = m_model->rowCount() - 1;
    const int row = m_model->find(term, from, forward);
    if (row < 0) {
        m_status->setText(tr("“%1” not found").arg(term));
        return;
    }
    m_follow->setChecked(false); // the user looks at an older line: stop jumping away from it
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void ContainerLogsWidget::save()
{
    auto *dialog = new QFileDialog(this, tr("Save Log"), m_name + QStringLiteral(".log"), tr("Log files (*.log *.txt)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        const QStringList lines = m_model->toLines();
        // Writing up to 100,000 lines is disk work: off the UI thread.
        auto future = QtConcurrent::run([file, lines] {
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return out.errorString();
            for (const QString &line : lines) {
                out.write(line.toUtf8());
                out.write("\n", 1);
            }
            return out.error() == QFileDevice::NoError ? QString() : out.errorString();
        });
        future.then(this, [this, file](const QString &error) {
            m_status->setText(error.isEmpty() ? tr("Saved to %1").arg(file) : tr("Could not save %1: %2").arg(file, error));
        });
    });
    dialog->open();
}

QString ContainerLogsWidget::statusText() const
{
    return m_status->text();
}

void ContainerLogsWidget::updateStatus()
{
    QString text;
    if (m_id.isEmpty())
        text = tr("Select a container to see its output.");
    else if (!m_lost.isEmpty())
        text = tr("Log stream ended: %1 · following again when the engine answers").arg(m_lost);
    else if (m_reply)
        text = tr("Following %n line(s) live", nullptr, m_model->rowCount());
    else if (!m_running)
        text = tr("%n line(s) · the container is not running", nullptr, m_model->rowCount());
    else
        text = tr("%n line(s)", nullptr, m_model->rowCount());
    if (m_model->droppedLines() > 0)
        text += QLatin1String(" · ") + tr("%1 older lines dropped (limit %2)").arg(m_model->droppedLines()).arg(m_model->maxLines());
    m_status->setText(text);
}

} // namespace dx
