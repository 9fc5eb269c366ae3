// The page around the app: whether Mend works offline here, whether the
// network is there, and a new build waiting. An update never overtakes a
// change: "Reload" only marks it wanted, and it goes ahead once the store has
// confirmed every change made before (and the book is not still opening).
#include <cmath>

#include "app/app.hpp"
#include "core/i18n/strings.hpp"

namespace mend::app {

void App::handle(const RequestNotePage& r) {
  state_.page.offline_ready = r.offline_ready;
  state_.page.online = r.online;
  state_.page.update_waiting = r.update_waiting;
}

void App::handle(const RequestTextSize& r) {
  // Only a size offered: a stored value from an older or edited page that is
  // not one is taken as the nearest that is.
  float chosen = kTextScales[0];
  for (float s : kTextScales)
    if (std::abs(s - r.scale) < std::abs(chosen - r.scale)) chosen = s;
  if (chosen == state_.page.text_scale) return;
  state_.page.text_scale = chosen;
  report(TextSizeChanged{chosen}, false);
}

void App::handle(const RequestLanguage& r) {
  if (!is_screen_language(r.code) || r.code == state_.page.language) return;
  state_.page.language = r.code;
  report(LanguageChanged{r.code}, false);
}

void App::handle(const RequestUpdateNow&) {
  if (!state_.page.update_waiting) return;
  state_.page.update_wanted = true;
  follow_update();
}

void App::follow_update() {
  PageStatus& page = state_.page;
  if (page.update_wanted && !state_.storage.opening && state_.storage.unsaved.empty())
    page.update_go = true;
}

}  // namespace mend::app
