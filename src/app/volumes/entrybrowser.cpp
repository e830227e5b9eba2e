#include "entrybrowser.h"

#include "fileviewer.h"
#include "volumeentrydelegate.h"
#include "volumes/volumetreemodel.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QTreeView>

namespace dx::EntryBrowser {

QSplitter *treeBesideViewer(QTreeView *tree, VolumeTreeModel *model, FileViewer *viewer, IconProvider *icons,
                            QWidget *parent)
{
    tree->setModel(model);
    tree->setItemDelegate(new VolumeEntryDelegate(icons, tree));
    tree->setUniformRowHeights(true);
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    tree->header()->setStretchLastSection(true);
    const QFontMetrics metrics = tree->fontMetrics();
    tree->setColumnWidth(VolumeTreeModel::NameColumn, metrics.horizontalAdvance(QLatin1Char('M')) * 16);
    tree->setColumnWidth(VolumeTreeModel::SizeColumn, metrics.horizontalAdvance(QLatin1Char('0')) * 10);
    tree->setColumnWidth(VolumeTreeModel::ModeColumn, metrics.horizontalAdvance(QLatin1Char('w')) * 11);
    tree->setColumnWidth(VolumeTreeModel::ModifiedColumn, metrics.horizontalAdvance(QLatin1Char('0')) * 18);

    auto *splitter = new QSplitter(Qt::Horizontal, parent);
    splitter->addWidget(tree);
    splitter->addWidget(viewer);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

QHBoxLayout *statusRow(QLabel *status, QProgressBar *progress)
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(4, 0, 4, 2);
    status->setWordWrap(true);
    status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(status, 1);
    progress->setMaximumWidth(progress->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    progress->hide();
    row->addWidget(progress);
    return row;
}

void showStatus(QLabel *status, const QString &text, bool error)
{
    status->setText(text);
    status->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

bool confirmOverwrite(QWidget *parent, const QStringList &names)
{
    return QMessageBox::question(parent, QCoreApplication::translate("dx::EntryBrowser", "Overwrite?"),
                                 QCoreApplication::translate("dx::EntryBrowser",
                                                             "These already exist and would be overwritten:\n%1\n\n"
                                                             "Overwrite them?")
                                     .arg(names.join(QLatin1Char('\n'))))
        == QMessageBox::Yes;
}

} // namespace dx::EntryBrowser
