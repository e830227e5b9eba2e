# Files of the recipe view (paths relative to src/app).
target_sources(dxapp PRIVATE
    recipe/instructionform.cpp recipe/instructionform.h
    recipe/instructionforms.cpp recipe/instructionforms_p.h
    recipe/instructionwriter.cpp recipe/instructionwriter.h
    recipe/recipedelegate.cpp recipe/recipedelegate.h
    recipe/recipemodel.cpp recipe/recipemodel.h
    recipe/recipeview.cpp recipe/recipeview.h
)
dx_forms(recipe/instructionforms.cpp copyform fromform runform)
