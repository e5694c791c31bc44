// extract: prints the agreements that articles report, one JSON line per file.
//
//   extract [--date YYYY-MM-DD] [--lang fr|en] [--pretty] [FILE...]
//
// The same contract and output as the Rust and C `extract` examples, written
// with the RAII wrapper entente.hpp (errors are exceptions).
//
// Build (see examples/FFI_README_SECTION.md):
//   c++ -std=c++17 -Iinclude -Iexamples/cpp examples/cpp/extract.cpp -Ltarget/debug -lentente -o extract
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <memory>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "entente.hpp"

namespace {

struct Args {
    std::optional<std::string> date, lang;
    bool pretty = false;
    std::vector<std::string> files;
};

/// Parses the command line; throws std::invalid_argument on bad usage.
Args parse(int argc, char **argv) {
    Args args;
    bool only_files = false;
    for (int i = 1; i < argc; i++) {
        std::string a = argv[i];
        if (only_files) {
            args.files.push_back(a);
        } else if (a == "--") {
            only_files = true;
        } else if (a == "--date" || a == "--lang") {
            if (i + 1 >= argc) throw std::invalid_argument("missing value after option");
            (a == "--date" ? args.date : args.lang) = argv[++i];
        } else if (a == "--pretty") {
            args.pretty = true;
        } else if (a.size() > 1 && a[0] == '-') {
            throw std::invalid_argument("unknown option");
        } else {
            args.files.push_back(a);
        }
    }
    if (args.files.empty()) args.files.push_back("-");
    return args;
}

/// An error whose message is the line's "error" value, worded as the Rust CLI words it.
std::runtime_error read_error(const std::string &path, int err) {
    std::string what = path == "-" ? "standard input" : path;
    return std::runtime_error("cannot read " + what + ": " + std::strerror(err) + " (os error " +
                              std::to_string(err) + ")");
}

/// The length of the longest valid UTF-8 prefix of `s` (its size when all
/// of it is valid), as Rust's Utf8Error::valid_up_to counts it.
std::size_t utf8_valid_up_to(const std::string &s) {
    std::size_t i = 0, n = s.size();
    auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    while (i < n) {
        unsigned char c = at(i), lo = 0x80, hi = 0xBF;
        std::size_t len;
        if (c < 0x80) { i++; continue; }
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
        else return i;
        if (n - i < len || at(i + 1) < lo || at(i + 1) > hi) return i;
        for (std::size_t k = 2; k < len; k++)
            if (at(i + k) < 0x80 || at(i + k) > 0xBF) return i;
        i += len;
    }
    return n;
}

/// The whole content of `path` ("-": standard input) as UTF-8; throws with
/// the line's error message when it cannot be read or is not UTF-8.
std::string read(const std::string &path) {
    std::string text;
    if (path == "-") {
        std::ostringstream buf;
        buf << std::cin.rdbuf();
        text = buf.str();
    } else {
        // C stdio rather than ifstream: it reports errno faithfully
        // (ifstream throws its own message on reading a directory).
        std::unique_ptr<std::FILE, int (*)(std::FILE *)> f(std::fopen(path.c_str(), "rb"), std::fclose);
        if (!f) throw read_error(path, errno);
        char buf[1 << 16];
        std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) text.append(buf, n);
        if (std::ferror(f.get())) throw read_error(path, errno ? errno : EIO);
    }
    std::size_t valid = utf8_valid_up_to(text);
    if (valid != text.size())
        throw std::runtime_error(path + " is not UTF-8 (invalid byte at offset " + std::to_string(valid) + ")");
    return text;
}

/// The result's JSON with "file" added as its last key.
std::string with_file(const std::string &json, const std::string &path, bool pretty) {
    std::size_t cut = json.size() - (pretty ? 2 : 1);  // before "}" or "\n}"
    return json.substr(0, cut) + (pretty ? ",\n  \"file\": " : ",\"file\":") + entente::json_quote(path) +
           json.substr(cut);
}

}  // namespace

int main(int argc, char **argv) {
    Args args;
    std::optional<entente::Extractor> extractor;
    try {
        entente::check_abi();
        args = parse(argc, argv);
        entente::Options options;
        if (args.lang) options.language(*args.lang);
        if (args.date) options.document_date(*args.date);  // checks it once, up front
        options.document_date(std::nullopt);               // it is given with every call
        extractor.emplace(options);
    } catch (const std::exception &e) {
        std::cerr << "extract: " << e.what()
                  << "\nusage: extract [--date YYYY-MM-DD] [--lang fr|en] [--pretty] [FILE...]\n";
        return 2;
    }

    int status = 0;
    for (const std::string &path : args.files) {
        try {
            std::string text = read(path);
            entente::Result result = extractor->extract(text, args.date);
            std::cout << with_file(args.pretty ? result.json_pretty() : result.json(), path, args.pretty) << '\n';
        } catch (const std::exception &e) {
            std::cout << "{\"file\":" << entente::json_quote(path) << ",\"error\":" << entente::json_quote(e.what())
                      << "}\n";
            status = 1;
        }
    }
    return status;
}
