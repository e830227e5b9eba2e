#include "lessonpanel.h"

#include "lessonbutton.h"
#include "lessoncommandbox.h"
#include "lessonprogress.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"
#include "shell/zoom.h"
#include "shell/language.h"

#include "build/buildview.h"
#include "images/imagestore.h"
#include "shell/mainwindow.h"
#include "session/enginesession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace dx {

namespace {

// A hollow circle for steps not done yet: the list keeps its alignment, and the check mark
// replacing it is easy to spot from the back of a classroom.
QPixmap circle(const QColor &color)
{
    QPixmap pixmap(48, 48);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, 3.5));
    p.drawEllipse(QRectF(8, 8, 32, 32));
    return pixmap;
}

QIcon openStepIcon(const QPalette &palette)
{
    QIcon icon(circle(palette.color(QPalette::PlaceholderText)));
    // On the selected row the grey circle would vanish in the highlight.
    icon.addPixmap(circle(palette.color(QPalette::HighlightedText)), QIcon::Selected);
    return icon;
}

constexpr int MinimumRows = 3;

// Options in running text ("--progress=plain") get non-breaking hyphens: Qt would otherwise
// break the line after a hyphen and leave "--" alone at a line's end. Only for display.
QString keepOptionsWhole(QString text)
{
    static const QRegularExpression option(QStringLiteral("--[A-Za-z][A-Za-z0-9=_-]*"));
    QRegularExpressionMatchIterator it = option.globalMatch(text);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.append(it.next());
    for (const QRegularExpressionMatch &m : std::as_const(matches)) {
        QString whole = m.captured();
        whole.replace(QLatin1Char('-'), QChar(0x2011));
        text.replace(m.capturedStart(), m.capturedLength(), whole);
    }
    return text;
}

} // namespace

