# Files of the images models (Widgets-free).
target_sources(dxmodels PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/imageactions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imageactions.h
    ${CMAKE_CURRENT_LIST_DIR}/imagearchivejob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imagearchivejob.h
    ${CMAKE_CURRENT_LIST_DIR}/imagefiltermodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imagefiltermodel.h
    ${CMAKE_CURRENT_LIST_DIR}/imagehistorymodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imagehistorymodel.h
    ${CMAKE_CURRENT_LIST_DIR}/imagelayersjob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imagelayersjob.h
    ${CMAKE_CURRENT_LIST_DIR}/imagelistmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imagelistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/imagestore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imagestore.h
    ${CMAKE_CURRENT_LIST_DIR}/layerfilesmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/layerfilesmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/layerscommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/layerscommand.h
    ${CMAKE_CURRENT_LIST_DIR}/pulljob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pulljob.h
    ${CMAKE_CURRENT_LIST_DIR}/pulllayersmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pulllayersmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/registrylogin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/registrylogin.h
)
