# Files of the shell: application start, main window, engine status, shared services.
target_sources(dxapp PRIVATE
    shell/application.cpp shell/application.h
    shell/appservices.cpp shell/appservices.h
    shell/commandpanel.cpp shell/commandpanel.h
    shell/connectdialog.cpp shell/connectdialog.h
    shell/docktitlebar.cpp shell/docktitlebar.h
    shell/elidedlabel.cpp shell/elidedlabel.h
    shell/enginemenu.cpp shell/enginemenu.h
    shell/enginepage.cpp shell/enginepage.h
    shell/enginestatuswidget.cpp shell/enginestatuswidget.h
    shell/iconprovider.cpp shell/iconprovider.h
    shell/language.cpp shell/language.h
    shell/mainwindow.cpp shell/mainwindow.h
    shell/presenteroverlay.cpp shell/presenteroverlay.h
    shell/screenshotstage.cpp shell/screenshotstage.h
    shell/screenshotter.cpp shell/screenshotter.h
    shell/settings.h
    shell/startupprobe.cpp shell/startupprobe.h
    shell/stackfit.cpp shell/stackfit.h
    shell/theme.cpp shell/theme.h
    shell/toolbarfitter.cpp shell/toolbarfitter.h
    shell/view.h
    shell/wrapbar.cpp shell/wrapbar.h
    shell/viewfactory.cpp shell/viewfactory.h
    shell/zoom.cpp shell/zoom.h
)
dx_forms(shell/connectdialog.cpp connectdialog)
