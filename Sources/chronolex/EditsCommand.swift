import ArgumentParser
import ChronolexAmendments
import ChronolexModel
import ChronolexReaders

/// `chronolex edits AMENDING... [--format text|json] [--keep-going]`: the edits that
/// amending acts make, read from their words.
struct EditsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edits",
        abstract: "Read amending acts into typed edits (target act, unit, operation, text, effective date).",
        discussion: """
        An instruction that cannot be read is an error ('file:line: Art. N, 2°: …', exit 1). \
        With --keep-going it is listed as unread (with an 'error' field) and the exit code stays 0.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The amending acts to read.")
    var files: [String]

    @Option(help: "What to print: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Flag(help: "List instructions that cannot be read as unread edits and exit 0.")
    var keepGoing = false

    func run() throws {
        var edits: [Edit] = []
        var diagnostics: [Diagnostic] = []
        var readerFailed = false
        for file in files {
            let result = ActReader.read(path: file)
            diagnostics += result.diagnostics
            guard let act = result.act, !result.hasErrors else {
                readerFailed = true
                continue
            }
            let read = InstructionReader.read(act, file: file)
            diagnostics += read.diagnostics
            edits += read.edits
        }
        Report.print(diagnostics)
        let hasErrors = diagnostics.contains { $0.severity == .error }
        if readerFailed || (hasErrors && !keepGoing) { throw ExitCode.failure }
        switch format {
        case .json: Report.output(EditRenderer.json(edits))
        case .text: Report.output(EditRenderer.text(edits))
        }
    }
}
