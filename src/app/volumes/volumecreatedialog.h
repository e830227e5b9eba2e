#pragma once

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dx {

// Name, driver and labels of a new volume (POST /volumes/create).
class VolumeCreateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeCreateDialog)

public:
    explicit VolumeCreateDialog(QWidget *parent = nullptr);

    QString name() const;
    void setName(const QString &name);
    QString driver() const;
    QMap<QString, QString> labels() const;

private:
    void validate();

    QLineEdit *m_name;
    QComboBox *m_driver;
    QPlainTextEdit *m_labels;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace dx
