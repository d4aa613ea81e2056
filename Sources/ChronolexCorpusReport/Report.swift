import Foundation

/// The real-corpus report: every triple's articles against Justel's next version, and
/// every sampled amending act's instructions read over those counted by hand; as the
/// markdown tables the README quotes.
public struct CorpusReport: Sendable {
    public var triples: [TripleResult]
    public var samples: [SampleResult]

    /// Runs the report over `corpus` (`../shared/corpus`) with the hand count `counts`.
    public init(corpus: URL, counts: String) {
        triples = TripleSet.all(in: corpus).map(TripleResult.init)
        let rows = CountedRow.parse(counts)
        let byAct = Dictionary(grouping: rows, by: \.numac)
        let sample = corpus.appendingPathComponent("amending-sample")
        samples = byAct.keys.sorted().map { numac in
            SampleResult(file: sample.appendingPathComponent(numac + ".md").path, rows: byAct[numac] ?? [])
        }
    }

    public var totals: (articles: Int, identical: Int, changed: Int, changedIdentical: Int, unchanged: Int, unchangedIdentical: Int,
                        instructions: Int, read: Int, falseErrors: Int) {
        (triples.reduce(0) { $0 + $1.articles }, triples.reduce(0) { $0 + $1.identical },
         triples.reduce(0) { $0 + $1.changed }, triples.reduce(0) { $0 + $1.changedIdentical },
         triples.reduce(0) { $0 + $1.unchanged }, triples.reduce(0) { $0 + $1.unchangedIdentical },
         samples.reduce(0) { $0 + $1.instructions }, samples.reduce(0) { $0 + $1.read }, samples.reduce(0) { $0 + $1.falseErrors.count })
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : String(format: "%.1f %%", 100 * Double(part) / Double(whole))
    }

    /// The report as markdown: the two tables, then every divergence and every instruction
    /// not read, with its cause.
    public var markdown: String {
        let t = totals
        var out = "## Triples: Chronolex's consolidation against Justel's next version\n\n"
        out += "| set | articles identical | changed articles identical | unchanged identical |\n|---|---|---|---|\n"
        for r in triples {
            if let failure = r.failure {
                out += "| \(r.set.name) | – | – | – (\(failure)) |\n"
                continue
            }
            out += "| \(r.set.name) | \(r.identical) / \(r.articles) | \(r.changedIdentical) / \(r.changed) | \(r.unchangedIdentical) / \(r.unchanged) |\n"
        }
        out += "| **total** | **\(t.identical) / \(t.articles)** (\(Self.percent(t.identical, t.articles))) | **\(t.changedIdentical) / \(t.changed)** (\(Self.percent(t.changedIdentical, t.changed))) | **\(t.unchangedIdentical) / \(t.unchanged)** (\(Self.percent(t.unchangedIdentical, t.unchanged))) |\n\n"
        out += "## Amending sample: instructions read without error, over the hand count\n\n"
        out += "| act | read / counted | clauses reported as errors |\n|---|---|---|\n"
        for r in samples {
            out += "| \(r.numac) | \(r.read) / \(r.instructions)\(r.failure.map { " (\($0))" } ?? "") | \(r.falseErrors.count) |\n"
        }
        out += "| **total** | **\(t.read) / \(t.instructions)** (\(Self.percent(t.read, t.instructions))) | **\(t.falseErrors)** |\n\n"
        out += "## Divergences\n\n"
        for r in triples {
            for d in r.divergences {
                out += "- \(r.set.name), art. \(d.article) (\(d.changed ? "changed" : "unchanged")): \(d.cause)\n"
            }
        }
        out += "\n## Instructions not read\n\n"
        for r in samples {
            for u in r.unread { out += "- \(r.numac), \(u.source): \(u.why)\n" }
            for e in r.falseErrors { out += "- \(r.numac), not an instruction, reported: \(e)\n" }
        }
        return out
    }
}
