# Files of the containers area of dxmodels.
target_sources(dxmodels PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/containeractions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/containeractions.h
    ${CMAKE_CURRENT_LIST_DIR}/commitspec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/commitspec.h
    ${CMAKE_CURRENT_LIST_DIR}/containerchangesmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/containerchangesmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/containerfiltermodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/containerfiltermodel.h
    ${CMAKE_CURRENT_LIST_DIR}/containerlistmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/containerlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/containerrecreator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/containerrecreator.h
    ${CMAKE_CURRENT_LIST_DIR}/containerrunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/containerrunner.h
    ${CMAKE_CURRENT_LIST_DIR}/containerstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/containerstore.h
    ${CMAKE_CURRENT_LIST_DIR}/logmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/processlistmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/processlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/runspec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/runspec.h
    ${CMAKE_CURRENT_LIST_DIR}/runspecchecks.cpp
)
