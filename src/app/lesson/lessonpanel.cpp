#include "lessonpanel.h"

#include "lessonprogress.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"

#include "engine/engine.h"
#include "shell/zoom.h"
#include "shell/language.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
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

} // namespace

LessonPanel::LessonPanel(AppServices *services, MainWindow *window, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_window(window)
    , m_progress(new LessonProgress(services->session(), this))
    , m_steps(LessonSteps::all())
    , m_list(new QListWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_counter(new QLabel(this))
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_command(new QLabel(this))
    , m_copy(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_second(new QPushButton(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
{
    setObjectName(QStringLiteral("lessonPanel"));
    IconProvider *icons = services->icons();

    m_list->setObjectName(QStringLiteral("lessonSteps"));
    Zoom::setIconSize(m_list, QSize(20, 20));
    m_list->setTextElideMode(Qt::ElideRight);
    for (int i = 0; i < m_steps.size(); ++i) {
        auto *item = new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(m_steps.at(i).title), m_list);
        item->setToolTip(m_steps.at(i).title);
    }
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitList();

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
    auto *commandBox = new QFrame(detail);
    commandBox->setObjectName(QStringLiteral("lessonCommandBox"));
    commandBox->setFrameShape(QFrame::StyledPanel);
    commandBox->setAutoFillBackground(true);
    commandBox->setBackgroundRole(QPalette::Base);
    m_command->setObjectName(QStringLiteral("lessonCommand"));
    m_command->setFont(Zoom::fixedFont());
    m_command->setWordWrap(true);
    m_command->setTextFormat(Qt::PlainText);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setIcon(icons->icon(QStringLiteral("copy")));
    m_copy->setAutoRaise(true);
    connect(m_copy, &QToolButton::clicked, this, &LessonPanel::copyCommand);
    auto *commandLayout = new QHBoxLayout(commandBox);
    commandLayout->setContentsMargins(8, 6, 4, 6);
    commandLayout->addWidget(m_command, 1);
    commandLayout->addWidget(m_copy, 0, Qt::AlignTop);

    m_status->setObjectName(QStringLiteral("lessonStatus"));
    m_status->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("lessonMessage"));
    m_message->setWordWrap(true);
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
    detailLayout->addWidget(commandBox);
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
    layout->addWidget(m_list);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(navigation);

    connect(m_list, &QListWidget::currentRowChanged, this, &LessonPanel::showStep);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { triggerStep(m_list->row(item)); });
    connect(m_progress, &LessonProgress::changed, this, &LessonPanel::updateChecks);
    connect(icons, &IconProvider::iconsChanged, this, [this, icons] {
        m_copy->setIcon(icons->icon(QStringLiteral("copy")));
        m_previous->setIcon(icons->icon(QStringLiteral("up")));
        m_next->setIcon(icons->icon(QStringLiteral("down")));
        updateChecks();
        showStep(currentStep());
    });
    updateChecks();
    m_list->setCurrentRow(0);
    retranslate(this, [=] {
        m_list->setToolTip(tr("The steps of the lesson; a check mark means its result is visible in Docker"));
        commandCaption->setText(tr("In the terminal:"));
        m_copy->setToolTip(tr("Copy the command to the clipboard"));
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
}

void LessonPanel::showEvent(QShowEvent *event)
{
    fitList();
    QWidget::showEvent(event);
}

void LessonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitList();
    QWidget::changeEvent(event);
}

void LessonPanel::fitList()
{
    // All nine steps visible at once, without a scroll bar: row heights are only right once
    // the list is polished (style, font), so this runs again when shown.
    m_list->ensurePolished();
    int height = 2 * m_list->frameWidth();
    for (int row = 0; row < m_list->count(); ++row)
        height += m_list->sizeHintForRow(row);
    m_list->setFixedHeight(height + 2);
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

QString LessonPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void LessonPanel::showStep(int index)
{
    if (index < 0 || index >= m_steps.size())
        return;
    const LessonStep &step = m_steps.at(index);
    m_counter->setText(tr("Step %1 of %2").arg(index + 1).arg(m_steps.size()));
    m_title->setText(step.title);
    m_explanation->setText(step.explanation);
    m_command->setText(commandOf(index));
    m_action->setText(step.actionText);
    m_action->setIcon(m_services->icons()->icon(step.actionIcon));
    m_second->setText(step.secondActionText);
    m_second->setIcon(m_services->icons()->icon(QStringLiteral("recipe")));
    m_second->setVisible(!step.secondActionText.isEmpty());
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_steps.size());
    showMessage({});
    updateStatus();
    m_scroll->verticalScrollBar()->setValue(0);
}

void LessonPanel::updateChecks()
{
    QIcon done(m_services->icons()->icon(QStringLiteral("ok"), Theme::success()).pixmap(48, 48));
    done.addPixmap(m_services->icons()->icon(QStringLiteral("ok"), palette().color(QPalette::HighlightedText)).pixmap(48, 48),
                   QIcon::Selected);
    const QIcon open = openStepIcon(palette());
    for (int i = 0; i < m_steps.size() && i < m_list->count(); ++i) {
        const bool isDone = m_progress->isDone(m_steps.at(i).id);
        m_list->item(i)->setIcon(isDone ? done : open);
        m_list->item(i)->setData(Qt::UserRole, isDone);
    }
    // The stop/start command names a real container once there is one.
    m_command->setText(commandOf(currentStep()));
    updateStatus();
}

void LessonPanel::updateStatus()
{
    const LessonStep &step = m_steps.at(currentStep());
    const bool done = m_progress->isDone(step.id);
    m_status->setText(done ? tr("✔ %1").arg(step.doneText) : tr("Next: %1").arg(step.todoText));
    m_status->setStyleSheet(done ? QStringLiteral("color: %1; font-weight: bold;").arg(Theme::success().name())
                                 : QString());
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
    if (m_steps.at(index).id == LessonStep::Id::StopStart)
        return LessonSteps::stopStartCommand(m_progress->demoContainerName());
    return m_steps.at(index).command;
}

void LessonPanel::copyCommand()
{
    QApplication::clipboard()->setText(commandOf(currentStep()));
    showMessage(tr("Copied. Paste it into a terminal to do the same by hand."));
}

} // namespace dx
