#pragma once

#include "engine/engineinfo.h"

#include <QWidget>

class QLabel;

namespace dx {

// The status bar's engine indicator: a coloured dot, product, version, API and endpoint.
class EngineStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit EngineStatusWidget(QWidget *parent = nullptr);
    void setInfo(const EngineInfo &info);

private:
    QLabel *m_dot;
    QLabel *m_text;
};

} // namespace dx
