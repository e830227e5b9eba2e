#include "containerchangeswidget.h"

#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "containers/containerchangesmodel.h"
#include "containers/containerstore.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"
#include "shell/language.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace dx {

namespace {

// Colours and icons by kind: green added, amber changed, red (struck out) deleted.
class ChangeDelegate final : public QStyledItemDelegate
{
public:
    ChangeDelegate(IconProvider *icons, QObject *parent)
        : QStyledItemDelegate(parent), m_icons(icons) {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int kind = index.data(ContainerChangesModel::KindRole).toInt();
        QColor color;
        QString icon;
        switch (kind) {
        case ContainerChangesModel::Added: color = Theme::success(); icon = QStringLiteral("add"); break;
        case ContainerChangesModel::Modified: color = Theme::warning(); icon = QStringLiteral("edit"); break;
        case ContainerChangesModel::Deleted: color = Theme::danger(); icon = QStringLiteral("remove"); break;
        default: icon = QStringLiteral("folder"); break;
        }
        if (color.isValid())
            option->palette.setColor(QPalette::Text, color);
        if (kind == ContainerChangesModel::Deleted && index.column() == 0)
            option->font.setStrikeOut(true);
        if (index.column() == 0) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->icon = color.isValid() ? m_icons->icon(icon, color) : m_icons->icon(icon);
        }
    }

private:
    IconProvider *m_icons;
};

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

ContainerChangesWidget::ContainerChangesWidget(AppServices *services, ContainerStore *store, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_store(store)
    , m_model(new ContainerChangesModel(this))
    , m_tree(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_sizes(new QLabel(this))
    , m_open(new QAction(services->icons()->icon(QStringLiteral("file")), QString(), this))
    , m_download(new QAction(services->icons()->icon(QStringLiteral("download")), QString(), this))
{
    m_tree->setObjectName(QStringLiteral("changesTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new ChangeDelegate(services->icons(), m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(1, 110);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_open, m_download});
    connect(m_open, &QAction::triggered, this, [this] {
        const QString path = currentPath(true);
        if (!path.isEmpty())
            emit openFileRequested(path);
    });
    connect(m_download, &QAction::triggered, this, [this] {
        const QString path = currentPath(false);
        if (!path.isEmpty())
            emit downloadRequested(path);
    });
    // Folders expand on double-click as usual; files open.
    connect(m_tree, &QTreeView::doubleClicked, m_open, &QAction::trigger);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ContainerChangesWidget::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContainerChangesWidget::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ContainerChangesWidget::updateActions);
    m_summary->setWordWrap(true);
    m_sizes->setWordWrap(true);
    m_sizes->setTextFormat(Qt::RichText);
    auto *reload = new QToolButton(this);
    reload->setIcon(services->icons()->icon(QStringLiteral("refresh")));
    connect(reload, &QToolButton::clicked, this, &ContainerChangesWidget::reload);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(reload, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_sizes);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    updateSummary();
    updateActions();
    retranslate(this, [=] {
        reload->setToolTip(tr("Read the changes again"));
        m_open->setText(tr("Open"));
        m_open->setToolTip(tr("Show the file in the Files tab"));
        m_download->setText(tr("Download…"));
        m_download->setToolTip(tr("Copy the file or folder to this computer"));
    });
}

QString ContainerChangesWidget::currentPath(bool fileOnly) const
{
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(0);
    if (!index.isValid() || index.data(ContainerChangesModel::KindRole).toInt() == ContainerChangesModel::Deleted)
        return {};
    // A row with rows below it is a folder (the changes list does not say what a path is).
    if (fileOnly && m_model->hasChildren(index))
        return {};
    QString path = index.data(ContainerChangesModel::PathRole).toString();
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}

void ContainerChangesWidget::updateActions()
{
    m_open->setEnabled(!currentPath(true).isEmpty());
    m_download->setEnabled(!currentPath(false).isEmpty());
}

void ContainerChangesWidget::setContainer(const ContainerSummary &container)
{
    m_id = container.id;
    m_name = container.name;
    m_sizeRw = container.hasSize ? container.sizeRw : -1;
    m_sizeRootFs = container.hasSize ? container.sizeRootFs : -1;
    if (m_active && m_id != m_loadedId) {
        reload();
    } else if (m_id != m_loadedId) {
        m_model->setChanges({});
        m_loadedId.clear();
    }
    updateSummary();
}

void ContainerChangesWidget::setActive(bool active)
{
    m_active = active;
    if (active && m_id != m_loadedId)
        reload();
}

void ContainerChangesWidget::reload()
{
    if (m_id.isEmpty())
        return;
    if (m_pending > 0 && m_loadedId == m_id) {
        m_again = true; // one `docker diff` at a time
        return;
    }
    m_loadedId = m_id;
    const QString id = m_id;
    ++m_pending;
    m_services->session()->api()->containers().changes(m_name.isEmpty() ? id : m_name)
        .then(this, [this, id](const ApiResult<QList<ContainerChange>> &r) {
            --m_pending;
            if (id != m_id)
                return;
            m_model->setChanges(r.value);
            m_tree->expandToDepth(1);
            if (!r.ok())
                m_summary->setText(tr("Could not read the changes: %1").arg(r.message()));
            else
                updateSummary();
            if (std::exchange(m_again, false))
                reload();
        });
    // The sizes walk the writable layer: measured when the user looks at it, not per event.
    m_store->fetch(id, true);
}

void ContainerChangesWidget::updateSummary()
{
    if (m_id.isEmpty()) {
        m_summary->setText(tr("Select a container to see what it changed."));
        m_sizes->clear();
        return;
    }
    const int total = m_model->count(ContainerChangesModel::Added) + m_model->count(ContainerChangesModel::Modified)
        + m_model->count(ContainerChangesModel::Deleted);
    m_summary->setText(total == 0
        ? tr("No changes: the container has not written anything outside its volumes yet.")
        : tr("%1 added, %2 changed, %3 deleted (compared with the image).")
              .arg(m_model->count(ContainerChangesModel::Added))
              .arg(m_model->count(ContainerChangesModel::Modified))
              .arg(m_model->count(ContainerChangesModel::Deleted)));
    if (m_sizeRw < 0) {
        m_sizes->setText(tr("Reading sizes…"));
        return;
    }
    m_sizes->setText(tr("<b>Writable layer: %1</b> on top of the image's read-only layers (%2). "
                        "Every container gets its own thin writable layer over the shared image: "
                        "it survives stop and start, and is deleted only with the container.")
                         .arg(sizeText(m_sizeRw), sizeText(m_sizeRootFs - m_sizeRw)));
}

} // namespace dx
