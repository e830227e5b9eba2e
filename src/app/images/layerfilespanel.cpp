#include "layerfilespanel.h"

#include "api/dockerapi.h"
#include "images/imagelayersjob.h"
#include "images/layerfilesmodel.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/elidedlabel.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"
#include "shell/language.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace dx {

namespace {

QString sizeText(qint64 bytes)
{
    // As the image list and the history say sizes (1.89 MiB).
    return QLocale().formattedDataSize(bytes);
}

// Added green with a plus, modified amber with a pencil, removed red, struck out, with a
// minus: the shape and the Change column say it where colours do not (high contrast).
class LayerFileDelegate final : public QStyledItemDelegate
{
public:
    LayerFileDelegate(IconProvider *icons, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_icons(icons)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant kindValue = index.data(LayerFilesModel::KindRole);
        const int kind = kindValue.isValid() ? kindValue.toInt() : LayerFilesModel::Folder;
        QColor color;
        QString icon = QStringLiteral("folder");
        switch (kind) {
        case int(LayerChange::Kind::Added): color = Theme::success(); icon = QStringLiteral("add"); break;
        case int(LayerChange::Kind::Modified): color = Theme::warning(); icon = QStringLiteral("edit"); break;
        case int(LayerChange::Kind::Removed): color = Theme::danger(); icon = QStringLiteral("minus"); break;
        default: break;
        }
        if (color.isValid())
            option->palette.setColor(QPalette::Text, color);
        if (kind == int(LayerChange::Kind::Removed) && index.column() == LayerFilesModel::PathColumn)
            option->font.setStrikeOut(true);
        if (index.column() == LayerFilesModel::PathColumn) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->icon = color.isValid() ? m_icons->icon(icon, color) : m_icons->icon(icon);
        }
    }

private:
    IconProvider *m_icons;
};

} // namespace

