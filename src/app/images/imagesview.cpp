#include "imagesview.h"

#include "api/dockerapi.h"
#include "containers/containeractions.h"
#include "containers/containerlistmodel.h"
#include "images/imageactions.h"
#include "images/imagefiltermodel.h"
#include "images/imagehistorymodel.h"
#include "images/imagelistmodel.h"
#include "images/imagestore.h"
#include "images/layerfilespanel.h"
#include "images/pulldialog.h"
#include "registry/imagereference.h"
#include "session/enginesession.h"

#include "engine/engine.h"
#include "shell/appservices.h"
#include "shell/elidedlabel.h"
#include "shell/iconprovider.h"
#include "shell/language.h"
#include "shell/settings.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace dx {

ImagesView::ImagesView(AppServices *services, QWidget *parent)
    : View(services, parent),
      m_store(services->session()->images()),
      m_actions(std::make_unique<ImageActions>(services->session()->api())),
      m_proxy(new ImageFilterModel(this)),
      m_history(new ImageHistoryModel(services->session()->api(), this)),
      m_table(new QTableView(this)),
      m_historyTable(new QTableView(this)),
      m_files(new LayerFilesPanel(services, this)),
      m_empty(new QLabel(this)),
      m_historyTitle(new ElidedLabel(this)),
      m_historyHint(new QLabel(this)),
      m_users(new QLabel(this)),
      m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message->setWordWrap(true);
    m_message->setContentsMargins(6, 2, 6, 2);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    m_transferBar = new QWidget(this);
    layout->addWidget(m_transferBar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    // Before the proxy: the image is still the selected one when its removal is seen.
    connect(m_store->model(), &QAbstractItemModel::rowsAboutToBeRemoved, this, &ImagesView::onImageRowsRemoved);
    m_proxy->setShowInternal(Settings::showInternalObjects.get());
    m_proxy->setSourceModel(m_store->model());
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImageListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several images go into one saved file
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ImageListModel::NameColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(ImageListModel::NameColumn, em * 22);
    m_table->setColumnWidth(ImageListModel::IdColumn, em * 9);
    m_table->setColumnWidth(ImageListModel::CreatedColumn, em * 10);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_empty, 1);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_historyTitle->setContentsMargins(6, 4, 6, 0);
    QFont bold = m_historyTitle->font();
    bold.setBold(true);
    m_historyTitle->setFont(bold);
    m_historyHint->setContentsMargins(6, 0, 6, 2);
    m_historyHint->setWordWrap(true);
    m_historyHint->setTextFormat(Qt::PlainText);
    m_historyHint->setForegroundRole(QPalette::PlaceholderText);
    m_users->setContentsMargins(6, 0, 6, 2);
    m_users->setWordWrap(true);
    m_users->setTextFormat(Qt::RichText);
    m_users->setTextInteractionFlags(Qt::TextBrowserInteraction); // links by mouse and keyboard
    connect(m_users, &QLabel::linkActivated, this, [this](const QString &id) {
        emit this->services()->showContainerRequested(id);
    });
    bottomLayout->addWidget(m_historyTitle);
    bottomLayout->addWidget(m_users);
    bottomLayout->addWidget(m_historyHint);
    m_historyTable->setModel(m_history);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setWordWrap(false);
    m_historyTable->horizontalHeader()->setStretchLastSection(false);
    m_historyTable->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_historyTable->horizontalHeader()->setSectionResizeMode(ImageHistoryModel::CreatedByColumn, QHeaderView::Stretch);
    m_historyTable->setColumnWidth(ImageHistoryModel::SizeColumn, em * 6);
    m_historyTable->setColumnWidth(ImageHistoryModel::LayerColumn, em * 8);
    m_historyTable->setColumnWidth(ImageHistoryModel::LineColumn, em * 6);
    m_historyTable->setColumnWidth(ImageHistoryModel::CreatedColumn, em * 9);
    // The steps beside the files of the layer the selected step made.
    auto *layerSplitter = new QSplitter(Qt::Horizontal, bottom);
    m_layerSplitter = layerSplitter;
    layerSplitter->addWidget(m_historyTable);
    layerSplitter->addWidget(m_files);
    layerSplitter->setStretchFactor(0, 3);
    layerSplitter->setStretchFactor(1, 2);
    bottomLayout->addWidget(layerSplitter, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    IconProvider *icons = services->icons();
    m_pull = new QAction(icons->icon(QStringLiteral("pull")), QString(), this);
    m_pull->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_pull, &QAction::triggered, this, [this] { openPullDialog(); });
    m_push = new QAction(icons->icon(QStringLiteral("push")), QString(), this);
    m_push->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_push, &QAction::triggered, this, [this] { openPushDialog(); });
    m_registries = new QAction(icons->icon(QStringLiteral("login")), QString(), this);
    connect(m_registries, &QAction::triggered, this, [this] { openRegistryDialog(); });
    m_remove = new QAction(icons->icon(QStringLiteral("remove")), QString(), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    connect(m_remove, &QAction::triggered, this, &ImagesView::removeSelected);
    m_tag = new QAction(icons->icon(QStringLiteral("tag")), QString(), this);
    m_tag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_tag, &QAction::triggered, this, [this] { tagSelected(); });
    m_run = new QAction(icons->icon(QStringLiteral("run")), QString(), this);
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_run, &QAction::triggered, this, &ImagesView::runSelected);
    m_prune = new QAction(icons->icon(QStringLiteral("prune")), QString(), this);
    connect(m_prune, &QAction::triggered, this, &ImagesView::pruneDangling);
    m_refresh = new QAction(icons->icon(QStringLiteral("refresh")), QString(), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refresh, &QAction::triggered, this, [this] { m_store->refresh(CallContext::user()); });
    addAction(m_refresh);
    createArchiveActions();
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addActions({m_run, m_tag, m_push, m_remove, m_save, separator, m_pull});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text) == QMessageBox::Yes;
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImagesView::loadHistory);
    connect(m_historyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImagesView::onHistoryRowChanged);
    connect(m_historyTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        // A click on a step shows its layer's files; on its Dockerfile line, opens that line.
        onHistoryRowChanged(index);
        if (index.column() != ImageHistoryModel::LineColumn)
            return;
        const int line = index.data(ImageHistoryModel::LineRole).toInt();
        // The line of the Dockerfile that built this layer, whatever file is open now.
        if (line > 0 && !this->services()->lineLayersFile().isEmpty())
            emit this->services()->openInEditorRequested(this->services()->lineLayersFile(), line);
    });
    ImageListModel *model = m_store->model();
    // An image asked for before the store had it (a build's new tag) is selected once it arrives.
    const auto selectPending = [this] {
        if (!m_pendingSelection.isEmpty())
            selectImage(m_pendingSelection);
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, selectPending);
    connect(model, &QAbstractItemModel::dataChanged, this, selectPending);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ImagesView::updateState);
    // The selected image's containers follow the container store (the Containers column).
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        if (from.column() <= ImageListModel::ContainersColumn && to.column() >= ImageListModel::ContainersColumn)
            showUsers();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ImagesView::updateState);
    connect(m_files, &LayerFilesPanel::loaded, this, [this] {
        this->services()->addLayerFiles(m_files->report());
        emit layerFilesLoaded();
    });
    connect(m_files, &LayerFilesPanel::loadFailed, this, [this] { emit layerFilesLoaded(); });
    connect(m_store, &ImageStore::errorOccurred, this, [this](const QString &e) { showMessage(e, true); });
    connect(m_store, &ImageStore::staleChanged, this, [this](bool stale) {
        if (stale && m_store->isLoaded())
            showMessage(tr("The engine is not reachable: these are the images it had when it was last seen."),
                        true);
        else if (!stale)
            showMessage(QString());
    });
    connect(m_store, &ImageStore::loaded, this, &ImagesView::onStoreLoaded);
    connect(m_history, &ImageHistoryModel::loaded, this, &ImagesView::onHistoryLoaded);
    connect(m_history, &ImageHistoryModel::errorOccurred, this, [this](const QString &e) {
        showMessage(e, true);
        emit historyLoaded(); // the attempt is over; what was shown stays
    });
    connect(services, &AppServices::showImageRequested, this, [this](const QString &id) {
        if (!selectImage(id))
            m_pendingSelection = id;
    });
    connect(services, &AppServices::showImageLayerRequested, this, [this](const QString &id, const QString &digest) {
        m_pendingLayer = digest;
        const bool already = selectedImageId() == id && !m_history->isLoading();
        if (!selectImage(id))
            m_pendingSelection = id;
        else if (already && selectLayer(digest))
            m_pendingLayer.clear();
    });
    connect(services, &AppServices::lineLayersChanged, this, &ImagesView::applyLineLayers);
    applyLineLayers();
    // The store is shared: it may have listed everything before this view existed.
    if (m_store->isLoaded())
        QTimer::singleShot(0, this, &ImagesView::onStoreLoaded);
    updateState();
    retranslate(this, [=] {
        m_empty->setText(tr("No images yet — build a Dockerfile or pull one. An image is a stack of read-only "
                            "layers, one per Dockerfile instruction that changes files; containers run on top of them."));
        m_pull->setText(tr("Pull…"));
        m_pull->setToolTip(tr("Download an image from a registry such as Docker Hub, layer by layer (docker pull, Ctrl+P)"));
        m_push->setText(tr("Push…"));
        m_push->setToolTip(tr("Upload the image to a registry, layer by layer (docker push, Ctrl+Shift+P)"));
        m_registries->setText(tr("Registries…"));
        m_registries->setToolTip(tr("Log in to a registry to push or pull private images, or log out (docker login, "
                                    "docker logout)"));
        m_remove->setText(tr("Remove"));
        m_remove->setToolTip(tr("Remove the selected image (Del); you are asked first"));
        m_tag->setText(tr("Tag…"));
        m_tag->setToolTip(tr("Give the image another name (Ctrl+T)"));
        m_run->setText(tr("Run"));
        m_run->setToolTip(tr("Start a container from the image (Ctrl+R)"));
        m_prune->setText(tr("Prune Dangling…"));
        m_prune->setToolTip(tr("Remove images that lost their name to a newer build"));
        m_refresh->setText(tr("Refresh"));
        m_refresh->setToolTip(tr("List the images again (F5)"));
        showHistoryTitle(selectedName());
    });
}

