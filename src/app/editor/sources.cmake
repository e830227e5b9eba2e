# Files of the editor view (paths relative to src/app).
target_sources(dxapp PRIVATE
    editor/autosave.cpp editor/autosave.h
    editor/completion.cpp editor/completion.h
    editor/dockerfiledocument.cpp editor/dockerfiledocument.h
    editor/dockerfilelexer.cpp editor/dockerfilelexer.h
    editor/editordecorator.cpp editor/editordecorator.h
    editor/editorview.cpp editor/editorview.h editor/editorviewfiles.cpp
    editor/fileio.cpp editor/fileio.h
    editor/findbar.cpp editor/findbar.h
    editor/instructionhelp.cpp editor/instructionhelp.h
    editor/messagebar.cpp editor/messagebar.h
)
dx_forms(editor/findbar.cpp findbar)
