# Files of the build view (paths relative to src/app).
target_sources(dxapp PRIVATE
    build/buildlogview.cpp build/buildlogview.h
    build/buildoptionspanel.cpp build/buildoptionspanel.h
    build/buildview.cpp build/buildview.h
    build/buildviewlayout.cpp
    build/buildviewresults.cpp
)
dx_forms(build/buildoptionspanel.cpp buildoptionspanel)
