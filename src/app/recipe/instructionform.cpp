#include "instructionform.h"

#include "instructionforms_p.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace dx {

InstructionForm::InstructionForm(QWidget *parent)
    : QWidget(parent)
{
}

QFormLayout *InstructionForm::formLayout()
{
    if (!m_layout) {
        // The same look as the forms in forms/*form.ui.
        m_layout = new QFormLayout(this);
        m_layout->setContentsMargins(0, 0, 0, 0);
        m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
        m_layout->setVerticalSpacing(8);
    }
    return m_layout;
}

InstructionForm *InstructionForm::create(const Instruction &instruction, QWidget *parent)
{
    const QString n = instruction.name;
    if (!instruction.heredocs.isEmpty() || instruction.inner)
        return new RawForm(parent);
    if (n == QLatin1String("from"))
        return new FromForm(parent);
    if ((n == QLatin1String("copy") || n == QLatin1String("add")))
        return new CopyForm(parent);
    if (n == QLatin1String("run") && !instruction.jsonForm)
        return new RunForm(parent);
    if (n == QLatin1String("env") || n == QLatin1String("label") || n == QLatin1String("arg"))
        return new KeyValueForm(parent);
    if (n == QLatin1String("cmd") || n == QLatin1String("entrypoint") || n == QLatin1String("shell"))
        return new ExecForm(parent);
    if (n == QLatin1String("expose") || n == QLatin1String("workdir") || n == QLatin1String("user")
        || n == QLatin1String("stopsignal") || n == QLatin1String("maintainer")
        || (n == QLatin1String("volume") && !instruction.jsonForm))
        return new ValueForm(parent);
    return new RawForm(parent);
}

void InstructionForm::load(const Instruction &instruction, const QString &source, QChar escape, const QStringList &stageNames)
{
    m_instruction = instruction;
    m_source = source;
    m_escape = escape;
    m_stageNames = stageNames;
    m_loading = true;
    fill(instruction, source);
    m_loading = false;
    m_modified = false;
}

void InstructionForm::markModified()
{
    if (m_loading)
        return;
    m_modified = true;
    emit modified();
}

void InstructionForm::watch(QObject *editor)
{
    if (auto *e = qobject_cast<QLineEdit *>(editor))
        connect(e, &QLineEdit::textChanged, this, &InstructionForm::markModified);
    else if (auto *p = qobject_cast<QPlainTextEdit *>(editor))
        connect(p, &QPlainTextEdit::textChanged, this, &InstructionForm::markModified);
    else if (auto *c = qobject_cast<QCheckBox *>(editor))
        connect(c, &QCheckBox::toggled, this, &InstructionForm::markModified);
    else if (auto *b = qobject_cast<QComboBox *>(editor))
        connect(b, &QComboBox::currentTextChanged, this, &InstructionForm::markModified);
    else if (auto *t = qobject_cast<QTableWidget *>(editor))
        connect(t, &QTableWidget::itemChanged, this, &InstructionForm::markModified);
    else if (auto *l = qobject_cast<QListWidget *>(editor))
        connect(l, &QListWidget::itemChanged, this, &InstructionForm::markModified);
}

QString InstructionForm::flagValue(const Instruction &instruction, const QString &name)
{
    const QString prefix = QStringLiteral("--%1=").arg(name);
    for (const QString &f : instruction.flags) {
        if (f.startsWith(prefix))
            return f.mid(prefix.size());
    }
    return {};
}

QStringList InstructionForm::otherFlags(const QStringList &handled) const
{
    QStringList out;
    for (const QString &f : m_instruction.flags) {
        const QString name = f.mid(2).section(u'=', 0, 0);
        if (!handled.contains(name))
            out << f;
    }
    return out;
}

// ----- raw text and single values

RawForm::RawForm(QWidget *parent)
    : InstructionForm(parent)
    , m_edit(new QPlainTextEdit(this))
{
    m_edit->setObjectName(QStringLiteral("primary"));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setFont(QFont(QStringLiteral("DejaVu Sans Mono")));
    m_edit->setMinimumHeight(160);
    formLayout()->addRow(tr("Instruction text"), m_edit);
    watch(m_edit);
}

void RawForm::fill(const Instruction &, const QString &source)
{
    m_edit->setPlainText(source);
}

QString RawForm::generatedText() const
{
    QString t = m_edit->toPlainText();
    while (t.endsWith(u'\n'))
        t.chop(1);
    return t;
}

ValueForm::ValueForm(QWidget *parent)
    : InstructionForm(parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(QStringLiteral("primary"));
    watch(m_edit);
}

void ValueForm::fill(const Instruction &instruction, const QString &)
{
    const QString n = instruction.name;
    const QString label = n == QLatin1String("expose") ? tr("Ports")
                          : n == QLatin1String("workdir") ? tr("Folder")
                          : n == QLatin1String("user") ? tr("User[:group]")
                          : n == QLatin1String("stopsignal") ? tr("Signal")
                          : n == QLatin1String("volume") ? tr("Paths")
                                                          : tr("Value");
    if (formLayout()->rowCount() == 0)
        formLayout()->addRow(label, m_edit);
    m_edit->setPlaceholderText(n == QLatin1String("expose") ? tr("e.g. 8080 443/tcp") : QString());
    QString value = instruction.original.trimmed();
    value = value.mid(instruction.keyword.size()).trimmed();
    m_edit->setText(value);
}

QString ValueForm::generatedText() const
{
    return InstructionWriter(m_escape).simple(m_instruction.keyword, m_edit->text());
}

} // namespace dx
