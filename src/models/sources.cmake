# Files of dxmodels (paths relative to src/models). One file per area, so areas grow independently.
include(${CMAKE_CURRENT_LIST_DIR}/session/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/networks/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/containers/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/images/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/volumes/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/build/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/terminal/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/diagram/sources.cmake)
