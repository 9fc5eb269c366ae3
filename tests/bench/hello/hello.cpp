// The benchmark's baseline page (tests/bench/page.mjs): the smallest Dear
// ImGui program a browser can show, one window saying "Hello, world!", through
// the stock GLFW and OpenGL3 backends, drawing every animation frame as the
// stock emscripten example does. Built with the app's toolchain and link
// flags (scripts/cmake/bench_hello.cmake), so Mend's figures are measured
// against what Dear ImGui itself costs on this page.
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

namespace {

GLFWwindow* window = nullptr;
int frames = 0;

void frame() {
  // The canvas fills the page (style.css); its backing store follows the
  // CSS size. Set here rather than with glfwSetWindowSize, which emscripten's
  // GLFW takes as a fullscreen request when the size is the screen's.
  double w = 0, h = 0;
  emscripten_get_element_css_size("#canvas", &w, &h);
  const double ratio = emscripten_get_device_pixel_ratio();
  const int fb_w = static_cast<int>(w * ratio), fb_h = static_cast<int>(h * ratio);
  emscripten_set_canvas_element_size("#canvas", fb_w, fb_h);

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
  io.DisplayFramebufferScale = ImVec2(static_cast<float>(ratio), static_cast<float>(ratio));
  ImGui::NewFrame();
  // A size of its own: a window ImGui sizes to fit is hidden on its first
  // frame, and the first frame drawn is what start-up is timed to.
  ImGui::SetNextWindowPos(ImVec2(40, 40), ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(ImVec2(320, 120), ImGuiCond_FirstUseEver);
  ImGui::Begin("Hello");
  ImGui::TextUnformatted("Hello, world!");
  ImGui::End();
  ImGui::Render();

  glViewport(0, 0, fb_w, fb_h);
  glClearColor(0.45f, 0.55f, 0.60f, 1.00f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  ++frames;
}

}  // namespace

// Frames drawn so far, for the benchmark (Module._hello_frames()).
extern "C" EMSCRIPTEN_KEEPALIVE int hello_frames() {
  return frames;
}

int main() {
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  window = glfwCreateWindow(640, 480, "Hello", nullptr, nullptr);
  if (!window) return 1;
  glfwMakeContextCurrent(window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui::StyleColorsDark();
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  // 0 fps = every animation frame of the browser.
  emscripten_set_main_loop(frame, 0, true);
  return 0;
}
