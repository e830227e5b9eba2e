#include "buildoptionspanel.h"
#include "ui_buildoptionspanel.h"

#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"
#include "shell/zoom.h"
#include "shell/language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QToolButton>

namespace dx {

BuildOptionsPanel::BuildOptionsPanel(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BuildOptionsPanel>())
    , m_services(services)
{
    m_ui->setupUi(this);
    m_context = m_ui->context;
    m_dockerfile = m_ui->dockerfile;
    m_useEditorText = m_ui->useEditorText;
    m_tags = m_ui->tags;
    m_target = m_ui->target;
    m_builder = m_ui->builder;
    m_noCache = m_ui->noCache;
    m_pull = m_ui->pull;
    m_buildArgs = m_ui->buildArgs;
    m_labels = m_ui->labels;
    m_command = m_ui->command;
    m_contextSummary = m_ui->contextSummary;
    m_warnings = m_ui->warnings;

    for (QToolButton *browse : {m_ui->browseContext, m_ui->browseDockerfile})
        browse->setIcon(m_services->icons()->icon(QStringLiteral("open")));
    m_builder->addItem(QString(), int(BuildOptions::Builder::Auto));
    m_builder->addItem(QString(), int(BuildOptions::Builder::Classic));
    m_builder->addItem(QString(), int(BuildOptions::Builder::BuildKit));
    retranslate(this, [this] {
        m_ui->retranslateUi(this);
        m_builder->setItemText(0, tr("Auto"));
        m_builder->setItemText(1, tr("Classic"));
        m_builder->setItemText(2, tr("BuildKit"));
    });
    setupPairTable(m_buildArgs);
    setupPairTable(m_labels);
    m_command->setFont(Zoom::fixedFont());
    // One line for a saved Dockerfile; the heredoc of unsaved text scrolls.
    const QFontMetrics commandMetrics(m_command->font());
    m_command->setFixedHeight(commandMetrics.lineSpacing() * 3 + 2 * m_command->frameWidth()
                              + int(2 * m_command->document()->documentMargin()));
    m_warnings->setVisible(false);

    connect(m_ui->browseContext, &QToolButton::clicked, this, &BuildOptionsPanel::browseContext);
    connect(m_ui->browseDockerfile, &QToolButton::clicked, this, &BuildOptionsPanel::browseDockerfile);
    connect(m_context, &QLineEdit::textChanged, this, &BuildOptionsPanel::optionsChanged);
    connect(m_dockerfile, &QLineEdit::textChanged, this, &BuildOptionsPanel::optionsChanged);
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

BuildOptionsPanel::~BuildOptionsPanel() = default;

void BuildOptionsPanel::setupPairTable(QTableWidget *table)
{
    table->setRowCount(1); // the empty row to type a new entry in
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
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

void BuildOptionsPanel::setPairs(QTableWidget *table, const QList<QPair<QString, QString>> &pairs)
{
    {
        const QSignalBlocker block(table);
        table->setRowCount(0);
        table->setRowCount(int(pairs.size()) + 1); // and the empty row to type a new one in
        for (int row = 0; row < pairs.size(); ++row) {
            table->setItem(row, 0, new QTableWidgetItem(pairs.at(row).first));
            table->setItem(row, 1, new QTableWidgetItem(pairs.at(row).second));
        }
    }
    emit optionsChanged();
}

void BuildOptionsPanel::setBuildArgs(const QList<QPair<QString, QString>> &args)
{
    setPairs(m_buildArgs, args);
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
    if (m_command->toPlainText() != command)
        m_command->setPlainText(command);
}

QString BuildOptionsPanel::commandLine() const
{
    return m_command->toPlainText();
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
