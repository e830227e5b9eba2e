#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dx {

class AppServices;
struct ContainerDetails;

// The Inspect tab: the whole GET /containers/{id}/json document it is handed
// (ContainerDetails::raw), pretty-printed, read-only, with search.
class ContainerInspectWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerInspectWidget)

public:
    explicit ContainerInspectWidget(AppServices *services, QWidget *parent = nullptr);

    // An empty id: nothing selected.
    void setDetails(const ContainerDetails &details, const QString &error = {});
    void clear();
    QString text() const;
    void findNext(bool forward = true);

private:
    void highlightAll();

    QPlainTextEdit *m_text;
    QLineEdit *m_search;
    QLabel *m_status;
    QJsonObject m_shown;
    QString m_shownId;
};

} // namespace dx
