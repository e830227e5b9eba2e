#include "fileviewer.h"
#include "ui_fileviewer.h"

#include "shell/zoom.h"
#include "shell/language.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>

namespace dx {

FileViewer::FileViewer(QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::FileViewer>())
{
    m_ui->setupUi(this);
    m_ui->header->setContentsMargins(4, 2, 4, 2);
    m_ui->text->setFont(Zoom::fixedFont());
    clear();
    connect(Language::instance(), &Language::changed, this, [this] {
        m_ui->retranslateUi(this);
        if (m_preview.path.isEmpty())
            clear();
    });
}

FileViewer::~FileViewer() = default;

void FileViewer::clear()
{
    m_preview = {};
    m_ui->header->clear();
    m_ui->header->hide();
    showMessage(tr("Double-click a file to see its contents."));
}

void FileViewer::showMessage(const QString &text)
{
    m_ui->empty->setText(text);
    m_ui->stack->setCurrentWidget(m_ui->empty);
}

QString FileViewer::displayedText() const
{
    return m_ui->stack->currentWidget() == m_ui->text ? m_ui->text->toPlainText() : QString();
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
    m_ui->header->setText(header);
    m_ui->header->show();

    switch (preview.kind) {
    case FilePreview::Kind::Text:
    case FilePreview::Kind::Binary: {
        // A file that grows (a container appends to it) keeps the reader's scroll position,
        // or follows the end when the reader was at the end.
        QScrollBar *bar = m_ui->text->verticalScrollBar();
        const bool atEnd = bar->value() >= bar->maximum() - 1;
        const int old = bar->value();
        m_ui->text->setPlainText(preview.text);
        if (samePath)
            bar->setValue(atEnd ? bar->maximum() : old);
        m_ui->stack->setCurrentWidget(m_ui->text);
        break;
    }
    case FilePreview::Kind::Image: {
        QPixmap pixmap = QPixmap::fromImage(preview.image);
        const QSize room = m_ui->imageArea->viewport()->size() - QSize(8, 8);
        if (pixmap.width() > room.width() || pixmap.height() > room.height())
            pixmap = pixmap.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        m_ui->image->setPixmap(pixmap);
        m_ui->stack->setCurrentWidget(m_ui->imageArea);
        break;
    }
    case FilePreview::Kind::Empty:
        showMessage(tr("The file is empty."));
        break;
    }
}

} // namespace dx
