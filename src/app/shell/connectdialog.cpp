#include "connectdialog.h"
#include "ui_connectdialog.h"

#include "engine/endpoint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFutureWatcher>
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

    if (current.startsWith(QLatin1String("context:"))) {
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
    updateState();
    resize(560, sizeHint().height());
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::choice() const
{
    switch (m_ui->mode->currentIndex()) {
    case 1: return QStringLiteral("context:") + m_ui->context->currentText();
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
