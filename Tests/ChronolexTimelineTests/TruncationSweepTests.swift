import ChronolexAmendments
import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import ChronolexWorkspace
import Foundation
import Testing

/// A sweep, not a test of the ordinary suite (it runs only with `CHRONOLEX_SWEEP=1`, for
/// minutes): every alinéa of the real amending acts of `../shared/corpus/amending-sample`
/// and `../shared/corpus/triples-2024` (read there, never copied), cut at every word,
/// without its final full stop, without its last quotation mark, read through the public
/// API as an instruction (under the alinéas of its article before it), as a French and as
/// a Dutch entry-into-force clause; the acts of the triples, cut the same way, consolidated
/// against their base. The Dutch strings of the tests' own sources (there is no Dutch act
/// in the corpus) are read as Dutch instructions and clauses, cut the same way.
///
/// A crash is a finding (the input being read is in `$TMPDIR/chronolex-sweep/current.txt`),
/// and so is a reading that takes more than 2 s (kept as `slow-N.txt`; after 60 s the
/// process stops). See docs/development.md, "Fuzzing".
@Suite("Sweep: truncated real alinéas (CHRONOLEX_SWEEP=1)",
       .enabled(if: ProcessInfo.processInfo.environment["CHRONOLEX_SWEEP"] == "1"))
struct TruncationSweepTests {
    static let shared = Paths.root.appendingPathComponent("../shared/corpus").standardized.path
    static let out = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-sweep")

    /// The input being read and since when, watched by a thread that keeps the slow ones.
    final class Watch: @unchecked Sendable {
        let lock = NSLock()
        var input = ""
        var started: Date?
        var reported = false
        var slow: [String] = []
        var longest: (TimeInterval, String) = (0, "")

        func begin(_ label: String, _ text: String) {
            try? (label + "\n\n" + text).write(to: out.appendingPathComponent("current.txt"), atomically: false, encoding: .utf8)
            lock.withLock { input = label + "\n\n" + text; started = Date(); reported = false }
        }

        func end() {
            lock.withLock {
                if let started, -started.timeIntervalSinceNow > longest.0 { longest = (-started.timeIntervalSinceNow, input) }
                started = nil
            }
        }

        func check() {
            lock.withLock {
                guard let started else { return }
                let elapsed = -started.timeIntervalSinceNow
                if elapsed > 2, !reported {
                    reported = true
                    slow.append(input)
                    try? input.write(to: out.appendingPathComponent("slow-\(slow.count).txt"), atomically: true, encoding: .utf8)
                }
                if elapsed > 60 {
                    FileHandle.standardError.write("sweep: a reading hangs (> 60 s), kept in \(out.path)\n".data(using: .utf8)!)
                    exit(3)
                }
            }
        }
    }

    /// An act's front matter (with its `---` lines) and its articles, each a heading
    /// (`**Art. 2.**`) and its blocks (the first without the heading).
    struct Source {
        var name: String
        var frontMatter: String
        var articles: [(heading: String, blocks: [String])]

