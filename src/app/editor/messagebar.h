#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace dx {

// A strip at the top of a view for errors and offers ("Restore unsaved text?"), with buttons.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Info, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    QPushButton *addButton(const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }
    void clear();

private:
    QLabel *m_label;
    QHBoxLayout *m_layout;
    QList<QPushButton *> m_buttons;
    Kind m_kind = Kind::Info;
};

} // namespace dx
