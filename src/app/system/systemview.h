#pragma once

#include "shell/view.h"
#include "system/pruneplan.h"

#include <functional>

class QAction;
class QBoxLayout;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace dx {

class DiskUsageChart;
class SystemOverview;

// The System page: disk usage as a chart (`docker system df`), the engine's facts (`docker
// info`, `docker version`) and the clean-ups (dangling images, unused images, stopped
// containers, build cache), each listing what would go and how much comes back before the
// user confirms.
class SystemView final : public View
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemView)

public:
    explicit SystemView(AppServices *services, QWidget *parent = nullptr);
    ~SystemView() override;

    bool isLoading() const override;
    QList<QAction *> toolBarActions() const override;

    SystemOverview *overview() const { return m_overview; }
    DiskUsageChart *chart() const { return m_chart; }
    QTreeWidget *previewList() const { return m_preview; }
    QString messageText() const;
    QString factText(const QString &objectName) const;
    // Asked before anything is removed; tests replace the dialog.
    void setConfirmation(const std::function<bool(const QString &title, const QString &text)> &confirm)
    {
        m_confirm = confirm;
    }

    void selectKind(PruneKind kind);
    PruneKind selectedKind() const;
    // Confirms and prunes the selected kind.
    void pruneSelected();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createFacts();
    QWidget *createCleanUp();
    void updateFacts();
    void updateCleanUp();
    void updatePreview();
    void fitKinds();
    void showMessage(const QString &text, bool error = false);
    QString kindTitle(PruneKind kind) const;
    QString kindRule(PruneKind kind) const;
    QString itemText(const PruneItem &item) const;
    QString confirmationText(const PrunePreview &preview) const;

    SystemOverview *m_overview;
    DiskUsageChart *m_chart;
    QBoxLayout *m_top = nullptr;
    QLabel *m_message;
    QLabel *m_legend = nullptr;
    QFormLayout *m_facts = nullptr;
    QListWidget *m_kinds = nullptr;
    QLabel *m_rule = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_pruneButton = nullptr;
    QAction *m_refresh;
    std::function<bool(const QString &, const QString &)> m_confirm;
    bool m_pruning = false;
};

} // namespace dx
