# mend_embed(TARGET target FILE path SYMBOL name)
# Turns a text file (a shader, a JSON rule set) into a C++ source compiled into
# TARGET, defining `extern const char name[]` (NUL-terminated) and
# `extern const std::size_t name_size` (bytes, without the NUL). The file is
# re-embedded whenever it changes.
function(mend_embed)
  cmake_parse_arguments(E "" "TARGET;FILE;SYMBOL" "" ${ARGN})
  get_filename_component(abs "${E_FILE}" ABSOLUTE BASE_DIR "${CMAKE_SOURCE_DIR}")
  set(out "${CMAKE_BINARY_DIR}/embedded/${E_SYMBOL}.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DIN=${abs} -DOUT=${out} -DSYMBOL=${E_SYMBOL}
            -P "${CMAKE_SOURCE_DIR}/scripts/cmake/embed_file.cmake"
    DEPENDS "${abs}" "${CMAKE_SOURCE_DIR}/scripts/cmake/embed_file.cmake"
    COMMENT "Embedding ${E_FILE}")
  target_sources(${E_TARGET} PRIVATE "${out}")
endfunction()
