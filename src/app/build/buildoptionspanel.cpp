#include "buildoptionspanel.h"

#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QToolButton>

namespace dx {

BuildOptionsPanel::BuildOptionsPanel(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    auto pathRow = [this](QLineEdit **edit, const QString &tip, void (BuildOptionsPanel::*browse)()) {
        auto *row = new QWidget(this);
        // Fixed height: a plain QWidget field would take a share of the panel's spare
        // height, centring the line edit far below its label.
        row->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        *edit = new QLineEdit(row);
        (*edit)->setToolTip(tip);
        (*edit)->setPlaceholderText(tip);
        (*edit)->setClearButtonEnabled(true);
        auto *button = new QToolButton(row);
        button->setIcon(m_services->icons()->icon(QStringLiteral("open")));
        button->setToolTip(tr("Browse…"));
        connect(button, &QToolButton::clicked, this, browse);
        h->addWidget(*edit, 1);
        h->addWidget(button);
        connect(*edit, &QLineEdit::textChanged, this, &BuildOptionsPanel::optionsChanged);
        return row;
    };
    form->addRow(tr("&Context:"), pathRow(&m_context, tr("The folder sent to the engine as build context"),
                                          &BuildOptionsPanel::browseContext));
    form->addRow(tr("&Dockerfile:"), pathRow(&m_dockerfile, tr("Empty means Dockerfile in the context folder"),
                                             &BuildOptionsPanel::browseDockerfile));
    m_useEditorText = new QCheckBox(tr("Build the editor's text (the file on disk is not touched)"), this);
    m_useEditorText->setChecked(true);
    m_useEditorText->setToolTip(tr("Sends the Dockerfile as it is in the editor, saved or not"));
    form->addRow(QString(), m_useEditorText);

    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("name:tag, other:tag"));
    m_tags->setToolTip(tr("One or more tags, separated by commas or spaces"));
    form->addRow(tr("&Tags:"), m_tags);

    m_target = new QComboBox(this);
    m_target->setEditable(true);
    m_target->setToolTip(tr("Build up to this stage; empty builds the last stage"));
    form->addRow(tr("Target &stage:"), m_target);

    m_builder = new QComboBox(this);
    m_builder->addItem(tr("Auto"), int(BuildOptions::Builder::Auto));
    m_builder->addItem(tr("Classic"), int(BuildOptions::Builder::Classic));
    m_builder->addItem(tr("BuildKit"), int(BuildOptions::Builder::BuildKit));
    m_builder->setToolTip(tr("Auto uses BuildKit when the engine offers it"));
    form->addRow(tr("&Builder:"), m_builder);

    auto *flags = new QWidget(this);
    flags->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *fh = new QHBoxLayout(flags);
    fh->setContentsMargins(0, 0, 0, 0);
    m_noCache = new QCheckBox(tr("&No cache"), flags);
    m_noCache->setToolTip(tr("Do not use cached layers (--no-cache)"));
    m_pull = new QCheckBox(tr("&Pull base images"), flags);
    m_pull->setToolTip(tr("Always try to pull newer base images (--pull)"));
    fh->addWidget(m_noCache);
    fh->addWidget(m_pull);
    fh->addStretch(1);
    form->addRow(QString(), flags);

    m_buildArgs = makePairTable(tr("Build argument"), tr("Value"));
    form->addRow(tr("Build &args:"), m_buildArgs);
    m_labels = makePairTable(tr("Label"), tr("Value"));
    form->addRow(tr("&Labels:"), m_labels);

    m_command = new QLineEdit(this);
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setToolTip(tr("The docker CLI command that does the same"));
    form->addRow(tr("Command:"), m_command);

    m_contextSummary = new QLabel(tr("Context not scanned yet"), this);
    m_contextSummary->setWordWrap(true);
    m_contextSummary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // stays level with "Sends:"
    form->addRow(tr("Sends:"), m_contextSummary);
    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setVisible(false);
    form->addRow(QString(), m_warnings);

    connect(m_tags, &QLineEdit::textChanged, this, &BuildOptionsPanel::optionsChanged);
    connect(m_target, &QComboBox::currentTextChanged, this, &BuildOptionsPanel::optionsChanged);
    connect(m_useEditorText, &QCheckBox::toggled, this, &BuildOptionsPanel::optionsChanged);
    connect(m_noCache, &QCheckBox::toggled, this, &BuildOptionsPanel::optionsChanged);
    connect(m_pull, &QCheckBox::toggled, this, &BuildOptionsPanel::optionsChanged);
    connect(m_builder, &QComboBox::currentIndexChanged, this, [this] {
        emit builderChanged(builder());
        emit optionsChanged();
    });
}

