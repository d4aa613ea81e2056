import ArgumentParser
import ChronolexDiff
import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import ChronolexWorkspace
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

        Examples:
          chronolex diff Corpus --act 2015201234 --from 2019-06-01 --to 2023-01-01
          chronolex diff Corpus --act 2015201234 --timeline --article 10
          chronolex diff Corpus --act 2016202345 --from 2017-01-01 --to 2025-01-01

        Prints each changed unit with its words deleted [-…-] and inserted {+…+}, and the act that changed it.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    enum ColorMode: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Argument(help: "Two versions of an act (OLD NEW); or, with --from/--to or --timeline, base and amending acts (files or directories; none with --corpus).")
    var files: [String] = []

    @Option(help: "Timeline mode: an index built by 'chronolex index', where the act (--act) and the acts that amend it are found.")
    var corpus: String?

    @Option(help: "Timeline mode: the date of the old version.", transform: DateArgument.parse)
    var from: LegalDate?

    @Option(help: "Timeline mode: the date of the new version.", transform: DateArgument.parse)
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
        if files.isEmpty, corpus == nil { throw ValidationError("give the acts to compare") }
        if corpus != nil, !timelineMode { throw ValidationError("--corpus compares dates of a timeline: give --from and --to, or --timeline") }
    }

    @OptionGroup var output: OutputOptions

    @OptionGroup var jsonOptions: JSONOptions

    func run() throws {
        output.apply()
        let article = try ArticleArgument.whole(article, command: "diff")
        if timeline { return try runTimeline(article: article) }
        let result: Result<ActDiff, Diagnostic>
        if timelineMode {
            guard let from, let to else { throw ValidationError("give both --from DATE and --to DATE") }
            result = try TimelineRun.make(inputs: files, act: act, keepGoing: keepGoing, article: article, at: [from, to], corpus: corpus)
                .diff(from: from, to: to, article: article)
        } else {
            // Two parsed files: no history, hence no attribution.
            let (diff, diagnostics, acts, versions) = Workspace.diff(oldPath: files[0], newPath: files[1], article: article, keepingTrees: true)
            Report.print(diagnostics)
            Report.keepUntilExit(acts)
            Report.keepUntilExit(versions)
            guard let diff else { throw ExitCode.failure }
            result = .success(diff)
        }
        switch result {
        case .success(let diff):
            write(diff)
            // Thousands of changes, each a dozen strings: not freed one by one before exit.
            Report.keepUntilExit(diff)
        case .failure(let diagnostic):
            Report.print([diagnostic])
            throw ExitCode.failure
        }
    }

    /// `--timeline`: every version of one article, each against the one before.
    private func runTimeline(article: String?) throws {
        guard let article else { return }
        let run = try TimelineRun.make(inputs: files, act: act, keepGoing: keepGoing, article: article, corpus: corpus)
        let diffs: [ActDiff]
        switch run.diffs(ofArticle: article) {
        case .success(let found): diffs = found
        case .failure(let diagnostic):
            Report.print([diagnostic])
            throw ExitCode.failure
        }
        switch format {
        case .text: Report.output(diffs.map { TextDiffRenderer.render($0, style: useColor ? .ansi : .plain) }.joined(separator: "\n"))
        case .json: Report.output(JSONValue.array(diffs.map(JSONDiffRenderer.value)).serialized(pretty: jsonOptions.pretty) + "\n")
        case .html: Report.stream { HTMLDiffRenderer.write(diffs, layout: sideBySide ? .sideBySide : .inline, to: $0) }
        }
    }

    /// The diff in the chosen format, streamed to standard output as it is written (the
    /// HTML page too: no libxml2 tree, no copy of the page).
    private func write(_ diff: ActDiff) {
        switch format {
        case .text: Report.stream { TextDiffRenderer.render(diff, style: useColor ? .ansi : .plain, to: $0) }
        case .json: Report.stream { JSONDiffRenderer.write(diff, to: $0, pretty: jsonOptions.pretty) }
        case .html: Report.stream { HTMLDiffRenderer.write(diff, layout: sideBySide ? .sideBySide : .inline, to: $0) }
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
