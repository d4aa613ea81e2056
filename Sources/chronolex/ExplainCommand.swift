import ArgumentParser
import ChronolexModel
import ChronolexWorkspace

/// `chronolex explain FILES... [--act NUMAC] [--format text|json]`: for each instruction,
/// what it was read as, its date, the unit it resolved to and what happened.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain, instruction by instruction, what a consolidation does (exit 1 if any instruction fails)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Base acts and amending acts: files, or directories such as Corpus/ (none with --corpus).")
    var inputs: [String] = []

    @Option(help: "An index built by 'chronolex index': the act (--act) and the acts that amend it are found there.")
    var corpus: String?

    @Option(help: "Explain for this base act only (numac); all base acts by default.")
    var act: String?

    @Option(help: "text (one line per instruction) or json.")
    var format: Format = .text

    func run() throws {
        let workspace = Workspace(paths: try CorpusInputs.paths(inputs: inputs, act: act, corpus: corpus))
        // Files that could not be read (a mistyped path among them) are errors here too.
        let unreadable = workspace.readingDiagnostics.filter { $0.severity == .error }
        Report.print(workspace.readingDiagnostics + workspace.documents.flatMap(\.instructionDiagnostics).filter { $0.severity == .warning })
        switch workspace.explanation(act: act) {
        case .failure(let diagnostic):
            Report.print([diagnostic])
            throw ExitCode.failure
        case .success(let outcomes):
            switch format {
            case .text: Report.output(ExplanationRenderer.text(outcomes))
            case .json: Report.output(ExplanationRenderer.json(outcomes))
            }
            if outcomes.contains(where: { $0.status.isFailure }) || !unreadable.isEmpty { throw ExitCode.failure }
        }
    }
}
