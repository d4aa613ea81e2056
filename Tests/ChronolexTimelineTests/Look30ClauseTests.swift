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
