#include "rundialog.h"
#include "ui_rundialog.h"

#include "api/dockerapi.h"
#include "api/imagesapi.h"
#include "containers/containerstore.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"
#include "shell/zoom.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>

#include <algorithm>

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
    , m_ui(std::make_unique<Ui::RunDialog>())
    , m_services(services)
    , m_runner(new ContainerRunner(services->session()->api(), this))
{
    m_ui->setupUi(this);
    m_image = m_ui->runImage;
    m_name = m_ui->name;
    m_command = m_ui->command;
    m_env = m_ui->env;
    m_ports = m_ui->ports;
    m_mounts = m_ui->mounts;
    m_workDir = m_ui->workDir;
    m_restart = m_ui->restart;
    m_retries = m_ui->retries;
    m_autoRemove = m_ui->autoRemove;
    m_follow = m_ui->follow;
    m_preview = m_ui->runCommand;
    m_imageError = m_ui->imageError;
    m_nameError = m_ui->nameError;
    m_portsError = m_ui->portsError;
    m_mountsError = m_ui->mountsError;
    m_commandError = m_ui->commandError;
    m_generalError = m_ui->generalError;
    m_progress = m_ui->progress;
    m_buttons = m_ui->buttons;
    IconProvider *icons = services->icons();

    m_image->lineEdit()->setPlaceholderText(tr("e.g. nginx:alpine"));
    m_image->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_image->completer()->setFilterMode(Qt::MatchContains);
    m_restart->addItem(tr("Never (no)"), QStringLiteral("no"));
    m_restart->addItem(tr("Always"), QStringLiteral("always"));
    m_restart->addItem(tr("Unless stopped"), QStringLiteral("unless-stopped"));
    m_restart->addItem(tr("On failure"), QStringLiteral("on-failure"));

    for (QLabel *l : {m_imageError, m_nameError, m_portsError, m_mountsError, m_commandError, m_generalError})
        l->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    clearErrors();
    setupTable(m_env, m_ui->addEnv, m_ui->removeEnv);
    setupTable(m_ports, m_ui->addPort, m_ui->removePort);
    setupTable(m_mounts, m_ui->addMount, m_ui->removeMount);

    m_preview->setFont(Zoom::fixedFont());
    m_preview->setMaximumHeight(m_preview->fontMetrics().lineSpacing() * 4 + 12);
    m_ui->copyCommand->setIcon(icons->icon(QStringLiteral("copy")));
    connect(m_ui->copyCommand, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(commandText()); });

    m_runButton = m_buttons->addButton(tr("Run"), QDialogButtonBox::AcceptRole);
    m_runButton->setIcon(icons->icon(QStringLiteral("run")));
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);

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
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_nameError->clear(); // an engine's answer about the previous name no longer applies
        validateName();
    });
    // A container of that name may appear or go while the dialog is open (another view, a
    // terminal): the message follows the engine.
    ContainerStore *store = m_services->session()->containers();
    connect(store, &ContainerStore::changed, this, &RunDialog::validateName);
    connect(store, &ContainerStore::removed, this, &RunDialog::validateName);
    connect(store, &ContainerStore::loaded, this, &RunDialog::validateName);
    connect(m_retries, &QSpinBox::valueChanged, this, &RunDialog::updateCommand);
    connect(m_autoRemove, &QCheckBox::toggled, this, &RunDialog::updateCommand);
    for (QTableWidget *t : {m_env, m_ports, m_mounts})
        connect(t, &QTableWidget::itemChanged, this, &RunDialog::updateCommand);

    connect(m_runner, &ContainerRunner::progress, m_progress, &QLabel::setText);
    connect(m_runner, &ContainerRunner::failed, this, [this](ContainerRunner::Field field, const QString &message) {
        m_progress->clear();
        m_runButton->setEnabled(true);
        validateName();
        if (isVisible()) // not after Cancel: the next opening starts clean
            showError(field, message);
    });
    connect(m_runner, &ContainerRunner::started, this, [this](const QString &id, const QString &name) {
        m_progress->clear();
        m_runButton->setEnabled(true);
        emit containerStarted(id, name, followOutput());
        accept();
    });
    // The form's size, but never more than the screen offers (small screens, high zoom): the
    // fields scroll, the buttons stay in view.
    if (const QScreen *s = screen())
        resize(size().boundedTo(s->availableGeometry().size() * 0.9));
    loadImages();
    updateCommand();
}

RunDialog::~RunDialog() = default;

void RunDialog::setupTable(QTableWidget *table, QToolButton *add, QToolButton *remove)
{
    // The form's small tables always fit the dialog: no sideways scrolling in a form. Narrower
    // than their headers (high zoom, long translations) they move below their label instead.
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    int headersWidth = 0;
    for (int column = 0; column < header->count(); ++column)
        headersWidth += header->sectionSizeHint(column);
    table->setMinimumWidth(headersWidth + 2 * table->frameWidth());
    table->setMinimumHeight(header->sizeHint().height() + table->verticalHeader()->defaultSectionSize() * 2 + 6);
    table->setMaximumHeight(header->sizeHint().height() + table->verticalHeader()->defaultSectionSize() * 3 + 6);
    add->setIcon(m_services->icons()->icon(QStringLiteral("add")));
    remove->setIcon(m_services->icons()->icon(QStringLiteral("minus")));
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
    // The references the user can choose from; the one chosen is what the container is
    // created with (Config.Image), never the image id.
    m_services->session()->api()->images().list(false, {}, CallContext::internal())
        .then(this, [this](const ApiResult<QList<ImageSummary>> &r) {
            if (!r.ok())
                return;
            QStringList tags;
            for (const ImageSummary &image : r.value) {
                for (const QString &tag : image.repoTags) {
                    if (tag != QLatin1String("<none>:<none>"))
                        tags.append(tag);
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

bool RunDialog::validateName()
{
    static const QRegularExpression allowed(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    const QString name = m_name->text().trimmed();
    QString problem;
    if (!name.isEmpty() && !allowed.match(name).hasMatch()) {
        problem = tr("Use only letters, digits, \"_\", \".\" and \"-\", starting with a letter or digit "
                     "(no spaces or umlauts).");
    } else if (!name.isEmpty() && !m_runner->isRunning()) {
        // While a run is under way the container of that name is its own; one it made and is
        // removing again (it did not start) does not hold the name either.
        const QString discarded = m_runner->discardedId();
        const QList<ContainerSummary> all = m_services->session()->containers()->all();
        const auto taken = std::find_if(all.cbegin(), all.cend(),
                                        [&](const ContainerSummary &c) { return c.name == name && c.id != discarded; });
        if (taken != all.cend()) {
            problem = tr("A container named \"%1\" already exists. Choose another name, or leave "
                         "the field empty and the engine picks one.")
                          .arg(name);
        }
    }
    // The engine's own answer about the name (shown after a failed run) stays until the name
    // is edited; a problem found here replaces it.
    const bool engineMessage = !m_nameError->text().isEmpty() && m_nameError->text() != m_nameProblem;
    m_nameProblem = problem;
    if (!problem.isEmpty() || !engineMessage) {
        m_nameError->setText(problem);
        m_nameError->setVisible(!problem.isEmpty());
    }
    if (m_runButton)
        m_runButton->setEnabled(problem.isEmpty() && !m_runner->isRunning());
    return problem.isEmpty();
}

void RunDialog::run()
{
    clearErrors();
    if (!validateName())
        return;
    m_runButton->setEnabled(false);
    m_runner->run(spec());
}

} // namespace dx