QTableWidget *BuildOptionsPanel::makePairTable(const QString &keyHeader, const QString &valueHeader)
{
    auto *table = new QTableWidget(1, 2, this);
    table->setHorizontalHeaderLabels({keyHeader, valueHeader});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setVisible(false);
    table->setToolTip(tr("Type in the last row to add an entry; clear the name to remove one"));
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    // Room for two entries; more scroll. A fixed height keeps the form from stretching them.
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + 2 * rowHeight + 2 * table->frameWidth());
    connect(table, &QTableWidget::cellChanged, this, [this, table](int row, int) {
        // Keep exactly one empty row at the end, so adding needs no button.
        const QTableWidgetItem *key = table->item(row, 0);
        if (row == table->rowCount() - 1 && key && !key->text().trimmed().isEmpty())
            table->insertRow(table->rowCount());
        emit optionsChanged();
    });
    return table;
}

QList<QPair<QString, QString>> BuildOptionsPanel::pairsOf(const QTableWidget *table)
{
    QList<QPair<QString, QString>> out;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QTableWidgetItem *k = table->item(r, 0);
        const QTableWidgetItem *v = table->item(r, 1);
        if (k && !k->text().trimmed().isEmpty())
            out.append({k->text().trimmed(), v ? v->text() : QString()});
    }
    return out;
}

BuildOptions BuildOptionsPanel::options() const
{
    BuildOptions o;
    o.contextDir = m_context->text().trimmed();
    o.dockerfilePath = m_dockerfile->text().trimmed();
    o.useDockerfileText = m_useEditorText->isChecked();
    static const QRegularExpression sep(QStringLiteral("[,\\s]+"));
    o.tags = m_tags->text().split(sep, Qt::SkipEmptyParts);
    o.target = m_target->currentText().trimmed();
    o.builder = builder();
    o.noCache = m_noCache->isChecked();
    o.pull = m_pull->isChecked();
    o.buildArgs = pairsOf(m_buildArgs);
    o.labels = pairsOf(m_labels);
    return o;
}

void BuildOptionsPanel::setContextDir(const QString &dir)
{
    m_context->setText(dir);
}

void BuildOptionsPanel::setDockerfilePath(const QString &path)
{
    m_dockerfile->setText(path);
}

void BuildOptionsPanel::setTags(const QStringList &tags)
{
    m_tags->setText(tags.join(QStringLiteral(", ")));
}

void BuildOptionsPanel::setStages(const QStringList &stages)
{
    const QString current = m_target->currentText();
    const QSignalBlocker block(m_target);
    m_target->clear();
    m_target->addItem(QString());
    m_target->addItems(stages);
    m_target->setCurrentText(current);
}

void BuildOptionsPanel::setBuilder(BuildOptions::Builder builder)
{
    m_builder->setCurrentIndex(m_builder->findData(int(builder)));
}

BuildOptions::Builder BuildOptionsPanel::builder() const
{
    return BuildOptions::Builder(m_builder->currentData().toInt());
}

void BuildOptionsPanel::setUseEditorText(bool on)
{
    m_useEditorText->setChecked(on);
}

bool BuildOptionsPanel::useEditorText() const
{
    return m_useEditorText->isChecked();
}

void BuildOptionsPanel::setCommandLine(const QString &command)
{
    m_command->setText(command);
    m_command->setCursorPosition(0);
}

void BuildOptionsPanel::setContextSummary(const QString &summary, const QStringList &warnings, bool error)
{
    m_contextSummary->setText(summary);
    QPalette p = m_contextSummary->palette();
    p.setColor(QPalette::WindowText, error ? Theme::danger() : palette().color(QPalette::WindowText));
    m_contextSummary->setPalette(p);
    m_warnings->setVisible(!warnings.isEmpty());
    if (!warnings.isEmpty()) {
        QPalette wp = m_warnings->palette();
        wp.setColor(QPalette::WindowText, Theme::warning());
        m_warnings->setPalette(wp);
        m_warnings->setText(tr("Not ignored, possibly secret:") + QLatin1Char('\n')
                            + warnings.join(QLatin1Char('\n')));
    }
}

void BuildOptionsPanel::browseContext()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Build context"), m_context->text());
    if (!dir.isEmpty())
        m_context->setText(dir);
}

void BuildOptionsPanel::browseDockerfile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Dockerfile"),
                                                      m_dockerfile->text().isEmpty() ? m_context->text() : m_dockerfile->text());
    if (!file.isEmpty())
        m_dockerfile->setText(file);
}

} // namespace dx
