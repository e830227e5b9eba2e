#include "diagramview.h"

#include "containers/containerstore.h"
#include "diagram/diagramcanvas.h"
#include "diagram/diagrammodel.h"
#include "diagram/diagrampainter.h"
#include "images/imagestore.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/language.h"
#include "shell/settings.h"
#include "volumes/volumestore.h"

#include "engine/engine.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace dx {

DiagramView::DiagramView(AppServices *services, QWidget *parent)
    : View(services, parent)
    , m_model(new DiagramModel(services->session()->images(), services->session()->containers(),
                               services->session()->volumes(), this))
    , m_canvas(new DiagramCanvas(this))
    , m_scroll(new QScrollArea(this))
    , m_hint(new QLabel(this))
    , m_empty(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hint->setWordWrap(true);
    m_hint->setContentsMargins(6, 4, 6, 4);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setBackgroundRole(QPalette::Base);
    // The page around the view scrolls when the window is short, and it asks the view for the
    // height it prefers at its width (the wrapped hint makes that a height-for-width layout):
    // the diagram must not count in that, or the page grows past the window and Fit to Window
    // fits the diagram into a viewport partly out of sight. It takes the room that is left.
    m_scroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    layout->addWidget(m_scroll, 1);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty, 1);
    m_empty->hide();

    IconProvider *icons = services->icons();
    m_exportPng = new QAction(icons->icon(QStringLiteral("save-as")), QString(), this);
    connect(m_exportPng, &QAction::triggered, this, &DiagramView::exportPngAs);
    m_exportSvg = new QAction(icons->icon(QStringLiteral("save-as")), QString(), this);
    connect(m_exportSvg, &QAction::triggered, this, &DiagramView::exportSvgAs);
    m_fit = new QAction(icons->icon(QStringLiteral("fullscreen")), QString(), this);
    m_fit->setCheckable(true);
    connect(m_fit, &QAction::toggled, this, &DiagramView::setFitToWindow);
    m_hideUnused = new QAction(icons->icon(QStringLiteral("filter")), QString(), this);
    m_hideUnused->setCheckable(true);
    connect(m_hideUnused, &QAction::toggled, m_model, &DiagramModel::setHideUnusedImages);
    m_refresh = new QAction(icons->icon(QStringLiteral("refresh")), QString(), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refresh);
    connect(m_refresh, &QAction::triggered, this, [this] {
        // The writable layers' sizes cost the engine a walk over every container: asked for
        // here, on demand, not on every event.
        EngineSession *session = this->services()->session();
        session->images()->refresh(CallContext::user());
        session->containers()->refresh();
        session->containers()->refreshSizes();
        session->volumes()->refresh(CallContext::user());
    });

    m_model->setShowInternal(Settings::showInternalObjects.get());
    m_fit->setChecked(Settings::diagramFit.get());
    m_hideUnused->setChecked(Settings::diagramInUseOnly.get());
    connect(m_fit, &QAction::toggled, this, [](bool on) { Settings::diagramFit.set(on); });
    connect(m_hideUnused, &QAction::toggled, this, [](bool on) { Settings::diagramInUseOnly.set(on); });
    connect(m_model, &DiagramModel::changed, this, &DiagramView::onModelChanged);
    connect(m_canvas, &DiagramCanvas::boxActivated, this, &DiagramView::activateBox);
    updateMetrics();

    retranslate(this, [this] {
        m_hint->setText(tr("An image is like a class, a container an instance of it: made from the image, with a "
                           "writable layer of its own. Double-click a box to open it."));
        m_exportPng->setText(tr("Export PNG…"));
        m_exportPng->setToolTip(tr("Save the diagram as a PNG picture"));
        m_exportSvg->setText(tr("Export SVG…"));
        m_exportSvg->setToolTip(tr("Save the diagram as an SVG drawing, sharp at any size"));
        m_fit->setText(tr("Fit to Window"));
        m_fit->setToolTip(tr("Shrink the diagram so that all of it shows at once"));
        m_hideUnused->setText(tr("Only Images in Use"));
        m_hideUnused->setToolTip(tr("Hide the images no container was made from"));
        m_refresh->setText(tr("Refresh"));
        m_refresh->setToolTip(tr("List everything again and measure the containers' writable layers (F5)"));
        m_model->rebuild(); // the boxes' words
    });
}

