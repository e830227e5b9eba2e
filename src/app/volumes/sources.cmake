# Files of the volumes view (paths relative to src/app).
target_sources(dxapp PRIVATE
    volumes/entrybrowser.cpp
    volumes/entrybrowser.h
    volumes/fileviewer.cpp
    volumes/fileviewer.h
    volumes/volumebrowser.cpp
    volumes/volumebrowser.h
    volumes/volumebrowserloading.cpp
    volumes/volumebrowsertransfers.cpp
    volumes/volumecreatedialog.cpp
    volumes/volumecreatedialog.h
    volumes/volumeentrydelegate.cpp
    volumes/volumeentrydelegate.h
    volumes/volumesview.cpp
    volumes/volumesview.h
    volumes/volumesviewbackup.cpp
)
dx_forms(volumes/fileviewer.cpp fileviewer)
dx_forms(volumes/volumecreatedialog.cpp volumecreatedialog)
