import ChronolexAmendments
import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import Foundation

/// The consolidation benchmark of issue 5: a base act of 1,000 articles and 2,000
/// amending acts of 10 instructions each; the time to build the whole timeline, to
/// answer one point-in-time query of one article, and the peak memory.
enum TimelineBenchmark {
    static func run(articles: Int = 1_000, acts: Int = 2_000, instructions: Int = 10) throws -> String {
        let alineas = 3
        // The base act: each alinéa carries one token the instructions replace in turn.
        var base = """
        ---
        title-fr: "Arrêté du Gouvernement relatif aux essais"
        date: 2000-01-01
        number: 2000200001
        publication: 2000-01-10
        starts: 2000-02-01
        ---

        """
        for a in 1...articles {
            base += "\n**Art. \(a).** Le jeton A\(a)B1V0 est valable pour la première période."
            for b in 2...alineas { base += "\n\nLe jeton A\(a)B\(b)V0 est valable pour la période \(b)." }
            base += "\n"
        }
        var version = [Int](repeating: 0, count: articles * alineas)
        var amendingTexts: [String] = []
        var next = 0
        let start = try require2(LegalDate("2000-03-01"))
        for k in 0..<acts {
            let published = start.adding(days: k)
            var text = """
            ---
            title-fr: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 1er janvier 2000 relatif aux essais"
            date: \(published.adding(days: -5).iso)
            number: \(String(2_100_000_000 + k))
            case: \(published.adding(days: -5).iso)/\(k % 100)
            publication: \(published.iso)
            modifies: 2000200001
            ---

            """
            for i in 1...instructions {
                let unit = (next * 7919) % (articles * alineas)
                next += 1
                let a = unit / alineas + 1
                let b = unit % alineas + 1
                let old = "A\(a)B\(b)V\(version[unit])"
                version[unit] += 1
                let new = "A\(a)B\(b)V\(version[unit])"
                let act = i == 1 ? "de l'arrêté du Gouvernement du 1er janvier 2000 relatif aux essais" : "du même arrêté"
                text += "\n**Art. \(i).** Dans l'article \(a), alinéa \(b), \(act), les mots « \(old) » sont remplacés par les mots « \(new) ».\n"
            }
            text += "\n**Art. \(instructions + 1).** Le présent arrêté entre en vigueur le \(published.adding(days: 10).french).\n"
            amendingTexts.append(text)
        }
        let inputBytes = base.utf8.count + amendingTexts.reduce(0) { $0 + $1.utf8.count }

        var clock = DispatchTime.now()
        func lap() -> Double {
            let now = DispatchTime.now()
            defer { clock = now }
            return Double(now.uptimeNanoseconds - clock.uptimeNanoseconds) / 1e9
        }
        guard let baseAct = ActReader.read(text: base, file: "base.md").act else { throw BenchmarkError("the generated base act does not read") }
        var edits: [Edit] = []
        for (k, text) in amendingTexts.enumerated() {
            guard let act = ActReader.read(text: text, file: "amending-\(k).md").act else { throw BenchmarkError("amending act \(k) does not read") }
            let read = InstructionReader.read(act, file: "amending-\(k).md")
            if read.hasErrors { throw BenchmarkError("amending act \(k): \(read.diagnostics.first?.description ?? "")") }
            edits += read.edits
        }
        // The edits as a library holds them: each once, shared by the timeline.
        let shared = edits.map(SharedEdit.init)
        edits = []
        let reading = lap()
        let peakBefore = peakMemoryBytes()
        let timeline = Consolidation.timeline(of: baseAct, shared: shared)
        let building = lap()
        let peakTimeline = peakMemoryBytes() - peakBefore
        let failures = timeline.outcomes.filter(\.status.isFailure).count
        // One point-in-time query of one article, repeated to measure it.
        let queries = 10_000
        let date = start.adding(days: acts / 2)
        var found = 0
        for q in 0..<queries where timeline.article(String(q % articles + 1), at: date) != nil { found += 1 }
        let querying = lap() / Double(queries)
        let peak = peakMemoryBytes()
        var report = "timeline: base act of \(articles) articles, \(acts) amending acts × \(instructions) instructions = \(shared.count) edits (\(failures) failed)\n"
        report += "input: \(String(format: "%.1f", Double(inputBytes) / 1e6)) MB of text\n"
        report += "read and parse the amending acts: \(String(format: "%.2f", reading)) s\n"
        report += "build the timeline: \(String(format: "%.3f", building)) s (aim < 1 s)\n"
        report += "one point-in-time query of one article: \(String(format: "%.2f", querying * 1e6)) µs (aim < 1 ms; \(found) of \(queries) found)\n"
        report += "peak memory, whole process (inputs, parsed acts, edits and timeline): \(peak / 1_000_000) MB = \(String(format: "%.1f", Double(peak) / Double(inputBytes)))× the input\n"
        report += "peak memory added by building the timeline: \(peakTimeline / 1_000_000) MB = \(String(format: "%.1f", Double(peakTimeline) / Double(inputBytes)))× the input (aim < 10×)\n"
        return report
    }

    /// VmHWM from /proc/self/status, in bytes.
    static func peakMemoryBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (Int(digits) ?? 0) * 1024
        }
        return 0
    }

    private static func require2<T>(_ value: T?) throws -> T {
        guard let value else { throw BenchmarkError("a generated date is invalid") }
        return value
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
