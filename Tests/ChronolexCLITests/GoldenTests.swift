import Foundation
import Testing

/// Every command in every format, run as a jurist runs it, compared with what it printed
/// when the golden files were recorded: on `Corpus/` the whole output (stdout, stderr and
/// exit status) in `Golden/corpus/`, on every act of `../shared/corpus/` a SHA-256 of the
/// same (real texts stay out of the repository) in `Golden/shared-digests.tsv`.
///
/// A difference is either a regression or a deliberate change; re-record with
/// `CHRONOLEX_RECORD_GOLDENS=1 swift test --filter GoldenTests` and say in the commit which
/// outputs changed and why.
@Suite("Golden outputs of every command and format")
struct GoldenTests {
    static let directory = CLI.root.appendingPathComponent("Tests/ChronolexCLITests/Golden")
    static let recording = ProcessInfo.processInfo.environment["CHRONOLEX_RECORD_GOLDENS"] == "1"

    /// One command line, by the name of its golden file.
    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var name: String {
            let text = arguments.joined(separator: " ").replacingOccurrences(of: "Corpus/", with: "").replacingOccurrences(of: "--", with: "")
            return String(text.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." ? $0 : "_" })
        }
        var testDescription: String { arguments.joined(separator: " ") }
    }

    // MARK: Corpus/

    static let formats = (parse: ["outline", "json", "markdown", "text", "html"],
                          consolidate: ["text", "markdown", "json", "justel", "html"])
    static let libraries = "2015201234"
    static let playgrounds = "2016202345"

    static var corpusCases: [Case] {
        var cases: [[String]] = []
        let files = CLI.corpusActs.map { "Corpus/" + URL(fileURLWithPath: $0).lastPathComponent }
        for file in files {
            for format in formats.parse { cases.append(["parse", file, "--format", format]) }
        }
        cases.append(["parse", "Corpus/2015-bibliotheques.md", "--no-excerpt"])
        for file in files where file.contains("modification") || file.contains("pret-numerique") {
            for format in ["text", "json"] { cases.append(["edits", file, "--format", format]) }
        }
        let dates = [libraries: ["2017-12-31", "2020-10-01", "2024-01-01"], playgrounds: ["2018-01-01", "2025-01-01"]]
        for act in [libraries, playgrounds] {
            for date in dates[act] ?? [] {
                for format in formats.consolidate { cases.append(["consolidate", "Corpus", "--act", act, "--at", date, "--format", format]) }
            }
            for format in ["text", "json"] {
                cases.append(["history", "Corpus", "--act", act, "--format", format])
                cases.append(["explain", "Corpus", "--act", act, "--format", format])
            }
        }
        for date in dates[libraries] ?? [] {
            cases.append(["consolidate", "Corpus", "--act", libraries, "--at", date, "--article", "10"])
            cases.append(["consolidate", "Corpus", "--act", libraries, "--at", date, "--article", "9", "--format", "justel"])
        }
        cases.append(["consolidate", "Corpus", "--act", libraries, "--at", "2020-10-01", "--as-known-on", "2021-01-15", "--article", "10"])
        cases.append(["consolidate", "Corpus", "--act", libraries, "--at", "2020-10-01", "--as-known-on", "2021-01-15", "--format", "json"])
        cases.append(["consolidate", "Corpus", "--act", libraries, "--at", "2020-01-01", "--article", "5"])
        cases.append(["consolidate", "Corpus", "--at", "2020-01-01"])
        cases.append(["consolidate", "Corpus/2017-bibliotheques-modification.md", "--at", "2020-01-01"])
        cases.append(["history", "Corpus", "--act", libraries, "--article", "10"])
        cases.append(["history", "Corpus", "--act", libraries, "--article", "14", "--format", "json"])
        cases.append(["explain", "Corpus"])
        for format in ["text", "json", "html"] {
            cases.append(["diff", "Corpus", "--act", libraries, "--from", "2019-06-01", "--to", "2023-01-01", "--format", format])
            cases.append(["diff", "Corpus", "--act", playgrounds, "--from", "2016-09-01", "--to", "2025-01-01", "--format", format])
            cases.append(["diff", "docs/examples/bibliotheques-2019-06-01.md", "docs/examples/bibliotheques-2023-01-01.md", "--format", format])
            cases.append(["check", "Corpus", "--act", libraries, "--against", "docs/examples/bibliotheques-2023-01-01.md", "--format", format])
        }
        cases.append(["diff", "Corpus", "--act", libraries, "--from", "2019-06-01", "--to", "2023-01-01", "--format", "html", "--side-by-side"])
        cases.append(["diff", "Corpus", "--act", libraries, "--from", "2019-06-01", "--to", "2023-01-01", "--article", "14", "--color", "always"])
        cases.append(["diff", "Corpus", "--act", libraries, "--timeline", "--article", "10"])
        cases.append(["diff", "Corpus", "--act", libraries, "--timeline", "--article", "10", "--format", "json"])
        cases.append(["check", "Corpus", "--act", libraries, "--against", "docs/examples/bibliotheques-2019-06-01.md"])
        return cases.map { Case(arguments: $0) }
    }

