# Files of the buildctx area of dxcore.
target_sources(dxcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ignorepattern.h
    ${CMAKE_CURRENT_LIST_DIR}/ignorepattern.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dockerignore.h
    ${CMAKE_CURRENT_LIST_DIR}/dockerignore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secretdetector.h
    ${CMAKE_CURRENT_LIST_DIR}/secretdetector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/buildcontext.h
    ${CMAKE_CURRENT_LIST_DIR}/buildcontext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/buildrecord.h
    ${CMAKE_CURRENT_LIST_DIR}/buildrecord.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contexttarwriter.h
    ${CMAKE_CURRENT_LIST_DIR}/contexttarwriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contextcommand.h
    ${CMAKE_CURRENT_LIST_DIR}/contextcommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/protoreader.h
    ${CMAKE_CURRENT_LIST_DIR}/protoreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/buildkittrace.h
    ${CMAKE_CURRENT_LIST_DIR}/buildkittrace.cpp
    ${CMAKE_CURRENT_LIST_DIR}/buildevent.h
    ${CMAKE_CURRENT_LIST_DIR}/progressvertex.h
    ${CMAKE_CURRENT_LIST_DIR}/progressvertex.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plainprogressprinter.h
    ${CMAKE_CURRENT_LIST_DIR}/plainprogressprinter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/buildstream.h
    ${CMAKE_CURRENT_LIST_DIR}/buildstream.cpp
)
