#include "rundialog.h"

#include "engine/engine.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dx {

namespace {

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QComboBox *cellCombo(const QTableWidget *table, int row, int column)
{
    return qobject_cast<QComboBox *>(table->cellWidget(row, column));
}

} // namespace

RunDialog::RunDialog(AppServices *services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_runner(new ContainerRunner(services->engine(), this))
    , m_image(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_command(new QLineEdit(this))
    , m_env(new QTableWidget(0, 2, this))
    , m_ports(new QTableWidget(0, 4, this))
    , m_mounts(new QTableWidget(0, 4, this))
    , m_workDir(new QLineEdit(this))
    , m_restart(new QComboBox(this))
    , m_retries(new QSpinBox(this))
    , m_autoRemove(new QCheckBox(tr("Remove the container when it exits (--rm)"), this))
    , m_follow(new QCheckBox(tr("Follow its output (open its logs after start)"), this))
    , m_preview(new QPlainTextEdit(this))
    , m_imageError(new QLabel(this))
    , m_nameError(new QLabel(this))
    , m_portsError(new QLabel(this))
    , m_mountsError(new QLabel(this))
    , m_commandError(new QLabel(this))
    , m_generalError(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Run a New Container"));
    setObjectName(QStringLiteral("runDialog"));
    IconProvider *icons = services->icons();

    auto *lesson = new QLabel(tr("Every Run creates a <b>new</b> container from the image, with its own fresh writable "
                                 "layer. To continue an existing container with its files, select it and press "
                                 "<b>Start</b> instead."), this);
    lesson->setWordWrap(true);
    lesson->setObjectName(QStringLiteral("runLesson"));

    m_image->setEditable(true);
    m_image->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_image->setMinimumContentsLength(24);
    m_image->setObjectName(QStringLiteral("runImage"));
    m_image->lineEdit()->setPlaceholderText(tr("e.g. nginx:alpine"));
    m_image->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_image->completer()->setFilterMode(Qt::MatchContains);
    m_name->setPlaceholderText(tr("optional; the engine picks a name like \"eager_turing\""));
    m_command->setPlaceholderText(tr("optional; overrides the image's CMD, e.g. sh -c 'echo hi'"));
    m_workDir->setPlaceholderText(tr("optional; the image's WORKDIR"));
    m_restart->addItem(tr("Never (no)"), QStringLiteral("no"));
    m_restart->addItem(tr("Always"), QStringLiteral("always"));
    m_restart->addItem(tr("Unless stopped"), QStringLiteral("unless-stopped"));
    m_restart->addItem(tr("On failure"), QStringLiteral("on-failure"));
    m_retries->setRange(0, 100);
    m_retries->setPrefix(tr("max. retries: "));
    m_retries->setEnabled(false);

    m_env->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    m_ports->setHorizontalHeaderLabels({tr("Host address"), tr("Host port"), tr("Container port"), tr("Protocol")});
    m_mounts->setHorizontalHeaderLabels({tr("Kind"), tr("Volume or host folder"), tr("Path in container"), tr("Read-only")});

    for (QLabel *l : {m_imageError, m_nameError, m_portsError, m_mountsError, m_commandError, m_generalError}) {
        l->setWordWrap(true);
        l->setVisible(false);
        l->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    }
    m_imageError->setObjectName(QStringLiteral("imageError"));
    m_nameError->setObjectName(QStringLiteral("nameError"));
    m_portsError->setObjectName(QStringLiteral("portsError"));
    m_mountsError->setObjectName(QStringLiteral("mountsError"));
    m_generalError->setObjectName(QStringLiteral("generalError"));

    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restart, 1);
    restartRow->addWidget(m_retries);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto withError = [this](QWidget *field, QLabel *error) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        v->addWidget(error);
        return box;
    };
    form->addRow(tr("&Image:"), withError(m_image, m_imageError));
    form->addRow(tr("&Name:"), withError(m_name, m_nameError));
    form->addRow(tr("&Command:"), withError(m_command, m_commandError));
    form->addRow(tr("&Environment:"), makeTable(m_env, tr("Add a variable (-e)")));
    form->addRow(tr("&Ports:"), withError(makeTable(m_ports, tr("Publish a port (-p)")), m_portsError));
    form->addRow(tr("&Volumes:"), withError(makeTable(m_mounts, tr("Mount a volume or a host folder (-v)")), m_mountsError));
    form->addRow(tr("&Working directory:"), m_workDir);
    auto *restartLabel = new QLabel(tr("&Restart policy:"), this);
    restartLabel->setBuddy(m_restart);
    form->addRow(restartLabel, restartRow);
    form->addRow(QString(), m_autoRemove);
    form->addRow(QString(), m_follow);

    m_preview->setReadOnly(true);
    m_preview->setObjectName(QStringLiteral("runCommand"));
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMaximumHeight(m_preview->fontMetrics().lineSpacing() * 4 + 12);
    auto *copy = new QToolButton(this);
    copy->setIcon(icons->icon(QStringLiteral("copy")));
    copy->setToolTip(tr("Copy the command"));
    connect(copy, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(commandText()); });
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(m_preview, 1);
    previewRow->addWidget(copy, 0, Qt::AlignTop);

    m_runButton = m_buttons->addButton(tr("Run"), QDialogButtonBox::AcceptRole);
    m_runButton->setIcon(icons->icon(QStringLiteral("run")));
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    m_progress->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(lesson);
    layout->addLayout(form, 1);
    layout->addWidget(new QLabel(tr("The same with the docker CLI:"), this));
    layout->addLayout(previewRow);
    layout->addWidget(m_generalError);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RunDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        m_runner->cancel();
        reject();
    });
    connect(m_restart, &QComboBox::currentIndexChanged, this, [this] {
        m_retries->setEnabled(m_restart->currentData().toString() == QLatin1String("on-failure"));
        updateCommand();
    });
    for (QLineEdit *edit : {m_name, m_command, m_workDir, m_image->lineEdit()})
        connect(edit, &QLineEdit::textChanged, this, &RunDialog::updateCommand);
    connect(m_retries, &QSpinBox::valueChanged, this, &RunDialog::updateCommand);
    connect(m_autoRemove, &QCheckBox::toggled, this, &RunDialog::updateCommand);
    for (QTableWidget *t : {m_env, m_ports, m_mounts})
        connect(t, &QTableWidget::itemChanged, this, &RunDialog::updateCommand);

    connect(m_runner, &ContainerRunner::progress, m_progress, &QLabel::setText);
    connect(m_runner, &ContainerRunner::commandIssued, m_services, &AppServices::logCommand);
    connect(m_runner, &ContainerRunner::failed, this, [this](ContainerRunner::Field field, const QString &message) {
        m_progress->clear();
        m_runButton->setEnabled(true);
        showError(field, message);
    });
    connect(m_runner, &ContainerRunner::started, this, [this](const QString &id, const QString &name) {
        m_progress->clear();
        m_runButton->setEnabled(true);
        emit containerStarted(id, name, followOutput());
        accept();
    });
    resize(760, 720);
    loadImages();
    updateCommand();
}

