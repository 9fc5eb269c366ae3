// The app's own WebGL2 renderer for Dear ImGui draw data (replaces
// imgui_impl_opengl3: smaller, no GL loader, shaders from shaders/).
#pragma once
#include <imgui.h>

namespace mend::web {

class Renderer {
 public:
  // Compiles the shaders and creates buffers; false (with a reason) on failure.
  // The font atlas is uploaded separately (upload_font_atlas).
  bool init(const char** failure_reason);
  // Uploads the font atlas (again) after the fonts change, e.g. on a DPI change.
  void upload_font_atlas();
  // Draws one frame of ImGui output into the current framebuffer.
  void render(const ImDrawData* draw_data);
  // Drops GL objects after the context was lost; init() again when restored.
  void forget_gl_objects();

 private:
  unsigned program_ = 0, vao_ = 0, vbo_ = 0, ebo_ = 0, font_texture_ = 0;
  int u_projection_ = -1, u_texture_ = -1;
};

}  // namespace mend::web
