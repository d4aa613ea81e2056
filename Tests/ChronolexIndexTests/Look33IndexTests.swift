@testable import ChronolexIndex
import ChronolexModel
import ChronolexWorkspace
import Foundation
import Testing

/// Look 33 on the index: which act an amending act aims at. An act that amends without
/// saying so (no `modifies:`, no « modifiant » in its title) was left out of the amendment
/// graph, the act printed unamended from the index, exit 0 (p30, p40), where a folder says
/// it is not applied; and of two acts of one day whose titles begin alike, the one whose
/// whole title is cited was called ambiguous (p52).
@Suite("Look 33: which act the index takes as amended")
struct Look33IndexTests {
    /// An arrêté royal of 1 March 2010 « relatif aux \(subject) », numac `numac`.
    static func base(_ subject: String, numac: String) -> String {
        """
        ---
        title-fr: "Arrêté royal relatif aux \(subject)"
        date: 2010-03-01
        number: \(numac)
        publication: 2010-03-15
        starts: 2010-04-01
        ---

        **Article 1er.** Le jardin partagé est ouvert au public deux jours par semaine.

        **Art. 2.** La subvention est versée en une fois.
        """
    }

    /// An act of 2012 titled `title` (with `modifies` in its front matter) whose article 1 is `instruction`.
    static func act(title: String, modifies: String = "", _ instruction: String) -> String {
        """
        ---
        title-fr: "\(title)"
        date: 2012-09-03
        number: 2012009003
        publication: 2012-09-20
        modifies: \(modifies)
        ---

        **Article 1er.** \(instruction)

        **Art. 2.** Le présent arrêté entre en vigueur le 1er octobre 2012.
        """
    }

    static let day = LegalDate("2013-01-01")!

    /// The consolidation of `numac` from the index, as `consolidate --corpus` asks it.
    static func consolidated(_ numac: String, _ index: CorpusIndex) throws -> Consolidated {
        try Workspace(paths: try index.selection(numac: numac, at: day).paths).consolidated(act: numac).get()
    }

    /// p30, p40: « portant diverses dispositions », its instruction citing the act in full.
    @Test(arguments: [
        "Dans l'article 1er de l'arrêté royal du 1er mars 2010 relatif aux jardins partagés, le mot « deux » est remplacé par le mot « trois ».",
        "L'arrêté royal du 1er mars 2010 relatif aux jardins partagés est abrogé.",
    ])
    func anActThatAmendsWithoutSayingSoIsTakenAndSaid(_ instruction: String) throws {
        let unsaid = Self.act(title: "Arrêté royal portant diverses dispositions en matière d'agriculture", instruction)
        let (folder, index) = try DateFixingIndexTests.corpus(["base.md": Self.base("jardins partagés", numac: "2010009001"), "c.md": unsaid])
        defer { try? FileManager.default.removeItem(at: folder) }
        let amending = try index.amendingActs(of: "2010009001")
        #expect(amending.map(\.act.numac) == ["2012009003"] && amending.first?.via == ["unsaid"], "\(amending.map(\.via))")
        let consolidated = try Self.consolidated("2010009001", index)
        #expect(consolidated.failed(article: "1", at: [Self.day]))
        let errors = consolidated.diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(errors.contains { $0.hasPrefix("this act amends 2010009001 (its art. 1) but does not say so") }, "\(errors)")
        // The same as a folder says.
        let inFolder = try Workspace(paths: [folder.path]).consolidated(act: "2010009001").get()
        #expect(inFolder.diagnostics.filter { $0.severity == .error }.map(\.message) == errors)
    }

    /// p52 (the index's side): the act whose whole title is cited is the one amended; an act
    /// cited by its date alone, of two acts of that day, stays ambiguous.
    @Test func anExactTitleWinsInTheIndexToo() throws {
        let exact = Self.act(title: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux jardins partagés",
                             "Dans l'article 2 de l'arrêté royal du 1er mars 2010 relatif aux jardins partagés, les mots « en une fois » sont remplacés par les mots « en deux fois ».")
        let dateAlone = Self.act(title: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010",
                                 "Dans l'article 1er de l'arrêté royal du 1er mars 2010, le mot « deux » est remplacé par le mot « trois ».")
            .replacingOccurrences(of: "2012009003", with: "2012009004")
        let (folder, index) = try DateFixingIndexTests.corpus(["base.md": Self.base("jardins partagés", numac: "2010009001"),
                                                               "base3.md": Self.base("jardins partagés urbains", numac: "2010009003"),
                                                               "b.md": exact, "c.md": dateAlone])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try index.amendingActs(of: "2010009001").map(\.act.numac) == ["2012009003"])
        #expect(try index.amendingActs(of: "2010009003").isEmpty)
        let ambiguous = try index.unresolvedCitations().filter { $0.status == "ambiguous" }
        #expect(ambiguous.map(\.amendingNumac) == ["2012009004"], "\(ambiguous.map(\.description))")
        // The act cited by its date alone is given with both acts: the consolidation of each
        // says which act is amended is not certain, as the folder does.
        for numac in ["2010009001", "2010009003"] {
            let consolidated = try Self.consolidated(numac, index)
            let errors = consolidated.diagnostics.filter { $0.severity == .error }.map(\.message)
            #expect(errors.count == 1 && errors[0].hasPrefix("this instruction cites the arrêté royal du 1er mars 2010, which may be 2010009001"), "\(numac): \(errors)")
            #expect(consolidated.failed(article: "1", at: [Self.day]))
        }
        #expect(try !Self.consolidated("2010009003", index).failed(article: "2", at: [Self.day]))
    }

    /// p31 through the index: `modifies:` names one act, the instruction cites another by its
    /// whole title; the consolidation of either says which act is amended is not certain.
    @Test func modifiesAndTheCitationNameTwoActsOfTheCorpus() throws {
        let e = Self.act(title: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux vergers partagés", modifies: "2010009001",
                         "Dans l'article 2 de l'arrêté royal du 1er mars 2010 relatif aux vergers partagés, les mots « en une fois » sont remplacés par les mots « en deux fois ».")
        let (folder, index) = try DateFixingIndexTests.corpus(["base.md": Self.base("jardins partagés", numac: "2010009001"),
                                                               "base2.md": Self.base("vergers partagés", numac: "2010009002"), "e.md": e])
        defer { try? FileManager.default.removeItem(at: folder) }
        for numac in ["2010009001", "2010009002"] {
            let consolidated = try Self.consolidated(numac, index)
            let errors = consolidated.diagnostics.filter { $0.severity == .error }.map(\.message)
            #expect(errors == ["this act's front matter says it modifies 2010009001, but this instruction cites the arrêté royal du 1er mars 2010 relatif aux vergers partagés, which is 2010009002: which act is amended is not certain; not applied to \(numac)"], "\(numac): \(errors)")
        }
    }
}
