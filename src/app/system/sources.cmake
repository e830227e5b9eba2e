# Files of the System page (paths relative to src/app).
target_sources(dxapp PRIVATE
    system/diskusagechart.cpp
    system/diskusagechart.h
    system/systemview.cpp
    system/systemview.h
)
