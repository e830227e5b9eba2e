#pragma once

#include <QMenu>

class QAction;

namespace dx {

class AppServices;

// Engine → Connect to…, Start Podman, Stop Podman, and whether "automatic" may start Podman.
class EngineMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineMenu)

public:
    EngineMenu(AppServices *services, QWidget *parent);

signals:
    void connectRequested();

private:
    void updateActions();

    AppServices *m_services;
    QAction *m_start;
    QAction *m_stop;
};

} // namespace dx
