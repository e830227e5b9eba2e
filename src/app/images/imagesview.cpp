#include "imagesview.h"

#include "images/imagehistorymodel.h"
#include "images/imagelistmodel.h"

#include "engine/engine.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace dx {

ImagesView::ImagesView(AppServices *services, QWidget *parent)
    : View(services, parent),
      m_model(new ImageListModel(services->engine(), this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_history(new ImageHistoryModel(this)),
      m_table(new QTableView(this)),
      m_historyTable(new QTableView(this)),
      m_empty(new QLabel(this)),
      m_historyTitle(new QLabel(this)),
      m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message->setWordWrap(true);
    m_message->setContentsMargins(6, 2, 6, 2);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImageListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
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
    m_empty->setText(tr("No images yet — build a Dockerfile or pull one. An image is a stack of read-only "
                        "layers, one per Dockerfile instruction that changes files; containers run on top of them."));
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_empty, 1);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_historyTitle->setContentsMargins(6, 4, 6, 2);
    m_historyTitle->setWordWrap(true);
    bottomLayout->addWidget(m_historyTitle);
    m_historyTable->setModel(m_history);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setWordWrap(false);
    m_historyTable->horizontalHeader()->setStretchLastSection(false);
    m_historyTable->horizontalHeader()->setSectionResizeMode(ImageHistoryModel::CreatedByColumn, QHeaderView::Stretch);
    m_historyTable->setColumnWidth(ImageHistoryModel::SizeColumn, em * 6);
    m_historyTable->setColumnWidth(ImageHistoryModel::LayerColumn, em * 8);
    m_historyTable->setColumnWidth(ImageHistoryModel::LineColumn, em * 6);
    m_historyTable->setColumnWidth(ImageHistoryModel::CreatedColumn, em * 9);
    bottomLayout->addWidget(m_historyTable, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    IconProvider *icons = services->icons();
    m_remove = new QAction(icons->icon(QStringLiteral("remove")), tr("Remove"), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_remove->setToolTip(tr("Remove the selected image (Del); you are asked first"));
    connect(m_remove, &QAction::triggered, this, &ImagesView::removeSelected);
    m_tag = new QAction(icons->icon(QStringLiteral("tag")), tr("Tag…"), this);
    m_tag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tag->setToolTip(tr("Give the image another name (Ctrl+T)"));
    connect(m_tag, &QAction::triggered, this, [this] { tagSelected(); });
    m_run = new QAction(icons->icon(QStringLiteral("run")), tr("Run"), this);
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_run->setToolTip(tr("Start a container from the image (Ctrl+R)"));
    connect(m_run, &QAction::triggered, this, &ImagesView::runSelected);
    m_prune = new QAction(icons->icon(QStringLiteral("prune")), tr("Prune Dangling…"), this);
    m_prune->setToolTip(tr("Remove images that lost their name to a newer build"));
    connect(m_prune, &QAction::triggered, this, &ImagesView::pruneDangling);
    m_refresh = new QAction(icons->icon(QStringLiteral("refresh")), tr("Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh->setToolTip(tr("List the images again (F5)"));
    connect(m_refresh, &QAction::triggered, this, [this] {
        this->services()->logCommand(QStringLiteral("docker images"), tr("List images"));
        m_model->refresh();
    });
    addAction(m_refresh);
    m_table->addActions({m_run, m_tag, m_remove});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text) == QMessageBox::Yes;
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImagesView::loadHistory);
    connect(m_historyTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const int line = index.data(ImageHistoryModel::LineRole).toInt();
        if (line > 0 && !this->services()->dockerfilePath().isEmpty())
            emit this->services()->openInEditorRequested(this->services()->dockerfilePath(), line);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ImagesView::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ImagesView::updateState);
    connect(m_model, &ImageListModel::errorOccurred, this, [this](const QString &e) { showMessage(e, true); });
    connect(m_model, &ImageListModel::loaded, this, [this] {
        updateState();
        if (!m_pendingSelection.isEmpty())
            selectImage(m_pendingSelection);
        m_table->resizeColumnToContents(ImageListModel::IdColumn);
        m_table->resizeColumnToContents(ImageListModel::CreatedColumn);
        m_table->resizeColumnToContents(ImageListModel::SizeColumn);
        // Start on an image worth looking at, not our own empty helper image.
        for (int row = 0; m_pendingSelection.isEmpty() && row < m_proxy->rowCount() && !m_table->currentIndex().isValid(); ++row) {
            if (!m_proxy->index(row, 0).data().toString().startsWith(QLatin1String("docker-explorer-helper")))
                m_table->selectRow(row);
        }
    });
    connect(services, &AppServices::showImageRequested, this, [this](const QString &id) {
        if (!selectImage(id))
            m_pendingSelection = id;
    });
    connect(services, &AppServices::lineLayersChanged, this, &ImagesView::loadHistory);
    connect(services->engine(), &Engine::connectedChanged, this, &ImagesView::onConnected);
    if (services->engine()->isConnected())
        QTimer::singleShot(0, this, [this] { onConnected(true); });
    updateState();
}

ImagesView::~ImagesView() = default;

void ImagesView::onConnected(bool connected)
{
    if (connected)
        m_model->refresh();
}

bool ImagesView::isLoading() const
{
    return services()->engine()->isConnected() && (!m_model->isLoaded() || m_historyLoading);
}

void ImagesView::activated()
{
    m_table->setFocus();
}

QList<QAction *> ImagesView::toolBarActions() const
{
    return {m_run, m_tag, m_remove, m_prune, m_refresh};
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
    const bool empty = m_model->isLoaded() && m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    const bool selected = !selectedImageId().isEmpty();
    m_remove->setEnabled(selected);
    m_tag->setEnabled(selected);
    m_run->setEnabled(selected);
}

bool ImagesView::selectImage(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    m_pendingSelection.clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
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
    const int row = m_model->rowOfId(selectedImageId());
    if (row < 0)
        return {};
    const ImageInfo info = m_model->imageAt(row);
    return info.isDangling() ? info.shortId() : info.displayName();
}

void ImagesView::loadHistory()
{
    updateState();
    const QString id = selectedImageId();
    if (id.isEmpty()) {
        m_history->clear();
        m_historyTitle->setText(tr("Select an image to see its layers."));
        return;
    }
    const QString name = selectedName();
    m_historyTitle->setText(tr("Layers of %1 — oldest first; grey steps only changed settings, not files").arg(name));
    if (isVisible()) // not for the automatic first selection of a hidden page
        services()->logCommand(QStringLiteral("docker history ") + name, tr("Show the layers of an image"));
    const quint64 request = ++m_historyRequest;
    m_historyLoading = true;
    // Both answers are needed to pair steps with layers.
    struct Pending
    {
        QJsonArray history;
        QJsonArray layers;
        int left = 2;
    };
    auto pending = std::make_shared<Pending>();
    auto done = [this, pending, request] {
        if (--pending->left > 0 || request != m_historyRequest)
            return;
        QVector<LayerDockerfileLine> lines;
        for (const LineLayerInfo &l : services()->lineLayers()) {
            if (!l.layerDigest.isEmpty())
                lines.append({l.layerDigest, l.startLine, l.instruction});
        }
        m_history->setHistory(pending->history, pending->layers, lines);
        m_historyTable->resizeColumnToContents(ImageHistoryModel::SizeColumn);
        m_historyTable->resizeColumnToContents(ImageHistoryModel::LayerColumn);
        m_historyTable->resizeColumnToContents(ImageHistoryModel::LineColumn);
        m_historyTable->resizeColumnToContents(ImageHistoryModel::CreatedColumn);
        m_historyLoading = false;
        emit historyLoaded();
    };
    Engine *engine = services()->engine();
    EngineReply *history = engine->get(QStringLiteral("/images/%1/history").arg(id));
    connect(history, &EngineReply::finished, this, [this, pending, done](const EngineResponse &r) {
        if (!r.ok())
            showMessage(r.message, true);
        pending->history = QJsonDocument::fromJson(r.body).array();
        done();
    });
    EngineReply *inspect = engine->get(QStringLiteral("/images/%1/json").arg(id));
    connect(inspect, &EngineReply::finished, this, [pending, done](const EngineResponse &r) {
        pending->layers = QJsonDocument::fromJson(r.body).object().value(QLatin1String("RootFS")).toObject()
                                  .value(QLatin1String("Layers")).toArray();
        done();
    });
}

void ImagesView::removeSelected()
{
    const QString id = selectedImageId();
    if (id.isEmpty())
        return;
    const QString name = selectedName();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("filters"), QString::fromUtf8(QJsonDocument(QJsonObject{
            {QStringLiteral("ancestor"), QJsonArray{id}}}).toJson(QJsonDocument::Compact)));
    EngineReply *reply = services()->engine()->get(QStringLiteral("/containers/json"), q);
    connect(reply, &EngineReply::finished, this, [this, id, name](const EngineResponse &r) {
        QStringList users;
        for (const QJsonValue &c : QJsonDocument::fromJson(r.body).array())
            users.append(c.toObject().value(QLatin1String("Names")).toArray().first().toString().mid(1));
        const QString text = users.isEmpty()
                ? tr("Remove image %1?").arg(name)
                : tr("Image %1 is used by %2. The engine refuses to remove it until those containers are "
                     "removed. Try anyway?").arg(name, QLocale().createSeparatedList(users));
        if (!m_confirm(tr("Remove Image"), text))
            return;
        services()->logCommand(QStringLiteral("docker rmi ") + name, tr("Remove an image"));
        EngineReply *del = services()->engine()->del(QStringLiteral("/images/") + id);
        connect(del, &EngineReply::finished, this, [this, name](const EngineResponse &d) {
            showMessage(d.ok() ? tr("Removed %1.").arg(name) : d.message, !d.ok());
            m_model->refresh();
        });
    });
}

void ImagesView::tagSelected(const QString &repoTag)
{
    const QString id = selectedImageId();
    if (id.isEmpty())
        return;
    QString target = repoTag;
    if (target.isEmpty()) {
        bool ok = false;
        target = QInputDialog::getText(this, tr("Tag Image"), tr("New name (repository:tag) for %1:").arg(selectedName()),
                                       QLineEdit::Normal, QString(), &ok).trimmed();
        if (!ok || target.isEmpty())
            return;
    }
    // The tag is whatever follows the last ":" that is not part of a registry host:port.
    const int colon = target.lastIndexOf(QLatin1Char(':'));
    const bool hasTag = colon > target.lastIndexOf(QLatin1Char('/'));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("repo"), hasTag ? target.left(colon) : target);
    q.addQueryItem(QStringLiteral("tag"), hasTag ? target.mid(colon + 1) : QStringLiteral("latest"));
    services()->logCommand(QStringLiteral("docker tag %1 %2").arg(selectedName(), target), tr("Give an image another name"));
    EngineReply *reply = services()->engine()->post(QStringLiteral("/images/%1/tag").arg(id), q);
    connect(reply, &EngineReply::finished, this, [this, target](const EngineResponse &r) {
        showMessage(r.ok() ? tr("Tagged as %1.").arg(target) : r.message, !r.ok());
        m_model->refresh();
    });
}

