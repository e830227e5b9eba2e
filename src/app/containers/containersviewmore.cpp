// The containers view's "More" actions: stop after a chosen grace period, rename, commit to an
// image and recreate. Each opens its dialog; the work is ContainerActions' (typed API calls, so
// every request is its own `docker …` line in the Docker Commands panel).

#include "containersview.h"

#include "containeractiondialogs.h"
#include "containerdetailspane.h"
#include "containers/containerlistmodel.h"
#include "shell/appservices.h"

#include <QMessageBox>
#include <QPushButton>

namespace dx {

using Action = ContainerActions::Action;
using More = ContainersToolBar::More;

const ContainerSummary *ContainersView::singleSelected() const
{
    const QList<const ContainerSummary *> selected = selectedContainers();
    return selected.size() == 1 ? selected.first() : nullptr;
}

void ContainersView::triggerMore(More more)
{
    switch (more) {
    case More::StopAfter: openStopAfterDialog(); break;
    case More::Rename: openRenameDialog(); break;
    case More::Commit: openCommitDialog(); break;
    case More::Recreate: openRecreateDialog(); break;
    }
}

void ContainersView::connectMoreActions()
{
    connect(m_actions, &ContainerActions::committed, this, [this](const QString &imageId, const QString &reference) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Image Committed"),
                                    tr("The container's writable layer is now the top layer of the image %1.")
                                        .arg(reference.isEmpty() ? imageId.section(QLatin1Char(':'), -1).left(12) : reference),
                                    QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("commitDone"));
        box->setInformativeText(tr("It is listed in the Images view, where its history shows the new layer."));
        QPushButton *show = box->addButton(tr("Show in Images"), QMessageBox::AcceptRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, show, imageId] {
            if (box->clickedButton() == show)
                emit services()->showImageRequested(imageId);
        });
        box->open();
    });
    connect(m_actions, &ContainerActions::recreated, this, [this](const QString &, const QString &newId, const QString &) {
        selectContainer(newId);
    });
    connect(m_actions, &ContainerActions::renamed, this, &ContainersView::updateDetails);
}

void ContainersView::openStopAfterDialog()
{
    QStringList ids;
    QStringList names;
    for (const ContainerSummary *c : selectedContainers()) {
        if (m_model->busyText(c->id).isEmpty() && ContainerActions::appliesTo(Action::Stop, *c)) {
            ids.append(c->id);
            names.append(c->name);
        }
    }
    if (ids.isEmpty() || m_stopAfterDialog)
        return;
    m_stopAfterDialog = new StopAfterDialog(names, this);
    m_stopAfterDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_stopAfterDialog, &QDialog::finished, this, [this, ids](int result) {
        if (result == QDialog::Accepted)
            m_actions->stopAfter(ids, m_stopAfterDialog->seconds());
        m_stopAfterDialog = nullptr;
        updateActions();
    });
    m_stopAfterDialog->open();
}

void ContainersView::openRenameDialog()
{
    const ContainerSummary *c = singleSelected();
    if (!c || m_renameDialog)
        return;
    const QString id = c->id;
    m_renameDialog = new RenameDialog(c->name, [this, id](const QString &name) { return m_actions->nameProblem(id, name); }, this);
    m_renameDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_renameDialog, &QDialog::finished, this, [this, id](int result) {
        if (result == QDialog::Accepted)
            m_actions->rename(id, m_renameDialog->newName());
        m_renameDialog = nullptr;
    });
    m_renameDialog->open();
}

void ContainersView::openCommitDialog()
{
    const ContainerSummary *c = singleSelected();
    if (!c || m_commitDialog)
        return;
    m_commitDialog = new CommitDialog(c->name, c->image, this);
    m_commitDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_commitDialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted)
            m_actions->commit(m_commitDialog->spec());
        m_commitDialog = nullptr;
    });
    m_commitDialog->open();
}

void ContainersView::openRecreateDialog()
{
    const ContainerSummary *c = singleSelected();
    if (!c || m_recreateDialog)
        return;
    const QString id = c->id;
    m_recreateDialog = new RecreateDialog(c->name, c->image, c->isRunning() || c->isPaused(), this);
    m_recreateDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_recreateDialog, &QDialog::finished, this, [this, id](int result) {
        if (result == QDialog::Accepted)
            m_actions->recreate(id, m_recreateDialog->image(), m_recreateDialog->stopTimeout(), m_recreateDialog->startNew());
        m_recreateDialog = nullptr;
        updateActions();
    });
    m_recreateDialog->open();
}

} // namespace dx
