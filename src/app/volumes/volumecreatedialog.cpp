#include "volumecreatedialog.h"
#include "ui_volumecreatedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace dx {

VolumeCreateDialog::VolumeCreateDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VolumeCreateDialog>())
{
    m_ui->setupUi(this);
    m_ui->labels->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->name, &QLineEdit::textChanged, this, &VolumeCreateDialog::validate);
    connect(m_ui->labels, &QPlainTextEdit::textChanged, this, &VolumeCreateDialog::validate);
    validate();
}

VolumeCreateDialog::~VolumeCreateDialog() = default;

QString VolumeCreateDialog::name() const
{
    return m_ui->name->text().trimmed();
}

void VolumeCreateDialog::setName(const QString &name)
{
    m_ui->name->setText(name);
}

QString VolumeCreateDialog::driver() const
{
    return m_ui->driver->currentText().trimmed();
}

QMap<QString, QString> VolumeCreateDialog::labels() const
{
    QMap<QString, QString> out;
    for (const QString &line : m_ui->labels->toPlainText().split(QLatin1Char('\n'))) {
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
    m_ui->error->setText(error);
    m_ui->error->setVisible(!error.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace dx
