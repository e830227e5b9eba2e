#pragma once

#include <QDialog>

#include <memory>

namespace dx {

namespace Ui {
class ConnectDialog;
}

// Choose the engine: automatic (the docker CLI's order), a docker context, an address, or the
// Podman service Docker Explorer starts. Lists every engine found on this machine with its
// state and version. The docker config files are read and the engines probed off the UI thread.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(const QString &current, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // "" means automatic; otherwise "context:NAME", "podman:", or a DOCKER_HOST-style address,
    // prefixed with "noverify:" when the user turned certificate checks off.
    QString choice() const;
    // The address of the engine the app talks to now (Endpoint::displayName): its row is marked.
    void setEngineInUse(const QString &address) { m_inUse = address; }

private:
    void updateState();
    void refreshEngines();
    void applyChoice(const QString &choice);

    const std::unique_ptr<Ui::ConnectDialog> m_ui; // the layout: forms/connectdialog.ui
    QString m_wantedContext;
    int m_previewGeneration = 0;
    int m_probeGeneration = 0;
    QString m_inUse;
};

} // namespace dx