QWidget *RunDialog::makeTable(QTableWidget *table, const QString &addTip)
{
    table->verticalHeader()->hide();
    // The form's small tables always fit the dialog: no sideways scrolling in a form.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->defaultSectionSize() * 2 + 6);
    table->setMaximumHeight(table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->defaultSectionSize() * 3 + 6);
    auto *add = new QToolButton(this);
    add->setIcon(m_services->icons()->icon(QStringLiteral("add")));
    add->setToolTip(addTip);
    auto *remove = new QToolButton(this);
    remove->setIcon(m_services->icons()->icon(QStringLiteral("minus")));
    remove->setToolTip(tr("Remove the selected row"));
    connect(add, &QToolButton::clicked, this, [this, table] {
        if (table == m_env)
            addEnvRow();
        else if (table == m_ports)
            addPortRow();
        else
            addMountRow();
    });
    connect(remove, &QToolButton::clicked, this, [this, table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
        updateCommand();
    });
    auto *box = new QWidget(this);
    auto *h = new QHBoxLayout(box);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(table, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    h->addLayout(buttons);
    return box;
}

void RunDialog::addEnvRow(const QString &key, const QString &value)
{
    const int row = m_env->rowCount();
    m_env->insertRow(row);
    m_env->setItem(row, 0, new QTableWidgetItem(key));
    m_env->setItem(row, 1, new QTableWidgetItem(value));
    updateCommand();
}

void RunDialog::addPortRow(const RunPort &port)
{
    const int row = m_ports->rowCount();
    m_ports->insertRow(row);
    m_ports->setItem(row, 0, new QTableWidgetItem(port.hostIp));
    m_ports->setItem(row, 1, new QTableWidgetItem(port.hostPort > 0 ? QString::number(port.hostPort) : QString()));
    m_ports->setItem(row, 2, new QTableWidgetItem(port.containerPort > 0 ? QString::number(port.containerPort) : QString()));
    auto *protocol = new QComboBox(m_ports);
    protocol->addItems({QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("sctp")});
    protocol->setCurrentText(port.protocol);
    connect(protocol, &QComboBox::currentIndexChanged, this, &RunDialog::updateCommand);
    m_ports->setCellWidget(row, 3, protocol);
    m_ports->item(row, 0)->setToolTip(tr("Empty: every address of the host; 127.0.0.1: only this computer"));
    m_ports->item(row, 1)->setToolTip(tr("Empty: a free port chosen by the engine"));
    updateCommand();
}

void RunDialog::addMountRow(const RunMount &mount)
{
    const int row = m_mounts->rowCount();
    m_mounts->insertRow(row);
    auto *kind = new QComboBox(m_mounts);
    kind->addItem(tr("Named volume"), int(RunMount::Kind::Volume));
    kind->addItem(tr("Host folder"), int(RunMount::Kind::Bind));
    kind->setCurrentIndex(mount.kind == RunMount::Kind::Bind ? 1 : 0);
    connect(kind, &QComboBox::currentIndexChanged, this, &RunDialog::updateCommand);
    m_mounts->setCellWidget(row, 0, kind);
    m_mounts->setItem(row, 1, new QTableWidgetItem(mount.source));
    m_mounts->setItem(row, 2, new QTableWidgetItem(mount.target));
    auto *ro = new QTableWidgetItem;
    ro->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    ro->setCheckState(mount.readOnly ? Qt::Checked : Qt::Unchecked);
    m_mounts->setItem(row, 3, ro);
    m_mounts->item(row, 1)->setToolTip(tr("A named volume is created (with a label) when it does not exist yet"));
    updateCommand();
}

RunSpec RunDialog::spec() const
{
    RunSpec s;
    s.image = m_image->currentText().trimmed();
    s.name = m_name->text().trimmed();
    s.command = m_command->text().trimmed();
    for (int row = 0; row < m_env->rowCount(); ++row) {
        const QString key = cellText(m_env, row, 0);
        if (!key.isEmpty())
            s.env.append({key, m_env->item(row, 1) ? m_env->item(row, 1)->text() : QString()});
    }
    for (int row = 0; row < m_ports->rowCount(); ++row) {
        RunPort p;
        p.hostIp = cellText(m_ports, row, 0);
        p.hostPort = cellText(m_ports, row, 1).toInt();
        p.containerPort = cellText(m_ports, row, 2).toInt();
        if (QComboBox *c = cellCombo(m_ports, row, 3))
            p.protocol = c->currentText();
        if (p.containerPort > 0 || p.hostPort > 0)
            s.ports.append(p);
    }
    for (int row = 0; row < m_mounts->rowCount(); ++row) {
        RunMount m;
        if (QComboBox *c = cellCombo(m_mounts, row, 0))
            m.kind = RunMount::Kind(c->currentData().toInt());
        m.source = cellText(m_mounts, row, 1);
        m.target = cellText(m_mounts, row, 2);
        m.readOnly = m_mounts->item(row, 3) && m_mounts->item(row, 3)->checkState() == Qt::Checked;
        if (!m.source.isEmpty() || !m.target.isEmpty())
            s.mounts.append(m);
    }
    s.workingDir = m_workDir->text().trimmed();
    s.restartPolicy = m_restart->currentData().toString();
    s.maxRetries = m_retries->value();
    s.autoRemove = m_autoRemove->isChecked();
    s.labels = m_labels;
    return s;
}

void RunDialog::setSpec(const RunSpec &s)
{
    m_image->setCurrentText(s.image);
    m_name->setText(s.name);
    m_command->setText(s.command);
    m_env->setRowCount(0);
    for (const auto &kv : s.env)
        addEnvRow(kv.first, kv.second);
    m_ports->setRowCount(0);
    for (const RunPort &p : s.ports)
        addPortRow(p);
    m_mounts->setRowCount(0);
    for (const RunMount &m : s.mounts)
        addMountRow(m);
    m_workDir->setText(s.workingDir);
    m_restart->setCurrentIndex(qMax(0, m_restart->findData(s.restartPolicy)));
    m_retries->setValue(s.maxRetries);
    m_autoRemove->setChecked(s.autoRemove);
    m_labels = s.labels;
    updateCommand();
}

void RunDialog::setLabels(const QMap<QString, QString> &labels)
{
    m_labels = labels;
    updateCommand();
}

bool RunDialog::followOutput() const
{
    return m_follow->isChecked();
}

QString RunDialog::commandText() const
{
    return m_preview->toPlainText();
}

void RunDialog::loadImages()
{
    EngineReply *reply = m_services->engine()->get(QStringLiteral("/images/json"));
    connect(reply, &EngineReply::finished, this, [this](const EngineResponse &r) {
        if (!r.ok())
            return;
        QStringList tags;
        for (const QJsonValue &image : QJsonDocument::fromJson(r.body).array()) {
            for (const QJsonValue &tag : image.toObject().value(QLatin1String("RepoTags")).toArray()) {
                if (tag.toString() != QLatin1String("<none>:<none>"))
                    tags.append(tag.toString());
            }
        }
        tags.sort(Qt::CaseInsensitive);
        const QString current = m_image->currentText();
        m_image->addItems(tags);
        m_image->setCurrentText(current);
    });
}

void RunDialog::updateCommand()
{
    m_preview->setPlainText(spec().dockerCommand());
}

QLabel *RunDialog::errorLabel(ContainerRunner::Field field) const
{
    switch (field) {
    case ContainerRunner::Field::Image: return m_imageError;
    case ContainerRunner::Field::Name: return m_nameError;
    case ContainerRunner::Field::Ports: return m_portsError;
    case ContainerRunner::Field::Mounts: return m_mountsError;
    case ContainerRunner::Field::Command: return m_commandError;
    case ContainerRunner::Field::None: break;
    }
    return m_generalError;
}

QString RunDialog::errorText(ContainerRunner::Field field) const
{
    QLabel *label = errorLabel(field);
    return label->isVisibleTo(this) ? label->text() : QString();
}

void RunDialog::clearErrors()
{
    for (QLabel *l : {m_imageError, m_nameError, m_portsError, m_mountsError, m_commandError, m_generalError}) {
        l->clear();
        l->setVisible(false);
    }
}

void RunDialog::showError(ContainerRunner::Field field, const QString &message)
{
    QString text = message;
    if (field == ContainerRunner::Field::Image && message.contains(QLatin1String("No such image"), Qt::CaseInsensitive))
        text = tr("%1\nThe image is not on this engine: pull it first (Images view), or build it.").arg(message);
    QLabel *label = errorLabel(field);
    label->setText(text);
    label->setVisible(true);
}

void RunDialog::run()
{
    clearErrors();
    m_runButton->setEnabled(false);
    m_runner->run(spec());
}

} // namespace dx
