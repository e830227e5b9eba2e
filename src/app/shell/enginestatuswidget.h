#pragma once

#include "engine/engineinfo.h"
#include "language.h"

#include <QWidget>

class QLabel;

namespace dx {

// The status bar's engine indicator: a coloured dot, product, version, API and endpoint, and a
// warning icon + text that stays while the engine is reached by plain tcp from another machine.
class EngineStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineStatusWidget)

public:
    explicit EngineStatusWidget(QWidget *parent = nullptr);
    void setInfo(const EngineInfo &info);

private:
    EngineInfo m_info; // the last one, shown again in another language
    QLabel *m_dot;
    QLabel *m_text;
    QLabel *m_warningIcon;
    QLabel *m_warningText;
};

} // namespace dx
