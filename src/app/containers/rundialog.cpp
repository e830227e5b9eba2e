#include "rundialog.h"
#include "ui_rundialog.h"

#include "api/dockerapi.h"
#include "api/imagesapi.h"
#include "api/systemapi.h"
#include "containers/containerstore.h"
#include "images/pulldialog.h"
#include "networks/networkstore.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/language.h"
#include "shell/theme.h"
#include "shell/zoom.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>

#include <algorithm>

namespace dx {

using Field = RunSpec::Field;

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
    m_interactive = m_ui->interactive;
    m_sections = m_ui->sections;
    m_network = m_ui->network;
    m_memory = m_ui->memory;
    m_cpus = m_ui->cpus;
    m_pidsLimit = m_ui->pidsLimit;
    m_hostname = m_ui->hostname;
    m_user = m_ui->user;
    m_entrypoint = m_ui->entrypoint;
    m_labelsTable = m_ui->labelsTable;
    m_readOnly = m_ui->readOnly;
    m_preview = m_ui->runCommand;
    m_imageError = m_ui->imageError;
    m_nameError = m_ui->nameError;
    m_portsError = m_ui->portsError;
    m_mountsError = m_ui->mountsError;
    m_commandError = m_ui->commandError;
    m_generalError = m_ui->generalError;
    m_progress = m_ui->progress;
    m_buttons = m_ui->buttons;
    m_errorLabels = {{Field::None, m_generalError},         {Field::Image, m_imageError},
                     {Field::Name, m_nameError},            {Field::Ports, m_portsError},
                     {Field::Mounts, m_mountsError},        {Field::Command, m_commandError},
                     {Field::Network, m_ui->networkError},  {Field::Memory, m_ui->memoryError},
                     {Field::Cpus, m_ui->cpusError},        {Field::PidsLimit, m_ui->pidsLimitError},
                     {Field::Entrypoint, m_ui->entrypointError}, {Field::User, m_ui->userError},
                     {Field::Hostname, m_ui->hostnameError}, {Field::Labels, m_ui->labelsError}};
    IconProvider *icons = services->icons();

    m_image->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_image->completer()->setFilterMode(Qt::MatchContains);
    for (const char *policy : {"no", "always", "unless-stopped", "on-failure"})
        m_restart->addItem(QString(), QString::fromLatin1(policy));

    for (QLabel *l : std::as_const(m_errorLabels))
        l->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    clearErrors();
    setupTable(m_env, m_ui->addEnv, m_ui->removeEnv);
    setupTable(m_ports, m_ui->addPort, m_ui->removePort);
    setupTable(m_mounts, m_ui->addMount, m_ui->removeMount);
    setupTable(m_labelsTable, m_ui->addLabel, m_ui->removeLabel);

