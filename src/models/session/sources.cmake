# The session of dxmodels: the typed API, the command log and the stores, created once.
target_sources(dxmodels PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/commandlogmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/commandlogmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/enginesession.cpp ${CMAKE_CURRENT_LIST_DIR}/enginesession.h
    ${CMAKE_CURRENT_LIST_DIR}/replyqueue.cpp ${CMAKE_CURRENT_LIST_DIR}/replyqueue.h
)
