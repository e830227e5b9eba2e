#include "connectdialog.h"

#include "engine/endpoint.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QtConcurrent>

namespace dx {

ConnectDialog::ConnectDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_mode(new QComboBox(this))
    , m_context(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_preview(new QLabel(this))
{
    setWindowTitle(tr("Connect to an Engine"));
    auto *form = new QFormLayout(this);
    m_mode->addItem(tr("Automatic (DOCKER_HOST, docker context, local sockets)"));
    m_mode->addItem(tr("Docker context"));
    m_mode->addItem(tr("Address"));
    form->addRow(tr("Engine:"), m_mode);
    m_context->addItem(QStringLiteral("default"));
    form->addRow(tr("Context:"), m_context);
    m_host->setPlaceholderText(QStringLiteral("unix:///run/podman/podman.sock, tcp://host:2376, ssh://user@host"));
    form->addRow(tr("Address:"), m_host);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Resolves to:"), m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    if (current.startsWith(QLatin1String("context:"))) {
        m_mode->setCurrentIndex(1);
        m_wantedContext = current.mid(8);
    } else if (!current.isEmpty()) {
        m_mode->setCurrentIndex(2);
        m_host->setText(current);
    }

    // The context list comes from ~/.docker: read it on a worker.
    auto *contexts = new QFutureWatcher<QStringList>(this);
    connect(contexts, &QFutureWatcher<QStringList>::finished, this, [this, contexts] {
        const QSignalBlocker blocker(m_context);
        m_context->clear();
        m_context->addItems(contexts->result());
        if (!m_wantedContext.isEmpty())
            m_context->setCurrentText(m_wantedContext);
        updateState();
    });
    contexts->setFuture(QtConcurrent::run([] { return EndpointResolver().contextNames(); }));

    connect(m_mode, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    connect(m_context, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    connect(m_host, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    updateState();
    resize(560, sizeHint().height());
}

QString ConnectDialog::choice() const
{
    switch (m_mode->currentIndex()) {
    case 1: return QStringLiteral("context:") + m_context->currentText();
    case 2: return m_host->text().trimmed();
    default: return {};
    }
}

void ConnectDialog::updateState()
{
    m_context->setEnabled(m_mode->currentIndex() == 1);
    m_host->setEnabled(m_mode->currentIndex() == 2);
    const int generation = ++m_previewGeneration;
    auto *watcher = new QFutureWatcher<Endpoint>(this);
    connect(watcher, &QFutureWatcher<Endpoint>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_previewGeneration)
            return; // a newer choice is being resolved
        const Endpoint ep = watcher->result();
        m_preview->setText(ep.isValid() ? ep.displayName() : ep.error);
    });
    watcher->setFuture(QtConcurrent::run([c = choice()] { return EndpointResolver().fromChoice(c); }));
}

} // namespace dx
