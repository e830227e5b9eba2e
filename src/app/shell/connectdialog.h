#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;

namespace dx {

// Choose the engine: automatic (the docker CLI's order), a docker context, or an address.
// The docker config files are read off the UI thread.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(const QString &current, QWidget *parent = nullptr);

    // "" means automatic; otherwise "context:NAME" or a DOCKER_HOST-style address.
    QString choice() const;

private:
    void updateState();

    QComboBox *m_mode;
    QComboBox *m_context;
    QLineEdit *m_host;
    QLabel *m_preview;
    QString m_wantedContext;
    int m_previewGeneration = 0;
};

} // namespace dx
