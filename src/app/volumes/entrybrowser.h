#pragma once

#include <QStringList>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QSplitter;
class QTreeView;
class QWidget;

namespace dx {

class FileViewer;
class IconProvider;
class VolumeTreeModel;

// What the volume browser and the containers' Files tab build alike: the entry tree beside
// the file viewer, the status line with its progress bar, the question before overwriting.
namespace EntryBrowser {

// Puts `tree` (showing `model`, with folder/file icons, its actions as the context menu) and
// `viewer` side by side in a new splitter, the tree wider.
QSplitter *treeBesideViewer(QTreeView *tree, VolumeTreeModel *model, FileViewer *viewer, IconProvider *icons,
                            QWidget *parent);

// The status text (selectable, wrapped) with the transfer's progress bar, hidden until used.
QHBoxLayout *statusRow(QLabel *status, QProgressBar *progress);
void showStatus(QLabel *status, const QString &text, bool error);

// Asks before `names` are overwritten: true if the user said yes.
bool confirmOverwrite(QWidget *parent, const QStringList &names);

} // namespace EntryBrowser

} // namespace dx
