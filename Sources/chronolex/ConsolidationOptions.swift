import ArgumentParser
import ChronolexAmendments
import ChronolexIndex
import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
import Foundation

extension LegalDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

/// A date option read with the reason when it is not one ("2021-06-31: June has 30 days").
enum DateArgument {
    static func parse(_ text: String) throws -> LegalDate {
        switch LegalDate.parse(text) {
        case .success(let date): return date
        case .failure(.impossible):
            throw ValidationError("\(text) is not a day of the calendar (a month has 28 to 31 days, February 29 only in leap years)")
        case .failure:
            throw ValidationError("\(text) is not a date: write 2021-06-01, 01/06/2021 or \"1 juin 2021\"")
        }
    }
}

/// The options every command that works from a timeline shares.
struct ConsolidationOptions: ParsableArguments {
    @Argument(help: "Base acts and amending acts: files, or directories such as Corpus/ (none with --corpus).")
    var inputs: [String] = []

    @Option(help: "The numac of the base act (may be omitted when the input holds one base act).")
    var act: String?

    @Option(help: "An index built by 'chronolex index': the act (--act) and the acts that amend it are found there.")
    var corpus: String?

    @Flag(help: "Apply what can be applied, list what could not, and exit 0.")
    var keepGoing = false

    @Flag(help: "Print errors only (and what --keep-going skipped), not warnings.")
    var quiet = false
}

/// A base act's timeline built from the inputs (``Workspace/consolidated(act:knownOn:)``),
/// its diagnostics reported with the project's convention.
enum TimelineRun {
    /// Reads the inputs and builds the timeline (as known on `knownOn`, if given). Prints
    /// the diagnostics; throws exit code 1 when something failed, unless `keepGoing`.
    static func make(_ options: ConsolidationOptions, knownOn: LegalDate? = nil, article: String? = nil, at dates: [LegalDate] = []) throws -> Consolidated {
        Report.quiet = options.quiet
        return try make(inputs: options.inputs, act: options.act, keepGoing: options.keepGoing, knownOn: knownOn, article: article, at: dates, corpus: options.corpus)
    }

    /// The consolidation, its problems reported: those that can affect the answer asked for
    /// (the whole act, or `article`, on `dates`) stop it unless `keepGoing`; the others are counted.
    /// With `corpus`, the files are the index's: the act `numac` and the acts that amend it
    /// (what was used is said on standard error). A file of `alreadyRead` among the inputs
    /// is not read again; `workspace`, when given, holds the inputs read already.
    static func make(inputs: [String], act numac: String?, keepGoing: Bool, knownOn: LegalDate? = nil, article: String? = nil,
                     at dates: [LegalDate] = [], corpus: String? = nil, alreadyRead: [ActFile] = [], workspace: Workspace? = nil) throws -> Consolidated {
        let inputs = try CorpusInputs.paths(inputs: inputs, act: numac, corpus: corpus, at: dates.min(), knownOn: knownOn)
        switch (workspace ?? Workspace(paths: inputs, alreadyRead: alreadyRead)).consolidated(act: numac, knownOn: knownOn) {
        case .failure(let failure):
            Report.print(failure.diagnostics)
            throw ExitCode.failure
        case .success(let consolidated):
            Report.print(consolidated.report(keepGoing: keepGoing, article: article, at: dates))
            // A warning in the convention (look 29: a bare line, easy to miss, was the only
            // trace of edits that did not reach this act).
            if let summary = consolidated.otherActsSummary {
                Report.print([Diagnostic.warning(summary, file: consolidated.base.file ?? "input", line: nil)])
            }
            if consolidated.failed(article: article, at: dates), !keepGoing { throw ExitCode.failure }
            return consolidated
        }
    }

    /// Today, for `--at` by default.
    static var today: LegalDate { LegalDate.todayInBrussels }
}

/// The files a command works on: those given, or with `--corpus`, the act and the acts that
/// amend it as the index finds them.
enum CorpusInputs {
    /// With `corpus`, the act's text is the one the index holds for `date` (the earliest day
    /// asked for), as known on `knownOn` (``CorpusIndex/selection(numac:at:knownOn:)``).
    static func paths(inputs: [String], act numac: String?, corpus: String?, at date: LegalDate? = nil, knownOn: LegalDate? = nil) throws -> [String] {
        guard let corpus else {
            guard !inputs.isEmpty else {
                Report.print(["error: give the acts (files or directories), or --corpus FILE --act NUMAC"])
                throw ExitCode.failure
            }
            return inputs
        }
        guard inputs.isEmpty else {
            Report.print(["error: --corpus finds the files itself: give no files with it"])
            throw ExitCode.failure
        }
        guard let numac else {
            Report.print(["error: --corpus needs --act NUMAC (the act to consolidate)"])
            throw ExitCode.failure
        }
        do {
            let selection = try CorpusIndex.existing(path: corpus).selection(numac: numac, at: date, knownOn: knownOn)
            Report.print(selection.summary)
            return selection.paths
        } catch {
            Report.print(["\(corpus): error: \(error)"])
            throw ExitCode.failure
        }
    }
}

/// `--article` of `diff` and `history`, which show whole articles: « 3 », « 1er », « 4/1 »,
/// « art. 3 ». A unit inside one (« 3, § 2 ») is an error that says so (look 30: « art. 3,
/// § 2 never existed in this act », « art. 2, al. 1 is in neither version »), as is an
/// address that does not read.
enum ArticleArgument {
    /// The article to show (`nil` for the whole act), or an error printed and exit 1.
    static func whole(_ text: String?, command: String) throws -> String? {
        guard let text else { return nil }
        switch Address.lenient(text) {
        case .failure(let error):
            Report.print([Diagnostic.error("--article \(text): \(error.message); write 3, 1er, 4/1 or art. 3", file: "--article", line: nil)])
            throw ExitCode.failure
        case .success(let address):
            guard address.paragraph == nil, address.alinea == nil, address.points.isEmpty, address.sentence == nil else {
                Report.print([Diagnostic.error("--article \(text): \(command) shows whole articles: give the article alone (\(address.article)); `consolidate --article \"\(text)\"` prints that unit",
                                               file: "--article", line: nil)])
                throw ExitCode.failure
            }
            // « art. 3 », « article 3 »: the number.
            return text.first?.isLetter == true ? address.article : text
        }
    }
}
