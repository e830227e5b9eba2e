# Files of the containers view (paths relative to src/app).
target_sources(dxapp PRIVATE
    containers/containeractiondialogs.cpp
    containers/containeractiondialogs.h
    containers/containerchangeswidget.cpp
    containers/containerchangeswidget.h
    containers/containerdetailspane.cpp
    containers/containerdetailspane.h
    containers/containerfileswidget.cpp
    containers/containerfileswidget.h
    containers/containerinspectwidget.cpp
    containers/containerinspectwidget.h
    containers/containerlogswidget.cpp
    containers/containerlogswidget.h
    containers/containerprocesseswidget.cpp
    containers/containerprocesseswidget.h
    containers/containerstatedelegate.cpp
    containers/containerstatedelegate.h
    containers/containerstatswidget.cpp
    containers/containerstatswidget.h
    containers/containerterminalswidget.cpp
    containers/containerterminalswidget.h
    containers/containerstoolbar.cpp
    containers/containerstoolbar.h
    containers/containersview.cpp
    containers/containersview.h
    containers/containersviewdialogs.cpp
    containers/containersviewmore.cpp
    containers/rundialog.cpp
    containers/rundialog.h
    containers/rundialogform.cpp
)
dx_forms(containers/rundialog.cpp rundialog)
dx_forms(containers/rundialogform.cpp rundialog)
