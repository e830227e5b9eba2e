#include "terminalpage.h"

#include "shell/theme.h"
#include "terminal/terminalscreen.h"
#include "terminalview.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QToolButton>
#include <QVBoxLayout>

namespace dx {

TerminalPage::TerminalPage(DockerApi *api, const QString &container, const TerminalSession::Options &options, QWidget *parent)
    : QWidget(parent)
    , m_screen(new TerminalScreen(24, 80, this))
    , m_session(new TerminalSession(api, container, options, this))
    , m_view(new TerminalView(m_screen, this))
    , m_bar(new QWidget(this))
    , m_banner(new QLabel(m_bar))
    , m_closeBanner(new QToolButton(m_bar))
{
    setObjectName(QStringLiteral("terminalPage"));
    m_banner->setObjectName(QStringLiteral("terminalBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_closeBanner->setText(QStringLiteral("×"));
    m_closeBanner->setAutoRaise(true);
    m_closeBanner->setToolTip(tr("Hide this message"));
    m_bar->setAutoFillBackground(true);
    QPalette barPalette = m_bar->palette();
    barPalette.setColor(QPalette::Window, Theme::warning().lighter(Theme::isDark() ? 60 : 170));
    m_bar->setPalette(barPalette);
    auto *barLayout = new QHBoxLayout(m_bar);
    barLayout->setContentsMargins(6, 3, 3, 3);
    barLayout->addWidget(m_banner, 1);
    barLayout->addWidget(m_closeBanner, 0, Qt::AlignTop);
    m_bar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_closeBanner, &QToolButton::clicked, m_bar, &QWidget::hide);
    connect(m_session, &TerminalSession::output, m_screen, qOverload<const QByteArray &>(&TerminalScreen::feed));
    connect(m_screen, &TerminalScreen::output, m_session, &TerminalSession::write);
    connect(m_view, &TerminalView::sizeChanged, m_session, &TerminalSession::resize);
    connect(m_view, &TerminalView::notice, this, &TerminalPage::showBanner);
    connect(m_view, &TerminalView::resetRequested, m_bar, &QWidget::hide);
    connect(m_session, &TerminalSession::opened, this, [this] {
        m_view->setInputEnabled(m_session->acceptsInput());
        if (!m_session->acceptsInput())
            showBanner(tr("The container was not started with an open input (docker run -i): its output is shown, "
                          "typing does not reach it."));
        emit titleChanged(title());
    });
    connect(m_session, &TerminalSession::finished, this, &TerminalPage::onFinished);
    connect(m_screen, &TerminalScreen::binaryOutputSeen, this, [this] {
        showBanner(tr("The program printed binary data (control codes no text has), so the screen may look garbled. "
                      "Reset Terminal in the context menu puts it right."));
    });
}

TerminalPage::~TerminalPage() = default;

void TerminalPage::start()
{
    m_session->resize(m_screen->rows(), m_screen->columns());
    m_session->start();
}

QString TerminalPage::title() const
{
    QString name;
    if (m_session->mode() == TerminalSession::Mode::Attach)
        name = tr("attach");
    else if (!m_session->command().isEmpty())
        name = QFileInfo(m_session->command().constFirst()).fileName();
    else
        name = tr("shell");
    if (m_session->isFinished() && m_session->exitCode() >= 0)
        return tr("%1 (exit %2)").arg(name).arg(m_session->exitCode());
    if (m_session->isFinished())
        return tr("%1 (ended)").arg(name);
    return name;
}

QString TerminalPage::bannerText() const
{
    return m_bar->isHidden() ? QString() : m_banner->text();
}

void TerminalPage::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_bar->show();
}

void TerminalPage::onFinished(TerminalSession::End end)
{
    m_view->setInputEnabled(false);
    emit titleChanged(title());
    emit ended();
    QColor color = Theme::danger();
    QString text = m_session->message();
    switch (end) {
    case TerminalSession::End::Closed:
        return;
    case TerminalSession::End::Exited:
        color = m_session->exitCode() == 0 ? Theme::success() : Theme::warning();
        break;
    case TerminalSession::End::Detached:
        color = Theme::accent();
        break;
    case TerminalSession::End::ContainerStopped:
        m_stopNoticeShown = true;
        break;
    case TerminalSession::End::Refused:
        text = tr("The engine refused the terminal: %1").arg(text);
        break;
    case TerminalSession::End::NoShell:
    case TerminalSession::End::ConnectionLost:
    case TerminalSession::End::None:
        break;
    }
    m_screen->printNotice(text, color);
    if (m_containerStopped && !m_stopNoticeShown)
        containerStopped(m_containerExitCode);
}

void TerminalPage::containerStopped(int exitCode)
{
    // The session notices by itself when its stream ends; this covers a program that ended a
    // moment before the engine said the container stopped.
    m_containerStopped = true;
    m_containerExitCode = exitCode;
    if (m_stopNoticeShown || !m_session->isFinished())
        return;
    m_stopNoticeShown = true;
    m_screen->printNotice(tr("The container stopped (exit code %1).").arg(exitCode), Theme::danger());
}

} // namespace dx
