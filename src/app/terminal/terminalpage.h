#pragma once

#include "terminal/terminalsession.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace dx {

class DockerApi;
class TerminalScreen;
class TerminalView;

// One terminal of a container: the emulator's screen, its view and the session feeding it.
// What happens to the session (it ended, the container stopped, the engine refused, the
// connection was cut) is written into the terminal in colour; what happens while a program
// runs (binary output, a paste refused) goes to a bar above it, so the program's screen stays
// intact.
class TerminalPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalPage)

public:
    TerminalPage(DockerApi *api, const QString &container, const TerminalSession::Options &options,
                 QWidget *parent = nullptr);
    ~TerminalPage() override;

    void start();
    TerminalSession *session() const { return m_session; }
    TerminalScreen *screen() const { return m_screen; }
    TerminalView *view() const { return m_view; }
    // For the tab: the program ("bash", "attach"), and its exit code once it ended.
    QString title() const;
    // The bar's text ("" when hidden).
    QString bannerText() const;
    // The container stopped (the store saw it): said in the terminal, once.
    void containerStopped(int exitCode);

signals:
    void titleChanged(const QString &title);
    void ended();

private:
    void onFinished(TerminalSession::End end);
    void showBanner(const QString &text);

    TerminalScreen *m_screen;
    TerminalSession *m_session;
    TerminalView *m_view;
    QWidget *m_bar;
    QLabel *m_banner;
    QToolButton *m_closeBanner;
    bool m_stopNoticeShown = false;
    bool m_containerStopped = false;
    int m_containerExitCode = 0;
};

} // namespace dx
