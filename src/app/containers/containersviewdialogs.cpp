// The dialogs of the containers view: the removal question, the Run dialog (also prefilled
// for the lesson) and the documentation screenshots' prepared states.

#include "containersview.h"

#include "containerdetailspane.h"
#include "containerterminalswidget.h"
#include "containers/containerfiltermodel.h"
#include "containers/containerlistmodel.h"
#include "rundialog.h"

#include <QCheckBox>
#include <QHash>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>

namespace dx {

using Action = ContainerActions::Action;

void ContainersView::confirmRemove()
{
    const QList<const ContainerSummary *> selected = selectedContainers();
    if (selected.isEmpty())
        return;
    QStringList names;
    QStringList ids;
    bool anyRunning = false;
    for (const ContainerSummary *c : selected) {
        names.append(c->name);
        ids.append(c->id);
        anyRunning = anyRunning || c->isRunning() || c->isPaused();
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Containers"),
                                tr("Remove %n container(s)? %1", nullptr, int(names.size())).arg(names.join(QLatin1String(", "))),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirm"));
    box->setInformativeText(anyRunning ? tr("Running containers are killed at once, without a graceful stop (docker rm -f). Their writable layers are deleted; named volumes are kept.")
                                       : tr("Their writable layers are deleted; named volumes are kept."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removeButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    auto *volumes = new QCheckBox(tr("Also remove their anonymous volumes (-v)"), box);
    box->setCheckBox(volumes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, volumes, ids] {
        if (box->clickedButton() == remove)
            m_actions->trigger(Action::Remove, ids, volumes->isChecked());
        updateActions();
    });
    box->open();
}

void ContainersView::openRunDialog()
{
    if (!m_runDialog) {
        m_runDialog = new RunDialog(services(), this);
        connect(m_runDialog, &RunDialog::containerStarted, this, [this](const QString &id, const QString &, bool follow) {
            selectContainer(id);
            if (m_runDialog->interactive())
                openTerminalAtStart(id);
            else if (follow)
                m_details->showTab(ContainerDetailsPane::LogsTab);
        });
    }
    m_runDialog->open();
    m_runDialog->raise();
}

void ContainersView::openTerminalAtStart(const QString &id)
{
    m_details->terminals()->attachWhenRunning(id);
    selectContainer(id);
    m_details->showTab(ContainerDetailsPane::TerminalTab);
}

void ContainersView::openRunDialogFor(const QString &image, const QString &volumeSpec)
{
    openRunDialog();
    RunSpec spec = m_runDialog->spec();
    spec.image = image;
    spec.name.clear(); // every run makes a new container: a fixed name would clash the second time
    spec.mounts.clear();
    const QStringList parts = volumeSpec.split(QLatin1Char(':'));
    if (parts.size() >= 2) {
        RunMount mount;
        mount.source = parts.at(0);
        mount.target = parts.at(1);
        mount.readOnly = parts.size() > 2 && parts.at(2) == QLatin1String("ro");
        mount.kind = mount.source.startsWith(QLatin1Char('/')) ? RunMount::Kind::Bind : RunMount::Kind::Volume;
        spec.mounts.append(mount);
    }
    m_runDialog->setSpec(spec);
}

} // namespace dx