        init?(path: String) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasPrefix("---\n"),
                  let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 4)..<text.endIndex) else { return nil }
            name = path
            frontMatter = String(text[..<end.upperBound])
            articles = []
            for line in text[end.upperBound...].split(separator: "\n", omittingEmptySubsequences: true) {
                if line.hasPrefix("**Art"), let close = line.range(of: "** ") {
                    articles.append((String(line[..<close.lowerBound]) + "**", [String(line[close.upperBound...])]))
                } else if !articles.isEmpty {
                    articles[articles.count - 1].blocks.append(String(line))
                }
            }
        }
    }

    /// The cuts of an alinéa: after every word, each without its final full stop and
    /// without the punctuation ending its last word; the whole without its last quotation mark.
    static func cuts(_ block: String) -> [String] {
        let words = block.split(separator: " ", omittingEmptySubsequences: false)
        var cuts: [String] = []
        var prefix = ""
        for word in words {
            prefix += prefix.isEmpty ? String(word) : " " + word
            cuts.append(prefix)
            if let last = prefix.last, ".,;:)".contains(last) { cuts.append(String(prefix.dropLast())) }
        }
        if let quote = block.lastIndex(where: { "\"«»“”„'".contains($0) }) {
            var without = block
            without.remove(at: quote)
            cuts.append(without)
        }
        return cuts
    }

    static let frenchFrontMatter = """
        ---
        title-fr: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux essais"
        date: 2024-01-01
        number: 2024200001
        case: 2024-01-01/01
        publication: 2024-01-10
        ---
        """
    static let dutchFrontMatter = """
        ---
        title-nl: "Koninklijk besluit tot wijziging van het koninklijk besluit van 1 maart 2010 betreffende de proeven"
        date: 2024-01-01
        number: 2024200001
        case: 2024-01-01/01
        publication: 2024-01-10
        ---
        """
    static let frenchInstructions = """
        **Article 1er.** Dans l'article 2 de l'arrêté royal du 1er mars 2010 relatif aux essais, le mot " trente " est remplacé par le mot " quarante ".

        **Art. 2.** Dans l'article 5, alinéa 1er, du même arrêté, le mot " cent " est remplacé par le mot " deux cents ".
        """
    static let dutchInstructions = """
        **Artikel 1.** In artikel 2 van het koninklijk besluit van 1 maart 2010 betreffende de proeven wordt het woord "dertig" vervangen door het woord "veertig".

        **Art. 2.** In artikel 3, § 2, van hetzelfde besluit wordt het woord "gemotiveerd" vervangen door het woord "betekend".
        """

    /// The Dutch string literals of the tests' sources (instructions and clauses).
    static func dutchLiterals() -> [String] {
        let tests = Paths.root.appendingPathComponent("Tests").path
        var found: Set<String> = []
        let keys = [" wordt ", " worden ", "werking", "uitwerking", "vervangen", "opgeheven", "ingevoegd"]
        for file in (FileManager.default.enumerator(atPath: tests)?.allObjects as? [String]) ?? []
        where file.hasSuffix(".swift") && !file.hasSuffix("TruncationSweepTests.swift") {
            guard let text = try? String(contentsOfFile: tests + "/" + file, encoding: .utf8) else { continue }
            var i = text.startIndex
            var literal: String?
            while i < text.endIndex {
                let c = text[i]
                if var current = literal {
                    if c == "\\", text.index(after: i) < text.endIndex {
                        let n = text[text.index(after: i)]
                        current.append(n == "n" ? "\n" : n)
                        literal = current
                        i = text.index(i, offsetBy: 2)
                        continue
                    }
                    if c == "\"" || c == "\n" {
                        if c == "\"", current.count > 12, keys.contains(where: current.contains) { found.insert(current) }
                        literal = nil
                    } else {
                        current.append(c)
                        literal = current
                    }
                } else if c == "\"" {
                    literal = ""
                }
                i = text.index(after: i)
            }
        }
        return found.sorted()
    }

    @Test func sweep() throws {
        try? FileManager.default.createDirectory(at: Self.out, withIntermediateDirectories: true)
        let watch = Watch()
        let watcher = Thread { while true { Thread.sleep(forTimeInterval: 0.1); watch.check() } }
        watcher.start()

        // A driver that restarts the sweep after a crash gives the blocks to leave out
        // (`CHRONOLEX_SWEEP_SKIP`: a file of label prefixes, `path art#N block#M`) and where
        // to start again (`CHRONOLEX_SWEEP_RESUME`: `phase:index`, as `progress.txt` says).
        let environment = ProcessInfo.processInfo.environment
        let skipped = (environment["CHRONOLEX_SWEEP_SKIP"].flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? "")
            .split(separator: "\n").map(String.init)
        let resume = environment["CHRONOLEX_SWEEP_RESUME"].map { $0.split(separator: ":").compactMap { Int($0) } } ?? [0, 0]
        func reached(_ phase: Int, _ index: Int) -> Bool {
            try? "\(phase):\(index)".write(to: Self.out.appendingPathComponent("progress.txt"), atomically: false, encoding: .utf8)
            return (phase, index) >= (resume[0], resume[1])
        }
        func read(_ label: String, _ text: String) {
            guard !skipped.contains(where: { label.contains($0) }) else { return }
            watch.begin(label, text)
            if let act = ActReader.read(text: text, file: "sweep.md").act {
                let result = InstructionReader.read(act, file: "sweep.md")
                _ = EditRenderer.text(result.edits)
            }
            watch.end()
        }

        let fm = FileManager.default
        let sample = Self.shared + "/amending-sample"
        let triples = Self.shared + "/triples-2024"
        let samplePaths = ((try? fm.contentsOfDirectory(atPath: sample)) ?? []).filter { $0.hasSuffix(".md") }.sorted().map { sample + "/" + $0 }
        let tripleDirs = ((try? fm.contentsOfDirectory(atPath: triples)) ?? []).sorted().map { triples + "/" + $0 }
        let triplePaths = tripleDirs.flatMap { dir in ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".amending.md") }.map { dir + "/" + $0 } }
        try #require(!samplePaths.isEmpty, "no corpus in \(Self.shared)")

        var counts: [String: Int] = [:]
        let start = Date()
        // Instructions (under the alinéas of their article before them) and clauses, French and Dutch.
        for (p, path) in (samplePaths + triplePaths).enumerated() where reached(0, p) {
            guard let source = Source(path: path) else { continue }
            for (a, article) in source.articles.enumerated() {
                for (b, block) in article.blocks.enumerated() {
                    let before = article.blocks[..<b].joined(separator: "\n\n")
                    for (c, cut) in Self.cuts(block).enumerated() {
                        let label = "\(path) art#\(a) block#\(b) cut#\(c)"
                        let body = b == 0 ? article.heading + " " + cut : article.heading + " " + before + "\n\n" + cut
                        read("instruction " + label, source.frontMatter + "\n\n" + body + "\n")
                        counts["instruction", default: 0] += 1
                        guard cut.split(separator: " ").count <= 120 else { continue }
                        read("clause fr " + label, Self.frenchFrontMatter + "\n\n" + Self.frenchInstructions + "\n\n**Art. 3.** " + cut + "\n")
                        read("clause nl " + label, Self.dutchFrontMatter + "\n\n" + Self.dutchInstructions + "\n\n**Art. 3.** " + cut + "\n")
                        counts["clause", default: 0] += 2
                    }
                }
            }
        }
        // The Dutch strings of the tests.
        for (l, literal) in Self.dutchLiterals().enumerated() where reached(1, l) {
            for (c, cut) in Self.cuts(literal).enumerated() {
                let label = "dutch literal #\(l) cut#\(c)"
                read("instruction nl " + label, Self.dutchFrontMatter + "\n\n**Artikel 1.** " + cut + "\n")
                read("clause nl " + label, Self.dutchFrontMatter + "\n\n" + Self.dutchInstructions + "\n\n**Art. 3.** " + cut + "\n")
                counts["dutch literal", default: 0] += 2
            }
        }
        // The triples: the amending act cut at every word, consolidated against its base.
        for (d, dir) in tripleDirs.enumerated() where reached(2, d) {
            let files = ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).sorted()
            guard let amending = files.first(where: { $0.hasSuffix(".amending.md") }), let baseName = files.first(where: { $0.contains(".v0") }),
                  let source = Source(path: dir + "/" + amending), let base = try? String(contentsOfFile: dir + "/" + baseName, encoding: .utf8) else { continue }
            let numac = String(baseName.prefix(while: { $0 != "." }))
            var done = ""
            for (a, article) in source.articles.enumerated() {
                var blocks = ""
                for (b, block) in article.blocks.enumerated() {
                    for (c, cut) in Self.cuts(block).enumerated() where !skipped.contains(where: { "\(dir) art#\(a) block#\(b) ".contains($0) }) {
                        let text = source.frontMatter + "\n\n" + done + article.heading + " " + blocks + cut + "\n"
                        watch.begin("consolidate \(dir) art#\(a) block#\(b) cut#\(c)", text)
                        let workspace = Workspace(texts: [("base.md", base), ("amending.md", text)])
                        if case .success(let consolidated) = workspace.consolidated(act: numac) {
                            for date in ["2000-01-01", "2024-06-01", "2030-01-01"].compactMap({ LegalDate($0) }) {
                                _ = TextRenderer.render(consolidated.timeline.act(at: date))
                            }
                            _ = ExplanationRenderer.text(consolidated.timeline.outcomes)
                            counts["consolidated", default: 0] += 1
                        }
                        watch.end()
                        counts["consolidate", default: 0] += 1
                    }
                    blocks += block + "\n\n"
                }
                done += article.heading + " " + article.blocks.joined(separator: "\n\n") + "\n\n"
            }
        }
        let summary = "sweep: \(counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")) in \(Int(-start.timeIntervalSinceNow)) s; longest \(String(format: "%.2f", watch.longest.0)) s: \(watch.longest.1.prefix(200)); slow: \(watch.slow.count)"
        print(summary)
        try? summary.write(to: Self.out.appendingPathComponent("summary.txt"), atomically: true, encoding: .utf8)
        #expect(watch.slow.isEmpty, "readings over 2 s: \(watch.slow.map { $0.prefix(300) })")
    }
}
