import ChronolexAmendments
import ChronolexModel
import Testing

/// Instructions about a whole act: its repeal, and its withdrawal (« est retiré »: the act
/// is deemed never to have existed), whose cited title may itself name units of another act.
@Suite("A whole act repealed or withdrawn")
struct WholeActTests {
    static let cited = "L'arrêté royal du 21 janvier 2022 modifiant les articles 42, 44 et 50 de l'arrêté royal du 23 mars 2007 portant exécution de la loi du 26 juin 2002 relative aux fermetures d'entreprises"

    /// A title that names articles of another act is the title's own: "modifiant les
    /// articles 42, 44 et 50 de l'arrêté royal du …" (2022200452, art. 4) was cut before
    /// « les articles » and read as nothing.
    @Test func aTitleThatNamesArticles() throws {
        let result = edits(Self.cited + " est abrogé.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.change == .repeal)
        #expect(edit.targetAddress == nil)
        #expect(edit.targetAct?.date?.iso == "2022-01-21")
        #expect(edit.targetAct?.title?.hasSuffix("relative aux fermetures d'entreprises") == true)
    }

    /// "L'arrêté royal du … est retiré" (2022200452, art. 4): a withdrawal, not a repeal —
    /// its own change, which the timeline never applies as a repeal from a later date.
    @Test func aWithdrawal() throws {
        let result = edits(Self.cited + " est retiré.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.change == .withdraw)
        // Its own operation (hand check 16: the JSON said « repeal », as if the act had been
        // in force until the withdrawing act's date).
        #expect(edit.kind == .withdraw)
        #expect(EditRenderer.json([edit], pretty: false).contains("\"operation\":\"withdraw\""))
        #expect(edit.targetAct?.date?.iso == "2022-01-21")
        #expect(EditRenderer.line(edit).contains("withdraw the whole act"))
        let articles = edits("Les articles 3 et 4 de l'arrêté royal du 21 janvier 2022 relatif aux fermetures d'entreprises sont retirés.")
        #expect(!articles.hasErrors, "\(articles.diagnostics)")
        #expect(articles.edits.map(\.change) == [.withdraw])
        #expect(articles.edits.first.map(EditRenderer.line)?.contains("withdraw art. 3 to art. 4") == true)
    }
}
