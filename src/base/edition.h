// Rust editions, which change keywords and a few lexical and syntactic rules.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace rustg {

// A Rust edition. Ordered so that `edition >= Edition::k2018` reads naturally.
enum class Edition : uint8_t { k2015, k2018, k2021 };

// "2015" -> Edition::k2015; nullopt for anything else.
inline auto ParseEdition(std::string_view s) -> std::optional<Edition> {
  if (s == "2015") return Edition::k2015;
  if (s == "2018") return Edition::k2018;
  if (s == "2021") return Edition::k2021;
  return std::nullopt;
}

// The edition's year as text.
inline auto EditionName(Edition e) -> std::string_view {
  switch (e) {
    case Edition::k2015: return "2015";
    case Edition::k2018: return "2018";
    case Edition::k2021: return "2021";
  }
  return "2021";
}

}  // namespace rustg
