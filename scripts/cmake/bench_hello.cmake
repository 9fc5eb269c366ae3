# The benchmark's baseline page (tests/bench/hello, measured by
# tests/bench/page.mjs): a bare Dear ImGui window through the stock GLFW and
# OpenGL3 backends, compiled and linked like the app (web.cmake's ImGui flags,
# MEND_WEB_LINK_FLAGS) so the two pages differ only by what Mend adds. Not
# part of `all`: `make bench` builds it into ${CMAKE_BINARY_DIR}/hello/.

set(MEND_HELLO_DIR "${CMAKE_BINARY_DIR}/hello")

# Its own copy of ImGui: the app's has the test-engine hooks on.
add_library(mend_hello_imgui STATIC EXCLUDE_FROM_ALL
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(mend_hello_imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends)
target_compile_definitions(mend_hello_imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_USE_WCHAR32)
target_compile_options(mend_hello_imgui PRIVATE -Os -fno-exceptions)

add_executable(mend_hello EXCLUDE_FROM_ALL ${CMAKE_SOURCE_DIR}/tests/bench/hello/hello.cpp)
set_target_properties(mend_hello PROPERTIES OUTPUT_NAME hello SUFFIX ".js"
                      RUNTIME_OUTPUT_DIRECTORY "${MEND_HELLO_DIR}")
target_link_libraries(mend_hello PRIVATE mend_hello_imgui)
target_compile_options(mend_hello PRIVATE ${MEND_WARNINGS} -fno-exceptions)
target_link_options(mend_hello PRIVATE ${MEND_WEB_LINK_FLAGS})

# The page around it, copied again whenever it changes (configure_file
# re-runs CMake when its input does).
foreach(file index.html style.css hello-page.js)
  configure_file(${CMAKE_SOURCE_DIR}/tests/bench/hello/${file} ${MEND_HELLO_DIR}/${file} COPYONLY)
endforeach()
