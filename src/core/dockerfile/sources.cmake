# Files of the dockerfile area of dxcore: BuildKit-compatible parser, linter, lint command.
target_sources(dxcore PRIVATE
    dockerfile/dockerfilelinter.cpp dockerfile/dockerfilelinter.h
    dockerfile/dockerfileparser.cpp dockerfile/dockerfileparser.h
    dockerfile/editorsnapshot.cpp dockerfile/editorsnapshot.h
    dockerfile/gosyntax.cpp dockerfile/gosyntax_p.h
    dockerfile/heredocs.cpp dockerfile/heredocs_p.h
    dockerfile/instructiondump.cpp
    dockerfile/jsonarray.cpp dockerfile/jsonarray_p.h
    dockerfile/lineparsers.cpp dockerfile/lineparsers_p.h
    dockerfile/lintcommand.cpp dockerfile/lintcommand.h
    dockerfile/lintcontext.cpp dockerfile/lintcontext_p.h
    dockerfile/lintrules_basic.cpp
    dockerfile/lintrules_buildkit.cpp
    dockerfile/lintrules_hadolint.cpp
    dockerfile/lintrules_variables.cpp
    dockerfile/lintruletable.cpp dockerfile/lintruletable_p.h
    dockerfile/shellcommands.cpp dockerfile/shellcommands_p.h
)
