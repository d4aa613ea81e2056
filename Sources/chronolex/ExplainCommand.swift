import ArgumentParser
import ChronolexModel
import ChronolexWorkspace

/// `chronolex explain FILES... [--act NUMAC] [--format text|json]`: for each instruction,
/// what it was read as, its date, the unit it resolved to and what happened.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain, instruction by instruction, what a consolidation does (exit 1 if any instruction fails).",
        discussion: """
        Examples:
          chronolex explain Corpus
          chronolex explain Corpus --act 2015201234 --as-known-on 2021-01-15

        Prints one line per instruction, in application order: where it is, what it was read as, \
        its date, and what became of it (applied to which unit; pending; aimed at another act; \
        not found; …).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Base acts and amending acts: files, or directories such as Corpus/ (none with --corpus).")
    var inputs: [String] = []

    @Option(help: "An index built by 'chronolex index': the act (--act) and the acts that amend it are found there.")
    var corpus: String?

    @Option(help: "Explain for this base act only (numac); all base acts by default.")
    var act: String?

    @Option(help: "Take into account only the acts published on or before this date (2021-06-01, 01/06/2021, \"1 juin 2021\").", transform: DateArgument.parse)
    var asKnownOn: LegalDate?

    @Option(help: "text (one line per instruction) or json.")
    var format: Format = .text

    @OptionGroup var output: OutputOptions

    @OptionGroup var jsonOptions: JSONOptions

    func run() throws {
        output.apply()
        let workspace = Workspace(paths: try CorpusInputs.paths(inputs: inputs, act: act, corpus: corpus, knownOn: asKnownOn))
        // Files that could not be read (a mistyped path among them) are errors here too.
        let unreadable = workspace.readingDiagnostics.filter { $0.severity == .error }
        Report.print(workspace.readingDiagnostics + workspace.documents.flatMap(\.instructionDiagnostics).filter { $0.severity == .warning })
        switch workspace.explanation(act: act, knownOn: asKnownOn) {
        case .failure(let diagnostic):
            Report.print([diagnostic])
            throw ExitCode.failure
        case .success(let explanation):
            switch format {
            case .text: Report.output(ExplanationRenderer.text(explanation.outcomes))
            case .json: Report.output(ExplanationRenderer.json(explanation.outcomes, pretty: jsonOptions.pretty))
            }
            // What applying an instruction had to read past or leave to the jurist (« words found
            // as … », two acts of one day that nothing orders): warnings, as `consolidate` says them.
            Report.print(explanation.outcomes.filter { $0.status == .applied }.compactMap(\.diagnostic) + explanation.problems)
            if explanation.failed || !unreadable.isEmpty { throw ExitCode.failure }
        }
    }
}
