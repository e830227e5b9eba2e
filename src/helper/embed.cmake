# Writes the bytes of IN as a C++ array (dx_volume_lister, dx_volume_lister_size) into OUT.
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" digits)
math(EXPR size "${digits} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
# A line break every 32 bytes keeps the file readable for editors and diff tools.
string(REGEX REPLACE "((0x..,){32})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUT}.tmp"
    "// Generated from ${IN} by embed.cmake: do not edit.\n"
    "#include <cstddef>\n"
    "extern \"C\" {\n"
    "extern const unsigned char dx_volume_lister[];\n"
    "extern const std::size_t dx_volume_lister_size;\n"
    "const unsigned char dx_volume_lister[] = {\n${bytes}0};\n"
    "const std::size_t dx_volume_lister_size = ${size};\n"
    "}\n")
file(RENAME "${OUT}.tmp" "${OUT}")