void ImagesView::runSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    services()->logCommand(QStringLiteral("docker run -d ") + name, tr("Start a container from the image"));
    const QJsonObject body{{QStringLiteral("Image"), selectedImageId()}};
    EngineReply *reply = services()->engine()->post(QStringLiteral("/containers/create"), {},
                                                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &EngineReply::finished, this, [this](const EngineResponse &r) {
        if (!r.ok()) {
            showMessage(r.message, true);
            return;
        }
        const QString cid = QJsonDocument::fromJson(r.body).object().value(QLatin1String("Id")).toString();
        EngineReply *start = services()->engine()->post(QStringLiteral("/containers/%1/start").arg(cid));
        connect(start, &EngineReply::finished, this, [this, cid](const EngineResponse &s) {
            if (!s.ok())
                showMessage(s.message, true);
            emit services()->showContainerRequested(cid);
        });
    });
}

void ImagesView::pruneDangling()
{
    const QStringList dangling = m_model->danglingIds();
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
    services()->logCommand(QStringLiteral("docker image prune"), tr("Remove dangling images"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("filters"), QStringLiteral("{\"dangling\":[\"true\"]}"));
    EngineReply *reply = services()->engine()->post(QStringLiteral("/images/prune"), q);
    connect(reply, &EngineReply::finished, this, [this](const EngineResponse &r) {
        const qint64 freed = QJsonDocument::fromJson(r.body).object().value(QLatin1String("SpaceReclaimed")).toInteger();
        showMessage(r.ok() ? tr("Pruned; %1 freed.").arg(QLocale().formattedDataSize(freed)) : r.message, !r.ok());
        m_model->refresh();
    });
}

} // namespace dx
