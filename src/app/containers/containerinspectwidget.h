#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dx {

class AppServices;

// The Inspect tab: GET /containers/{id}/json, pretty-printed, read-only, with search.
class ContainerInspectWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerInspectWidget)

public:
    explicit ContainerInspectWidget(AppServices *services, QWidget *parent = nullptr);

    void setInspect(const QJsonObject &inspect, const QString &error = {});
    QString text() const;
    void findNext(bool forward = true);

private:
    void highlightAll();

    QPlainTextEdit *m_text;
    QLineEdit *m_search;
    QLabel *m_status;
};

} // namespace dx
