# Files of the volumes models (Widgets-free).
target_sources(dxmodels PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/volumeentry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/volumeentry.h
    ${CMAKE_CURRENT_LIST_DIR}/volumelistmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/volumelistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/filepreview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/filepreview.h
    ${CMAKE_CURRENT_LIST_DIR}/volumefilereader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/volumefilereader.h
    ${CMAKE_CURRENT_LIST_DIR}/volumehelper.cpp
    ${CMAKE_CURRENT_LIST_DIR}/volumehelper.h
    ${CMAKE_CURRENT_LIST_DIR}/pipebodysource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pipebodysource.h
    ${CMAKE_CURRENT_LIST_DIR}/volumetransfer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/volumetransfer.h
    ${CMAKE_CURRENT_LIST_DIR}/volumetreeloader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/volumetreeloader.h
    ${CMAKE_CURRENT_LIST_DIR}/volumetreemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/volumetreemodel.h
)
