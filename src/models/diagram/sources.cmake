# Files of the image/container diagram model (Widgets-free).
target_sources(dxmodels PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/diagramlayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramlayout.h
    ${CMAKE_CURRENT_LIST_DIR}/diagrammodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagrammodel.h
)
