#pragma once

#include <QWidget>

class QListWidget;

namespace dx {

class AppServices;

// "What would I type?": every engine action logs the docker CLI command it corresponds to.
class CommandPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CommandPanel(AppServices *services, QWidget *parent = nullptr);

private:
    void append(const QString &command, const QString &description);
    void copySelected();

    QListWidget *m_list;
};

} // namespace dx
