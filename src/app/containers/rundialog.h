#pragma once

#include "containers/containerrunner.h"
#include "containers/runspec.h"

#include <QDialog>
#include <QMap>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace dx {

namespace Ui {
class RunDialog;
}

class AppServices;

// "Run…": creates and starts a NEW container from an image, like `docker run -d`. Shows the
// equivalent command live and puts engine errors next to the field they are about.
class RunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDialog)

public:
    explicit RunDialog(AppServices *services, QWidget *parent = nullptr);
    ~RunDialog() override;

    RunSpec spec() const;
    void setSpec(const RunSpec &spec);
    // Labels put on the container and on the volumes it creates (not edited in the form).
    void setLabels(const QMap<QString, QString> &labels);
    bool followOutput() const;
    QString commandText() const;
    QString errorText(ContainerRunner::Field field) const;
    void run();
    bool isRunning() const { return m_runner->isRunning(); }

signals:
    void containerStarted(const QString &id, const QString &name, bool followOutput);

private:
    void setupTable(QTableWidget *table, QToolButton *add, QToolButton *remove);
    void addEnvRow(const QString &key = {}, const QString &value = {});
    void addPortRow(const RunPort &port = {});
    void addMountRow(const RunMount &mount = {});
    void loadImages();
    void updateCommand();
    // Checks the name as the user types (characters; a container of that name on the engine)
    // and says what is wrong beside the field; Run stays off while it is wrong.
    bool validateName();
    void clearErrors();
    void showError(ContainerRunner::Field field, const QString &message);
    QLabel *errorLabel(ContainerRunner::Field field) const;

    const std::unique_ptr<Ui::RunDialog> m_ui; // the layout: forms/rundialog.ui
    AppServices *m_services;
    ContainerRunner *m_runner;
    // The form's widgets under the names the behaviour below uses.
    QComboBox *m_image;
    QLineEdit *m_name;
    QLineEdit *m_command;
    QTableWidget *m_env;
    QTableWidget *m_ports;
    QTableWidget *m_mounts;
    QLineEdit *m_workDir;
    QComboBox *m_restart;
    QSpinBox *m_retries;
    QCheckBox *m_autoRemove;
    QCheckBox *m_follow;
    QPlainTextEdit *m_preview;
    QLabel *m_imageError;
    QLabel *m_nameError;
    QLabel *m_portsError;
    QLabel *m_mountsError;
    QLabel *m_commandError;
    QLabel *m_generalError;
    QLabel *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_runButton = nullptr;
    QMap<QString, QString> m_labels;
    QString m_nameProblem; // what validateName() last found
};

} // namespace dx