ImagesView::~ImagesView() = default;

ImageListModel *ImagesView::model() const
{
    return m_store->model();
}

bool ImagesView::historyLoading() const
{
    return m_history->isLoading();
}

bool ImagesView::isLoading() const
{
    return services()->engine()->isConnected()
            && (!m_store->isLoaded() || m_history->isLoading() || m_files->isLoading());
}

void ImagesView::onStoreLoaded()
{
    updateState();
    if (!m_pendingSelection.isEmpty())
        selectImage(m_pendingSelection);
    m_table->resizeColumnToContents(ImageListModel::IdColumn);
    m_table->resizeColumnToContents(ImageListModel::CreatedColumn);
    m_table->resizeColumnToContents(ImageListModel::SizeColumn);
    m_table->resizeColumnToContents(ImageListModel::ContainersColumn);
    // Start on an image worth looking at, not our own empty helper image. The view chose it,
    // not the user: its history is read as plumbing.
    const QScopedValueRollback<bool> automatic(m_autoSelecting, true);
    for (int row = 0; m_pendingSelection.isEmpty() && row < m_proxy->rowCount() && !m_table->currentIndex().isValid(); ++row) {
        if (!m_proxy->index(row, 0).data().toString().startsWith(QLatin1String("docker-explorer-helper")))
            m_table->selectRow(row);
    }
}

