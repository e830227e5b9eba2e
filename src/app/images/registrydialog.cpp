#include "registrydialog.h"
#include "ui_registrydialog.h"

#include "api/commandrecord.h"
#include "registry/imagereference.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/language.h"
#include "shell/theme.h"
#include "shell/zoom.h"

#include <QFutureWatcher>
#include <QListWidget>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace dx {

namespace {

QString displayName(const QString &key)
{
    return key == ImageReference::dockerHubAuthKey() ? QStringLiteral("Docker Hub (%1)").arg(key) : key;
}

struct Listing
{
    QStringList registries;
    QString problem;
};

} // namespace

RegistryDialog::RegistryDialog(AppServices *services, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RegistryDialog>())
    , m_services(services)
{
    m_ui->setupUi(this);
    IconProvider *icons = services->icons();
    setWindowIcon(icons->icon(QStringLiteral("login")));
    m_loginButton = m_ui->buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setIcon(icons->icon(QStringLiteral("login")));
    m_loginButton->setDefault(true);
    m_logoutButton = m_ui->buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_logoutButton->setObjectName(QStringLiteral("logoutButton"));
    m_logoutButton->setIcon(icons->icon(QStringLiteral("remove")));
    connect(m_loginButton, &QPushButton::clicked, this, &RegistryDialog::logIn);
    connect(m_logoutButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_ui->loggedIn->currentItem())
            logOut(item->data(Qt::UserRole).toString());
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &RegistryDialog::reject);
    connect(m_ui->loggedIn, &QListWidget::currentRowChanged, this, [this] {
        // Picking a registry fills its name in, for a login again with other credentials.
        if (QListWidgetItem *item = m_ui->loggedIn->currentItem()) {
            const QString key = item->data(Qt::UserRole).toString();
            m_ui->server->setText(key == ImageReference::dockerHubAuthKey() ? QString() : key);
        }
        updateButtons();
    });

    m_ui->problem->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    m_ui->problem->hide();
    m_ui->message->hide();
    m_ui->command->setFont(Zoom::fixedFont());
    m_ui->command->setWordWrap(true);
    m_ui->command->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->loggedIn->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    for (QLineEdit *edit : {m_ui->server, m_ui->user, m_ui->password})
        connect(edit, &QLineEdit::textChanged, this, &RegistryDialog::validate);
    retranslate(this, [this] {
        m_ui->retranslateUi(this);
        retranslateTexts();
    });
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 36, fontMetrics().lineSpacing() * 22);
    validate();
    reloadLoggedIn();
}

RegistryDialog::~RegistryDialog() = default;

void RegistryDialog::retranslateTexts()
{
    m_loginButton->setText(tr("Log In"));
    m_loginButton->setToolTip(tr("Ask the registry whether it takes the user name and password, then store them "
                                 "(docker login)"));
    m_logoutButton->setText(tr("Log Out"));
    m_logoutButton->setToolTip(tr("Forget the stored login of the selected registry (docker logout)"));
    m_ui->loggedInLabel->setText(m_ui->loggedIn->count() > 0 ? tr("Logged in to:") : tr("Logged in to: none yet"));
    validate();
}

void RegistryDialog::setServer(const QString &server)
{
    m_ui->server->setText(server);
}

void RegistryDialog::setUser(const QString &user)
{
    m_ui->user->setText(user);
}

void RegistryDialog::setPassword(const QString &password)
{
    m_ui->password->setText(password);
}

bool RegistryDialog::isBusy() const
{
    return (m_job && m_job->isRunning()) || m_pending > 0;
}

bool RegistryDialog::isLoggingIn() const
{
    return m_job && m_job->isRunning();
}

QStringList RegistryDialog::loggedIn() const
{
    QStringList keys;
    for (int row = 0; row < m_ui->loggedIn->count(); ++row)
        keys.append(m_ui->loggedIn->item(row)->data(Qt::UserRole).toString());
    return keys;
}

QString RegistryDialog::problemText() const
{
    return m_ui->problem->isHidden() ? QString() : m_ui->problem->text();
}

QString RegistryDialog::messageText() const
{
    return m_ui->message->isHidden() ? QString() : m_ui->message->text();
}

QString RegistryDialog::commandText() const
{
    return m_ui->command->text();
}

