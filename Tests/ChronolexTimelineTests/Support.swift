import ChronolexAmendments
import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import ChronolexWorkspace
import Foundation
import Testing

enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("Corpus").path
}

/// A base act and amending acts written in a test, consolidated.
struct Fixture {
    var library: Workspace
    var timeline: Timeline

    init(base: String, amending: [String], knownOn: LegalDate? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        library = Workspace(texts: [("0-base.md", base)] + amending.enumerated().map { ("\($0.offset + 1)-amending.md", $0.element) })
        let errors = library.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "reading: \(errors)", sourceLocation: sourceLocation)
        let base = try #require(library.bases.first, sourceLocation: sourceLocation)
        timeline = Consolidation.timeline(of: base, shared: library.shared, knownOn: knownOn, fixings: library.fixings)
    }

    /// The outcomes that are failures, as diagnostics without the file's directory.
    var failures: [String] {
        timeline.outcomes.filter(\.status.isFailure).compactMap { $0.diagnostic.map { "\($0.unit ?? ""): \($0.message)" } }
    }

    /// The warnings of the edits applied, as `file:line: Art. N: message` without the file and line.
    var warnings: [String] {
        timeline.outcomes.filter { !$0.status.isFailure }.compactMap { $0.diagnostic.map { "\($0.unit ?? ""): \($0.message)" } }
    }

    /// The text of one article on a date, as `chronolex consolidate --article` prints it.
    func text(_ article: String, at date: String) -> String? {
        guard let date = LegalDate(date), let version = timeline.article(article, at: date) else { return nil }
        return TextRenderer.render(version.article)
    }
}

/// A base act in the seed format, for the tests below: arrêté of 1 March 2020, published
/// 2020-03-10, in force 2020-04-01.
func baseAct(_ body: String) -> String {
    essais(title: "Arrêté du Gouvernement relatif aux essais", body)
}

/// Justel's state of that arrêté, « mise à jour au » `updated` (`01-06-2021`), whose text
/// (articles and footnotes) is `body`.
func justelState(updated: String, _ body: String) -> String {
    essais(title: "Arrêté du Gouvernement relatif aux essais (NOTE : Consultation des versions antérieures à partir du 10-03-2020 et mise à jour au \(updated))", body)
}

/// The same arrêté without `starts:`: its own articles say when it enters into force (and
/// when it ends).
func baseActDatedByItself(_ body: String) -> String {
    essais(title: "Arrêté du Gouvernement relatif aux essais", body, starts: nil)
}

/// The arrêté « relatif aux essais » under `title`, whose text is `body`.
private func essais(title: String, _ body: String, starts: String? = "2020-04-01") -> String {
    """
    ---
    title-fr: "\(title)"
    date: 2020-03-01
    number: 2020200001
    case: 2020-03-01/01
    publication: 2020-03-10\(starts.map { "\nstarts: " + $0 } ?? "")
    ---

    \(body)
    """
}

/// An amending act of that arrêté, dated `date`, published `published`, whose articles are
/// `body` (the entry-into-force article included, if any).
func amendingAct(date: String, published: String, numac: String, _ body: String) -> String {
    """
    ---
    title-fr: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
    date: \(date)
    number: \(numac)
    case: \(date)/01
    publication: \(published)
    modifies: 2020200001
    ---

    \(body)
    """
}
