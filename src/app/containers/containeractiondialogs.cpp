#include "containeractiondialogs.h"

#include "api/commandrecord.h"
#include "containers/containerrecreator.h"
#include "shell/theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dx {

namespace {

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problem"));
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, Theme::danger());
    label->setPalette(pal);
    label->hide();
    return label;
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

RenameDialog::RenameDialog(const QString &current, std::function<QString(const QString &)> problem, QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(problem))
    , m_current(current)
    , m_name(new QLineEdit(current, this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("renameDialog"));
    setWindowTitle(tr("Rename Container"));
    m_name->setObjectName(QStringLiteral("newName"));
    m_name->selectAll();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Rename"));
    auto *form = new QFormLayout;
    form->addRow(tr("New name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(noteLabel(tr("Renaming keeps everything else: the container, its files and its settings. "
                                   "Other containers on a user network reach it by the new name."), this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &RenameDialog::check);
    check();
}

QString RenameDialog::newName() const
{
    return m_name->text().trimmed();
}

void RenameDialog::check()
{
    const QString name = newName();
    const QString problem = name == m_current ? QString() : m_check(name);
    showProblem(m_problem, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && name != m_current);
}

CommitDialog::CommitDialog(const QString &container, const QString &image, QWidget *parent)
    : QDialog(parent)
    , m_container(container)
    , m_reference(new QLineEdit(this))
    , m_comment(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_changes(new QPlainTextEdit(this))
    , m_pause(new QCheckBox(tr("Pause the container while its layer is copied"), this))
    , m_command(new QLabel(this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("commitDialog"));
    setWindowTitle(tr("Commit Container to an Image"));
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("e.g. %1-snapshot:1 (empty: an image without a name)")
                                        .arg(image.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('/'), -1)));
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setPlaceholderText(tr("What changed, e.g. \"installed curl\""));
    m_author->setObjectName(QStringLiteral("author"));
    m_author->setPlaceholderText(tr("e.g. Jane Doe <jane@example.com>"));
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setPlaceholderText(tr("One Dockerfile instruction a line, e.g.\nCMD [\"sh\"]\nENV MODE=production"));
    m_changes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_changes->setTabChangesFocus(true);
    m_changes->setMinimumHeight(4 * m_changes->fontMetrics().lineSpacing());
    m_pause->setChecked(true);
    m_command->setObjectName(QStringLiteral("command"));
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Commit"));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Image name:"), m_reference);
    form->addRow(tr("Message:"), m_comment);
    form->addRow(tr("Author:"), m_author);
    form->addRow(tr("Changes:"), m_changes);
    form->addRow(QString(), m_pause);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(noteLabel(tr("The files the container wrote (its writable layer) become a new read-only layer on top of "
                                   "the image %1. Volumes are not part of it. A Dockerfile is the better record of how an image "
                                   "is made; a commit is a snapshot.").arg(image), this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_command);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_reference, m_comment, m_author})
        connect(edit, &QLineEdit::textChanged, this, &CommitDialog::check);
    connect(m_changes, &QPlainTextEdit::textChanged, this, &CommitDialog::check);
    connect(m_pause, &QCheckBox::toggled, this, &CommitDialog::check);
    resize(sizeHint().expandedTo(QSize(36 * fontMetrics().horizontalAdvance(QLatin1Char('M')), 0)));
    check();
}

CommitSpec CommitDialog::spec() const
{
    CommitSpec s;
    s.container = m_container;
    s.reference = m_reference->text().trimmed();
    s.comment = m_comment->text();
    s.author = m_author->text();
    s.changesText = m_changes->toPlainText();
    s.pause = m_pause->isChecked();
    return s;
}

void CommitDialog::setSpec(const CommitSpec &spec)
{
    m_reference->setText(spec.reference);
    m_comment->setText(spec.comment);
    m_author->setText(spec.author);
    m_changes->setPlainText(spec.changesText);
    m_pause->setChecked(spec.pause);
}

