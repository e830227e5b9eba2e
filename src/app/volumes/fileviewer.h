#pragma once

#include "volumes/filepreview.h"

#include <QWidget>

#include <memory>

namespace dx {

namespace Ui {
class FileViewer;
}

// Shows a FilePreview: text in a read-only editor, images scaled to fit, binary data as a
// hex dump, with a header saying what is shown (size, encoding, "first 1 MiB of 20 MiB").
class FileViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileViewer)

public:
    explicit FileViewer(QWidget *parent = nullptr);
    ~FileViewer() override;

    void showPreview(const FilePreview &preview);
    void showMessage(const QString &text);
    void clear();
    QString path() const { return m_preview.path; }
    const FilePreview &preview() const { return m_preview; }
    QString displayedText() const;

private:
    const std::unique_ptr<Ui::FileViewer> m_ui; // the layout: forms/fileviewer.ui
    FilePreview m_preview;
};

} // namespace dx