    m_preview->setFont(Zoom::fixedFont());
    m_preview->setMaximumHeight(m_preview->fontMetrics().lineSpacing() * 4 + 12);
    m_ui->copyCommand->setIcon(icons->icon(QStringLiteral("copy")));
    connect(m_ui->copyCommand, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(commandText()); });

    m_runButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_runButton->setIcon(icons->icon(QStringLiteral("run")));
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    m_pullRunButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_pullRunButton->setIcon(icons->icon(QStringLiteral("pull")));
    m_pullRunButton->setObjectName(QStringLiteral("pullRunButton"));
    m_pullRunButton->hide();
    connect(m_pullRunButton, &QPushButton::clicked, this, &RunDialog::pullAndRun);
    // Another image: the offer was about the one the engine did not have.
    connect(m_image, &QComboBox::currentTextChanged, m_pullRunButton, &QWidget::hide);
    fillNetworks();
    retranslate(this, [this] {
        m_ui->retranslateUi(this);
        retranslateTexts();
    });

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RunDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        m_runner->cancel();
        reject();
    });
    connect(m_restart, &QComboBox::currentIndexChanged, this, [this] {
        m_retries->setEnabled(m_restart->currentData().toString() == QLatin1String("on-failure"));
        updateCommand();
    });
    for (QLineEdit *edit : {m_name, m_command, m_workDir, m_image->lineEdit(), m_memory, m_cpus, m_pidsLimit,
                            m_hostname, m_user, m_entrypoint})
        connect(edit, &QLineEdit::textChanged, this, &RunDialog::updateCommand);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_nameError->clear(); // an engine's answer about the previous name no longer applies
        validateForm();
    });
    // A container of that name may appear or go while the dialog is open (another view, a
    // terminal): the message follows the engine. The networks to choose from follow it too.
    ContainerStore *store = m_services->session()->containers();
    connect(store, &ContainerStore::changed, this, &RunDialog::validateForm);
    connect(store, &ContainerStore::removed, this, &RunDialog::validateForm);
    connect(store, &ContainerStore::loaded, this, &RunDialog::validateForm);
    NetworkStore *networks = m_services->session()->networks();
    for (auto signal : {&NetworkStore::changed, &NetworkStore::removed})
        connect(networks, signal, this, &RunDialog::fillNetworks);
    connect(networks, &NetworkStore::loaded, this, &RunDialog::fillNetworks);
    connect(m_network, &QComboBox::currentIndexChanged, this, &RunDialog::updateCommand);
    connect(m_retries, &QSpinBox::valueChanged, this, &RunDialog::updateCommand);
    for (QCheckBox *box : {m_autoRemove, m_interactive, m_readOnly})
        connect(box, &QCheckBox::toggled, this, &RunDialog::updateCommand);
    for (QTableWidget *t : {m_env, m_ports, m_mounts, m_labelsTable})
        connect(t, &QTableWidget::itemChanged, this, &RunDialog::updateCommand);

    connect(m_runner, &ContainerRunner::progress, m_progress, &QLabel::setText);
    connect(m_runner, &ContainerRunner::failed, this, [this](Field field, const QString &message) {
        m_progress->clear();
        validateForm();
        if (isVisible()) // not after Cancel: the next opening starts clean
            showError(field, message);
    });
    connect(m_runner, &ContainerRunner::started, this, [this](const QString &id, const QString &name) {
        m_progress->clear();
        // The form stays for the next run, but a name can be used once: offer the next one.
        if (!name.isEmpty())
            m_name->setText(nextFreeName(name));
        validateForm();
        emit containerStarted(id, name, followOutput());
        accept();
    });
    // The form's size, but never more than the screen offers (small screens, high zoom): the
    // fields scroll, the buttons stay in view.
    if (const QScreen *s = screen())
        resize(size().boundedTo(s->availableGeometry().size() * 0.9));
    loadImages();
    loadEngineInfo();
    updateCommand();
}

RunDialog::~RunDialog() = default;

void RunDialog::retranslateTexts()
{
    m_image->lineEdit()->setPlaceholderText(tr("e.g. nginx:alpine"));
    m_restart->setItemText(0, tr("Never (no)"));
    m_restart->setItemText(1, tr("Always"));
    m_restart->setItemText(2, tr("Unless stopped"));
    m_restart->setItemText(3, tr("On failure"));
    m_runButton->setText(tr("Run"));
    m_pullRunButton->setText(tr("Pull and Run"));
    m_pullRunButton->setToolTip(tr("Download the image from its registry (docker pull), then run it"));
    m_network->setItemText(0, tr("Default (bridge)"));
    m_cpus->setPlaceholderText(m_engineCpus > 0 ? tr("no limit; e.g. 0.5, at most %n on this engine", nullptr, m_engineCpus)
                                                : tr("no limit; e.g. 0.5 or 2"));
    retranslateRows();
}

bool RunDialog::followOutput() const
{
    return m_follow->isChecked();
}