    static func transcript(_ arguments: [String], _ run: CLI.Run) -> String {
        "$ chronolex \(arguments.joined(separator: " "))\nexit \(run.status)\n--- stdout\n\(run.stdout)\n--- stderr\n\(run.stderr)"
    }

    @Test(arguments: corpusCases)
    func corpus(_ golden: Case) throws {
        let run = try CLI.run(golden.arguments)
        let file = Self.directory.appendingPathComponent("corpus/\(golden.name).txt")
        let got = Self.transcript(golden.arguments, run)
        if Self.recording {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(got.utf8).write(to: file)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(got == expected, "\(golden.name): the output changed; see the diff above, then fix or re-record")
    }

    @Test func everyCorpusGoldenHasItsCase() throws {
        guard !Self.recording else { return }
        let names = Set(Self.corpusCases.map { $0.name + ".txt" })
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.appendingPathComponent("corpus").path)
        #expect(Set(files) == names, "golden files without a case, or cases without a file")
    }

    // MARK: ../shared/corpus

    static let shared = "../shared/corpus"

    /// Every act of the shared corpus, as a path relative to the package (PROVENANCE files aside).
    static var sharedActs: [String] {
        let root = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [String] = []
        while let next = walker.nextObject() as? String {
            let name = URL(fileURLWithPath: next).lastPathComponent
            guard name.hasSuffix(".md") || name.hasSuffix(".html"), !name.hasPrefix("PROVENANCE") else { continue }
            files.append(shared + "/" + next)
        }
        return files.sorted()
    }

    /// The triples of version N, amending act(s) and version N+1 in one folder.
    static func sets() -> [(base: String, amending: [String], next: String)] {
        let folders = Dictionary(grouping: sharedActs.filter { $0.hasSuffix(".md") }) { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
        var result: [(String, [String], String)] = []
        for (_, files) in folders.sorted(by: { $0.key < $1.key }) {
            let versions = files.filter { $0.contains(".v0") }.sorted()
            let amending = files.filter { $0.contains("amending") && !$0.contains("empty-body") }.sorted()
            guard versions.count == 2, !amending.isEmpty else { continue }
            result.append((versions[0], amending, versions[1]))
        }
        return result
    }

    static var sharedCases: [[String]] {
        var cases: [[String]] = []
        let acts = sharedActs + [CLI.seed.replacingOccurrences(of: CLI.root.deletingLastPathComponent().path, with: "..")]
        for file in acts {
            for format in formats.parse { cases.append(["parse", file, "--format", format]) }
            if file.contains("amending") || file.contains("amending-sample/") || file.contains("seeds/") {
                for format in ["text", "json"] { cases.append(["edits", file, "--format", format, "--keep-going"]) }
            }
        }
        for set in sets() {
            for format in ["text", "json"] {
                cases.append(["check", set.base] + set.amending + ["--against", set.next, "--keep-going", "--format", format])
                cases.append(["explain", set.base] + set.amending + ["--format", format])
            }
            cases.append(["check", set.base] + set.amending + ["--against", set.next])
            cases.append(["consolidate", set.base] + set.amending + ["--keep-going", "--at", "2024-12-31", "--format", "justel"])
            cases.append(["diff", set.base, set.next, "--format", "json"])
        }
        let electricity = shared + "/electricity-1999-versions/1999011160.archived-v0"
        for format in ["text", "json", "html"] { cases.append(["diff", electricity + "83.md", electricity + "84.md", "--format", format]) }
        let fedris = shared + "/fedris-ar-2007/"
        cases.append(["check", fedris + "2007022782.v004-2018.justel-old-layout.html", fedris + "2024201246.amending.md",
                      "--against", fedris + "2007022782.v005-2024.justel-2024-layout.html", "--format", "html"])
        return cases
    }

    @Test(.enabled(if: CLI.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func sharedCorpusDigests() throws {
        let cases = Self.sharedCases
        let file = Self.directory.appendingPathComponent("shared-digests.tsv")
        let digests = Digests(count: cases.count)
        DispatchQueue.concurrentPerform(iterations: cases.count) { index in
            let arguments = cases[index]
            let digest: String
            do {
                let run = try CLI.run(arguments)
                digest = SHA256.hex(Array(Self.transcript(arguments, run).utf8))
            } catch {
                digest = "error: \(error)"
            }
            digests.set(index, digest)
        }
        let lines = zip(digests.values, cases).map { "\($0)\t\($1.joined(separator: " "))" }
        if Self.recording {
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        let changed = Set(lines).symmetricDifference(expected).map { $0.split(separator: "\t").last.map(String.init) ?? $0 }
        #expect(changed.isEmpty, "outputs changed on the shared corpus: \(Set(changed).sorted().joined(separator: "\n"))")
    }
}

/// The digests of runs made on several threads at once.
private final class Digests: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String]
    init(count: Int) { storage = Array(repeating: "", count: count) }
    func set(_ index: Int, _ value: String) { lock.withLock { storage[index] = value } }
    var values: [String] { lock.withLock { storage } }
}
