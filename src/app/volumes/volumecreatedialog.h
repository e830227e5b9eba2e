#pragma once

#include <QDialog>
#include <QMap>

#include <memory>

namespace dx {

namespace Ui {
class VolumeCreateDialog;
}

// Name, driver and labels of a new volume (POST /volumes/create).
class VolumeCreateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeCreateDialog)

public:
    explicit VolumeCreateDialog(QWidget *parent = nullptr);
    ~VolumeCreateDialog() override;

    QString name() const;
    void setName(const QString &name);
    QString driver() const;
    QMap<QString, QString> labels() const;

private:
    void validate();

    const std::unique_ptr<Ui::VolumeCreateDialog> m_ui; // the layout: forms/volumecreatedialog.ui
};

} // namespace dx
