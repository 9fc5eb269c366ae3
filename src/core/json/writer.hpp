// The one way Mend writes JSON: RapidJSON's streaming Writer (no DOM, no
// exceptions, correct escaping of every control character and of invalid
// UTF-8 as written), wrapped so callers write `key: value` pairs in one call.
// The book exporter, analytics, the coach's report and the web app's test
// bridge all write through this, so they escape text the same way.
#pragma once
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace mend::json {

class Writer {
 public:
  Writer() : writer_(buffer_) {}
  explicit Writer(std::size_t reserve_bytes) : buffer_(nullptr, reserve_bytes), writer_(buffer_) {}

  void begin_object() { writer_.StartObject(); }
  void end_object() { writer_.EndObject(); }
  void begin_array() { writer_.StartArray(); }
  void end_array() { writer_.EndArray(); }
  void key(std::string_view k) {
    writer_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
  }

  void string(std::string_view s) {
    writer_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  }
  void integer(std::int64_t v) { writer_.Int64(v); }
  void number(double v) { writer_.Double(v); }
  void boolean(bool v) { writer_.Bool(v); }
  void null() { writer_.Null(); }

  // key + value in one call. One overload per kind of value; the others only
  // steer overload resolution (a string literal must not become a bool, an
  // int must not be ambiguous between int64 and double).
  void field(std::string_view k, std::string_view v) {
    key(k);
    string(v);
  }
  void field(std::string_view k, std::int64_t v) {
    key(k);
    integer(v);
  }
  void field(std::string_view k, double v) {
    key(k);
    number(v);
  }
  void field(std::string_view k, bool v) {
    key(k);
    boolean(v);
  }
  void field(std::string_view k, const char* v) { field(k, std::string_view(v)); }
  void field(std::string_view k, const std::string& v) { field(k, std::string_view(v)); }
  void field(std::string_view k, int v) { field(k, std::int64_t{v}); }
  void field(std::string_view k, unsigned v) { field(k, std::int64_t{v}); }

  // key: {...}, its members written by write_members().
  template <class WriteMembers>
  void object(std::string_view k, WriteMembers write_members) {
    key(k);
    begin_object();
    write_members();
    end_object();
  }
  // key: [{...}, ...], one object per item, its members written by
  // write_members(item).
  template <class Items, class WriteMembers>
  void objects(std::string_view k, Items&& items, WriteMembers write_members) {
    key(k);
    begin_array();
    for (auto&& item : items) {
      begin_object();
      write_members(item);
      end_object();
    }
    end_array();
  }

  // For callers that need RapidJSON's own API (e.g. SetMaxDecimalPlaces).
  rapidjson::Writer<rapidjson::StringBuffer>& raw() { return writer_; }

  std::string_view view() const { return {buffer_.GetString(), buffer_.GetSize()}; }
  std::string str() const { return std::string(view()); }

 private:
  rapidjson::StringBuffer buffer_;
  rapidjson::Writer<rapidjson::StringBuffer> writer_;
};

}  // namespace mend::json