void ImagesView::setShowInternal(bool show)
{
    m_proxy->setShowInternal(show);
    updateState();
}

void ImagesView::openPullDialog(const QString &reference)
{
    if (!m_pullDialog) {
        m_pullDialog = new PullDialog(services(), this);
        // The pulled image is selected once the store has it.
        connect(m_pullDialog, &PullDialog::imagePulled, this, [this](const QString &pulled) {
            if (!selectImage(pulled))
                m_pendingSelection = pulled;
        });
    }
    if (!reference.isEmpty() && !m_pullDialog->isPulling())
        m_pullDialog->setReference(reference);
    m_pullDialog->show();
    m_pullDialog->raise();
    m_pullDialog->activateWindow();
}

void ImagesView::openPushDialog(const QString &reference)
{
    if (!m_pushDialog) {
        m_pushDialog = new PullDialog(services(), this);
        m_pushDialog->setOperation(PullJob::Operation::Push);
        connect(m_pushDialog, &PullDialog::imagePushed, this, [this](const QString &pushed, const QString &digest) {
            showMessage(digest.isEmpty() ? tr("Pushed %1.").arg(pushed) : tr("Pushed %1 (%2).").arg(pushed, digest));
        });
    }
    const QString name = reference.isEmpty() ? selectedName() : reference;
    // An untagged image has no name a registry could take: the field stays for one.
    if (!name.isEmpty() && !name.startsWith(QLatin1String("sha256:")) && !m_pushDialog->isPulling())
        m_pushDialog->setReference(name);
    m_pushDialog->show();
    m_pushDialog->raise();
    m_pushDialog->activateWindow();
}

