#include "volumecreatedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace dx {

VolumeCreateDialog::VolumeCreateDialog(QWidget *parent)
    : QDialog(parent),
      m_name(new QLineEdit(this)),
      m_driver(new QComboBox(this)),
      m_labels(new QPlainTextEdit(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Create Volume"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("A volume is storage managed by Docker. Containers mount it at a path; "
                                "its files stay when the containers are removed."), this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_name->setPlaceholderText(tr("empty: Docker picks a random name"));
    m_name->setToolTip(tr("Letters, digits, \"_\", \".\" and \"-\"; it must start with a letter or digit"));
    form->addRow(tr("&Name:"), m_name);
    m_driver->setEditable(true);
    m_driver->addItem(QStringLiteral("local"));
    m_driver->setToolTip(tr("\"local\" keeps the files on the engine's disk; plugins store them elsewhere"));
    form->addRow(tr("&Driver:"), m_driver);
    m_labels->setPlaceholderText(tr("one key=value per line"));
    m_labels->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    form->addRow(tr("&Labels:"), m_labels);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    form->addRow(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &VolumeCreateDialog::validate);
    connect(m_labels, &QPlainTextEdit::textChanged, this, &VolumeCreateDialog::validate);
    validate();
}

QString VolumeCreateDialog::name() const
{
    return m_name->text().trimmed();
}

void VolumeCreateDialog::setName(const QString &name)
{
    m_name->setText(name);
}

QString VolumeCreateDialog::driver() const
{
    return m_driver->currentText().trimmed();
}

QMap<QString, QString> VolumeCreateDialog::labels() const
{
    QMap<QString, QString> out;
    for (const QString &line : m_labels->toPlainText().split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        const int eq = t.indexOf(QLatin1Char('='));
        out.insert(eq < 0 ? t : t.left(eq).trimmed(), eq < 0 ? QString() : t.mid(eq + 1).trimmed());
    }
    return out;
}

void VolumeCreateDialog::validate()
{
    // The engine's rule for names (daemon/names: RestrictedNamePattern).
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"));
    QString error;
    if (!name().isEmpty() && !valid.match(name()).hasMatch())
        error = tr("\"%1\" is not a valid volume name: use at least two of letters, digits, \"_\", \".\", \"-\", "
                   "starting with a letter or digit.").arg(name());
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace dx
