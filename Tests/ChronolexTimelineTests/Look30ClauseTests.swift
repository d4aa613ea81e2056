import ChronolexModel
import ChronolexWorkspace
import Testing

/// Look 30: « L'article 4 de l'arrêté … est déplacé / transféré / réécrit comme suit / adapté
/// comme suit » was taken for a provision of the amending act: art. 4 printed unchanged,
/// exit 0, under a warning that called the clause a provision.
@Suite("Look 30: clauses that move or rewrite another act's article")
struct Look30ClauseTests {
    static let cited = "de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"

    @Test(arguments: [
        "L'article 4 \(cited) est déplacé dans le chapitre 1er, après l'article 2.",
        "L'article 4 \(cited) est transféré au chapitre 1er.",
        "L'article 4 \(cited) est réécrit comme suit : « Art. 4. La collection est renouvelée. »",
        "L'article 4 \(cited) est adapté comme suit : « Art. 4. La collection est renouvelée. »",
        "L'article 4 du même arrêté est reformulé comme suit : « Art. 4. La collection est renouvelée. »",
    ])
    func aClauseWhoseSubjectIsAnotherActsArticle(_ clause: String) throws {
        let workspace = Workspace(texts: [("base.md", OperationTests.base), ("a.md", OperationTests.amending("**Art. 1er.** " + clause))])
        let errors = workspace.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1 && errors[0].unit == "Art. 1", "\(workspace.diagnostics.map(\.message))")
        #expect(!workspace.diagnostics.contains { $0.message.contains("provision of this act") })
        #expect(try workspace.consolidated(act: nil).get().failed(article: "4", at: [LegalDate("2021-06-01")!]))
    }

    /// A rule of the act about another act's article, with no verb of change, stays a provision.
    @Test(arguments: [
        "L'article 4 \(cited) reste applicable aux demandes introduites avant le 1er juin 2020.",
        "L'article 4 \(cited) est applicable aux essais en cours.",
        "L'article 4 \(cited) continue à produire ses effets jusqu'au 31 décembre 2021.",
    ])
    func aRuleAboutAnotherActsArticleStaysAProvision(_ clause: String) throws {
        let workspace = Workspace(texts: [("base.md", OperationTests.base), ("a.md", OperationTests.amending("**Art. 1er.** " + clause))])
        #expect(!workspace.diagnostics.contains { $0.severity == .error }, "\(workspace.diagnostics.map(\.message))")
        #expect(workspace.diagnostics.contains { $0.message.contains("provision of this act") })
    }
}

/// Look 30: an act whose `modifies:` names another numac, while its instructions cite the
/// base itself by date, kind and title: its edits were dropped among those « aimed at
/// another act », the base printed unamended, and `explain` named that act with the base's
/// own title.
@Suite("Look 30: modifies: against the text's own citation")
struct Look30ModifiesTests {
    static func amending(modifies: String) -> String {
        """
        ---
        title-fr: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
        date: 2020-06-01
        number: 2020200100
        publication: 2020-06-10
        modifies: \(modifies)
        ---

        **Art. 1er.** Dans l'article 4 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, le mot « département » est remplacé par le mot « service ».

        **Art. 2.** Le présent arrêté entre en vigueur le 1er janvier 2021.
        """
    }

    @Test func anotherNumacThanTheActCited() throws {
        let workspace = Workspace(texts: [("base.md", OperationTests.base), ("a.md", Self.amending(modifies: "2020209999"))])
        let consolidated = try workspace.consolidated(act: nil).get()
        let errors = consolidated.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1 && errors[0].message.hasPrefix("this act's front matter says it modifies 2020209999, but this instruction cites"), "\(consolidated.diagnostics.map(\.message))")
        #expect(consolidated.failed(article: "4", at: [LegalDate("2021-06-01")!]))
        #expect(!consolidated.failed(article: "3", at: [LegalDate("2021-06-01")!]))
    }

    @Test func theBasesOwnNumac() throws {
        let workspace = Workspace(texts: [("base.md", OperationTests.base), ("a.md", Self.amending(modifies: "2020200001"))])
        let consolidated = try workspace.consolidated(act: nil).get()
        #expect(!consolidated.diagnostics.contains { $0.severity == .error }, "\(consolidated.diagnostics.map(\.message))")
        let version = try consolidated.article("4", at: LegalDate("2021-06-01")!).get()
        #expect(TextRenderer.render(version.article).contains("Le service tient"))
    }
}