void ImagesView::openRegistryDialog(const QString &server)
{
    if (!m_registryDialog)
        m_registryDialog = new RegistryDialog(services(), this);
    if (!server.isEmpty() && !m_registryDialog->isLoggingIn())
        m_registryDialog->setServer(server);
    m_registryDialog->show();
    m_registryDialog->raise();
    m_registryDialog->activateWindow();
}

void ImagesView::applyLineLayers()
{
    QList<LayerDockerfileLine> lines;
    for (const LineLayerInfo &l : services()->lineLayers()) {
        if (!l.layerDigest.isEmpty())
            lines.append({l.layerDigest, l.startLine, l.instruction});
    }
    m_history->setDockerfileLines(lines);
}

void ImagesView::activated()
{
    m_table->setFocus();
    syncLayerFiles();
}

QList<QAction *> ImagesView::toolBarActions() const
{
    return {m_pull, m_run, m_tag, m_push, m_remove, m_save, m_load, m_prune, m_registries, m_refresh};
}

QString ImagesView::messageText() const
{
    return m_message->text();
}

void ImagesView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void ImagesView::updateState()
{
    const bool empty = m_store->isLoaded() && m_proxy->rowCount() == 0; // the helper image alone is no image
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    const bool selected = !selectedImageId().isEmpty();
    m_remove->setEnabled(selected);
    m_tag->setEnabled(selected);
    m_push->setEnabled(selected);
    m_save->setEnabled(selected && !isTransferring());
    m_load->setEnabled(!isTransferring());
    m_run->setEnabled(selected);
}

bool ImagesView::selectImage(const QString &id)
{
    const int row = m_store->model()->rowOfId(id);
    if (row < 0)
        return false;
    m_pendingSelection.clear();
    const QStringList tags = m_store->model()->imageAt(row).repoTags;
    const QString latest = id + QLatin1String(":latest");
    m_chosenReference = tags.contains(id) ? id : tags.contains(latest) ? latest : QString();
    const QModelIndex index = m_proxy->mapFromSource(m_store->model()->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QString ImagesView::selectedImageId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(ImageListModel::IdRole).toString() : QString();
}

QString ImagesView::selectedName() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return {};
    const int row = m_proxy->mapToSource(index).row();
    if (!m_chosenReference.isEmpty() && m_store->model()->imageAt(row).repoTags.contains(m_chosenReference))
        return m_chosenReference;
    return index.data(ImageListModel::ReferenceRole).toString();
}

void ImagesView::resizeEvent(QResizeEvent *event)
{
    // Side by side while both halves keep a readable width; at a high zoom on a small screen
    // the layer's files go below the history instead of into a sliver beside it.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const Qt::Orientation wanted = event->size().width() < em * 60 ? Qt::Vertical : Qt::Horizontal;
    if (m_layerSplitter->orientation() != wanted) {
        m_layerSplitter->setOrientation(wanted);
        // Below the history the files keep room for their title and a few rows; the view
        // scrolls inside its page rather than squeezing them to a line.
        m_files->setMinimumHeight(wanted == Qt::Vertical ? fontMetrics().height() * 12 : 0);
    }
    // Narrow (a projector at 200 %): the names keep their room, the creation time goes (the
    // history below still dates each layer).
    m_table->setColumnHidden(ImageListModel::CreatedColumn, wanted == Qt::Vertical);
    QWidget::resizeEvent(event);
}

void ImagesView::showHistoryTitle(const QString &name)
{
    showUsers();
    if (name.isEmpty()) {
        m_historyTitle->setText(tr("Select an image to see its layers."));
        m_historyHint->hide();
        return;
    }
    m_historyTitle->setText(tr("Layers of %1, oldest first").arg(name));
    m_historyHint->setText(tr("Grey steps changed only settings, not files. Click a step to see what its layer "
                              "added, modified and removed."));
    m_historyHint->show();
}

