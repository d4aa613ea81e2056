import ArgumentParser
import ChronolexDiff
import ChronolexModel
import ChronolexReaders
import ChronolexWorkspace

/// `chronolex check FILES... [--act NUMAC] --against OFFICIAL [--at DATE] [--format text|json|html] [--keep-going]`
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

        Examples:
          chronolex consolidate Corpus --act 2015201234 --format markdown > official.md
          chronolex check Corpus --act 2015201234 --against official.md --at 2024-01-01
          chronolex check Corpus --act 2015201234 --against official.md --at 2019-01-01

        Prints how many articles are identical, the normalised word edit distance, then each \
        divergence as a word diff with the instructions that touched the article.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, html }

    @Argument(help: "The base act and the amending acts (files or directories; none with --corpus).")
    var inputs: [String] = []

    @Option(help: "An index built by 'chronolex index': the act (--act) and the acts that amend it are found there.")
    var corpus: String?

    @Option(help: "The numac of the base act (when the input holds several).")
    var act: String?

    @Option(help: "The official consolidation to compare with (markdown, seed format or Justel).")
    var against: String

    @Option(help: "The date of the comparison (valid time).", transform: DateArgument.parse)
    var at: LegalDate?

    @Option(help: "text, json or html.")
    var format: Format = .text

    @Flag(help: "Consolidate with the instructions that apply, list those that fail on stderr, and compare.")
    var keepGoing = false

    @OptionGroup var output: OutputOptions

    @OptionGroup var jsonOptions: JSONOptions

    func run() throws {
        output.apply()
        // Read once when it is also among the inputs (the base checked against itself), else
        // at the same time as the inputs given (with --corpus, the index says which files).
        let officialFile: ActFile
        let workspace: Workspace?
        if corpus == nil, !inputs.isEmpty {
            let read = Workspace.read(paths: inputs, official: against)
            officialFile = read.official
            workspace = read.workspace
        } else {
            officialFile = ActFile(path: against)
            workspace = nil
        }
        let official = officialFile.result
        Report.print(official.diagnostics)
        guard let reference = official.act, !official.hasErrors else { throw ExitCode.failure }
        let knownOn = reference.metadata.consolidatedOn
        // The official text's words, cut and numbered for the word distance while the act
        // is consolidated.
        let words = SideThread { Check.OfficialWords(reference) }
        let run = try TimelineRun.make(inputs: inputs, act: act, keepGoing: keepGoing, knownOn: knownOn, at: at.map { [$0] } ?? [], corpus: corpus,
                                       alreadyRead: [officialFile], workspace: workspace)
        // The official text must be a text of the same act.
        if let official = reference.metadata.numac, let base = run.base.metadata.numac, official != base {
            Report.print([Diagnostic.error("the official text is act \(official), not act \(base): compare an act with a text of itself", file: against, line: nil)])
            throw ExitCode.failure
        }
        guard let check = run.check(against: reference, named: against, at: at, knownOn: knownOn, words: words) else {
            throw ValidationError("\(against) says no date (no 'mise à jour au'): give --at DATE")
        }
        // Not released node by node before the process exits.
        Report.keepUntilExit((officialFile, run, check))
        switch format {
        case .text: Report.output(CheckRenderer.text(check))
        case .json: Report.output(CheckRenderer.json(check, pretty: jsonOptions.pretty))
        case .html: Report.output(CheckRenderer.html(check, timeline: run.timeline))
        }
        if !check.agrees { throw ExitCode.failure }
    }
}
