import ArgumentParser
import ChronolexModel
import ChronolexReaders
import ChronolexXML

/// `chronolex parse FILE... [--format outline|json|markdown|text|html]`
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Read acts and print their structure or their text.",
        discussion: """
        The format of each file (markdown with YAML front matter, plain eJustice text, or a \
        Justel page) is detected. Output goes to stdout only when every file was read without error.

        Examples:
          chronolex parse Corpus/2015-bibliotheques.md
          chronolex parse Corpus/2016-aires-de-jeux.md --format text
          chronolex parse Corpus/2015-bibliotheques.md --no-excerpt

        Prints one line per unit (its address, a tab, its first words), or the act in the format asked.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case outline, json, markdown, text, html
    }

    @Argument(help: "The acts to read.")
    var files: [String]

    @Option(help: "What to print: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .outline

    @Flag(help: "In outline, print only the addresses (no excerpt).")
    var noExcerpt = false

    func validate() throws {
        if files.count > 1, format == .markdown || format == .html {
            throw ValidationError("--format \(format.rawValue) prints one act: give one file")
        }
    }

    @OptionGroup var output: OutputOptions

    func run() throws {
        output.apply()
        var acts: [Act] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            let result = ActReader.read(path: file)
            diagnostics += result.diagnostics
            if let act = result.act, !result.hasErrors { acts.append(act) }
        }
        Report.print(diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
        Report.output(render(acts))
    }

    private func render(_ acts: [Act]) -> String {
        switch format {
        case .outline:
            return acts.map { act in
                let header = acts.count > 1 ? "# \(act.file ?? "")\n" : ""
                return header + OutlineRenderer.render(act, excerptLength: noExcerpt ? 0 : 60)
            }.joined(separator: "\n")
        case .text:
            return acts.map(TextRenderer.render).joined(separator: "\n")
        case .json:
            let renderer = JSONRenderer()
            if acts.count == 1 { return renderer.render(acts[0]) }
            return JSONValue.array(acts.map(renderer.value)).serialized() + "\n"
        case .markdown:
            return MarkdownRenderer.render(acts[0])
        case .html:
            return HTMLRenderer.render(acts[0])
        }
    }
}
