#include "pulldialog.h"
#include "ui_pulldialog.h"

#include "images/pulljob.h"
#include "images/pulllayersmodel.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/language.h"
#include "shell/theme.h"
#include "shell/zoom.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>

#include <algorithm>

namespace dx {

namespace {

// The Progress column as a bar with "1.2 MB of 3.4 MB" on it, while a layer has bytes to count.
class LayerProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const double fraction = index.data(PullLayersModel::FractionRole).toDouble();
        if (fraction < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.initFrom(option.widget);
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(fraction * 1000);
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state |= QStyle::State_Horizontal;
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    }
};

} // namespace

PullDialog::PullDialog(AppServices *services, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PullDialog>())
    , m_services(services)
{
    m_ui->setupUi(this);
    IconProvider *icons = services->icons();
    setWindowIcon(icons->icon(QStringLiteral("pull")));
    m_pullButton = m_ui->buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_pullButton->setObjectName(QStringLiteral("pullButton"));
    m_pullButton->setIcon(icons->icon(QStringLiteral("pull")));
    m_pullButton->setDefault(true);
    m_cancelButton = m_ui->buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelPullButton"));
    m_cancelButton->setIcon(icons->icon(QStringLiteral("cancel")));
    connect(m_pullButton, &QPushButton::clicked, this, &PullDialog::startPull);
    connect(m_cancelButton, &QPushButton::clicked, this, &PullDialog::cancelPull);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PullDialog::reject);

    const QString danger = QStringLiteral("color: %1;").arg(Theme::danger().name());
    m_ui->referenceError->setStyleSheet(danger);
    m_ui->referenceError->hide();
    m_ui->message->hide();
    m_ui->command->setFont(Zoom::fixedFont());
    // A long reference wraps (or is cut at the edge) rather than squeezing the field labels.
    m_ui->command->setWordWrap(true);
    m_ui->command->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->overall->setWordWrap(true);
    m_ui->overallRow->setStretch(0, 1);
    m_ui->overallProgress->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    m_ui->layers->verticalHeader()->hide();
    m_ui->layers->setItemDelegateForColumn(PullLayersModel::ProgressColumn, new LayerProgressDelegate(m_ui->layers));
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_ui->layers->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    m_ui->overallProgress->setTextVisible(false);

    connect(m_ui->reference, &QLineEdit::textChanged, this, &PullDialog::validate);
    connect(m_ui->platform, &QComboBox::currentTextChanged, this, &PullDialog::validate);
    retranslate(this, [this] {
        m_ui->retranslateUi(this);
        retranslateTexts();
    });
    resize(em * 46, fontMetrics().lineSpacing() * 30);
    validate();
    updateOverall();
}

PullDialog::~PullDialog() = default;

void PullDialog::setOperation(PullJob::Operation operation)
{
    m_operation = operation;
    const bool push = operation == PullJob::Operation::Push;
    setWindowIcon(m_services->icons()->icon(push ? QStringLiteral("push") : QStringLiteral("pull")));
    m_pullButton->setIcon(windowIcon());
    m_pullButton->setObjectName(push ? QStringLiteral("pushButton") : QStringLiteral("pullButton"));
    m_ui->platform->setVisible(!push);
    m_ui->platformLabel->setVisible(!push);
    retranslateTexts();
}

void PullDialog::retranslateTexts()
{
    if (m_operation == PullJob::Operation::Push) {
        setWindowTitle(tr("Push Image"));
        m_ui->intro->setText(tr("A push uploads an image to a registry, layer by layer (docker push). The registry is "
                                "the first part of the name (127.0.0.1:5000/team/app:1); a name without one goes to "
                                "Docker Hub. Layers the registry already has are not sent again. Log in first when "
                                "the registry asks for it (Registries…)."));
        m_ui->reference->setToolTip(tr("[REGISTRY/]NAME[:TAG]: the image's name on the engine; no tag means latest"));
        m_ui->reference->setPlaceholderText(tr("e.g. 127.0.0.1:5000/team/app:1"));
        m_pullButton->setText(tr("Push"));
        m_pullButton->setToolTip(tr("Upload the image (docker push)"));
        m_cancelButton->setText(tr("Cancel Push"));
        m_cancelButton->setToolTip(tr("Stop the upload; layers the registry has completed stay there"));
    } else {
        m_pullButton->setText(tr("Pull"));
        m_pullButton->setToolTip(tr("Download the image (docker pull)"));
        m_cancelButton->setText(tr("Cancel Pull"));
        m_cancelButton->setToolTip(tr("Stop the download; the engine keeps no half image"));
    }
    m_ui->platform->lineEdit()->setPlaceholderText(tr("the engine's own"));
    validate();
    updateOverall();
}

