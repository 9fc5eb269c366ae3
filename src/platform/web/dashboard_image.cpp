// "Save as image" (issue 9): the dashboard drawn once more, off screen, at
// the height of all its content — not only what the window shows — into a
// framebuffer of its own, read back and handed to the page as a PNG download
// (web/lib/lib_files.js encodes it with the browser's own PNG encoder). The
// frame on screen is untouched: the next frame is drawn as usual.
#include <GLES3/gl3.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <variant>
#include <vector>

#include "platform/web/files.hpp"
#include "platform/web/runtime.hpp"
#include "platform/web/widget_registry.hpp"
#include "ui/keyboard_focus.hpp"

extern "C" {
// Offers width x height RGBA pixels (rows top first) as mend-dashboard-YYYY-MM-DD.png.
void mend_files_download_png(const unsigned char* pixels, int width, int height);
}

namespace mend::web {
namespace {

// Draws the app at `height` (ImGui's units: CSS pixels / text size) into a new framebuffer and
// returns its pixels, rows top first; an error text when it cannot.
std::string draw_tall_frame(Runtime& rt, float height, std::vector<unsigned char>& pixels,
                            int& width_px, int& height_px) {
  GLint max_size = 0;
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_size);
  const float css_width = css_to_ui(rt, static_cast<float>(rt.css_width));
  // The screen's sharpness where it fits, less where the dashboard is very tall.
  const float scale =
      std::min({static_cast<float>(rt.pixel_ratio) * rt.ui_scale,
                static_cast<float>(max_size) / height, static_cast<float>(max_size) / css_width});
  width_px = static_cast<int>(css_width * scale);
  height_px = static_cast<int>(height * scale);
  if (width_px <= 0 || height_px <= 0) return "the page has no size";

  GLuint fbo = 0, colour = 0;
  glGenFramebuffers(1, &fbo);
  glGenRenderbuffers(1, &colour);
  glBindRenderbuffer(GL_RENDERBUFFER, colour);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width_px, height_px);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour);
  std::string why;
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
    why = "the browser could not make an image that large";
  } else {
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 size = io.DisplaySize, scale_was = io.DisplayFramebufferScale;
    const ImVec2 mouse = io.MousePos;
    io.DisplaySize = ImVec2(css_width, height);
    io.DisplayFramebufferScale = ImVec2(scale, scale);
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // no hover highlight in the picture
    app::Requests ignored;                     // the picture's frame asks nothing of the app
    widgets::begin_frame();
    ImGui::NewFrame();
    rt.shell.draw(rt.app.state(), ignored);
    ImGui::Render();
    glClearColor(0.97f, 0.97f, 0.96f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    rt.renderer.render(ImGui::GetDrawData());
    widgets::end_frame();
    pixels.resize(static_cast<std::size_t>(width_px) * static_cast<std::size_t>(height_px) * 4);
    glReadPixels(0, 0, width_px, height_px, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    io.DisplaySize = size;
    io.DisplayFramebufferScale = scale_was;
    io.MousePos = mouse;
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glDeleteRenderbuffers(1, &colour);
  glDeleteFramebuffers(1, &fbo);
  if (!why.empty()) return why;
  // GL's rows start at the bottom; a PNG's at the top.
  const std::size_t row = static_cast<std::size_t>(width_px) * 4;
  std::vector<unsigned char> swap(row);
  for (int y = 0; y < height_px / 2; ++y) {
    unsigned char* a = pixels.data() + static_cast<std::size_t>(y) * row;
    unsigned char* b = pixels.data() + static_cast<std::size_t>(height_px - 1 - y) * row;
    std::memcpy(swap.data(), a, row);
    std::memcpy(a, b, row);
    std::memcpy(b, swap.data(), row);
  }
  return {};
}

// The height that shows the whole dashboard: the main window's content as
// laid out in the frame just drawn, below the menu bar.
float full_height(const Runtime& rt) {
  const ImGuiWindow* host = ImGui::FindWindowByName(ui::kHostWindow);
  const float top = ImGui::GetMainViewport()->WorkPos.y;
  const float content = host ? host->ContentSize.y + host->WindowPadding.y * 2 : 0;
  return std::max(css_to_ui(rt, static_cast<float>(rt.css_height)), top + content);
}

}  // namespace

void follow_image_outcomes(Runtime& rt) {
  for (const app::AppOutcome& outcome : rt.app.state().outcomes) {
    if (!std::holds_alternative<app::DashboardImageWanted>(outcome)) continue;
    std::vector<unsigned char> pixels;
    int width = 0, height = 0;
    std::string why = draw_tall_frame(rt, full_height(rt), pixels, width, height);
    if (why.empty()) mend_files_download_png(pixels.data(), width, height);
    rt.requests.push(app::RequestDashboardImageDone{std::move(why)});
    request_frames();
    return;
  }
}

}  // namespace mend::web
