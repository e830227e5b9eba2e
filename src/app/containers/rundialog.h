#pragma once

#include "containers/containerrunner.h"
#include "containers/runspec.h"
#include "images/pulldialog.h" // QPointer<PullDialog> needs the type

#include <QDialog>
#include <QHash>
#include <QMap>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace dx {

namespace Ui {
class RunDialog;
}

class AppServices;

// "Run…": creates and starts a NEW container from an image, like `docker run -d`. Shows the
// equivalent command live, checks every field as it is typed and puts its problems, and the
// engine's errors, next to the field they are about; Run stays off while anything is wrong.
// The common options are on the first tab, limits on "Resources", the rest on "Advanced".
class RunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDialog)

public:
    explicit RunDialog(AppServices *services, QWidget *parent = nullptr);
    ~RunDialog() override;

    RunSpec spec() const;
    void setSpec(const RunSpec &spec);
    // Labels put on the container and on the volumes it creates, besides those of the form's
    // Labels table (these are not shown there).
    void setLabels(const QMap<QString, QString> &labels);
    bool followOutput() const;
    // -it: the Terminal tab opens on the container's main process at start.
    bool interactive() const;
    QString commandText() const;
    QString errorText(ContainerRunner::Field field) const;
    void run();
    bool isRunning() const { return m_runner->isRunning(); }
    // After the engine said the image is missing: pulls it with the pull dialog's progress,
    // then runs, as `docker run` pulls a missing image first. The button offering it shows
    // only then.
    void pullAndRun();
    bool canPullAndRun() const;
    PullDialog *pullDialog() const { return m_pullDialog; }

signals:
    void containerStarted(const QString &id, const QString &name, bool followOutput);

private:
    // rundialogform.cpp: the tables, the networks, form <-> RunSpec.
    void setupTable(QTableWidget *table, QToolButton *add, QToolButton *remove);
    void addEnvRow(const QString &key = {}, const QString &value = {});
    void addPortRow(const RunPort &port = {});
    void addMountRow(const RunMount &mount = {});
    void addLabelRow(const QString &key = {}, const QString &value = {});
    void retranslateRows();
    void fillNetworks();
    void selectNetwork(const QString &name);
    // What the form's texts say that RunSpec cannot hold ("512x" as memory), per field.
    QHash<RunSpec::Field, QStringList> parseProblems() const;

    void retranslateTexts();
    void loadImages();
    void loadEngineInfo();
    void updateCommand();
    // Checks the whole form as the user types and says what is wrong beside each field (a
    // warning on the tab that holds it); Run stays off while anything is wrong.
    bool validateForm();
    // Checks the name (characters; a container of that name on the engine).
    bool validateName();
    // After a run with a name, the next free one ("web" -> "web-2"), so Run works again.
    QString nextFreeName(const QString &used) const;
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
    QCheckBox *m_interactive;
    QTabWidget *m_sections;
    QComboBox *m_network;
    QLineEdit *m_memory;
    QLineEdit *m_cpus;
    QLineEdit *m_pidsLimit;
    QLineEdit *m_hostname;
    QLineEdit *m_user;
    QLineEdit *m_entrypoint;
    QTableWidget *m_labelsTable;
    QCheckBox *m_readOnly;
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
    QPushButton *m_pullRunButton = nullptr;
    QPointer<PullDialog> m_pullDialog;
    QHash<RunSpec::Field, QLabel *> m_errorLabels; // Field::None: below the form
    QHash<RunSpec::Field, QString> m_shownProblems; // what validateForm() last put there
    QMap<QString, QString> m_labels;
    QString m_nameProblem; // what validateName() last found
    int m_engineCpus = 0;  // 0 until the engine said
};

} // namespace dx