void RegistryDialog::validate()
{
    // Empty fields only keep Log In off; a wrong registry name is said at once.
    const QString server = m_ui->server->text();
    const QString key = RegistryLoginJob::serverKey(server);
    QString problem;
    if (!server.trimmed().isEmpty())
        problem = RegistryLoginJob::problem(server, QStringLiteral("u"), QStringLiteral("p"));
    if (problem.isEmpty() && m_ui->user->text().contains(QLatin1Char(':')))
        problem = RegistryLoginJob::problem(server, m_ui->user->text(), QStringLiteral("p"));
    m_ui->problem->setText(problem);
    m_ui->problem->setVisible(!problem.isEmpty());
    QStringList words{QStringLiteral("docker"), QStringLiteral("login"), QStringLiteral("-u"),
                      m_ui->user->text().trimmed().isEmpty() ? tr("USER") : m_ui->user->text().trimmed()};
    if (key != ImageReference::dockerHubAuthKey())
        words << key;
    m_ui->command->setText(shellJoin(words));
    updateButtons();
}

void RegistryDialog::updateButtons()
{
    const bool busy = isBusy();
    m_loginButton->setEnabled(!busy
                              && RegistryLoginJob::problem(m_ui->server->text(), m_ui->user->text(), m_ui->password->text())
                                     .isEmpty());
    m_logoutButton->setEnabled(!busy && m_ui->loggedIn->currentItem() != nullptr);
    for (QLineEdit *edit : {m_ui->server, m_ui->user, m_ui->password})
        edit->setReadOnly(isLoggingIn());
}

void RegistryDialog::showMessage(const QString &text, bool error)
{
    m_ui->message->setText(text);
    m_ui->message->setStyleSheet(error ? QStringLiteral("color: %1;").arg(Theme::danger().name()) : QString());
    m_ui->message->setVisible(!text.isEmpty());
}

bool RegistryDialog::logIn()
{
    if (isBusy())
        return false;
    const QString problem = RegistryLoginJob::problem(m_ui->server->text(), m_ui->user->text(), m_ui->password->text());
    if (!problem.isEmpty()) {
        m_ui->problem->setText(problem);
        m_ui->problem->show();
        return false;
    }
    showMessage(tr("Asking the registry…"), false);
    if (m_job)
        m_job->deleteLater();
    m_job = new RegistryLoginJob(m_services->session()->api(), m_ui->server->text(), m_ui->user->text(),
                                 m_ui->password->text(), this);
    connect(m_job, &Job::ended, this, [this, job = m_job] {
        const bool ok = job->state() == Job::State::Finished;
        if (ok) {
            const QString key = job->server();
            showMessage(tr("Logged in to %1 as %2: pushes and pulls there use this login.")
                            .arg(displayName(key), job->username()),
                        false);
            m_ui->password->clear(); // nothing of the secret stays in the dialog
        } else if (job->state() == Job::State::Failed) {
            showMessage(job->errorString(), true);
        } else {
            showMessage(tr("The login was cancelled."), false);
        }
        updateButtons();
        reloadLoggedIn();
        emit loginEnded(ok);
    });
    m_job->start();
    updateButtons();
    return true;
}

void RegistryDialog::logOut(const QString &serverKey)
{
    if (isBusy() || serverKey.isEmpty())
        return;
    ++m_pending;
    updateButtons();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, serverKey] {
        watcher->deleteLater();
        --m_pending;
        const QString error = watcher->result();
        if (error.isEmpty())
            showMessage(tr("Logged out of %1: its stored login is gone.").arg(displayName(serverKey)), false);
        else
            showMessage(error, true);
        updateButtons();
        reloadLoggedIn();
        emit logoutEnded(error.isEmpty());
    });
    watcher->setFuture(QtConcurrent::run([serverKey] { return registryLogout(serverKey); }));
}

void RegistryDialog::reloadLoggedIn()
{
    ++m_pending;
    updateButtons();
    auto *watcher = new QFutureWatcher<Listing>(this);
    connect(watcher, &QFutureWatcher<Listing>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_pending;
        const Listing listing = watcher->result();
        const QString current = m_ui->loggedIn->currentItem() ? m_ui->loggedIn->currentItem()->data(Qt::UserRole).toString()
                                                              : QString();
        {
            const QSignalBlocker blocker(m_ui->loggedIn);
            m_ui->loggedIn->clear();
            for (const QString &key : listing.registries) {
                auto *item = new QListWidgetItem(m_services->icons()->icon(QStringLiteral("login")), displayName(key));
                item->setData(Qt::UserRole, key);
                m_ui->loggedIn->addItem(item);
                if (key == current)
                    m_ui->loggedIn->setCurrentItem(item);
            }
        }
        m_ui->loggedInLabel->setText(m_ui->loggedIn->count() > 0 ? tr("Logged in to:") : tr("Logged in to: none yet"));
        if (!listing.problem.isEmpty())
            showMessage(listing.problem, true);
        updateButtons();
        emit loggedInChanged();
    });
    watcher->setFuture(QtConcurrent::run([] {
        Listing listing;
        listing.registries = loggedInRegistries(&listing.problem);
        return listing;
    }));
}

void RegistryDialog::reject()
{
    if (m_job)
        m_job->cancel();
    QDialog::reject();
}

} // namespace dx