bool RunDialog::interactive() const
{
    return m_interactive->isChecked();
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

void RunDialog::loadEngineInfo()
{
    // The CPU limit is checked against what the engine has (it refuses more).
    m_services->session()->api()->system().info(CallContext::internal())
        .then(this, [this](const ApiResult<SystemInfo> &r) {
            if (!r.ok() || r.value.cpus <= 0)
                return;
            m_engineCpus = r.value.cpus;
            retranslateTexts();
            validateForm();
        });
}

void RunDialog::updateCommand()
{
    m_preview->setPlainText(spec().dockerCommand());
    validateForm();
}

QLabel *RunDialog::errorLabel(Field field) const
{
    return m_errorLabels.value(field, m_generalError);
}

QString RunDialog::errorText(Field field) const
{
    QLabel *label = errorLabel(field);
    return label->isHidden() ? QString() : label->text(); // shown, even on a tab not in front
}

void RunDialog::clearErrors()
{
    for (QLabel *l : std::as_const(m_errorLabels)) {
        l->clear();
        l->setVisible(false);
    }
    m_shownProblems.clear();
}

void RunDialog::showError(Field field, const QString &message)
{
    QString text = message;
    if (field == Field::Image && message.contains(QLatin1String("No such image"), Qt::CaseInsensitive)) {
        text = tr("%1\nThe image is not on this engine: Pull and Run downloads it first, as docker run does (or build "
                  "it).").arg(message);
        m_pullRunButton->show();
    }
    QLabel *label = errorLabel(field);
    label->setText(text);
    label->setVisible(true);
    // The message is seen where it is: its tab comes to the front.
    for (int i = 0; i < m_sections->count(); ++i) {
        if (m_sections->widget(i)->isAncestorOf(label)) {
            m_sections->setCurrentIndex(i);
            m_sections->setTabIcon(i, m_services->icons()->icon(QStringLiteral("warning")));
        }
    }
}

bool RunDialog::validateForm()
{
    const bool nameOk = validateName();
    QHash<Field, QStringList> found = parseProblems();
    bool imageMissing = false;
    for (const RunSpec::Problem &p : spec().problems(m_engineCpus)) {
        if (p.field == Field::Name) // validateName() says it in the form's words
            continue;
        if (p.field == Field::Image) { // the placeholder says what to enter; a red line at once would nag
            imageMissing = true;
            continue;
        }
        if (found.contains(p.field) && p.field != Field::None) // the text's own problem says it better
            continue;
        found[p.field].append(p.message);
    }
    found.remove(Field::Image);
    found.remove(Field::Name);
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        if (it.key() == Field::Name || it.key() == Field::Image)
            continue;
        QStringList messages = found.value(it.key());
        messages.removeDuplicates();
        const QString text = messages.join(QLatin1Char('\n'));
        // An engine's answer shown there stays until the next run; a problem found here
        // replaces it.
        if (!text.isEmpty() || it.value()->text() == m_shownProblems.value(it.key())) {
            it.value()->setText(text);
            it.value()->setVisible(!text.isEmpty());
        }
        m_shownProblems.insert(it.key(), text);
    }
    // A problem on a tab not in front: the tab says so.
    for (int i = 0; i < m_sections->count(); ++i) {
        const QWidget *page = m_sections->widget(i);
        const bool bad = std::any_of(m_errorLabels.cbegin(), m_errorLabels.cend(), [page](const QLabel *l) {
            return page->isAncestorOf(l) && !l->isHidden() && !l->text().isEmpty();
        });
        m_sections->setTabIcon(i, bad ? m_services->icons()->icon(QStringLiteral("warning")) : QIcon());
    }
    const bool ok = nameOk && found.isEmpty() && !imageMissing;
    if (m_runButton)
        m_runButton->setEnabled(ok && !m_runner->isRunning());
    return ok;
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
    return problem.isEmpty();
}

QString RunDialog::nextFreeName(const QString &used) const
{
    static const QRegularExpression numbered(QStringLiteral("^(.*)-(\\d{1,6})$"));
    const QRegularExpressionMatch m = numbered.match(used);
    const QString base = m.hasMatch() ? m.captured(1) : used;
    int n = m.hasMatch() ? m.captured(2).toInt() + 1 : 2;
    QSet<QString> taken{used};
    for (const ContainerSummary &c : m_services->session()->containers()->all())
        taken.insert(c.name);
    QString candidate;
    do
        candidate = QStringLiteral("%1-%2").arg(base).arg(n++);
    while (taken.contains(candidate));
    return candidate;
}

bool RunDialog::canPullAndRun() const
{
    return !m_pullRunButton->isHidden();
}

void RunDialog::pullAndRun()
{
    m_pullRunButton->hide();
    if (!m_pullDialog) {
        m_pullDialog = new PullDialog(m_services, this);
        m_pullDialog->setCloseWhenPulled(true);
        connect(m_pullDialog, &PullDialog::imagePulled, this, &RunDialog::run);
    }
    m_pullDialog->setReference(spec().image);
    m_pullDialog->open();
    m_pullDialog->startPull();
}

void RunDialog::run()
{
    clearErrors();
    m_pullRunButton->hide();
    if (!validateForm())
        return;
    m_runButton->setEnabled(false);
    m_runner->run(spec());
}

} // namespace dx
