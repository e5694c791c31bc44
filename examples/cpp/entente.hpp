// entente.hpp: a small header-only C++17 RAII wrapper over the entente C ABI.
//
// Handles free themselves; failures throw entente::Error carrying the status
// and the library's detailed message. Strings returned are copies, so they
// outlive the result they came from.
#ifndef ENTENTE_HPP
#define ENTENTE_HPP

#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "entente.h"

namespace entente {

/// A failed call: the status code and the library's message.
class Error : public std::runtime_error {
public:
    Error(entente_status status, const char *message)
        : std::runtime_error(message != nullptr && *message != '\0' ? message : entente_status_message(status)),
          status_(status) {}
    entente_status status() const noexcept { return status_; }

private:
    entente_status status_;
};

namespace detail {
/// Throws for any status but OK (reading the message on this thread at once).
inline void check(entente_status status) {
    if (status != ENTENTE_STATUS_OK) throw Error(status, entente_last_error_message());
}
inline std::optional<std::string> opt(const char *s) {
    return s == nullptr ? std::nullopt : std::optional<std::string>(s);
}
struct OptionsFree { void operator()(entente_options *p) const noexcept { entente_options_free(p); } };
struct ExtractorFree { void operator()(entente_extractor *p) const noexcept { entente_extractor_free(p); } };
struct ResultFree { void operator()(entente_result *p) const noexcept { entente_result_free(p); } };
}  // namespace detail

/// The version of the library loaded at run time.
inline std::string version() { return entente_version(); }

/// Throws unless the library loaded has the ABI this header was built for.
inline void check_abi() {
    if (entente_abi_version() != ENTENTE_ABI_VERSION)
        throw Error(ENTENTE_STATUS_INVALID_ARGUMENT, "the entente library's ABI differs from its header's");
}

/// `s` as a JSON string literal, escaped as the library's JSON escapes.
inline std::string json_quote(std::string_view s) {
    char *out = nullptr;
    std::size_t len = 0;
    detail::check(entente_json_quote(s.data(), s.size(), &out, &len));
    std::string copy(out, len);
    entente_string_free(out);
    return copy;
}

/// Options for an Extractor.
class Options {
public:
    Options() {
        entente_options *p = nullptr;
        detail::check(entente_options_new(&p));
        handle_.reset(p);
    }
    /// "fr" or "en"; std::nullopt restores detection.
    Options &language(std::optional<std::string_view> code) {
        detail::check(entente_options_set_language(handle_.get(), code ? code->data() : nullptr, code ? code->size() : 0));
        return *this;
    }
    /// YYYY-MM-DD, the date assumed when a call gives none and the text has none.
    Options &document_date(std::optional<std::string_view> date) {
        detail::check(entente_options_set_document_date(handle_.get(), date ? date->data() : nullptr, date ? date->size() : 0));
        return *this;
    }
    Options &max_input_bytes(std::size_t n) {
        detail::check(entente_options_set_max_input_bytes(handle_.get(), n));
        return *this;
    }
    Options &max_agreements(std::size_t n) {
        detail::check(entente_options_set_max_agreements(handle_.get(), n));
        return *this;
    }
    const entente_options *get() const noexcept { return handle_.get(); }

private:
    std::unique_ptr<entente_options, detail::OptionsFree> handle_;
};

/// A party to an agreement.
struct Party {
    std::string name, type;
    std::optional<std::string> country, code;
};

/// A person who signed an agreement.
struct Signatory {
    std::string name;
    std::optional<std::string> role, country;
};

/// The result of one extraction. Movable, not copyable.
class Result {
public:
    explicit Result(entente_result *p) : handle_(p) {}

    /// The compact JSON (schema v1), as Rust's Document::to_json.
    std::string json() const { return lend(entente_result_json); }
    /// The same, indented by two spaces.
    std::string json_pretty() const { return lend(entente_result_json_pretty); }

    std::string language() const {
        const char *s = nullptr;
        detail::check(entente_result_language(handle_.get(), &s));
        return s;
    }
    std::optional<std::string> document_date() const {
        const char *s = nullptr;
        detail::check(entente_result_document_date(handle_.get(), &s));
        return detail::opt(s);
    }
    std::size_t agreement_count() const {
        std::size_t n = 0;
        detail::check(entente_result_agreement_count(handle_.get(), &n));
        return n;
    }
    std::string kind(std::size_t i) const { return *field(entente_result_agreement_kind, i); }
    std::string status(std::size_t i) const { return *field(entente_result_agreement_status, i); }
    std::optional<std::string> date(std::size_t i) const { return field(entente_result_agreement_date, i); }

    std::vector<Party> parties(std::size_t i) const {
        std::vector<Party> out(count(entente_result_party_count, i));
        for (std::size_t j = 0; j < out.size(); j++) {
            out[j] = Party{*item(entente_result_party_name, i, j), *item(entente_result_party_type, i, j),
                           item(entente_result_party_country, i, j), item(entente_result_party_code, i, j)};
        }
        return out;
    }
    std::vector<Signatory> signatories(std::size_t i) const {
        std::vector<Signatory> out(count(entente_result_signatory_count, i));
        for (std::size_t j = 0; j < out.size(); j++) {
            out[j] = Signatory{*item(entente_result_signatory_name, i, j), item(entente_result_signatory_role, i, j),
                               item(entente_result_signatory_country, i, j)};
        }
        return out;
    }

private:
    using Lend = entente_status (*)(const entente_result *, const char **, std::size_t *);
    using Field = entente_status (*)(const entente_result *, std::size_t, const char **);
    using Count = entente_status (*)(const entente_result *, std::size_t, std::size_t *);
    using Item = entente_status (*)(const entente_result *, std::size_t, std::size_t, const char **);

    std::string lend(Lend f) const {
        const char *s = nullptr;
        std::size_t len = 0;
        detail::check(f(handle_.get(), &s, &len));
        return std::string(s, len);
    }
    std::optional<std::string> field(Field f, std::size_t i) const {
        const char *s = nullptr;
        detail::check(f(handle_.get(), i, &s));
        return detail::opt(s);
    }
    std::size_t count(Count f, std::size_t i) const {
        std::size_t n = 0;
        detail::check(f(handle_.get(), i, &n));
        return n;
    }
    std::optional<std::string> item(Item f, std::size_t i, std::size_t j) const {
        const char *s = nullptr;
        detail::check(f(handle_.get(), i, j, &s));
        return detail::opt(s);
    }

    std::unique_ptr<entente_result, detail::ResultFree> handle_;
};

/// An extractor: build once, share freely between threads (extract is const).
class Extractor {
public:
    Extractor() : Extractor(Options()) {}
    explicit Extractor(const Options &options) {
        entente_extractor *p = nullptr;
        detail::check(entente_extractor_new(options.get(), &p));
        handle_.reset(p);
    }
    /// Extracts the agreements `text` (UTF-8) reports; `date` is the
    /// publication date (YYYY-MM-DD) if known.
    Result extract(std::string_view text, std::optional<std::string_view> date = std::nullopt) const {
        entente_result *r = nullptr;
        detail::check(entente_extractor_extract(handle_.get(), text.data(), text.size(),
                                                date ? date->data() : nullptr, date ? date->size() : 0, &r));
        return Result(r);
    }

private:
    std::unique_ptr<entente_extractor, detail::ExtractorFree> handle_;
};

}  // namespace entente

#endif  // ENTENTE_HPP
