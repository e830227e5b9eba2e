#include "connectdialog.h"
#include "ui_connectdialog.h"

#include "engine/endpoint.h"
#include "engine/engineprobe.h"
#include "engine/podmanservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QtConcurrent>

namespace dx {

namespace {

// The checkbox applies to addresses that (can) use TLS; sockets and ssh have no certificate.
bool canSkipVerify(const QString &host)
{
    return host.startsWith(QLatin1String("tcp://")) || host.startsWith(QLatin1String("https://"));
}

} // namespace

ConnectDialog::ConnectDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (current == Endpoint::podmanServiceChoice()) {
        m_ui->mode->setCurrentIndex(3);
    } else if (current.startsWith(QLatin1String("context:"))) {
        m_ui->mode->setCurrentIndex(1);
        m_wantedContext = current.mid(8);
    } else if (!current.isEmpty()) {
        m_ui->mode->setCurrentIndex(2);
        const bool noVerify = current.startsWith(Endpoint::noVerifyPrefix());
        m_ui->noVerify->setChecked(noVerify);
        m_ui->host->setText(noVerify ? current.mid(Endpoint::noVerifyPrefix().size()) : current);
    }

    // The context list comes from ~/.docker: read it on a worker.
    auto *contexts = new QFutureWatcher<QStringList>(this);
    connect(contexts, &QFutureWatcher<QStringList>::finished, this, [this, contexts] {
        const QSignalBlocker blocker(m_ui->context);
        m_ui->context->clear();
        m_ui->context->addItems(contexts->result());
        if (!m_wantedContext.isEmpty())
            m_ui->context->setCurrentText(m_wantedContext);
        updateState();
    });
    contexts->setFuture(QtConcurrent::run([] { return EndpointResolver().contextNames(); }));

    connect(m_ui->mode, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    connect(m_ui->context, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    connect(m_ui->host, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_ui->noVerify, &QCheckBox::toggled, this, &ConnectDialog::updateState);
    connect(m_ui->refresh, &QPushButton::clicked, this, &ConnectDialog::refreshEngines);
    // A row the user selects (click, arrow keys) is the choice; the current row a list gets
    // with the focus is not: opening the dialog must not change what is chosen.
    connect(m_ui->engines, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QList<QTreeWidgetItem *> selected = m_ui->engines->selectedItems();
        if (!selected.isEmpty())
            applyChoice(selected.first()->data(0, Qt::UserRole).toString());
    });
    connect(m_ui->engines, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        applyChoice(item->data(0, Qt::UserRole).toString());
        accept();
    });
    connect(m_ui->startPodman, &QPushButton::clicked, this, [this] {
        applyChoice(Endpoint::podmanServiceChoice());
        accept();
    });
    m_ui->engines->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    updateState();
    refreshEngines();
    resize(820, sizeHint().height());
}

void ConnectDialog::applyChoice(const QString &choice)
{
    if (choice == Endpoint::podmanServiceChoice()) {
        m_ui->mode->setCurrentIndex(3);
    } else if (choice.startsWith(QLatin1String("context:"))) {
        m_wantedContext = choice.mid(8);
        m_ui->context->setCurrentText(m_wantedContext);
        m_ui->mode->setCurrentIndex(1);
    } else {
        m_ui->host->setText(choice);
        m_ui->noVerify->setChecked(false);
        m_ui->mode->setCurrentIndex(2);
    }
}

void ConnectDialog::refreshEngines()
{
    struct Found
    {
        QList<EngineCandidate> engines;
        bool podmanInstalled = false;
    };
    const int generation = ++m_probeGeneration;
    m_ui->refresh->setEnabled(false);
    m_ui->foundStatus->setText(tr("Looking for engines…"));
    auto *watcher = new QFutureWatcher<Found>(this);
    connect(watcher, &QFutureWatcher<Found>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_probeGeneration)
            return;
        const Found found = watcher->result();
        m_ui->refresh->setEnabled(true);
        m_ui->startPodman->setEnabled(found.podmanInstalled);
        m_ui->startPodman->setToolTip(found.podmanInstalled
                                          ? tr("Run Podman's Docker-compatible API service for as long as Docker Explorer runs, and connect to it")
                                          : tr("Podman is not installed (sudo apt-get install podman)"));
        const QSignalBlocker blocker(m_ui->engines);
        m_ui->engines->clear();
        int answering = 0;
        const QColor dim = palette().color(QPalette::PlaceholderText);
        for (const EngineCandidate &c : found.engines) {
            auto *item = new QTreeWidgetItem(m_ui->engines);
            const bool inUse = c.endpoint.isValid() && c.endpoint.displayName() == m_inUse;
            item->setText(0, inUse ? tr("%1 (in use)").arg(c.probe.stateText()) : c.probe.stateText());
            item->setText(1, c.source);
            item->setText(2, c.endpoint.isValid() ? c.endpoint.displayName() : c.choice);
            item->setData(0, Qt::UserRole, c.choice);
            const QString why = c.probe.answers ? tr("API %1").arg(c.probe.apiVersion) : c.probe.error;
            for (int column = 0; column < 3; ++column) {
                item->setToolTip(column, column == 2 ? item->text(2) + u'\n' + why : why);
                if (!c.probe.answers)
                    item->setForeground(column, dim);
                if (inUse) {
                    QFont bold = item->font(column);
                    bold.setBold(true);
                    item->setFont(column, bold);
                }
            }
            answering += c.probe.answers ? 1 : 0;
        }
        m_ui->foundStatus->setText(answering == 0 ? tr("No engine answers.")
                                                  : tr("Answering: %1 of %2.").arg(answering).arg(found.engines.size()));
    });
    watcher->setFuture(QtConcurrent::run([] {
        Found found;
        found.engines = EngineProbe::probeAll(EngineProbe::candidates(EndpointResolver()));
        found.podmanInstalled = !PodmanService::findProgram().isEmpty();
        return found;
    }));
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::choice() const
{
    switch (m_ui->mode->currentIndex()) {
    case 1: return QStringLiteral("context:") + m_ui->context->currentText();
    case 3: return Endpoint::podmanServiceChoice();
    case 2: {
        const QString host = m_ui->host->text().trimmed();
        // Only an explicit tick turns verification off; the preview says "unverified" then.
        return m_ui->noVerify->isChecked() && canSkipVerify(host) ? Endpoint::noVerifyPrefix() + host : host;
    }
    default: return {};
    }
}

void ConnectDialog::updateState()
{
    m_ui->context->setEnabled(m_ui->mode->currentIndex() == 1);
    m_ui->host->setEnabled(m_ui->mode->currentIndex() == 2);
    // TLS settings of a context or of the environment come from there (SkipTLSVerify, DOCKER_TLS*).
    const QString host = m_ui->host->text().trimmed();
    m_ui->noVerify->setEnabled(m_ui->mode->currentIndex() == 2 && canSkipVerify(host));
    const int generation = ++m_previewGeneration;
    auto *watcher = new QFutureWatcher<Endpoint>(this);
    connect(watcher, &QFutureWatcher<Endpoint>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_previewGeneration)
            return; // a newer choice is being resolved
        const Endpoint ep = watcher->result();
        m_ui->preview->setText(ep.isValid() ? ep.displayName() : ep.error);
    });
    watcher->setFuture(QtConcurrent::run([c = choice()] { return EndpointResolver().fromChoice(c); }));
}

} // namespace dx
