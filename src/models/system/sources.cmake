# Files of the System page's models (Widgets-free): disk usage, engine facts, prune previews.
target_sources(dxmodels PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/diskusagemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diskusagemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/pruneplan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pruneplan.h
    ${CMAKE_CURRENT_LIST_DIR}/systemoverview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/systemoverview.h
)