void PullDialog::setReference(const QString &reference)
{
    m_ui->reference->setText(reference);
}

QString PullDialog::reference() const
{
    return m_ui->reference->text().trimmed();
}

void PullDialog::setPlatform(const QString &platform)
{
    m_ui->platform->setCurrentText(platform);
}

QString PullDialog::platform() const
{
    return m_ui->platform->currentText().trimmed();
}

QTableView *PullDialog::layersView() const
{
    return m_ui->layers;
}

QString PullDialog::problemText() const
{
    return m_ui->referenceError->isHidden() ? QString() : m_ui->referenceError->text();
}

QString PullDialog::messageText() const
{
    return m_ui->message->isHidden() ? QString() : m_ui->message->text();
}

QString PullDialog::overallText() const
{
    return m_ui->overall->text();
}

QString PullDialog::commandText() const
{
    return m_ui->command->text();
}

bool PullDialog::isPulling() const
{
    return m_job && m_job->isRunning();
}

void PullDialog::validate()
{
    // An empty field only keeps Pull off: the placeholder says what to enter.
    QString problem = reference().isEmpty() ? QString() : PullJob::referenceProblem(reference());
    if (problem.isEmpty() && m_operation == PullJob::Operation::Pull)
        problem = PullJob::platformProblem(platform());
    m_ui->referenceError->setText(problem);
    m_ui->referenceError->setVisible(!problem.isEmpty());
    updateCommand();
    updateButtons();
}

void PullDialog::updateCommand()
{
    const bool push = m_operation == PullJob::Operation::Push;
    QStringList words{QStringLiteral("docker"), push ? QStringLiteral("push") : QStringLiteral("pull")};
    if (!push && !platform().isEmpty())
        words << QStringLiteral("--platform") << platform();
    words << (reference().isEmpty() ? tr("IMAGE") : reference());
    m_ui->command->setText(words.join(QLatin1Char(' ')));
}

void PullDialog::updateButtons()
{
    const bool pulling = isPulling() || m_showingRecording;
    const bool valid = PullJob::referenceProblem(reference()).isEmpty()
            && (m_operation == PullJob::Operation::Push || PullJob::platformProblem(platform()).isEmpty());
    m_pullButton->setEnabled(!pulling && valid);
    m_cancelButton->setEnabled(pulling);
    m_ui->reference->setReadOnly(pulling);
    m_ui->platform->setEnabled(!pulling);
}

void PullDialog::updateOverall()
{
    const PullLayersModel *layers = m_job ? m_job->layers() : nullptr;
    if (!layers || layers->rowCount() == 0) {
        m_ui->overall->setText(isPulling() ? tr("Asking the registry…") : QString());
        m_ui->overallProgress->setValue(0);
        m_ui->overallProgress->setMaximum(isPulling() ? 0 : 1000); // busy while nothing is known
        return;
    }
    const QLocale locale;
    QString text = tr("%1 of %n layers complete", nullptr, layers->rowCount()).arg(layers->completeCount());
    // A total only once every layer to download said its size: before, it would be too small.
    const QList<PullLayer> all = layers->layers();
    const bool sizesKnown = std::all_of(all.cbegin(), all.cend(), [](const PullLayer &l) {
        return l.size > 0 || l.phase == PullLayer::Phase::Exists || l.isDone();
    });
    const QString moved = locale.formattedDataSize(layers->downloadedBytes());
    const bool push = m_operation == PullJob::Operation::Push;
    if (layers->knownBytes() > 0 && sizesKnown)
        text += QStringLiteral(" · ")
                + (push ? tr("%1 of %2 uploaded") : tr("%1 of %2 downloaded"))
                      .arg(moved, locale.formattedDataSize(layers->knownBytes()));
    else if (layers->knownBytes() > 0)
        text += QStringLiteral(" · ") + (push ? tr("%1 uploaded so far") : tr("%1 downloaded so far")).arg(moved);
    m_ui->overall->setText(text);
    m_ui->overallProgress->setMaximum(1000);
    m_ui->overallProgress->setValue(int(layers->doneUnits() * 1000 / qMax<qint64>(1, layers->totalUnits())));
}

