#include "ui/messages.hpp"

#include "ui/format.hpp"

namespace mend::ui {
namespace {

struct Banner {
  std::optional<BannerText> operator()(const app::IntakeStarted&) const { return std::nullopt; }
  std::optional<BannerText> operator()(const app::CaseOpened& o) const {
    return BannerText{false, text_format("Case %s opened.", o.reference.c_str())};
  }
  std::optional<BannerText> operator()(const app::IntakeRefused& o) const {
    return BannerText{true,
                      text_format("Could not open the case \u2014 %s", o.error.message().c_str())};
  }
  std::optional<BannerText> operator()(const app::ChangeSaved&) const {
    return BannerText{false, "Saved: every change is stored now."};
  }
  std::optional<BannerText> operator()(const app::SaveFailed& o) const {
    return BannerText{true, text_format("Not saved: %s. Your changes are kept here and will be "
                                        "tried again.",
                                        o.error.why.c_str())};
  }
  std::optional<BannerText> operator()(const app::BookOpened&) const { return std::nullopt; }
  std::optional<BannerText> operator()(const app::BookOpenFailed& o) const {
    return BannerText{true, text_format("The saved cases could not be read: %s. New cases are "
                                        "still saved.",
                                        o.error.why.c_str())};
  }
  std::optional<BannerText> operator()(const app::StoreNotice& o) const {
    switch (o.problem) {
      case app::StoreProblem::NewerVersionElsewhere:
        return BannerText{true, "Mend was updated in another tab \u2014 reload to continue."};
      case app::StoreProblem::BlockedByOtherTabs:
        return BannerText{true,
                          "Mend is waiting for its other tabs: close the other Mend tabs "
                          "to continue saving."};
      case app::StoreProblem::Unavailable:
        break;
    }
    return BannerText{true, text_format("This browser does not let Mend save on this device (%s). "
                                        "Cases stay in this tab only while it is open.",
                                        o.error.why.c_str())};
  }
};

}  // namespace

std::optional<BannerText> banner_text(const app::AppOutcome& outcome) {
  return std::visit(Banner{}, outcome);
}

std::string storage_text(const app::StorageStatus& s) {
  if (s.opening && s.events_read > 0)
    return text_format("Opening the book\u2026 %zu events read", s.events_read);
  if (s.opening) return "Opening the book\u2026";
  if (s.failure) return text_format("Not saved: %s \u2014 retrying", s.failure->why.c_str());
  if (s.unsaved.size() == 1) return "Saving 1 change\u2026";
  if (!s.unsaved.empty()) return text_format("Saving %zu changes\u2026", s.unsaved.size());
  if (!s.durable) return "In this tab only \u2014 not saved to the device";
  return "All changes saved";
}

}  // namespace mend::ui