void ImagesView::showUsers()
{
    const QString id = selectedImageId();
    const ImageListModel *list = m_store->model();
    if (id.isEmpty() || !list->usersKnown()) {
        m_users->hide();
        return;
    }
    const QList<ImageUser> users = list->usersOf(id);
    if (users.isEmpty()) {
        m_users->setText(tr("No container was made from this image."));
    } else {
        // Image = class, container = instance: each name opens that container.
        constexpr int Shown = 12;
        QStringList links;
        for (const ImageUser &u : users.mid(0, Shown)) {
            links.append(tr("%1 (%2)").arg(QStringLiteral("<a href=\"%1\">%2</a>").arg(u.id, u.name.toHtmlEscaped()),
                                          ContainerListModel::stateText(u.state).toHtmlEscaped()));
        }
        QString text = links.join(QLatin1String(", "));
        if (users.size() > Shown)
            text += QLatin1Char(' ') + tr("and %n more", nullptr, int(users.size() - Shown)).toHtmlEscaped();
        m_users->setText(tr("Containers made from this image (%1): %2").arg(QLocale().toString(users.size()), text));
    }
    m_users->show();
}

void ImagesView::loadHistory()
{
    updateState();
    const QString name = selectedName();
    if (name.isEmpty()) {
        m_history->clear();
        m_files->clearImage();
        showHistoryTitle(name);
        return;
    }
    showHistoryTitle(name);
    m_userPickedImage = isVisible() && !m_autoSelecting;
    // The user's own `docker history` when they picked it; not the view's automatic first
    // selection, nor one made while the page is hidden.
    m_history->load(name, isVisible() && !m_autoSelecting);
    syncLayerFiles();
}

void ImagesView::onHistoryLoaded()
{
    // The newest step that made a layer (or the one asked for) shows its files.
    if (!m_pendingLayer.isEmpty() && selectLayer(m_pendingLayer)) {
        m_pendingLayer.clear();
    } else {
        for (int row = m_history->rowCount() - 1; row >= 0; --row) {
            if (!m_history->rowAt(row).layerDigest.isEmpty()) {
                m_historyTable->selectionModel()->setCurrentIndex(m_history->index(row, 0),
                                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                break;
            }
        }
    }
    m_historyTable->resizeColumnToContents(ImageHistoryModel::SizeColumn);
    m_historyTable->resizeColumnToContents(ImageHistoryModel::LayerColumn);
    m_historyTable->resizeColumnToContents(ImageHistoryModel::LineColumn);
    m_historyTable->resizeColumnToContents(ImageHistoryModel::CreatedColumn);
    emit historyLoaded();
}

void ImagesView::syncLayerFiles()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid()) {
        m_files->clearImage();
        return;
    }
    // Nothing is read for a view nobody looks at (the automatic first selection at start-up).
    if (!isVisible())
        return;
    const int row = m_proxy->mapToSource(index).row();
    const ImageSummary image = m_store->model()->imageAt(row);
    m_files->setImage(image.id, selectedName(), image.size, m_userPickedImage);
    // The step chosen in the history shown, once it is this image's (onHistoryLoaded otherwise).
    const QModelIndex step = m_historyTable->currentIndex();
    if (step.isValid() && !m_history->isLoading())
        onHistoryRowChanged(step);
}

void ImagesView::onHistoryRowChanged(const QModelIndex &current)
{
    if (!current.isValid() || current.row() >= m_history->rowCount())
        return;
    // The layer's place in RootFS.Layers: how many steps up to this one made a layer.
    int layer = -1;
    for (int row = 0; row <= current.row(); ++row)
        layer += m_history->rowAt(row).layerDigest.isEmpty() ? 0 : 1;
    if (m_history->rowAt(current.row()).layerDigest.isEmpty())
        m_files->showNoLayer(ImageHistoryModel::readableStep(m_history->rowAt(current.row()).createdBy));
    else
        m_files->showLayer(layer);
}

void ImagesView::revealLayerFiles()
{
    revealInPage(m_files);
}

