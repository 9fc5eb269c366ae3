#include "platform/web/renderer.hpp"

#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern const char mend_shader_imgui_vert[];
extern const char mend_shader_imgui_frag[];

namespace mend::web {
namespace {

GLuint compile(GLenum type, const char* source, const char** failure) {
  GLuint shader = glCreateShader(type);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    static char log[512];
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    std::fprintf(stderr, "shader compile failed: %s\n", log);
    *failure = type == GL_VERTEX_SHADER ? "the vertex shader did not compile"
                                        : "the fragment shader did not compile";
    glDeleteShader(shader);
    return 0;
  }
  return shader;
}

}  // namespace

bool Renderer::init(const char** failure) {
  GLuint vs = compile(GL_VERTEX_SHADER, mend_shader_imgui_vert, failure);
  GLuint fs = vs ? compile(GL_FRAGMENT_SHADER, mend_shader_imgui_frag, failure) : 0;
  if (!vs || !fs) return false;
  program_ = glCreateProgram();
  glAttachShader(program_, vs);
  glAttachShader(program_, fs);
  glLinkProgram(program_);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint linked = 0;
  glGetProgramiv(program_, GL_LINK_STATUS, &linked);
  if (!linked) {
    *failure = "the shader program did not link";
    return false;
  }
  u_projection_ = glGetUniformLocation(program_, "u_projection");
  u_texture_ = glGetUniformLocation(program_, "u_texture");

  glGenVertexArrays(1, &vao_);
  glGenBuffers(1, &vbo_);
  glGenBuffers(1, &ebo_);
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ebo_);
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  const auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                        reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
  glBindVertexArray(0);
  return true;
}

void Renderer::upload_font_atlas() {
  ImGuiIO& io = ImGui::GetIO();
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  // Alpha-only would be smaller, but RGBA keeps the shader a single multiply.
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  if (font_texture_ == 0) glGenTextures(1, &font_texture_);
  glBindTexture(GL_TEXTURE_2D, font_texture_);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(font_texture_)));
  // The CPU copy is no longer needed once the GPU has it.
  io.Fonts->ClearTexData();
}

// Not const: it draws through, and refills, the renderer's own GL buffers.
// NOLINTNEXTLINE(readability-make-member-function-const)
void Renderer::render(const ImDrawData* draw) {
  const float scale_x = draw->FramebufferScale.x, scale_y = draw->FramebufferScale.y;
  const int fb_width = static_cast<int>(draw->DisplaySize.x * scale_x);
  const int fb_height = static_cast<int>(draw->DisplaySize.y * scale_y);
  if (fb_width <= 0 || fb_height <= 0) return;

  glViewport(0, 0, fb_width, fb_height);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glEnable(GL_SCISSOR_TEST);

  // Orthographic projection of the ImGui display rectangle (CSS pixels).
  const float l = draw->DisplayPos.x, r = l + draw->DisplaySize.x;
  const float t = draw->DisplayPos.y, b = t + draw->DisplaySize.y;
  const float projection[16] = {
      2.0f / (r - l),    0, 0, 0, 0, 2.0f / (t - b), 0, 0, 0, 0, -1, 0, (r + l) / (l - r),
      (t + b) / (b - t), 0, 1};
  glUseProgram(program_);
  glUniform1i(u_texture_, 0);
  glUniformMatrix4fv(u_projection_, 1, GL_FALSE, projection);
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ebo_);

  for (int n = 0; n < draw->CmdListsCount; ++n) {
    const ImDrawList* list = draw->CmdLists[n];
    glBufferData(GL_ARRAY_BUFFER,
                 list->VtxBuffer.Size * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
                 list->VtxBuffer.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                 list->IdxBuffer.Size * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
                 list->IdxBuffer.Data, GL_STREAM_DRAW);
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback) {
        cmd.UserCallback(list, &cmd);
        continue;
      }
      const float x0 = (cmd.ClipRect.x - l) * scale_x, y0 = (cmd.ClipRect.y - t) * scale_y;
      const float x1 = (cmd.ClipRect.z - l) * scale_x, y1 = (cmd.ClipRect.w - t) * scale_y;
      if (x1 <= x0 || y1 <= y0) continue;
      // GL's scissor origin is bottom-left.
      glScissor(static_cast<int>(x0), static_cast<int>(static_cast<float>(fb_height) - y1),
                static_cast<int>(x1 - x0), static_cast<int>(y1 - y0));
      glBindTexture(GL_TEXTURE_2D,
                    static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(cmd.GetTexID())));
      glDrawElements(
          GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount),
          sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
          reinterpret_cast<void*>(static_cast<std::uintptr_t>(cmd.IdxOffset * sizeof(ImDrawIdx))));
    }
  }
  glBindVertexArray(0);
  glDisable(GL_SCISSOR_TEST);
}

void Renderer::forget_gl_objects() {
  // The context is gone: the names are invalid and must not be deleted.
  program_ = vao_ = vbo_ = ebo_ = font_texture_ = 0;
}

}  // namespace mend::web
