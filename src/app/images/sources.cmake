# Files of the images view (paths relative to src/app).
target_sources(dxapp PRIVATE
    images/imagesview.cpp
    images/imagesview.h
)
