#pragma once

#include "volumes/filepreview.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;

namespace dx {

// Shows a FilePreview: text in a read-only editor, images scaled to fit, binary data as a
// hex dump, with a header saying what is shown (size, encoding, "first 1 MiB of 20 MiB").
class FileViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileViewer)

public:
    explicit FileViewer(QWidget *parent = nullptr);

    void showPreview(const FilePreview &preview);
    void showMessage(const QString &text);
    void clear();
    QString path() const { return m_preview.path; }
    const FilePreview &preview() const { return m_preview; }
    QString displayedText() const;

private:
    FilePreview m_preview;
    QLabel *m_header;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QPlainTextEdit *m_text;
    QScrollArea *m_imageArea;
    QLabel *m_image;
};

} // namespace dx