LayerFilesPanel::LayerFilesPanel(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new LayerFilesModel(this))
    , m_tree(new QTreeView(this))
    , m_layerTitle(new ElidedLabel(this))
    , m_step(new ElidedLabel(this))
    , m_message(new QLabel(this))
    , m_summary(new ElidedLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_readButton(new QPushButton(this))
{
    m_tree->setObjectName(QStringLiteral("layerFilesTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new LayerFileDelegate(services->icons(), m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(LayerFilesModel::PathColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_tree->header()->resizeSection(LayerFilesModel::ChangeColumn, em * 7);
    m_tree->header()->resizeSection(LayerFilesModel::SizeColumn, em * 6);
    QFont bold = m_layerTitle->font();
    bold.setBold(true);
    m_layerTitle->setFont(bold);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_progress->setTextVisible(true);
    connect(m_cancel, &QPushButton::clicked, this, &LayerFilesPanel::cancel);
    connect(m_readButton, &QPushButton::clicked, this, &LayerFilesPanel::read);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_readButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_layerTitle);
    layout->addWidget(m_step);
    layout->addWidget(m_message);
    layout->addLayout(progressRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    clearImage();
    retranslate(this, [=] {
        m_cancel->setText(tr("Cancel"));
        m_summary->setToolTip(tr("Wasted: the bytes of file versions that a later layer overwrites or removes. They stay in "
                                 "the image's lower layers, downloaded and stored, though no container ever sees them."));
        m_readButton->setToolTip(tr("Read the image as `docker save` writes it and list what each layer changed"));
        m_cancel->setToolTip(tr("Stop reading the image's layers"));
    });
    connect(Language::instance(), &Language::changed, this, [this] {
        if (m_id.isEmpty())
            m_layerTitle->setText(tr("Select an image to see the files of its layers."));
        else if (m_loaded && m_layer >= 0 && m_layer < m_report.layers.size())
            m_layerTitle->setText(layerTitle(m_report.layers.at(m_layer)));
        else if (!m_loaded && !isLoading())
            m_layerTitle->setText(tr("Layer files of %1").arg(m_name));
        if (!m_loaded && !isLoading() && m_readButton->isVisible())
            m_readButton->setText(tr("Read Layer Files (%1)").arg(sizeText(m_size)));
        updateSummary();
    });
}

LayerFilesPanel::~LayerFilesPanel()
{
    if (m_job)
        m_job->cancel();
}

bool LayerFilesPanel::isLoading() const
{
    return m_job && !m_job->hasEnded();
}

QString LayerFilesPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString LayerFilesPanel::layerText() const
{
    return m_layerTitle->text();
}

QString LayerFilesPanel::summaryText() const
{
    return m_summary->text();
}

void LayerFilesPanel::clearImage()
{
    cancel();
    m_id.clear();
    m_name.clear();
    m_size = 0;
    m_layer = -1;
    m_loaded = false;
    m_report = {};
    m_model->clearLayer();
    m_layerTitle->setText(tr("Select an image to see the files of its layers."));
    m_step->setText(QString());
    m_step->hide();
    showMessage(QString(), false);
    m_progress->hide();
    m_cancel->hide();
    m_readButton->hide();
    updateSummary();
}

void LayerFilesPanel::setImage(const QString &id, const QString &name, qint64 size, bool userAction)
{
    if (id == m_id && (m_loaded || isLoading()))
        return;
    clearImage();
    m_id = id;
    m_name = name;
    m_size = size;
    m_layerTitle->setText(tr("Layer files of %1").arg(name));
    if (size <= AutoReadBytes) {
        start(userAction);
        return;
    }
    m_readButton->setText(tr("Read Layer Files (%1)").arg(sizeText(size)));
    m_readButton->show();
    showMessage(tr("%1 is %2: its layers are read when you ask, as `docker save` would write them.").arg(name, sizeText(size)),
                false);
}

void LayerFilesPanel::imageRemoved()
{
    const QString name = m_name;
    cancel();
    m_loaded = false;
    m_report = {};
    m_model->clearLayer();
    m_step->hide();
    m_readButton->hide();
    m_layerTitle->setText(tr("Layer files of %1").arg(name));
    showMessage(tr("The image %1 was removed: its layers and files are gone from the engine.").arg(name), true);
    updateSummary();
}

void LayerFilesPanel::read()
{
    if (!m_id.isEmpty() && !isLoading() && !m_loaded)
        start(true);
}

void LayerFilesPanel::cancel()
{
    if (m_job)
        m_job->cancel();
}

void LayerFilesPanel::start(bool userAction)
{
    EngineSession *session = m_services->session();
    m_readButton->hide();
    showMessage(QString(), false);
    // The name the user knows, as in `docker history`; the report names the image by its id.
    auto *job = new ImageLayersJob(session->api(), m_name.isEmpty() ? m_id : m_name, m_size,
                                   userAction ? CallContext::user() : CallContext::internal(), this);
    m_job = job;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Reading layers…"));
    m_progress->show();
    m_cancel->show();
    connect(job, &Job::progress, this, [this, job](qint64 done, qint64 total) {
        if (job != m_job)
            return;
        if (total > 0) {
            // Percent: a QProgressBar holds ints, an image may hold more than 2 GB.
            m_progress->setRange(0, 100);
            m_progress->setValue(int(done * 100 / total));
            m_progress->setFormat(tr("Reading layers… %1 of %2").arg(sizeText(done), sizeText(total)));
        } else {
            m_progress->setFormat(tr("Reading layers… %1").arg(sizeText(done)));
        }
    });
    connect(job, &Job::ended, this, [this, job] {
        job->deleteLater();
        if (job != m_job)
            return;
        m_progress->hide();
        m_cancel->hide();
        switch (job->state()) {
        case Job::State::Finished:
            if (job->report().imageId != m_id) { // the name moved to another image meanwhile
                showMessage(tr("%1 now names another image: select it again.").arg(m_name), true);
                break;
            }
            m_report = job->report();
            m_loaded = true;
            onFinished();
            break;
        case Job::State::Cancelled:
            m_readButton->setText(tr("Read Layer Files"));
            m_readButton->show();
            showMessage(tr("Reading the layers was cancelled."), false);
            break;
        default: {
            const QString message = job->imageMissing()
                    ? tr("The image %1 was removed: its layers and files are gone from the engine.").arg(m_name)
                    : tr("Cannot read the layers of %1: %2").arg(m_name, job->errorString());
            m_readButton->setText(tr("Try Again"));
            m_readButton->setVisible(!job->imageMissing());
            showMessage(message, true);
            emit loadFailed(message);
            break;
        }
        }
    });
    job->start();
}

void LayerFilesPanel::onFinished()
{
    updateSummary();
    if (m_layer < 0 || m_layer >= m_report.layers.size())
        m_layer = int(m_report.layers.size()) - 1; // the newest layer: what the last lines did
    showCurrentLayer();
    emit loaded();
}

void LayerFilesPanel::showLayer(int index)
{
    m_layer = index;
    if (m_loaded)
        showCurrentLayer();
    else if (!m_id.isEmpty() && !isLoading() && m_readButton->isVisible())
        m_layerTitle->setText(tr("Layer %1 of %2").arg(index + 1).arg(m_name));
}

void LayerFilesPanel::showNoLayer(const QString &step)
{
    m_layer = -1;
    m_model->clearLayer();
    m_layerTitle->setText(tr("No layer: this step changed only the image's settings, not its files."));
    m_step->setText(step);
    m_step->setToolTip(QString());
    m_step->setVisible(!step.isEmpty());
}

void LayerFilesPanel::showCurrentLayer()
{
    if (m_layer < 0 || m_layer >= m_report.layers.size()) {
        m_model->clearLayer();
        m_step->hide();
        return;
    }
    const ImageLayer &layer = m_report.layers.at(m_layer);
    m_model->setLayer(layer);
    m_tree->expandToDepth(layer.changes.size() > 200 ? 0 : 2);
    m_tree->resizeColumnToContents(LayerFilesModel::ChangeColumn);
    m_tree->resizeColumnToContents(LayerFilesModel::SizeColumn);
    m_layerTitle->setText(layerTitle(layer));
    const QString step = readableHistoryStep(layer.createdBy);
    m_step->setText(step);
    m_step->setToolTip(layer.diffId);
    m_step->setVisible(!step.isEmpty());
}

QString LayerFilesPanel::layerTitle(const ImageLayer &layer) const
{
    QString title = tr("Layer %1 of %2 · %3 · %4 added, %5 modified, %6 removed")
                            .arg(m_layer + 1)
                            .arg(m_report.layers.size())
                            .arg(sizeText(layer.size))
                            .arg(layer.count(LayerChange::Kind::Added))
                            .arg(layer.count(LayerChange::Kind::Modified))
                            .arg(layer.count(LayerChange::Kind::Removed));
    if (layer.wastedBelow > 0)
        title += tr(" · hides %1 of earlier layers").arg(sizeText(layer.wastedBelow));
    return title;
}

void LayerFilesPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, Theme::danger());
    m_message->setPalette(palette);
    m_message->setVisible(!text.isEmpty());
}

void LayerFilesPanel::updateSummary()
{
    if (!m_loaded) {
        m_summary->hide();
        return;
    }
    m_summary->setText(tr("Image: %1 in %n layer(s) · wasted %2 · efficiency %3 %", nullptr, int(m_report.layers.size()))
                               .arg(sizeText(m_report.totalSize), sizeText(m_report.wastedBytes),
                                    QLocale().toString(m_report.efficiency() * 100.0, 'f', 1)));
    m_summary->show();
}

} // namespace dx
