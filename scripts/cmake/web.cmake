# The web app (em++ only): Dear ImGui from Debian's source package, the app,
# its shaders and the page. Output goes to ${MEND_DIST} (dist/ by default).

set(MEND_DIST "${CMAKE_SOURCE_DIR}/dist" CACHE PATH "Where the web app is assembled")
set(IMGUI_DIR "${MEND_THIRD_PARTY}/imgui")
if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui sources not found in ${IMGUI_DIR}: run scripts/install-deps.sh")
endif()

# Dear ImGui, compiled once per build folder. The test-engine hooks are on so
# the app can publish every widget's rectangle to browser tests.
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/misc/cpp)
target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_USE_WCHAR32)
target_compile_options(imgui PRIVATE -Os -fno-exceptions)

# Views see ImGui and the app, not the browser; platform/web sees everything.
file(GLOB_RECURSE MEND_UI_SOURCES CONFIGURE_DEPENDS src/ui/*.cpp)
file(GLOB_RECURSE MEND_WEB_SOURCES CONFIGURE_DEPENDS src/platform/web/*.cpp)
add_executable(mend_web ${MEND_UI_SOURCES} ${MEND_WEB_SOURCES})
set_target_properties(mend_web PROPERTIES OUTPUT_NAME mend SUFFIX ".js"
                      RUNTIME_OUTPUT_DIRECTORY "${MEND_DIST}")
target_link_libraries(mend_web PRIVATE mend_app mend_core imgui)
target_compile_options(mend_web PRIVATE ${MEND_WARNINGS} -fno-exceptions)
# Size against speed, measured by `make bench` (README, Performance): the
# download is mostly code, so the release page is built for size, except the
# code a 100,000-case book runs through when it is opened, imported and
# listed (the store's records, the model, the importer, the queue's order),
# built for speed: -O3 there opens such a book 1.6x as fast as -Oz.
set(MEND_WEB_SIZE_OPT "-Os" CACHE STRING "Optimisation of the release page's code and link")
set(MEND_WEB_SPEED_OPT "-O3" CACHE STRING "Optimisation of its hot code")
foreach(target mend_core mend_app mend_web)
  target_compile_options(${target} PRIVATE "$<$<CONFIG:Release>:${MEND_WEB_SIZE_OPT}>")
endforeach()
file(GLOB MEND_WEB_HOT_SOURCES CONFIGURE_DEPENDS src/core/store/*.cpp src/core/bytes/*.cpp
     src/core/model/*.cpp src/core/case/*.cpp src/core/json/*.cpp src/app/derived/*.cpp)
set_source_files_properties(${MEND_WEB_HOT_SOURCES} PROPERTIES
                            COMPILE_OPTIONS "$<$<CONFIG:Release>:${MEND_WEB_SPEED_OPT}>")
target_compile_definitions(mend_web PRIVATE MEND_VERSION="${PROJECT_VERSION}")

# Shaders are files, embedded at build time.
mend_embed(TARGET mend_web FILE shaders/imgui.vert SYMBOL mend_shader_imgui_vert)
mend_embed(TARGET mend_web FILE shaders/imgui.frag SYMBOL mend_shader_imgui_frag)

# Noto Sans cut down to the characters the app draws (Latin, Latin-1,
# Latin Extended-A, punctuation, currency: the same ranges as ui/theme.cpp):
# 2 x 30 KB instead of 2 x 510 KB for a tablet to download.
set(MEND_FONT_DIR "${CMAKE_BINARY_DIR}/fonts")
set(MEND_FONT_RANGES "U+0020-017F,U+2000-206F,U+20A0-20CF")
set(MEND_FONTS "")
foreach(face Regular Bold)
  set(out "${MEND_FONT_DIR}/NotoSans-${face}.ttf")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${MEND_FONT_DIR}"
    COMMAND /usr/bin/python3 -m fontTools.subset /usr/share/fonts/truetype/noto/NotoSans-${face}.ttf
            --unicodes=${MEND_FONT_RANGES} --layout-features= --no-hinting --output-file=${out}
    DEPENDS /usr/share/fonts/truetype/noto/NotoSans-${face}.ttf
    COMMENT "Subsetting Noto Sans ${face}")
  list(APPEND MEND_FONTS "${out}")
endforeach()
add_custom_target(mend_fonts DEPENDS ${MEND_FONTS})
add_dependencies(mend_web mend_fonts)
set_property(TARGET mend_web APPEND PROPERTY LINK_DEPENDS ${MEND_FONTS})
# The page's JS libraries, one per job (web/lib/): every file there is linked.
file(GLOB MEND_JS_LIBS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/lib/*.js)
# The page's link flags, shared with the benchmark's bare ImGui page
# (tests/bench/hello) so the two are built alike.
set(MEND_WEB_LINK_FLAGS
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=64MB -sTOTAL_STACK=2MB
  -sDYNAMIC_EXECUTION=0 -sENVIRONMENT=web -sMODULARIZE=0 -sEXIT_RUNTIME=0
  -fno-exceptions "$<$<CONFIG:Release>:${MEND_WEB_SIZE_OPT}>")
target_link_options(mend_web PRIVATE ${MEND_WEB_LINK_FLAGS}
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  # SHELL: keeps CMake from merging the repeated --preload-file flags.
  "SHELL:--preload-file ${MEND_FONT_DIR}/NotoSans-Regular.ttf@/fonts/NotoSans-Regular.ttf"
  "SHELL:--preload-file ${MEND_FONT_DIR}/NotoSans-Bold.ttf@/fonts/NotoSans-Bold.ttf")
foreach(lib ${MEND_JS_LIBS})
  target_link_options(mend_web PRIVATE "SHELL:--js-library ${lib}")
endforeach()
set_property(TARGET mend_web APPEND PROPERTY LINK_DEPENDS ${MEND_JS_LIBS})

# The page around the app and the service worker listing both, on every
# build: a target of its own, not a post-link step, so a change to the page
# alone (web/page, web/sw.js) reaches dist/ too. `make web` builds this.
add_custom_target(mend_dist ALL
  COMMAND ${CMAKE_COMMAND} -DSRC=${CMAKE_SOURCE_DIR} -DDIST=${MEND_DIST} -DIMGUI_DIR=${IMGUI_DIR}
          -P ${CMAKE_SOURCE_DIR}/scripts/cmake/assemble_dist.cmake
  COMMENT "Assembling ${MEND_DIST}")
add_dependencies(mend_dist mend_web)
