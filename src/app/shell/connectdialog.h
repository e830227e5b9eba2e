#pragma once

#include <QDialog>

#include <memory>

namespace dx {

namespace Ui {
class ConnectDialog;
}

// Choose the engine: automatic (the docker CLI's order), a docker context, or an address.
// The docker config files are read off the UI thread.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(const QString &current, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // "" means automatic; otherwise "context:NAME" or a DOCKER_HOST-style address, prefixed
    // with "noverify:" when the user turned certificate checks off.
    QString choice() const;

private:
    void updateState();

    const std::unique_ptr<Ui::ConnectDialog> m_ui; // the layout: forms/connectdialog.ui
    QString m_wantedContext;
    int m_previewGeneration = 0;
};

} // namespace dx
