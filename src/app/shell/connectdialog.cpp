#include "connectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

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
    m_context->addItems(EndpointResolver().contextNames());
    form->addRow(tr("Context:"), m_context);
    m_host->setPlaceholderText(QStringLiteral("unix:///run/podman/podman.sock, tcp://host:2376, ssh://user@host"));
    form->addRow(tr("Address:"), m_host);
    m_preview->setWordWrap(true);
    form->addRow(tr("Resolves to:"), m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    if (current.startsWith(QLatin1String("context:"))) {
        m_mode->setCurrentIndex(1);
        m_context->setCurrentText(current.mid(8));
    } else if (!current.isEmpty()) {
        m_mode->setCurrentIndex(2);
        m_host->setText(current);
    }
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

Endpoint ConnectDialog::endpointFor(const QString &choice)
{
    if (choice.isEmpty())
        return EndpointResolver().resolve();
    if (choice.startsWith(QLatin1String("context:")))
        return EndpointResolver().contextEndpoint(choice.mid(8));
    Endpoint ep = Endpoint::fromHost(choice);
    ep.origin = tr("chosen by hand");
    return ep;
}

void ConnectDialog::updateState()
{
    m_context->setEnabled(m_mode->currentIndex() == 1);
    m_host->setEnabled(m_mode->currentIndex() == 2);
    const Endpoint ep = endpointFor(choice());
    m_preview->setText(ep.isValid() ? ep.displayName() : ep.error);
}

} // namespace dx
