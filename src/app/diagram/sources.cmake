# Files of the diagram view (paths relative to src/app).
target_sources(dxapp PRIVATE
    diagram/diagramcanvas.cpp
    diagram/diagramcanvas.h
    diagram/diagrampainter.cpp
    diagram/diagrampainter.h
    diagram/diagramview.cpp
    diagram/diagramview.h
)
