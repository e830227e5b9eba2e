#pragma once

#include "engine/engineinfo.h"

#include <QStackedWidget>

class QLabel;
class QPushButton;

namespace dx {

class AppServices;
class View;

// Wraps a view that needs the engine: while no engine answers it shows why and what to do.
class EnginePage final : public QStackedWidget
{
    Q_OBJECT

public:
    EnginePage(AppServices *services, View *view, QWidget *parent = nullptr);
    View *view() const { return m_view; }
    int heightForWidth(int width) const override;

signals:
    void connectRequested();

private:
    void update(const EngineInfo &info);

    void refresh();

    AppServices *m_services;
    View *m_view;
    QWidget *m_offline;
    QLabel *m_title;
    QLabel *m_reason;
    QLabel *m_launcherMessage;
    QLabel *m_hint;
    QPushButton *m_startPodman;
};

} // namespace dx
