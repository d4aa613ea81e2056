import ArgumentParser
import ChronolexAmendments
import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
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

/// A base act's timeline built from the inputs (``Workspace/consolidated(act:knownOn:)``),
/// its diagnostics reported with the project's convention.
enum TimelineRun {
    /// Reads the inputs and builds the timeline (as known on `knownOn`, if given). Prints
    /// the diagnostics; throws exit code 1 when something failed, unless `keepGoing`.
    static func make(_ options: ConsolidationOptions, knownOn: LegalDate? = nil, article: String? = nil) throws -> Consolidated {
        try make(inputs: options.inputs, act: options.act, keepGoing: options.keepGoing, knownOn: knownOn, article: article)
    }

    /// The consolidation, its problems reported: those that can affect the answer asked for
    /// (the whole act, or `article`) stop it unless `keepGoing`; the others are counted.
    static func make(inputs: [String], act numac: String?, keepGoing: Bool, knownOn: LegalDate? = nil, article: String? = nil) throws -> Consolidated {
        switch Workspace(paths: inputs).consolidated(act: numac, knownOn: knownOn) {
        case .failure(let failure):
            Report.print(failure.diagnostics)
            throw ExitCode.failure
        case .success(let consolidated):
            Report.print(consolidated.report(keepGoing: keepGoing, article: article))
            if let summary = consolidated.otherActsSummary { Report.print([summary]) }
            if consolidated.failed(article: article), !keepGoing { throw ExitCode.failure }
            return consolidated
        }
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
