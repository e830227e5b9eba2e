# Files of the images models (Widgets-free).
target_sources(dxmodels PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/imageactions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imageactions.h
    ${CMAKE_CURRENT_LIST_DIR}/imagehistorymodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imagehistorymodel.h
    ${CMAKE_CURRENT_LIST_DIR}/imagelistmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imagelistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/imagestore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imagestore.h
)