bool ImagesView::selectLayer(const QString &layerDigest)
{
    for (int row = 0; row < m_history->rowCount(); ++row) {
        if (m_history->rowAt(row).layerDigest == layerDigest) {
            m_historyTable->selectionModel()->setCurrentIndex(m_history->index(row, 0),
                                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_historyTable->scrollTo(m_history->index(row, 0));
            return true;
        }
    }
    return false;
}

void ImagesView::onImageRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_files->imageId().isEmpty())
        return;
    for (int row = first; row <= last; ++row) {
        if (m_store->model()->imageAt(row).id != m_files->imageId())
            continue;
        // Said in the view too: the selection moves on to another image right after.
        m_files->imageRemoved();
        showMessage(tr("The image whose layer files were shown was removed."), true);
        return;
    }
}

void ImagesView::removeSelected()
{
    const QString id = selectedImageId();
    const QString name = selectedName();
    if (id.isEmpty())
        return;
    m_actions->usersOf(id).then(this, [this, name](const ApiResult<QList<ContainerSummary>> &users) {
        QStringList names;
        for (const ContainerSummary &c : users.value)
            names.append(c.name);
        const QString text = names.isEmpty()
                ? tr("Remove image %1?").arg(name)
                : tr("Image %1 is used by %2. The engine refuses to remove it until those containers are "
                     "removed. Try anyway?").arg(name, QLocale().createSeparatedList(names));
        if (!m_confirm(tr("Remove Image"), text))
            return;
        m_actions->remove(name).then(this, [this, name](const ApiResult<QList<ImageDeleteItem>> &r) {
            if (!r.ok()) {
                showMessage(r.message(), true);
                return;
            }
            bool deleted = false;
            for (const ImageDeleteItem &item : r.value)
                deleted = deleted || !item.deleted.isEmpty();
            showMessage(deleted ? tr("Removed %1.").arg(name)
                                : tr("Untagged %1; the image keeps its other names.").arg(name));
        });
    });
}

void ImagesView::tagSelected(const QString &repoTag)
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    QString target = repoTag;
    if (target.isEmpty()) {
        bool ok = false;
        QString problem;
        // Asked again, with what was typed and why it is not a name, until it is one or cancelled.
        do {
            QString label = tr("New name (repository:tag) for %1:").arg(name);
            if (!problem.isEmpty())
                label = problem + QStringLiteral("\n\n") + label;
            target = QInputDialog::getText(this, tr("Tag Image"), label, QLineEdit::Normal, target, &ok).trimmed();
            if (!ok || target.isEmpty())
                return;
            problem = PullJob::referenceProblem(target);
            if (problem.isEmpty() && !ImageReference::parse(target).digest.isEmpty())
                problem = tr("A tag cannot hold a digest (@sha256:…): the engine makes the digest.");
        } while (!problem.isEmpty());
    }
    m_actions->tag(name, target).then(this, [this, target](const ApiResult<NoContent> &r) {
        showMessage(r.ok() ? tr("Tagged as %1.").arg(target) : r.message(), !r.ok());
    });
}

void ImagesView::runSelected()
{
    // The reference the user sees and chose (demo_image:latest), never the id: it becomes the
    // container's Config.Image, which `docker ps`, the events and the lesson go by.
    const QString reference = selectedName();
    if (reference.isEmpty())
        return;
    EngineSession *session = services()->session();
    auto *actions = new ContainerActions(session->api(), session->containers(), this);
    connect(actions, &ContainerActions::containerStarted, this, [this, actions](const QString &id) {
        actions->deleteLater();
        emit services()->showContainerRequested(id);
    });
    connect(actions, &ContainerActions::failed, this, [this, actions](const QString &message) {
        actions->deleteLater();
        showMessage(message, true);
    });
    RunSpec spec;
    spec.image = reference;
    actions->run(spec);
}

void ImagesView::pruneDangling()
{
    const QStringList dangling = m_store->model()->danglingIds();
    if (dangling.isEmpty()) {
        showMessage(tr("No dangling images: every image has a name."));
        return;
    }
    QStringList shortIds;
    for (const QString &id : dangling)
        shortIds.append(id.mid(7, 12));
    if (!m_confirm(tr("Prune Dangling Images"),
                   tr("Remove these %n dangling image(s) (those still used by a container stay)?\n\n%1", nullptr,
                      int(dangling.size())).arg(shortIds.join(QLatin1Char('\n')))))
        return;
    m_actions->pruneDangling().then(this, [this](const ApiResult<PruneReport> &r) {
        showMessage(r.ok() ? tr("Pruned; %1 freed.").arg(QLocale().formattedDataSize(r.value.spaceReclaimed))
                           : r.message(), !r.ok());
    });
}

} // namespace dx
