# Script mode: copies the page and the files it serves next to the built app.
# Variables: SRC (source dir), DIST, IMGUI_DIR.
file(COPY "${SRC}/web/page/" DESTINATION "${DIST}")
file(COPY "${SRC}/web/mend-book.schema.json" DESTINATION "${DIST}")
file(MAKE_DIRECTORY "${DIST}/licenses")
file(COPY_FILE /usr/share/doc/fonts-noto-core/copyright "${DIST}/licenses/noto-fonts.txt" ONLY_IF_DIFFERENT)
file(COPY_FILE "${IMGUI_DIR}/LICENSE.txt" "${DIST}/licenses/dear-imgui.txt" ONLY_IF_DIFFERENT)

# The service worker: this build's files and a version hashed from their
# bytes, so a new build is a new worker with its own cache (web/sw.js).
set(precache index.html boot.js style.css icon.svg manifest.webmanifest
    icons/icon-192.png icons/icon-512.png icons/maskable-512.png icons/apple-touch-icon.png
    mend.js mend.wasm mend.data mend-book.schema.json)
set(hashes "")
set(files_json "")
foreach(file ${precache})
  if(NOT EXISTS "${DIST}/${file}")
    message(FATAL_ERROR "assemble_dist: ${DIST}/${file} is missing; the service worker needs it")
  endif()
  file(SHA256 "${DIST}/${file}" hash)
  string(APPEND hashes "${file}:${hash}\n")
  if(files_json)
    string(APPEND files_json ", ")
  endif()
  string(APPEND files_json "\"${file}\"")
endforeach()
string(SHA256 version "${hashes}")
string(SUBSTRING "${version}" 0 16 MEND_VERSION)
set(MEND_FILES "[${files_json}]")
configure_file("${SRC}/web/sw.js" "${DIST}/sw.js" @ONLY)
