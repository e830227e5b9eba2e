# Files of the streams area of dxcore.
target_sources(dxcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/archiveinput.cpp
    ${CMAKE_CURRENT_LIST_DIR}/archiveinput.h
    ${CMAKE_CURRENT_LIST_DIR}/archivepath.cpp
    ${CMAKE_CURRENT_LIST_DIR}/archivepath.h
    ${CMAKE_CURRENT_LIST_DIR}/chunkqueue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chunkqueue.h
    ${CMAKE_CURRENT_LIST_DIR}/containerpathstat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/containerpathstat.h
    ${CMAKE_CURRENT_LIST_DIR}/containerstats.cpp
    ${CMAKE_CURRENT_LIST_DIR}/containerstats.h
    ${CMAKE_CURRENT_LIST_DIR}/diskpath.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diskpath.h
    ${CMAKE_CURRENT_LIST_DIR}/jsonlinessplitter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/jsonlinessplitter.h
    ${CMAKE_CURRENT_LIST_DIR}/logdemuxer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logdemuxer.h
    ${CMAKE_CURRENT_LIST_DIR}/safeextractor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/safeextractor.h
    ${CMAKE_CURRENT_LIST_DIR}/tarbuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tarbuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/tarentryreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tarentryreader.h
    ${CMAKE_CURRENT_LIST_DIR}/tarlisting.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tarlisting.h
)
