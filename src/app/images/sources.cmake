# Files of the images view (paths relative to src/app).
target_sources(dxapp PRIVATE
    images/imagesview.cpp
    images/imagesview.h
    images/imagesviewarchive.cpp
    images/layerfilespanel.cpp
    images/layerfilespanel.h
    images/pulldialog.cpp
    images/pulldialog.h
    images/registrydialog.cpp
    images/registrydialog.h
)
dx_forms(images/pulldialog.cpp pulldialog)
dx_forms(images/registrydialog.cpp registrydialog)
