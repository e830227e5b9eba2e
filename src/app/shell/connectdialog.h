#pragma once

#include "engine/endpoint.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QCheckBox;
class QLabel;

namespace dx {

// Choose the engine: automatic (the docker CLI's order), a docker context, or an address.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(const QString &current, QWidget *parent = nullptr);

    // "" means automatic; otherwise "context:NAME" or a DOCKER_HOST-style address.
    QString choice() const;
    static Endpoint endpointFor(const QString &choice);

private:
    void updateState();

    QComboBox *m_mode;
    QComboBox *m_context;
    QLineEdit *m_host;
    QLabel *m_preview;
};

} // namespace dx