LessonPanel::LessonPanel(AppServices *services, MainWindow *window, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_window(window)
    , m_progress(new LessonProgress(services->session(), this))
    , m_steps(LessonSteps::all())
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_list(new QListWidget(m_splitter))
    , m_scroll(new QScrollArea(m_splitter))
    , m_counter(new QLabel(this))
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_commandBox(new LessonCommandBox(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_action(new LessonButton(this))
    , m_second(new LessonButton(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
{
    setObjectName(QStringLiteral("lessonPanel"));
    IconProvider *icons = services->icons();

    m_list->setObjectName(QStringLiteral("lessonSteps"));
    Zoom::setIconSize(m_list, QSize(20, 20));
    // Long titles wrap (German ones especially) instead of being cut off on the right.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setToolTip(tr("The steps of the lesson; a check mark means its result is visible in Docker"));
    for (int i = 0; i < m_steps.size(); ++i) {
        auto *item = new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(m_steps.at(i).title), m_list);
        item->setToolTip(m_steps.at(i).title);
    }
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *detail = new QWidget(m_scroll);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(10, 10, 10, 10);
    detailLayout->setSpacing(8);
    m_counter->setObjectName(QStringLiteral("lessonCounter"));
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_explanation->setObjectName(QStringLiteral("lessonExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *commandCaption = new QLabel(QString(), detail);
    commandCaption->setForegroundRole(QPalette::PlaceholderText);
    m_commandBox->copyButton()->setIcon(icons->icon(QStringLiteral("copy")));
    m_commandBox->copyButton()->setToolTip(tr("Copy the command to the clipboard"));
    connect(m_commandBox, &LessonCommandBox::copyRequested, this, &LessonPanel::copyCommand);

    m_status->setObjectName(QStringLiteral("lessonStatus"));
    m_status->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("lessonMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_action->setObjectName(QStringLiteral("lessonAction"));
    QFont actionFont = m_action->font();
    actionFont.setBold(true);
    actionFont.setPointSizeF(actionFont.pointSizeF() * 1.15);
    m_action->setFont(actionFont);
    m_action->setMinimumHeight(m_action->sizeHint().height() * 3 / 2);
    Zoom::setIconSize(m_action, QSize(22, 22));
    m_action->setDefault(true);
    m_second->setObjectName(QStringLiteral("lessonSecondAction"));
    connect(m_action, &QPushButton::clicked, this, [this] { triggerStep(currentStep()); });
    connect(m_second, &QPushButton::clicked, this, [this] { triggerSecondAction(currentStep()); });

    detailLayout->addWidget(m_counter);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_explanation);
    detailLayout->addSpacing(4);
    detailLayout->addWidget(commandCaption);
    detailLayout->addWidget(m_commandBox);
    detailLayout->addWidget(createBaseImageRow(detail));
    detailLayout->addSpacing(4);
    detailLayout->addWidget(m_action);
    detailLayout->addWidget(m_second);
    detailLayout->addWidget(m_status);
    detailLayout->addWidget(m_message);
    detailLayout->addStretch(1);
    m_scroll->setWidget(detail);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The range grows as the layout settles (fonts, zoom, wrapping): stay at the end if asked.
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_scrollToEnd)
            m_scroll->verticalScrollBar()->setValue(max);
    });

    // The step list above the step: at least a few rows, at most all of them; it scrolls
    // inside, and the handle between them lets the teacher give either more room.
    m_splitter->setObjectName(QStringLiteral("lessonSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_listSizedByUser = true; });

    m_previous->setIcon(icons->icon(QStringLiteral("up")));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_next->setIcon(icons->icon(QStringLiteral("down")));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_previous, &QPushButton::clicked, this, [this] { setCurrentStep(currentStep() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setCurrentStep(currentStep() + 1); });
    auto *navigation = new QHBoxLayout;
    navigation->setContentsMargins(10, 4, 10, 8);
    navigation->addWidget(m_previous);
    navigation->addStretch(1);
    navigation->addWidget(m_next);

    auto *doIt = new QAction(this);
    doIt->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    doIt->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(doIt, &QAction::triggered, this, [this] { triggerStep(currentStep()); });
    addAction(doIt);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(navigation);

    connect(m_list, &QListWidget::currentRowChanged, this, &LessonPanel::showStep);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { triggerStep(m_list->row(item)); });
    connect(m_progress, &LessonProgress::changed, this, &LessonPanel::updateChecks);
    // Step 1 is the demo's Dockerfile in the editor, however it was opened.
    connect(services, &AppServices::dockerfileChanged, this, [this] { m_progress->setDemoDockerfileOpen(demoIsOpen()); });
    m_progress->setDemoDockerfileOpen(demoIsOpen());
    ImageStore *images = services->session()->images();
    connect(images, &ImageStore::loaded, this, &LessonPanel::updateBaseImages);
    connect(images, &ImageStore::changed, this, &LessonPanel::updateBaseImages);
    connect(images, &ImageStore::removed, this, &LessonPanel::updateBaseImages);
    connect(icons, &IconProvider::iconsChanged, this, [this, icons] {
        m_commandBox->copyButton()->setIcon(icons->icon(QStringLiteral("copy")));
        m_loadBase->setIcon(icons->icon(QStringLiteral("open")));
        m_previous->setIcon(icons->icon(QStringLiteral("up")));
        m_next->setIcon(icons->icon(QStringLiteral("down")));
        updateChecks();
        showStep(currentStep());
    });
    // Failed builds of the demo are explained here, also when the Build view started them.
    if (auto *build = qobject_cast<BuildView *>(window->view(ViewId::Build)))
        connect(build, &BuildView::buildFinished, this, &LessonPanel::onBuildFinished);
    updateBaseImages();
    updateChecks();
    m_list->setCurrentRow(0);
    retranslate(this, [=] {
        m_list->setToolTip(tr("The steps of the lesson; a check mark means its result is visible in Docker"));
        commandCaption->setText(tr("In the terminal:"));
        m_commandBox->copyButton()->setToolTip(tr("Copy the command to the clipboard"));
        m_action->setToolTip(tr("Do this step in Docker Explorer (Ctrl+Return)"));
        m_previous->setToolTip(tr("The previous step (Alt+Up)"));
        m_next->setToolTip(tr("The next step (Alt+Down)"));
        m_previous->setText(tr("Back"));
        m_next->setText(tr("Next"));
    });
    // The steps' texts are made in the language of the moment: made again when it changes.
    connect(Language::instance(), &Language::changed, this, [this] {
        const QList<LessonStep> steps = LessonSteps::all();
        if (steps.size() != m_steps.size())
            return;
        m_steps = steps;
        for (int i = 0; i < m_steps.size() && i < m_list->count(); ++i) {
            m_list->item(i)->setText(tr("%1. %2").arg(i + 1).arg(m_steps.at(i).title));
            m_list->item(i)->setToolTip(m_steps.at(i).title);
        }
        showStep(currentStep());
    });
    fitList();
}

void LessonPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitList();
}

void LessonPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitList();
}

void LessonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitList();
    QWidget::changeEvent(event);
}

void LessonPanel::fitList()
{
    // Row heights are only right once the list is polished (style, font, zoom) and has its
    // width (titles wrap), so this runs again when shown and on every resize.
    m_list->ensurePolished();
    const int frame = 2 * m_list->frameWidth() + 2;
    int full = frame;
    int few = frame;
    for (int row = 0; row < m_list->count(); ++row) {
        const int h = m_list->sizeHintForRow(row);
        full += h;
        if (row < MinimumRows)
            few += h;
    }
    m_list->setMinimumHeight(few);
    m_list->setMaximumHeight(qMax(few, full));
    const int total = m_splitter->height();
    if (m_listSizedByUser || total <= 0)
        return;
    // Until the teacher moves the handle: all steps when there is room, else up to 40 % of the
    // panel, the rest for the step itself.
    const int list = qBound(few, total * 2 / 5, full);
    m_splitter->setSizes({list, qMax(0, total - list - m_splitter->handleWidth())});
    m_list->scrollToItem(m_list->currentItem());
}

int LessonPanel::currentStep() const
{
    return qMax(0, m_list->currentRow());
}

void LessonPanel::setCurrentStep(int index)
{
    if (index >= 0 && index < m_steps.size())
        m_list->setCurrentRow(index);
}

int LessonPanel::indexOf(LessonStep::Id id) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).id == id)
            return i;
    }
    return -1;
}

