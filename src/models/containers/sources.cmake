# Files of the containers area of dxmodels.
target_sources(dxmodels PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/containeractions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/containeractions.h
    ${CMAKE_CURRENT_LIST_DIR}/containerchangesmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/containerchangesmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/containerfiltermodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/containerfiltermodel.h
    ${CMAKE_CURRENT_LIST_DIR}/containerlistmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/containerlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/containerrunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/containerrunner.h
    ${CMAKE_CURRENT_LIST_DIR}/containerstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/containerstore.h
    ${CMAKE_CURRENT_LIST_DIR}/logmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/runspec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/runspec.h
    ${CMAKE_CURRENT_LIST_DIR}/runspecchecks.cpp
)
