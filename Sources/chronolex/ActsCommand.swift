import ArgumentParser
import ChronolexIndex
import ChronolexModel

/// `chronolex acts --corpus FILE (--amending NUMAC | --numac NUMAC | --title WORDS)`.
struct ActsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "acts",
        abstract: "List acts of an index: those that amend an act, an act by numac, or by words of its title.",
        discussion: """
        Examples:
          chronolex index Corpus --db corpus.sqlite
          chronolex acts --corpus corpus.sqlite --amending 2015201234
          chronolex acts --corpus corpus.sqlite --numac 2016202345
          chronolex acts --corpus corpus.sqlite --title "aires de jeux"

        Prints one act per line: numac, date, publication, kind, title and file (with --amending, \
        how each amending act was found and its number of edits).
        """
    )

    @Option(help: "The index built by 'chronolex index'.")
    var corpus: String

    @Option(help: "The acts that amend this act (numac), in order of publication.")
    var amending: String?

    @Option(help: "The texts of the act with this numac.")
    var numac: String?

    @Option(help: "Acts whose title holds these words.")
    var title: String?

    func validate() throws {
        if [amending, numac, title].compactMap({ $0 }).count != 1 { throw ValidationError("give one of --amending, --numac, --title") }
    }

    func run() throws {
        let index: CorpusIndex
        do { index = try CorpusIndex.existing(path: corpus) } catch {
            Report.print(["\(corpus): error: \(error)"])
            throw ExitCode.failure
        }
        if let amending {
            let acts = try index.amendingActs(of: amending)
            // An act that amends it without saying so is listed, and said not applied (look 33).
            let via = { (ways: [String]) in ways.map { $0 == "unsaid" ? "unsaid: no `modifies:`, no « modifiant » in its title, not applied" : $0 } }
            var lines = acts.map { "\(Self.line($0.act))  [\(via($0.via).joined(separator: ", "))\($0.edits > 0 ? ", \($0.edits) edit(s)" : "")]" }
            for citation in try index.unresolvedCitations() where citation.status == "ambiguous" && citation.candidates.contains(amending) {
                lines.append("? \(citation.path): « \(citation.description) » could be \(citation.candidates.joined(separator: " or "))")
            }
            Report.output(lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n")
            return
        }
        let acts: [IndexedAct]
        if let numac { acts = try index.acts(numac: numac) } else { acts = try index.findTitles(title ?? "") }
        Report.output(acts.map(Self.line).joined(separator: "\n") + (acts.isEmpty ? "" : "\n"))
        if acts.isEmpty { throw ExitCode.failure }
    }

    static func line(_ act: IndexedAct) -> String {
        let state = act.justelState.map { " (Justel, mise à jour au \($0.iso))" } ?? ""
        return "\(act.numac ?? "-")  \(act.date?.iso ?? "----------")  published \(act.publication?.iso ?? "?")  \(act.kind?.rawValue ?? "?")  \(act.title ?? "")\(state)  \(act.path)"
    }
}
