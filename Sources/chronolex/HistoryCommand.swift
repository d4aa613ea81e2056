import ArgumentParser
import ChronolexAmendments
import ChronolexModel
import ChronolexTimeline

/// `chronolex history FILES... [--act NUMAC] [--article N] [--format text|json]`: every
/// version, oldest first, with its period, its source and its text.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List every version of an act or of one article, oldest first, with who changed it."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var options: ConsolidationOptions

    @Option(help: "One article only.")
    var article: String?

    @Option(help: "text or json.")
    var format: Format = .text

    func run() throws {
        let run = try TimelineRun.make(options)
        let timeline = run.timeline
        var entries: [(ArticleHistory, ArticleVersion)] = []
        if let article {
            guard let history = timeline.histories[ArticleNumber.normalized(article)] else {
                Report.print([Diagnostic.error("art. \(ArticleNumber.normalized(article)) never existed in this act", file: run.base.file ?? "input", line: nil)])
                throw ExitCode.failure
            }
            entries = history.versions.map { (history, $0) }
        } else {
            // Every version of every article, in the order of the dates, then of the act.
            let order = Self.documentOrder(timeline)
            for key in order {
                guard let history = timeline.histories[key] else { continue }
                for version in history.versions { entries.append((history, version)) }
            }
            let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
            entries.sort { ($0.1.validFrom, rank[$0.0.key] ?? 0) < ($1.1.validFrom, rank[$1.0.key] ?? 0) }
        }
        switch format {
        case .text: Report.output(entries.map { Self.text($0.1, base: run.base) }.joined(separator: "\n"))
        case .json:
            let items = entries.map { history, version in
                JSONValue.object([
                    ("article", .string("art. \(history.key)")),
                    ("validFrom", .string(version.validFrom.iso)),
                    ("validUntil", .optional(version.validUntil?.iso)),
                    ("status", .string(version.article.status.rawValue)),
                    ("sources", .array(version.sources.map(ConsolidationJSON.source))),
                    ("text", .string(TextRenderer.render(version.article))),
                ])
            }
            Report.output(JSONValue.object([("act", .optional(run.base.metadata.numac)), ("versions", .array(items))]).serialized() + "\n")
        }
    }

    /// Articles in the order of the last structure, then those no structure holds any more.
    static func documentOrder(_ timeline: Timeline) -> [String] {
        var seen = Set<String>()
        var order: [String] = []
        for structure in timeline.structures.reversed() {
            for article in Act(body: structure.body).articles {
                let key = ArticleNumber.normalized(article.number)
                if seen.insert(key).inserted { order.append(key) }
            }
        }
        return order + timeline.histories.keys.filter { !seen.contains($0) }.sorted()
    }

    /// `2018-01-01 – 2020-08-31  arrêté du 9 novembre 2017, art. 5 (published 2017-12-05)`, then the text.
    static func text(_ version: ArticleVersion, base: Act) -> String {
        let period = version.validFrom.iso + " – " + (version.validUntil?.iso ?? "…")
        var header = period
        if version.sources.isEmpty {
            header += "  base act" + (base.metadata.publication.map { ", published \($0.iso)" } ?? "")
        } else {
            let sources = version.sources.map { applied -> String in
                let act = applied.edit.source.act
                let name = act.title.flatMap(ActKind.fromTitle).map(\.frenchName) ?? "acte"
                var text = "\(name) du \(act.date?.french ?? "?")"
                if let dossier = act.dossier { text += " (\(dossier))" }
                text += ", \(applied.edit.source.address)"
                if let publication = act.publication { text += ", published \(publication.iso)" }
                if applied.edit.retroactive { text += ", retroactive" }
                return text
            }
            // One line per amending article, in order, without repeats.
            var unique: [String] = []
            for source in sources where !unique.contains(source) { unique.append(source) }
            header += "  " + unique.joined(separator: "; ")
        }
        return header + "\n" + TextRenderer.render(version.article)
    }
}
