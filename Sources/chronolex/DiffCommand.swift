import ArgumentParser
import ChronolexDiff
import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import Foundation

/// `chronolex diff OLD NEW [--article N] [--format text|json|html] [--side-by-side] [--color auto|always|never]`
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of an act, unit by unit and word by word.",
        discussion: """
        Units are paired by address (article, §, alinéa, point, division heading): inserted, \
        repealed and renumbered units are shown as such; inside a unit, words are compared. \
        Comparing two files gives no attribution (no amending acts are known), and the \
        output says so.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    enum ColorMode: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Argument(help: "Two versions of an act (OLD NEW); or, with --from/--to or --timeline, base and amending acts (files or directories).")
    var files: [String]

    @Option(help: "Timeline mode: the date of the old version.")
    var from: LegalDate?

    @Option(help: "Timeline mode: the date of the new version.")
    var to: LegalDate?

    @Option(help: "Timeline mode: the numac of the base act (when the input holds several).")
    var act: String?

    @Flag(help: "Every version of one article (--article), each against the one before.")
    var timeline = false

    @Flag(help: "Timeline mode: apply what can be applied, list what could not.")
    var keepGoing = false

    @Option(help: "Compare only this article (e.g. 5, 1er, 4/1).")
    var article: String?

    @Option(help: "What to print: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Flag(help: "In HTML, show the old and new texts side by side.")
    var sideBySide = false

    @Option(help: "Colours in text output: auto (when stdout is a terminal), always, never.")
    var color: ColorMode = .auto

    /// What the diff compares, however it was obtained: two files now, two dates of a
    /// timeline later (a second `make…` function), with their attributions.
    struct Comparison {
        var old: Act
        var new: Act
        var from: ActDiff.Side
        var to: ActDiff.Side
        var attributions: (any AttributionProvider)?
        var diagnostics: [Diagnostic]
    }

    private var timelineMode: Bool { from != nil || to != nil || timeline }

    func validate() throws {
        if sideBySide, format != .html { throw ValidationError("--side-by-side applies to --format html") }
        if timeline {
            if article == nil { throw ValidationError("--timeline shows the versions of one article: give --article N") }
            if from != nil || to != nil { throw ValidationError("--timeline shows every version: no --from or --to") }
        } else if timelineMode {
            guard let from, let to else { throw ValidationError("give both --from DATE and --to DATE") }
            if !(from < to) { throw ValidationError("--from must be before --to") }
        } else if files.count != 2 {
            throw ValidationError("give two files (OLD NEW), or base and amending acts with --from DATE --to DATE")
        }
        if files.isEmpty { throw ValidationError("give the acts to compare") }
    }

    func run() throws {
        if timeline { return try runTimeline() }
        let comparison = try timelineMode ? betweenDates() : Self.twoFiles(files[0], files[1])
        Report.print(comparison.diagnostics)
        if comparison.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
        if let article {
            let number = ArticleNumber.normalized(article)
            let known = (comparison.old.articles + comparison.new.articles).contains { ArticleNumber.normalized($0.number) == number }
            if !known {
                Report.print([Diagnostic(.error, file: comparison.new.file ?? files.last ?? "input", location: nil,
                                         message: "art. \(number) is in neither version")])
                throw ExitCode.failure
            }
        }
        Report.output(Self.render(comparison, article: article, format: format, sideBySide: sideBySide, ansi: useColor))
    }

    /// Two dates of a base act's timeline, each change attributed to the edits that made it.
    private func betweenDates() throws -> Comparison {
        guard let from, let to else { throw ValidationError("give both --from DATE and --to DATE") }
        let run = try TimelineRun.make(inputs: files, act: act, keepGoing: keepGoing)
        let label = { (date: LegalDate) in ActDiff.Side(label: date.french, date: date, file: nil) }
        return Comparison(old: run.timeline.act(at: from), new: run.timeline.act(at: to), from: label(from), to: label(to),
                          attributions: TimelineAttributions.table(run.timeline, from: from, to: to), diagnostics: [])
    }

    /// `--timeline`: every version of one article, each against the one before.
    private func runTimeline() throws {
        guard let article else { return }
        let run = try TimelineRun.make(inputs: files, act: act, keepGoing: keepGoing)
        guard let history = run.timeline.histories[ArticleNumber.normalized(article)] else {
            Report.print([Diagnostic.error("art. \(ArticleNumber.normalized(article)) never existed in this act", file: run.base.file ?? files[0], line: nil)])
            throw ExitCode.failure
        }
        var diffs: [ActDiff] = []
        for (previous, version) in zip(history.versions, history.versions.dropFirst()) {
            var old = run.base
            old.body = [.article(previous.article)]
            var new = run.base
            new.body = [.article(version.article)]
            let label = { (date: LegalDate) in ActDiff.Side(label: date.french, date: date, file: nil) }
            let attributions = TimelineAttributions.table(run.timeline, from: previous.validFrom, to: version.validFrom)
            diffs.append(ActDiffer.diff(old: old, new: new, from: label(previous.validFrom), to: label(version.validFrom),
                                        attributions: attributions, article: article))
        }
        switch format {
        case .text: Report.output(diffs.map { TextDiffRenderer.render($0, style: useColor ? .ansi : .plain) }.joined(separator: "\n"))
        case .json: Report.output(JSONValue.array(diffs.map(JSONDiffRenderer.value)).serialized() + "\n")
        case .html: Report.output(HTMLDiffRenderer.render(diffs, layout: sideBySide ? .sideBySide : .inline))
        }
    }

    /// Two parsed files: no history, hence no attribution.
    static func twoFiles(_ oldPath: String, _ newPath: String) throws -> Comparison {
        let oldResult = ActReader.read(path: oldPath)
        let newResult = ActReader.read(path: newPath)
        let diagnostics = oldResult.diagnostics + newResult.diagnostics
        guard let old = oldResult.act, let new = newResult.act, !oldResult.hasErrors, !newResult.hasErrors else {
            Report.print(diagnostics)
            throw ExitCode.failure
        }
        return Comparison(old: old, new: new,
                          from: ActDiff.Side(label: oldPath, file: oldPath),
                          to: ActDiff.Side(label: newPath, file: newPath),
                          attributions: nil, diagnostics: diagnostics)
    }

    /// The diff in the chosen format (one string, written in one piece).
    static func render(_ comparison: Comparison, article: String?, format: Format, sideBySide: Bool, ansi: Bool) -> String {
        let diff = ActDiffer.diff(old: comparison.old, new: comparison.new, from: comparison.from, to: comparison.to,
                                  attributions: comparison.attributions, article: article)
        switch format {
        case .text: return TextDiffRenderer.render(diff, style: ansi ? .ansi : .plain)
        case .json: return JSONDiffRenderer.render(diff)
        case .html: return HTMLDiffRenderer.render(diff, layout: sideBySide ? .sideBySide : .inline)
        }
    }

    private var useColor: Bool {
        switch color {
        case .always: true
        case .never: false
        case .auto: format == .text && isatty(1) != 0
        }
    }
}
