// One record of the book format on its own: an event (with its case id) or a
// mutable record, written exactly as export_book writes it inside a book and
// read back with the importer's own readers and checks. For stores that keep
// the book record by record (core/store/record_codec.hpp); the field lists are
// the one in book_json_fields.hpp.
#pragma once
#include "core/json/read.hpp"
#include "core/json/writer.hpp"
#include "core/model/model.hpp"

namespace mend::bookjson {

// Each writes one JSON object.
void write_event(json::Writer& w, const Event& e);
void write_record(json::Writer& w, const Settings& s);
void write_record(json::Writer& w, const CatalogItem& c);
void write_record(json::Writer& w, const Role& r);
void write_record(json::Writer& w, const Staff& s);
void write_record(json::Writer& w, const Playbook& p);

// Each reads one JSON object (obj must be an object); problems go to the sink.
void read_event(const json::Value& obj, const json::Path* path, json::Sink& sink, Event& e);
void read_record(const json::Value& obj, const json::Path* path, json::Sink& sink, Settings& s);
void read_record(const json::Value& obj, const json::Path* path, json::Sink& sink, CatalogItem& c);
void read_record(const json::Value& obj, const json::Path* path, json::Sink& sink, Role& r);
void read_record(const json::Value& obj, const json::Path* path, json::Sink& sink, Staff& s);
void read_record(const json::Value& obj, const json::Path* path, json::Sink& sink, Playbook& p);

}  // namespace mend::bookjson
