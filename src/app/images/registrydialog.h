#pragma once

#include "images/registrylogin.h" // QPointer<RegistryLoginJob> needs the type

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace dx {

namespace Ui {
class RegistryDialog;
}

class AppServices;

// "Registries…": log in to a registry (`docker login`, checked by the engine with the registry,
// then stored where the docker CLI keeps logins) and out again (`docker logout`), with the
// registries logged in to listed. The password never appears in the command shown, nor in the
// Docker Commands panel.
class RegistryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryDialog)

public:
    explicit RegistryDialog(AppServices *services, QWidget *parent = nullptr);
    ~RegistryDialog() override;

    void setServer(const QString &server);
    void setUser(const QString &user);
    void setPassword(const QString &password);

    bool logIn();               // false (and the problem shown) when the fields are wrong
    void logOut(const QString &serverKey);
    void reloadLoggedIn();      // reads the docker configuration again (off the GUI thread)

    bool isBusy() const;      // logging in or out, or reading the list
    bool isLoggingIn() const;
    QStringList loggedIn() const; // as listed
    QString problemText() const;
    QString messageText() const;
    QString commandText() const;

signals:
    void loggedInChanged(); // the list was read again
    void loginEnded(bool ok);
    void logoutEnded(bool ok);

protected:
    void reject() override;

private:
    void retranslateTexts();
    void validate();
    void updateButtons();
    void showMessage(const QString &text, bool error);

    const std::unique_ptr<Ui::RegistryDialog> m_ui; // the layout: forms/registrydialog.ui
    AppServices *m_services;
    QPushButton *m_loginButton;
    QPushButton *m_logoutButton;
    QPointer<RegistryLoginJob> m_job;
    int m_pending = 0; // logouts and reads under way
};

} // namespace dx