bool CommitDialog::canAccept() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void CommitDialog::check()
{
    const CommitSpec s = spec();
    const QStringList problems = s.problems();
    showProblem(m_problem, problems.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    // What will run, as the Docker Commands panel will show it.
    const CommitOptions o = s.options();
    QStringList cli{QStringLiteral("docker"), QStringLiteral("commit")};
    if (!o.comment.isEmpty())
        cli << QStringLiteral("-m") << o.comment;
    if (!o.author.isEmpty())
        cli << QStringLiteral("-a") << o.author;
    for (const QString &c : o.changes)
        cli << QStringLiteral("-c") << c;
    if (!o.pause)
        cli << QStringLiteral("--pause=false");
    cli << m_container;
    if (!s.reference.isEmpty())
        cli << s.reference;
    m_command->setText(tr("Runs: %1").arg(shellJoin(cli)));
}

RecreateDialog::RecreateDialog(const QString &container, const QString &image, bool running, QWidget *parent)
    : QDialog(parent)
    , m_image(new QLineEdit(image, this))
    , m_timeout(new QSpinBox(this))
    , m_start(new QCheckBox(tr("Start the new container"), this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("recreateDialog"));
    setWindowTitle(tr("Recreate %1").arg(container));
    m_image->setObjectName(QStringLiteral("image"));
    m_timeout->setObjectName(QStringLiteral("stopTimeout"));
    m_timeout->setRange(0, 3600);
    m_timeout->setValue(StopAfterDialog::DefaultSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setEnabled(running);
    m_start->setChecked(running);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Recreate"));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Image:"), m_image);
    form->addRow(tr("Stop timeout:"), m_timeout);
    form->addRow(QString(), m_start);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(noteLabel(tr("A new container from this image (e.g. a newer tag: myapp:1.2 instead of myapp:1.1) takes the "
                                   "place of %1, with its name, ports, environment, volumes, labels, restart policy and limits. "
                                   "The new container's writable layer starts empty: only the volumes carry data over.<br>"
                                   "It is first created as <code>%2</code>; %1 is removed only once it runs. If it cannot be "
                                   "created or started, %1 stays as it is.")
                                    .arg(container.toHtmlEscaped(), ContainerRecreator::temporaryName(container).toHtmlEscaped()),
                                this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_image, &QLineEdit::textChanged, this, &RecreateDialog::check);
    resize(sizeHint().expandedTo(QSize(36 * fontMetrics().horizontalAdvance(QLatin1Char('M')), 0)));
    check();
}

QString RecreateDialog::image() const
{
    return m_image->text().trimmed();
}

int RecreateDialog::stopTimeout() const
{
    return m_timeout->value();
}

bool RecreateDialog::startNew() const
{
    return m_start->isChecked();
}

void RecreateDialog::check()
{
    QString problem;
    if (image().isEmpty())
        problem = tr("Enter the image of the new container.");
    else if (image().contains(QLatin1Char(' ')))
        problem = tr("An image reference has no spaces.");
    showProblem(m_problem, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

StopAfterDialog::StopAfterDialog(const QStringList &names, QWidget *parent)
    : QDialog(parent)
    , m_seconds(new QSpinBox(this))
{
    setObjectName(QStringLiteral("stopAfterDialog"));
    setWindowTitle(tr("Stop After…"));
    m_seconds->setObjectName(QStringLiteral("seconds"));
    m_seconds->setRange(0, 3600);
    m_seconds->setValue(DefaultSeconds);
    m_seconds->setSuffix(tr(" s"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Stop"));
    auto *form = new QFormLayout;
    form->addRow(tr("Grace period:"), m_seconds);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(noteLabel(tr("Stop %1: the main process gets SIGTERM and this long to end by itself; then it is "
                                   "killed with SIGKILL. Exit code 143 means it ended on SIGTERM, 137 that it was killed.")
                                    .arg(names.join(QLatin1String(", "))),
                                this));
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

int StopAfterDialog::seconds() const
{
    return m_seconds->value();
}

} // namespace dx