void PullDialog::showMessage(const QString &text, bool error)
{
    m_ui->message->setText(text);
    m_ui->message->setStyleSheet(error ? QStringLiteral("color: %1;").arg(Theme::danger().name()) : QString());
    m_ui->message->setVisible(!text.isEmpty());
}

void PullDialog::attach(PullJob *job)
{
    if (m_job)
        m_job->deleteLater();
    m_job = job;
    PullLayersModel *layers = job->layers();
    m_ui->layers->setModel(layers);
    // Room for a short layer id and the engine's longest status words, as docker pull prints them.
    const QFontMetrics metrics = m_ui->layers->fontMetrics();
    const int padding = metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    m_ui->layers->setColumnWidth(PullLayersModel::LayerColumn, metrics.horizontalAdvance(QStringLiteral("0123456789ab")) + padding);
    m_ui->layers->setColumnWidth(PullLayersModel::StatusColumn,
                                 metrics.horizontalAdvance(QStringLiteral("Verifying Checksum")) + padding);
    // The bars take what is left (a header has sections only once it has a model).
    m_ui->layers->horizontalHeader()->setSectionResizeMode(PullLayersModel::ProgressColumn, QHeaderView::Stretch);
    connect(layers, &QAbstractItemModel::rowsInserted, this, &PullDialog::updateOverall);
    connect(layers, &QAbstractItemModel::modelReset, this, &PullDialog::updateOverall);
    connect(layers, &QAbstractItemModel::dataChanged, this, &PullDialog::updateOverall);
    connect(job, &Job::ended, this, &PullDialog::onEnded);
}

bool PullDialog::startPull()
{
    m_showingRecording = false;
    validate();
    if (isPulling())
        return false;
    const bool push = m_operation == PullJob::Operation::Push;
    const QString problem = PullJob::referenceProblem(reference());
    const QString platformProblem = push ? QString() : PullJob::platformProblem(platform());
    if (!problem.isEmpty() || !platformProblem.isEmpty()) {
        // Empty too: now it is worth saying.
        m_ui->referenceError->setText(problem.isEmpty() ? platformProblem : problem);
        m_ui->referenceError->show();
        return false;
    }
    showMessage(QString(), false);
    DockerApi *api = m_services->session()->api();
    attach(push ? PullJob::push(api, reference(), this) : new PullJob(api, reference(), platform(), this));
    m_job->start();
    updateButtons();
    updateOverall();
    return true;
}

void PullDialog::cancelPull()
{
    if (m_job)
        m_job->cancel();
}

void PullDialog::onEnded()
{
    m_showingRecording = false;
    updateButtons();
    updateOverall();
    switch (m_job->state()) {
    case Job::State::Finished: {
        const QString digest = m_job->digest();
        if (m_operation == PullJob::Operation::Push) {
            showMessage(digest.isEmpty() ? tr("The registry has %1 now.").arg(m_job->reference())
                                         : tr("The registry has %1 now (%2).").arg(m_job->reference(), digest),
                        false);
            emit imagePushed(m_job->reference(), digest);
            break;
        }
        showMessage(digest.isEmpty() ? tr("%1 is on the engine now.").arg(m_job->reference())
                                     : tr("%1 is on the engine now (%2).").arg(m_job->reference(), digest),
                    false);
        emit imagePulled(m_job->reference());
        if (m_closeWhenPulled)
            accept();
        break;
    }
    case Job::State::Failed: showMessage(m_job->errorString(), true); break;
    case Job::State::Cancelled:
        showMessage(m_operation == PullJob::Operation::Push ? tr("The push was cancelled.") : tr("The pull was cancelled."),
                    false);
        break;
    default: break;
    }
}

void PullDialog::reject()
{
    // Closing the dialog stops the pull (or push), as Ctrl+C stops docker pull.
    cancelPull();
    QDialog::reject();
}

void PullDialog::showRecordedPull(const QString &reference, const QByteArray &stream)
{
    setReference(reference);
    DockerApi *api = m_services->session()->api();
    PullJob *job = m_operation == PullJob::Operation::Push ? PullJob::push(api, reference, this)
                                                           : new PullJob(api, reference, platform(), this);
    attach(job);
    job->replay(stream);
    m_showingRecording = true; // the buttons as during a pull
    updateButtons();
    updateOverall();
}

} // namespace dx
