# Script mode helper of mend_embed(): IN -> OUT as a byte array.
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
# char(0xNN): bytes >= 0x80 would be narrowing conversions in a char array.
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "char(0x\\1)," bytes "${hex}")
string(REGEX REPLACE "((char\\(0x[0-9a-f][0-9a-f]\\),){12})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUT}" "// Generated from ${IN} by scripts/cmake/embed_file.cmake. Do not edit.\n#include <cstddef>\nextern const char ${SYMBOL}[];\nextern const std::size_t ${SYMBOL}_size;\nconst char ${SYMBOL}[] = {\n${bytes}0x00};\nconst std::size_t ${SYMBOL}_size = ${size};\n")
