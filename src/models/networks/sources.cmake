# Files of the networks area of dxmodels.
target_sources(dxmodels PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/networklistmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/networklistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/networkstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/networkstore.h
)
