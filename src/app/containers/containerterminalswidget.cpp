#include "containerterminalswidget.h"

#include "containers/containerstore.h"
#include "containers/runspec.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "terminal/terminalpage.h"
#include "shell/language.h"
#include "shell/wrapbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dx {

ContainerTerminalsWidget::ContainerTerminalsWidget(AppServices *services, ContainerStore *store, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_store(store)
    , m_command(new QComboBox(this))
    , m_newButton(new QPushButton(this))
    , m_attachButton(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
{
    IconProvider *icons = services->icons();
    m_command->setObjectName(QStringLiteral("terminalCommand"));
    m_command->setEditable(true);
    m_command->setInsertPolicy(QComboBox::NoInsert);
    m_command->addItem(QString(), QString()); // its text: retranslate
    for (const QString &shell : {QStringLiteral("/bin/sh"), QStringLiteral("/bin/bash"), QStringLiteral("/bin/ash"),
                                 QStringLiteral("/bin/zsh")})
        m_command->addItem(shell, shell);
    // As wide as the room gives (the list shows whole entries): never what makes the tab wide.
    m_command->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_command->setMinimumContentsLength(8);
    m_newButton->setObjectName(QStringLiteral("newTerminal"));
    m_newButton->setIcon(icons->icon(QStringLiteral("terminal")));
    m_attachButton->setObjectName(QStringLiteral("attachTerminal"));
    m_attachButton->setIcon(icons->icon(QStringLiteral("connect")));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setObjectName(QStringLiteral("terminalPlaceholder"));
    m_stack->addWidget(m_placeholder);

    auto *label = new QLabel(this);
    label->setBuddy(m_command);
    auto *bar = new WrapBar(this);
    bar->setWidgets({label, m_command}, {m_newButton, m_attachButton}, 1);
    bar->setContentsMargins(4, 4, 4, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(bar);
    layout->addWidget(m_stack, 1);

    connect(m_newButton, &QPushButton::clicked, this, [this] { openTerminal(chosenCommand()); });
    connect(m_command->lineEdit(), &QLineEdit::returnPressed, this, [this] { openTerminal(chosenCommand()); });
    connect(m_attachButton, &QPushButton::clicked, this, [this] { attachTerminal(); });
    connect(store, &ContainerStore::changed, this, &ContainerTerminalsWidget::onStoreChanged);
    connect(store, &ContainerStore::removed, this, &ContainerTerminalsWidget::onStoreRemoved);
    updateState();
    retranslate(this, [=] {
        m_command->setItemText(0, tr("bash, or sh without bash"));
        m_command->setToolTip(tr("The program the next terminal runs: a shell found by itself, one of the list, "
                                 "or any command line of the image"));
        m_newButton->setText(tr("New Terminal"));
        m_newButton->setToolTip(tr("Run the command with a terminal in the container (docker exec -it)"));
        m_attachButton->setText(tr("Attach"));
        m_attachButton->setToolTip(tr("Connect to the container's main process (docker attach); "
                                      "Ctrl+P Ctrl+Q detaches and leaves it running"));
        label->setText(tr("Command:"));
    });
}

QStringList ContainerTerminalsWidget::chosenCommand() const
{
    const int index = m_command->findText(m_command->currentText());
    if (index >= 0)
        return m_command->itemData(index).toString().isEmpty() ? QStringList() : RunSpec::splitCommand(m_command->itemData(index).toString());
    return RunSpec::splitCommand(m_command->currentText().trimmed());
}

void ContainerTerminalsWidget::setContainer(const ContainerSummary &container)
{
    const bool wasRunning = container.id == m_container.id && m_container.isRunning();
    m_container = container;
    if (wasRunning && !container.isRunning()) {
        for (TerminalPage *page : pages(container.id))
            page->containerStopped(container.exitCode);
    }
    updateState();
    setActive(m_active);
}

void ContainerTerminalsWidget::setActive(bool active)
{
    m_active = active;
    if (!m_container.isRunning())
        return;
    if (!m_attachPending.isEmpty() && m_attachPending == m_container.id) {
        m_attachPending.clear();
        attachTerminal(true);
    } else if (active && !m_groups.contains(m_container.id)) {
        openTerminal(chosenCommand());
    }
}

void ContainerTerminalsWidget::attachWhenRunning(const QString &containerId)
{
    m_attachPending = containerId;
    setActive(m_active);
}

QTabWidget *ContainerTerminalsWidget::group(const QString &containerId, bool create)
{
    QTabWidget *tabs = m_groups.value(containerId);
    if (tabs || !create)
        return tabs;
    tabs = new QTabWidget(m_stack);
    tabs->setObjectName(QStringLiteral("terminalTabs"));
    tabs->setDocumentMode(true);
    tabs->setTabsClosable(true);
    tabs->setMovable(true);
    connect(tabs, &QTabWidget::tabCloseRequested, this, [this, tabs](int index) { closePage(tabs, index); });
    m_stack->addWidget(tabs);
    m_groups.insert(containerId, tabs);
    return tabs;
}

TerminalPage *ContainerTerminalsWidget::addPage(TerminalPage *page)
{
    QTabWidget *tabs = group(m_container.id, true);
    const int index = tabs->addTab(page, m_services->icons()->icon(QStringLiteral("terminal")), page->title());
    tabs->setCurrentIndex(index);
    connect(page, &TerminalPage::titleChanged, tabs, [tabs, page](const QString &title) {
        const int at = tabs->indexOf(page);
        if (at >= 0)
            tabs->setTabText(at, title);
    });
    updateState();
    page->start();
    page->setFocus();
    return page;
}

TerminalPage *ContainerTerminalsWidget::openTerminal(const QStringList &command)
{
    if (m_container.id.isEmpty() || !m_container.isRunning())
        return nullptr;
    TerminalSession::Options options;
    options.mode = TerminalSession::Mode::Exec;
    options.command = command;
    return addPage(new TerminalPage(m_services->session()->api(), userWord(), options));
}

TerminalPage *ContainerTerminalsWidget::attachTerminal(bool replayOutput)
{
    if (m_container.id.isEmpty() || !m_container.isRunning())
        return nullptr;
    TerminalSession::Options options;
    options.mode = TerminalSession::Mode::Attach;
    options.replayOutput = replayOutput;
    return addPage(new TerminalPage(m_services->session()->api(), userWord(), options));
}

QString ContainerTerminalsWidget::userWord() const
{
    // The name, as the user knows the container: the Docker Commands panel shows it.
    return m_container.name.isEmpty() ? m_container.id : m_container.name;
}

void ContainerTerminalsWidget::closePage(QTabWidget *tabs, int index)
{
    QWidget *page = tabs->widget(index);
    tabs->removeTab(index);
    delete page; // its session ends the connection: the shell sees its input end
    updateState();
    connect(Language::instance(), &Language::changed, this, &ContainerTerminalsWidget::updateState);
}

QList<TerminalPage *> ContainerTerminalsWidget::pages(const QString &containerId) const
{
    QList<TerminalPage *> list;
    if (QTabWidget *tabs = m_groups.value(containerId)) {
        for (int i = 0; i < tabs->count(); ++i)
            list.append(qobject_cast<TerminalPage *>(tabs->widget(i)));
    }
    return list;
}

TerminalPage *ContainerTerminalsWidget::currentPage() const
{
    QTabWidget *tabs = m_groups.value(m_container.id);
    return tabs ? qobject_cast<TerminalPage *>(tabs->currentWidget()) : nullptr;
}

void ContainerTerminalsWidget::onStoreChanged(const QString &id)
{
    if (id == m_container.id || !m_groups.contains(id))
        return; // the selected one comes through setContainer()
    const std::optional<ContainerSummary> c = m_store->find(id);
    if (c && !c->isRunning()) {
        for (TerminalPage *page : pages(id))
            page->containerStopped(c->exitCode);
    }
}

void ContainerTerminalsWidget::onStoreRemoved(const QString &id)
{
    QTabWidget *tabs = m_groups.take(id);
    if (!tabs)
        return;
    m_stack->removeWidget(tabs);
    tabs->deleteLater();
    updateState();
}

void ContainerTerminalsWidget::updateState()
{
    const bool running = !m_container.id.isEmpty() && m_container.isRunning();
    m_newButton->setEnabled(running);
    m_attachButton->setEnabled(running);
    m_command->setEnabled(running);
    QTabWidget *tabs = m_groups.value(m_container.id);
    if (tabs && tabs->count() > 0) {
        m_stack->setCurrentWidget(tabs);
        return;
    }
    if (m_container.id.isEmpty())
        m_placeholder->setText(tr("Select a running container to open a terminal in it."));
    else if (!running)
        m_placeholder->setText(tr("The container is not running. Start it to open a terminal in it."));
    else
        m_placeholder->setText(tr("No terminal is open. New Terminal opens one."));
    m_stack->setCurrentWidget(m_placeholder);
}

} // namespace dx
