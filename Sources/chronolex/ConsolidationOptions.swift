import ArgumentParser
import ChronolexAmendments
import ChronolexModel
import ChronolexTimeline
import Foundation

extension LegalDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

/// The options every command that works from a timeline shares.
struct ConsolidationOptions: ParsableArguments {
    @Argument(help: "Base acts and amending acts: files, or directories such as Corpus/.")
    var inputs: [String]

    @Option(help: "The numac of the base act (may be omitted when the input holds one base act).")
    var act: String?

    @Flag(help: "Apply what can be applied, list what could not, and exit 0.")
    var keepGoing = false
}

/// A base act's timeline built from the inputs, and the problems met on the way,
/// reported with the project's convention.
struct TimelineRun {
    var library: ActLibrary
    var base: Act
    var timeline: Timeline
    var diagnostics: [Diagnostic]

    /// Reads the inputs and builds the timeline (as known on `knownOn`, if given). Prints
    /// the diagnostics; throws exit code 1 when something failed, unless `keepGoing`.
    static func make(_ options: ConsolidationOptions, knownOn: LegalDate? = nil) throws -> TimelineRun {
        try make(inputs: options.inputs, act: options.act, keepGoing: options.keepGoing, knownOn: knownOn)
    }

    static func make(inputs: [String], act numac: String?, keepGoing: Bool, knownOn: LegalDate? = nil) throws -> TimelineRun {
        let library = ActLibrary.load(inputs)
        var diagnostics = library.diagnostics
        let base: Act
        switch library.base(numac: numac) {
        case .success(let act): base = act
        case .failure(let diagnostic):
            Report.print(diagnostics + [diagnostic])
            throw ExitCode.failure
        }
        let timeline = Consolidation.timeline(of: base, shared: library.shared, knownOn: knownOn, fixings: library.fixings)
        // Edits that were read with an error are reported by the reader already.
        diagnostics += timeline.outcomes.filter { if case .unreadable = $0.status { return false } else { return true } }.compactMap(\.diagnostic)
        let others = library.edits.filter { edit in
            guard let citation = edit.targetAct else { return false }
            return !Consolidation.matches(citation, base)
        }
        var run = TimelineRun(library: library, base: base, timeline: timeline, diagnostics: diagnostics)
        let failed = diagnostics.contains { $0.severity == .error }
        if failed, keepGoing {
            // Listed, then the rest goes on: errors become a list of what was skipped.
            run.diagnostics = diagnostics.map { diagnostic in
                guard diagnostic.severity == .error else { return diagnostic }
                var skipped = diagnostic
                skipped.message = "skipped: " + diagnostic.message
                skipped.severity = .warning
                return skipped
            }
        }
        Report.print(run.diagnostics)
        if !others.isEmpty {
            let acts = Set(others.compactMap { $0.targetAct?.name })
            Report.print(["\(others.count) edit(s) aimed at \(acts.count) other act(s), not at \(base.metadata.numac ?? base.file ?? "this act"): ignored here (see 'chronolex edits')"])
        }
        if failed, !keepGoing { throw ExitCode.failure }
        return run
    }

    /// Today, for `--at` by default.
    static var today: LegalDate {
        let now = Date()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return LegalDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? LegalDate(ordinal: 0)
    }
}
