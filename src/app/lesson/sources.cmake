# Files of the lesson panel (paths relative to src/app).
target_sources(dxapp PRIVATE
    lesson/lessonadvice.cpp
    lesson/lessonadvice.h
    lesson/lessonbutton.cpp
    lesson/lessonbutton.h
    lesson/lessoncommandbox.cpp
    lesson/lessoncommandbox.h
    lesson/lessonpanel.cpp
    lesson/lessonpanel.h
    lesson/lessonpanelactions.cpp
    lesson/lessonpanelbaseimage.cpp
    lesson/lessonprogress.cpp
    lesson/lessonprogress.h
    lesson/lessonsteps.cpp
    lesson/lessonsteps.h
)
# The demo project is found in the source tree when running from a build directory, and
# next to the binary once installed.
set_property(SOURCE lesson/lessonsteps.cpp APPEND PROPERTY
    COMPILE_DEFINITIONS DX_SOURCE_EXAMPLES_DIR="${PROJECT_SOURCE_DIR}/resources/examples")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/examples/ DESTINATION share/docker-explorer/examples)
