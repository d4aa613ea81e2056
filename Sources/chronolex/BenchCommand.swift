import ArgumentParser
import ChronolexModel
import ChronolexReaders
import Foundation

/// `chronolex bench …`: the benchmarks, each on generated input, each measured beside a
/// baseline in the same run. Run them in release mode (`swift run -c release chronolex bench`).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Chronolex on large generated inputs (run with -c release).",
        subcommands: [ParseBench.self, EditsBench.self, TimelineBench.self, DiffBench.self, HTMLBench.self],
        defaultSubcommand: ParseBench.self
    )
}

/// `chronolex bench edits`: instructions read per second.
struct EditsBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edits", abstract: "Read a generated amending act of 100,000+ instructions.")
    func run() throws { print(try EditsBenchmark.run().trimmingSpaces) }
}

/// `chronolex bench timeline`: 1,000 articles, 2,000 amending acts of 10 instructions.
struct TimelineBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timeline", abstract: "Build the timeline of 1,000 articles under 20,000 edits.")
    func run() throws { print(try TimelineBenchmark.run().trimmingSpaces) }
}

/// `chronolex bench diff`: a 5 MB act against a copy with 1% of its words changed.
struct DiffBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "Diff two 5 MB versions, beside git diff --word-diff.")
    @Option(help: "Size of the generated act, in MB.")
    var megabytes = 5
    func run() throws { print(try DiffBenchmark.run(megabytes: megabytes).trimmingSpaces) }
}

/// `chronolex bench parse`: the reader on a large generated act, beside `wc -w` on the
/// same file in the same run.
struct ParseBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Read a large generated act, beside wc -w on the same file."
    )

    @Option(help: "Directory of the example acts to replicate.")
    var corpus = "Corpus"

    @Option(help: "Size of the generated act, in MB.")
    var megabytes = 20

    @Option(help: "How many runs; the median is reported.")
    var runs = 5

    @Option(help: "Also keep the generated act at this path (for profiling).")
    var keep: String?

    func run() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("large-act.md").path
        let (bytes, articles) = try BenchmarkInput.largeAct(from: corpus, megabytes: megabytes)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { throw ValidationError("cannot write \(path)") }
        let size = Double(bytes.count) / 1_000_000
        if let keep, !FileManager.default.createFile(atPath: keep, contents: Data(bytes)) {
            throw ValidationError("cannot write \(keep)")
        }

        var parseTimes: [Double] = []
        var units = 0
        for _ in 0..<runs {
            let start = DispatchTime.now()
            let result = ActReader.read(path: path)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            parseTimes.append(seconds)
            guard let act = result.act, !result.hasErrors else {
                Report.print(result.diagnostics.filter { $0.severity == .error }.prefix(5).map { $0 })
                throw ExitCode.failure
            }
            units = act.articles.count
        }
        var wcTimes: [Double] = []
        for _ in 0..<runs { wcTimes.append(try time(["/usr/bin/env", "wc", "-w", path])) }
        let parse = Stopwatch.median(parseTimes)
        let wc = Stopwatch.median(wcTimes)
        print("input: \(String(format: "%.1f", size)) MB, \(articles) articles generated, \(units) read")
        print("parse (read file + tree): median \(ms(parse)) over \(runs) runs -> \(String(format: "%.1f", size / parse)) MB/s")
        print("wc -w on the same file:   median \(ms(wc)) -> \(String(format: "%.1f", size / wc)) MB/s")
        print("ratio parse / wc -w: \(String(format: "%.2f", parse / wc))x")
    }

    private func time(_ arguments: [String]) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardOutput = FileHandle.nullDevice
        let start = DispatchTime.now()
        try process.run()
        process.waitUntilExit()
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    private func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
}

/// Generates large acts for the benchmarks from the example acts: their articles
/// replicated with fresh numbers, so that the result is one valid act.
enum BenchmarkInput {
    static func largeAct(from corpus: String, megabytes: Int) throws -> (bytes: [UInt8], articles: Int) {
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
        var articles: [String] = []
        for file in files {
            let result = ActReader.read(path: corpus + "/" + file)
            guard let act = result.act else { continue }
            var base = act
            base.metadata = ActMetadata()
            let markdown = MarkdownRenderer.render(base)
            // Cut the body into article blocks at each bold heading.
            let body = markdown.components(separatedBy: "\n---\n").last ?? markdown
            var current = ""
            for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("**Art") {
                    if !current.isEmpty { articles.append(current) }
                    current = ""
                    current += String(line.drop { $0 != " " }.dropFirst().drop { $0 != " " }) + "\n"
                } else if line.hasPrefix("#") {
                    continue
                } else if !current.isEmpty || !line.isEmpty {
                    current += line + "\n"
                }
            }
            if !current.isEmpty { articles.append(current) }
        }
        guard !articles.isEmpty else { throw ValidationError("no example acts in \(corpus)") }
        var out = "---\ntitle-fr: \"Arrêté du Gouvernement de référence pour les mesures\"\ndate: 2024-01-01\n---\n"
        var number = 0
        let target = megabytes * 1_000_000
        var chapter = 0
        while out.utf8.count < target {
            for article in articles where out.utf8.count < target {
                if number % 50 == 0 {
                    chapter += 1
                    out += "\n## CHAPITRE \(chapter). - Dispositions \(chapter)\n"
                }
                number += 1
                let heading = number == 1 ? "**Article 1er.**" : "**Art. \(number).**"
                out += "\n" + heading + article
            }
        }
        return (Array(out.utf8), number)
    }
}
