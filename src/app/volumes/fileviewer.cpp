#include "fileviewer.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace dx {

FileViewer::FileViewer(QWidget *parent)
    : QWidget(parent),
      m_header(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)),
      m_text(new QPlainTextEdit(this)),
      m_imageArea(new QScrollArea(this)),
      m_image(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_imageArea);
    clear();
}

void FileViewer::clear()
{
    m_preview = {};
    m_header->clear();
    m_header->hide();
    showMessage(tr("Double-click a file to see its contents."));
}

void FileViewer::showMessage(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

QString FileViewer::displayedText() const
{
    return m_stack->currentWidget() == m_text ? m_text->toPlainText() : QString();
}

void FileViewer::showPreview(const FilePreview &preview)
{
    const bool samePath = preview.path == m_preview.path;
    m_preview = preview;
    const QLocale locale;
    QString what;
    switch (preview.kind) {
    case FilePreview::Kind::Text: what = tr("Text, %1").arg(preview.encoding); break;
    case FilePreview::Kind::Image:
        what = tr("Image, %1 × %2 pixels").arg(preview.image.width()).arg(preview.image.height());
        break;
    case FilePreview::Kind::Binary: what = tr("Binary data (hex dump)"); break;
    case FilePreview::Kind::Empty: what = tr("Empty file"); break;
    }
    QString header = tr("<b>%1</b> · %2 · %3").arg(preview.path.toHtmlEscaped(),
                                                   locale.formattedDataSize(preview.totalSize), what);
    if (preview.isTruncated())
        header += QLatin1String(" · ")
                + tr("showing the first %1 of %2").arg(locale.formattedDataSize(preview.loadedBytes),
                                                       locale.formattedDataSize(preview.totalSize));
    m_header->setText(header);
    m_header->show();

    switch (preview.kind) {
    case FilePreview::Kind::Text:
    case FilePreview::Kind::Binary: {
        // A file that grows (a container appends to it) keeps the reader's scroll position,
        // or follows the end when the reader was at the end.
        QScrollBar *bar = m_text->verticalScrollBar();
        const bool atEnd = bar->value() >= bar->maximum() - 1;
        const int old = bar->value();
        m_text->setPlainText(preview.text);
        if (samePath)
            bar->setValue(atEnd ? bar->maximum() : old);
        m_stack->setCurrentWidget(m_text);
        break;
    }
    case FilePreview::Kind::Image: {
        QPixmap pixmap = QPixmap::fromImage(preview.image);
        const QSize room = m_imageArea->viewport()->size() - QSize(8, 8);
        if (pixmap.width() > room.width() || pixmap.height() > room.height())
            pixmap = pixmap.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        m_image->setPixmap(pixmap);
        m_stack->setCurrentWidget(m_imageArea);
        break;
    }
    case FilePreview::Kind::Empty:
        showMessage(tr("The file is empty."));
        break;
    }
}

} // namespace dx
