import ChronolexModel
import ChronolexWorkspace
import Testing

/// Look 31's dating faults: a fixing act that dates a whole act in a list (« Entrent en
/// vigueur le … : 1° l'arrêté royal du … ») was dropped, and the changes it dated were
/// said « not dated ».
@Suite("Look 31: a whole act dated in a list")
struct Look31DatingTests {
    typealias Look29 = Look29DatingTests

    @Test func aWholeActInTheList() throws {
        let f = Look29.fixing("""
            **Article 1er.** Entrent en vigueur le 1er janvier 2022 :

            1° \(Look29.cited);

            2° l'article 5 de l'arrêté royal du 10 mars 2020 relatif aux essais de probe.
            """)
        let consolidated = try Look29.workspace([("a.md", Look29.twoPoints), ("f.md", f)]).consolidated(act: "2020100001").get()
        #expect(!consolidated.diagnostics.contains { $0.message.contains("not dated") }, "\(consolidated.diagnostics.map(\.message))")
        #expect(try Look29.text(consolidated, "6", "2021-12-31") == "Art. 6. Le ministre statue dans les trente jours.\n")
        #expect(try Look29.text(consolidated, "6", "2022-01-01") == "Art. 6. Le Gouvernement statue dans les soixante jours.\n")
    }
}

/// An entry-into-force clause that cannot be read leaves the act's edits undated (each an
/// error); its own error reaches their articles only (look 31: « le lendemain de sa
/// publication », then not read, stopped `consolidate --article 7`, which the act does not
/// touch).
@Suite("Look 31: an unread entry-into-force clause, scoped")
struct Look31UnreadClauseTests {
    @Test func scopedToTheArticlesItLeavesUndated() throws {
        let amending = OperationTests.amending("**Art. 1er.** Dans l'article 2 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, le mot « deux » est remplacé par le mot « trois ».",
                                               entry: "Le présent arrêté entre en vigueur le jour de la Saint-Nicolas.")
        let workspace = Workspace(texts: [("0-base.md", baseAct("**Article 1er.** Texte un.\n\n**Art. 2.** Texte deux.")), ("1-amending.md", amending)])
        let consolidated = try workspace.consolidated(act: "2020200001").get()
        #expect(consolidated.failed(article: "2"))
        #expect(!consolidated.failed(article: "1"))
        #expect(consolidated.failed())
    }
}
