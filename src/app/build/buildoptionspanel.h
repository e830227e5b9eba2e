#pragma once

#include "build/buildoptions.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

namespace dx {

namespace Ui {
class BuildOptionsPanel;
}

class AppServices;

// The options of `docker build` as a form; emits optionsChanged() on every edit so the
// view can refresh the command line and re-scan the context.
class BuildOptionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildOptionsPanel)

public:
    explicit BuildOptionsPanel(AppServices *services, QWidget *parent = nullptr);
    ~BuildOptionsPanel() override;

    BuildOptions options() const;
    void setContextDir(const QString &dir);
    void setDockerfilePath(const QString &path);
    void setTags(const QStringList &tags);
    void setBuildArgs(const QList<QPair<QString, QString>> &args);
    void setStages(const QStringList &stages);
    void setBuilder(BuildOptions::Builder builder);
    BuildOptions::Builder builder() const;
    void setUseEditorText(bool on);
    bool useEditorText() const;
    // The `docker build` that makes the same image (several lines for the heredoc form).
    void setCommandLine(const QString &command);
    QString commandLine() const;
    void setContextSummary(const QString &summary, const QStringList &warnings, bool error);

signals:
    void optionsChanged();
    void builderChanged(dx::BuildOptions::Builder builder);

private:
    void setupPairTable(QTableWidget *table);
    static QList<QPair<QString, QString>> pairsOf(const QTableWidget *table);
    void setPairs(QTableWidget *table, const QList<QPair<QString, QString>> &pairs);
    void browseContext();
    void browseDockerfile();

    const std::unique_ptr<Ui::BuildOptionsPanel> m_ui; // the layout: forms/buildoptionspanel.ui
    AppServices *m_services;
    // The form's widgets under the names the behaviour below uses.
    QLineEdit *m_context = nullptr;
    QLineEdit *m_dockerfile = nullptr;
    QCheckBox *m_useEditorText = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_builder = nullptr;
    QCheckBox *m_noCache = nullptr;
    QCheckBox *m_pull = nullptr;
    QTableWidget *m_buildArgs = nullptr;
    QTableWidget *m_labels = nullptr;
    QPlainTextEdit *m_command = nullptr;
    QLabel *m_contextSummary = nullptr;
    QLabel *m_warnings = nullptr;
};

} // namespace dx