QString LessonPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString LessonPanel::statusText() const
{
    return m_status->text();
}

void LessonPanel::scrollStepToEnd()
{
    m_scrollToEnd = true;
    m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum());
}

void LessonPanel::showStep(int index)
{
    if (index < 0 || index >= m_steps.size())
        return;
    const LessonStep &step = m_steps.at(index);
    m_counter->setText(tr("Step %1 of %2").arg(index + 1).arg(m_steps.size()));
    m_title->setText(step.title);
    m_explanation->setText(keepOptionsWhole(step.explanation));
    m_commandBox->setCommand(commandOf(index));
    m_baseRow->setVisible(step.id == LessonStep::Id::Build);
    m_action->setText(step.actionText);
    m_action->setIcon(m_services->icons()->icon(step.actionIcon));
    m_second->setText(step.secondActionText);
    m_second->setIcon(m_services->icons()->icon(step.secondActionIcon));
    m_second->setVisible(!step.secondActionText.isEmpty());
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_steps.size());
    // A failed build stays explained on its step until a build succeeds.
    if (step.id == LessonStep::Id::Build && m_progress->buildFailed())
        showMessage(m_buildError, true);
    else
        showMessage({});
    updateStatus();
    m_scrollToEnd = false;
    m_scroll->verticalScrollBar()->setValue(0);
}

