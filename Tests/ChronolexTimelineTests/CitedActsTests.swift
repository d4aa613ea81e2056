@testable import ChronolexWorkspace
import ChronolexModel
import ChronolexTimeline
import Foundation
import Testing

/// Issue 14: whether another act amends an act of the folder is asked of an index of the
/// citations (``CitedActs``), not of every instruction of every act in turn. The answers
/// must be the walk's, kept here as it was: for every act of real and written folders.
@Suite("Acts amended by another act of the folder")
struct CitedActsTests {
    /// The walk over every instruction of every other file, as `isAmended` was.
    static func amendedByWalking(_ document: Workspace.Document, in workspace: Workspace) -> Bool {
        workspace.documents.contains { other in
            other.file != document.file && other.edits.contains { index in
                workspace.shared[index].edit.targetAct.map { Consolidation.matches($0, document.act) } ?? false
            }
        }
    }

    static func expectSameAnswers(_ workspace: Workspace, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for document in workspace.documents {
            #expect(workspace.isAmended(document) == amendedByWalking(document, in: workspace), "\(document.file)", sourceLocation: sourceLocation)
        }
    }

    static let shared = Paths.root.appendingPathComponent("../shared/corpus").standardized.path

    @Test func theExampleCorpus() {
        let workspace = Workspace(paths: [Paths.corpus])
        #expect(workspace.documents.count >= 9)
        #expect(workspace.documents.contains { workspace.isAmended($0) })
        Self.expectSameAnswers(workspace)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: shared), "../shared/corpus is absent (a newcomer's clone); CI has it"))
    func theRealCorpusFolders() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.shared).filter { !$0.hasSuffix(".md") }.sorted()
        var amended = 0
        for folder in folders {
            let path = Self.shared + "/" + folder
            var paths = [path]
            // The triples: each one's folder (base, amending act, Justel's next version).
            if folder == "triples-2024" {
                paths = try FileManager.default.contentsOfDirectory(atPath: path).sorted().map { path + "/" + $0 }
            }
            for path in paths {
                let workspace = Workspace(paths: [path])
                amended += workspace.documents.filter { workspace.isAmended($0) }.count
                Self.expectSameAnswers(workspace)
            }
        }
        #expect(amended > 10)
    }

    /// Citations by numac, by date and title, of a code by its name, an act's own
    /// instructions, the same citation from one file and from two.
    @Test func writtenCitations() {
        func act(_ name: String, numac: String?, date: String, title: String, modifies: String? = nil, body: String) -> (name: String, text: String) {
            var front = "---\ntitle-fr: \"\(title)\"\ndate: \(date)\n"
            if let numac { front += "number: \(numac)\n" }
            if let modifies { front += "modifies: \(modifies)\n" }
            return (name, front + "---\n\n" + body + "\n")
        }
        let texts = [
            act("code.md", numac: nil, date: "2004-04-22", title: "Code de la démocratie locale et de la décentralisation",
                body: "**Article 1er.** Le présent code s'applique."),
            act("base.md", numac: "2014201111", date: "2014-05-22", title: "Arrêté du Gouvernement relatif aux mesures de référence",
                body: "**Article 1er.** Les mots trente jours.\n\n**Art. 2.** Le Conseil décide."),
            act("lonely.md", numac: "2015201111", date: "2015-03-01", title: "Arrêté du Gouvernement relatif aux jardins",
                body: "**Article 1er.** Un jardin."),
            act("self.md", numac: "2016201111", date: "2016-06-01", title: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 1er juin 2016 relatif aux mots",
                body: "**Article 1er.** Dans l'article 1er de l'arrêté du Gouvernement du 1er juin 2016 relatif aux mots, le mot « A » est remplacé par le mot « B »."),
            act("amending-1.md", numac: "2020201111", date: "2020-01-01", title: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 22 mai 2014 relatif aux mesures de référence",
                body: "**Article 1er.** Dans l'article 1er de l'arrêté du Gouvernement du 22 mai 2014 relatif aux mesures de référence, les mots « trente jours » sont remplacés par les mots « quarante jours ».\n\n**Art. 2.** Dans l'article 1er du Code de la démocratie locale et de la décentralisation, le mot « code » est remplacé par le mot « Code »."),
            act("amending-2.md", numac: "2021201111", date: "2021-01-01", title: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 20 janvier 2020 modifiant l'arrêté du Gouvernement du 22 mai 2014",
                body: "**Article 1er.** Dans l'article 2 de l'arrêté du Gouvernement du 1er janvier 2020 modifiant l'arrêté du Gouvernement du 22 mai 2014 relatif aux mesures de référence, le mot « Code » est remplacé par le mot « code ».\n\n**Art. 2.** Dans l'article 2 de l'arrêté du Gouvernement du 22 mai 2014 relatif aux mesures de référence, le mot « Conseil » est remplacé par le mot « Comité »."),
        ]
        let workspace = Workspace(texts: texts)
        Self.expectSameAnswers(workspace)
        let amended = Set(workspace.documents.filter { workspace.isAmended($0) }.map(\.file))
        // The base (two files cite it), the code (by its name), the first amending act (by
        // its date and title); not the act that only amends itself, nor the lonely one.
        #expect(amended.contains("base.md"))
        #expect(amended.contains("code.md"))
        #expect(amended.contains("amending-1.md"))
        #expect(!amended.contains("self.md"))
        #expect(!amended.contains("lonely.md"))
    }
}
