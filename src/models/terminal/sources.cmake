# Files of the terminal area of dxmodels: the VT emulator's screen (libvterm) and the
# interactive session in a container it shows.
target_sources(dxmodels PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/terminalscreen.cpp
    ${CMAKE_CURRENT_LIST_DIR}/terminalscreen.h
    ${CMAKE_CURRENT_LIST_DIR}/terminalsession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/terminalsession.h
)