void LessonPanel::updateChecks()
{
    IconProvider *icons = m_services->icons();
    QIcon done(icons->icon(QStringLiteral("ok"), Theme::success()).pixmap(48, 48));
    done.addPixmap(icons->icon(QStringLiteral("ok"), palette().color(QPalette::HighlightedText)).pixmap(48, 48),
                   QIcon::Selected);
    QIcon failed(icons->icon(QStringLiteral("error"), Theme::danger()).pixmap(48, 48));
    failed.addPixmap(icons->icon(QStringLiteral("error"), palette().color(QPalette::HighlightedText)).pixmap(48, 48),
                     QIcon::Selected);
    const QIcon open = openStepIcon(palette());
    for (int i = 0; i < m_steps.size() && i < m_list->count(); ++i) {
        const LessonStep::Id id = m_steps.at(i).id;
        const bool isDone = m_progress->isDone(id);
        const bool isFailed = id == LessonStep::Id::Build && m_progress->buildFailed();
        m_list->item(i)->setIcon(isDone ? done : isFailed ? failed : open);
        m_list->item(i)->setData(Qt::UserRole, isDone);
    }
    // The commands name a real container once there is one.
    m_commandBox->setCommand(commandOf(currentStep()));
    updateStatus();
}

void LessonPanel::updateStatus()
{
    const LessonStep &step = m_steps.at(currentStep());
    const bool done = m_progress->isDone(step.id);
    QString text = done ? tr("✔ %1").arg(step.doneText) : tr("Next: %1").arg(step.todoText);
    if (step.id == LessonStep::Id::Build && m_progress->buildFailed())
        text = tr("✘ The last build of %1 failed: see below.").arg(LessonSteps::imageName());
    const QString detail = detailOf(step.id);
    if (!detail.isEmpty())
        text += QLatin1Char('\n') + detail;
    m_status->setText(text);
    m_status->setStyleSheet(done ? QStringLiteral("color: %1; font-weight: bold;").arg(Theme::success().name())
                                 : QString());
}

QString LessonPanel::detailOf(LessonStep::Id id) const
{
    const auto size = [](qint64 bytes) { return QLocale().formattedDataSize(bytes); };
    using Id = LessonStep::Id;
    switch (id) {
    case Id::WritableLayer:
    case Id::StopStart:
        if (m_progress->layerContainerId().isEmpty())
            return {};
        if (m_progress->layerContainerSize() < 0)
            return tr("%1 holds %2 in its writable layer.").arg(m_progress->layerContainerName(), LessonSteps::outputFile());
        return tr("%1 holds %2 in its writable layer, which is now %3.")
            .arg(m_progress->layerContainerName(), LessonSteps::outputFile(), size(m_progress->layerContainerSize()));
    case Id::ShareVolume:
        if (m_progress->volumeContainerId().isEmpty() || m_progress->volumeContainerSize() < 0)
            return {};
        return tr("%1 wrote into %2: its own writable layer is %3.")
            .arg(m_progress->volumeContainerName(), LessonSteps::volumeName(), size(m_progress->volumeContainerSize()));
    case Id::LookInside:
        if (m_progress->volumeSize() < 0)
            return {};
        return tr("%1 holds %2 on disk.").arg(LessonSteps::volumeName(), size(m_progress->volumeSize()));
    default:
        break;
    }
    return {};
}

void LessonPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: %1;").arg(Theme::danger().name()) : QString());
    m_message->setVisible(!text.isEmpty());
}

QString LessonPanel::commandOf(int index) const
{
    if (index < 0 || index >= m_steps.size())
        return {};
    switch (m_steps.at(index).id) {
    case LessonStep::Id::Build: {
        const QString build = LessonSteps::buildCommand(baseImage());
        return m_loadCommand.isEmpty() ? build : m_loadCommand + QLatin1Char('\n') + build;
    }
    case LessonStep::Id::WritableLayer: {
        const QString name = m_progress->layerContainerName();
        return LessonSteps::changesCommand(name.isEmpty() ? m_progress->demoContainerName() : name);
    }
    case LessonStep::Id::StopStart:
        return LessonSteps::stopStartCommand(m_progress->demoContainerName());
    default:
        break;
    }
    return m_steps.at(index).command;
}

void LessonPanel::copyCommand()
{
    QApplication::clipboard()->setText(commandOf(currentStep()));
    showMessage(tr("Copied. Paste it into a terminal to do the same by hand."));
}

} // namespace dx