DiagramView::~DiagramView() = default;

bool DiagramView::isLoading() const
{
    return services()->engine()->isConnected() && !m_model->isLoaded();
}

QList<QAction *> DiagramView::toolBarActions() const
{
    return {m_exportPng, m_exportSvg, m_fit, m_hideUnused, m_refresh};
}

void DiagramView::setShowInternal(bool show)
{
    m_model->setShowInternal(show);
}

void DiagramView::onModelChanged()
{
    m_canvas->setScene(m_model->scene());
    const bool empty = m_model->scene().boxes.isEmpty();
    if (empty) {
        m_empty->setText(m_model->options().hideUnusedImages
                             ? tr("No container yet: run an image to see its instances here.")
                             : tr("No images yet — build a Dockerfile or pull one."));
    }
    m_empty->setVisible(empty);
    m_scroll->setVisible(!empty);
    m_exportPng->setEnabled(!empty);
    m_exportSvg->setEnabled(!empty);
    updateScale();
}

void DiagramView::setFitToWindow(bool fit)
{
    if (m_fit->isChecked() != fit)
        m_fit->setChecked(fit); // toggles back here
    else
        updateScale();
}

void DiagramView::updateScale()
{
    qreal scale = 1;
    const QSizeF size = m_model->scene().size;
    if (m_fit->isChecked() && size.width() > 0 && size.height() > 0) {
        const QSize room = m_scroll->viewport()->size();
        scale = std::min({1.0, room.width() / size.width(), room.height() / size.height()});
    }
    m_canvas->setScale(scale);
}

void DiagramView::updateMetrics()
{
    m_model->setMetrics(DiagramPainter::metricsFor(m_canvas->font()));
}

void DiagramView::changeEvent(QEvent *event)
{
    // The app's zoom reaches the view as a new font: the boxes grow with their text.
    if (event->type() == QEvent::FontChange)
        updateMetrics();
    if (event->type() == QEvent::PaletteChange)
        m_canvas->update();
    View::changeEvent(event);
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    View::resizeEvent(event);
    updateScale();
}

void DiagramView::activateBox(int index)
{
    const DiagramScene &scene = m_model->scene();
    if (index < 0 || index >= scene.boxes.size())
        return;
    const DiagramBox &box = scene.boxes.at(index);
    switch (box.kind) {
    case DiagramBox::Kind::Image: emit services()->showImageRequested(box.id); break;
    case DiagramBox::Kind::Container: emit services()->showContainerRequested(box.id); break;
    case DiagramBox::Kind::Volume: emit services()->showVolumeRequested(box.id); break;
    }
}

bool DiagramView::exportPng(const QString &path)
{
    m_lastError.clear();
    return DiagramPainter(m_canvas->palette(), m_canvas->font()).exportPng(m_model->scene(), path, &m_lastError);
}

bool DiagramView::exportSvg(const QString &path)
{
    m_lastError.clear();
    return DiagramPainter(m_canvas->palette(), m_canvas->font()).exportSvg(m_model->scene(), path, &m_lastError);
}

void DiagramView::exportPngAs()
{
    exportAs(false);
}

void DiagramView::exportSvgAs()
{
    exportAs(true);
}

void DiagramView::exportAs(bool svg)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QDir(folder).filePath(svg ? QStringLiteral("docker-diagram.svg")
                                                        : QStringLiteral("docker-diagram.png"));
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export Diagram as SVG") : tr("Export Diagram as PNG"), suggested,
        svg ? tr("SVG drawings (*.svg)") : tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (!(svg ? exportSvg(path) : exportPng(path)))
        QMessageBox::warning(this, tr("Export Failed"),
                             tr("The diagram could not be written to %1:\n%2\nNothing was changed there.")
                                 .arg(QDir::toNativeSeparators(path), m_lastError));
}

} // namespace dx
