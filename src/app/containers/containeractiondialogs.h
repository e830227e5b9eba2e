#pragma once

#include "containers/commitspec.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dx {

// The small dialogs of the containers view's "More" menu. Each checks its fields as the engine
// would and keeps OK disabled, with the reason shown, until they can be sent.

// `docker rename`: the new name, checked by `problem` (the engine's rule, names in use).
class RenameDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenameDialog)

public:
    RenameDialog(const QString &current, std::function<QString(const QString &)> problem, QWidget *parent = nullptr);
    QString newName() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void check();

    std::function<QString(const QString &)> m_check;
    QString m_current;
    QLineEdit *m_name;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// `docker commit`: repository:tag, message, author and Dockerfile instructions.
class CommitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitDialog)

public:
    CommitDialog(const QString &container, const QString &image, QWidget *parent = nullptr);
    CommitSpec spec() const;
    void setSpec(const CommitSpec &spec);
    QLineEdit *referenceEdit() const { return m_reference; }
    QPlainTextEdit *changesEdit() const { return m_changes; }
    QLabel *problemLabel() const { return m_problem; }
    bool canAccept() const;

private:
    void check();

    QString m_container;
    QLineEdit *m_reference;
    QLineEdit *m_comment;
    QLineEdit *m_author;
    QPlainTextEdit *m_changes;
    QCheckBox *m_pause;
    QLabel *m_command;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// Recreate: the image of the new container (the same reference by default, a newer tag, ...),
// the old one's stop timeout and whether to start the new one.
class RecreateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecreateDialog)

public:
    RecreateDialog(const QString &container, const QString &image, bool running, QWidget *parent = nullptr);
    QString image() const;
    int stopTimeout() const;
    bool startNew() const;
    QLineEdit *imageEdit() const { return m_image; }

private:
    void check();

    QLineEdit *m_image;
    QSpinBox *m_timeout;
    QCheckBox *m_start;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// Stop After…: the grace period between SIGTERM and SIGKILL (`docker stop -t`).
class StopAfterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopAfterDialog)

public:
    static constexpr int DefaultSeconds = 10;

    StopAfterDialog(const QStringList &names, QWidget *parent = nullptr);
    int seconds() const;
    QSpinBox *spinBox() const { return m_seconds; }

private:
    QSpinBox *m_seconds;
};

} // namespace dx
