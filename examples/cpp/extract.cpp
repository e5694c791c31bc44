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
#include <fstream>
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

/// The whole content of `path` ("-": standard input); throws with the
/// system's message when it cannot be read.
std::string read(const std::string &path) {
    std::ostringstream buf;
    if (path == "-") {
        buf << std::cin.rdbuf();
        return buf.str();
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(std::strerror(errno));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw std::runtime_error(std::strerror(errno));
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
