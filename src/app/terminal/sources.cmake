# Files of the terminal widgets (paths relative to src/app): the emulator's view and one
# terminal page (screen, view and session).
target_sources(dxapp PRIVATE
    terminal/terminalpage.cpp
    terminal/terminalpage.h
    terminal/terminalview.cpp
    terminal/terminalview.h
)
