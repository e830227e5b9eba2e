# Files of dxmodels (paths relative to src/models). One file per area, so areas grow independently.
foreach(area session networks containers images volumes build)
    if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/${area}/sources.cmake)
        include(${CMAKE_CURRENT_LIST_DIR}/${area}/sources.cmake)
    endif()
endforeach()
