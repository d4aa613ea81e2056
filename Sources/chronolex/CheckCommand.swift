import ArgumentParser
import ChronolexAmendments
import ChronolexDiff
import ChronolexModel
import ChronolexReaders
import ChronolexTimeline

/// `chronolex check FILES... [--act NUMAC] --against OFFICIAL [--at DATE] [--format text|json|html] [--keep-going]`:
/// consolidate, then compare every article with an official consolidation.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Compare Chronolex's consolidation with an official one, article by article (exit 1 when anything diverges).",
        discussion: """
        Without --at, the date is taken from the official text: a Justel consolidation 'mise à \
        jour au D' holds every amending act published by D, including those that enter into \
        force later, so Chronolex consolidates as known on D, at the latest date those acts \
        take effect. An instruction that cannot be applied stops the check (exit 1) unless \
        --keep-going: then it is listed on stderr and the check compares what could be applied \
        (exit 1 still when anything diverges).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, html }

    @Argument(help: "The base act and the amending acts (files or directories).")
    var inputs: [String]

    @Option(help: "The numac of the base act (when the input holds several).")
    var act: String?

    @Option(help: "The official consolidation to compare with (markdown, seed format or Justel).")
    var against: String

    @Option(help: "The date of the comparison (valid time).")
    var at: LegalDate?

    @Option(help: "text, json or html.")
    var format: Format = .text

    @Flag(help: "Consolidate with the instructions that apply, list those that fail on stderr, and compare.")
    var keepGoing = false

    func run() throws {
        let official = ActReader.read(path: against)
        Report.print(official.diagnostics)
        guard let reference = official.act, !official.hasErrors else { throw ExitCode.failure }
        let knownOn = reference.metadata.consolidatedOn
        let run = try TimelineRun.make(inputs: inputs, act: act, keepGoing: keepGoing, knownOn: knownOn)
        guard let comparison = OfficialComparison(official: reference, timeline: run.timeline, at: at) else {
            throw ValidationError("\(against) says no date (no 'mise à jour au'): give --at DATE")
        }
        let (date, ours, identical, divergent, extra) = (comparison.date, comparison.ours, comparison.identical, comparison.divergent, comparison.extra)
        let words = WordDiff.diff(Self.articlesText(reference), Self.articlesText(ours))
        let changed = words.filter { $0.operation != .equal }.reduce(0) { $0 + WordTokenizer.tokens(of: $1.text).count }
        let total = WordTokenizer.tokens(of: Self.articlesText(reference)).count + WordTokenizer.tokens(of: Self.articlesText(ours)).count
        let distance = total == 0 ? 0 : Double(changed) / Double(total)

        // The divergences as a diff of the official text (old) against ours (new), each
        // change attributed to the instructions that touched its article.
        var diff = ActDiffer.diff(old: reference, new: ours,
                                  from: ActDiff.Side(label: "official: \(against)", file: against),
                                  to: ActDiff.Side(label: "Chronolex on \(date.iso)" + (knownOn.map { ", as known on \($0.iso)" } ?? ""), date: date),
                                  attributions: TimelineAttributions.table(run.timeline, from: run.timeline.entryIntoForce.adding(days: -1), to: date))
        diff.changes = diff.changes.filter { $0.level != .division }
        let summary = "\(identical) of \(reference.articles.count) articles identical" + (extra.isEmpty ? "" : "; \(extra.count) article(s) only in Chronolex's text: \(extra.map { "art. \($0)" }.joined(separator: ", "))")
        switch format {
        case .text:
            var out = "check: \(run.base.metadata.numac ?? run.base.file ?? "") on \(date.iso)" + (knownOn.map { " as known on \($0.iso)" } ?? "") + " against \(against)\n"
            out += summary + "\n"
            out += "normalised edit distance (words): " + String(format: "%.4f", distance) + "\n"
            if !divergent.isEmpty || !extra.isEmpty {
                out += "\n" + TextDiffRenderer.render(diff, style: .plain)
            }
            Report.output(out)
        case .json:
            Report.output(JSONValue.object([
                ("act", .optional(run.base.metadata.numac)), ("against", .string(against)), ("at", .string(date.iso)),
                ("asKnownOn", .optional(knownOn?.iso)), ("articles", .int(reference.articles.count)), ("identical", .int(identical)),
                ("divergent", .array(divergent.map { .string("art. \($0)") })), ("onlyInChronolex", .array(extra.map { .string("art. \($0)") })),
                ("editDistance", .string(String(format: "%.6f", distance))), ("diff", JSONDiffRenderer.value(diff)),
            ]).serialized() + "\n")
        case .html:
            Report.output(HTMLDiffRenderer.render(diff))
        }
        if !divergent.isEmpty || !extra.isEmpty { throw ExitCode.failure }
    }

    /// The articles' words alone, for the edit distance.
    static func articlesText(_ act: Act) -> String {
        act.articles.map { TextRenderer.render($0) }.joined(separator: "\n")
    }
}
