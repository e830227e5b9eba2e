# Widgets-free parts of the build view (paths relative to src/models).
target_sources(dxmodels PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/buildlogmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/buildlogmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/buildstepmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/buildstepmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/buildcompactmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/buildcompactmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/tarbodysource.cpp ${CMAKE_CURRENT_LIST_DIR}/tarbodysource.h
    ${CMAKE_CURRENT_LIST_DIR}/buildoptions.cpp ${CMAKE_CURRENT_LIST_DIR}/buildoptions.h
    ${CMAKE_CURRENT_LIST_DIR}/buildrunner.cpp ${CMAKE_CURRENT_LIST_DIR}/buildrunner.h
    ${CMAKE_CURRENT_LIST_DIR}/buildstreamworker.cpp ${CMAKE_CURRENT_LIST_DIR}/buildstreamworker.h
    ${CMAKE_CURRENT_LIST_DIR}/buildhistorymodel.cpp ${CMAKE_CURRENT_LIST_DIR}/buildhistorymodel.h
    ${CMAKE_CURRENT_LIST_DIR}/layermapper.cpp ${CMAKE_CURRENT_LIST_DIR}/layermapper.h
    ${CMAKE_CURRENT_LIST_DIR}/layermapfetcher.cpp ${CMAKE_CURRENT_LIST_DIR}/layermapfetcher.h
)
