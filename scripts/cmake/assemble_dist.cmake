# Script mode: copies the page and the files it serves next to the built app.
# Variables: SRC (source dir), DIST, IMGUI_DIR.
file(COPY "${SRC}/web/page/" DESTINATION "${DIST}")
file(COPY "${SRC}/web/mend-book.schema.json" DESTINATION "${DIST}")
file(MAKE_DIRECTORY "${DIST}/licenses")
file(COPY_FILE /usr/share/doc/fonts-noto-core/copyright "${DIST}/licenses/noto-fonts.txt" ONLY_IF_DIFFERENT)
file(COPY_FILE "${IMGUI_DIR}/LICENSE.txt" "${DIST}/licenses/dear-imgui.txt" ONLY_IF_DIFFERENT)
