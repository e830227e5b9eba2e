#pragma once

#include "streams/imagelayers.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace dx {

class AppServices;
class ElidedLabel;
class ImageLayersJob;
class LayerFilesModel;

// The files of one layer of the selected image: what it added, modified and removed as a
// tree, its size and what it hides of earlier layers, and the image's wasted bytes and
// efficiency. The image's saved tar is read once per image by an ImageLayersJob (off the UI
// thread, with progress and cancel); choosing another layer only refills the tree.
class LayerFilesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerFilesPanel)

public:
    // Images up to this size are read as soon as they are shown; bigger ones when asked.
    static constexpr qint64 AutoReadBytes = qint64(500) * 1000 * 1000;

    explicit LayerFilesPanel(AppServices *services, QWidget *parent = nullptr);
    ~LayerFilesPanel() override;

    // The image shown (`id` sha256:..., `name` as the user knows it, `size` its bytes).
    // `read`: start reading now (the user looks at it); otherwise only when it is small
    // enough, or asked for.
    void setImage(const QString &id, const QString &name, qint64 size, bool userAction);
    void clearImage();
    // The image went away while it was shown (removed by another program, or here).
    void imageRemoved();
    // Shows layer `index` (RootFS order) as soon as the image's files are read.
    void showLayer(int index);
    // A history step that made no layer (ENV, CMD, ...): nothing to list.
    void showNoLayer(const QString &step);
    // Starts reading now, whatever the image's size.
    void read();
    void cancel();

    QString imageId() const { return m_id; }
    int layerIndex() const { return m_layer; }
    bool isLoading() const;
    bool isLoaded() const { return m_loaded; }
    ImageLayersReport report() const { return m_report; }
    LayerFilesModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QString messageText() const;
    QString layerText() const;
    QString summaryText() const;

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    void start(bool userAction);
    void onFinished();
    void showCurrentLayer();
    QString layerTitle(const ImageLayer &layer) const;
    void showMessage(const QString &text, bool error);
    void updateSummary();

    AppServices *m_services;
    LayerFilesModel *m_model;
    QTreeView *m_tree;
    ElidedLabel *m_layerTitle;
    ElidedLabel *m_step;
    QLabel *m_message;
    ElidedLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_readButton;
    QPointer<ImageLayersJob> m_job;
    QString m_id;
    QString m_name;
    qint64 m_size = 0;
    int m_layer = -1;
    bool m_loaded = false;
    ImageLayersReport m_report;
};

} // namespace dx
