import ChronolexAmendments
import ChronolexModel
import Testing

/// The eighth hand check of issue 13 (docs/real-legislation.md), on reading.
@Suite("Hand check 8: an alinéa's two numbers said, an article number typed two ways")
struct HandCheckEightTests {
    /// Record 277 (2022040073, art. 2): « 1. un alinéa … est inséré entre les alinéas 1er
    /// et 2 ; 2. l'alinéa 4, qui devient l'alinéa 5 est remplacé … »: the act counts as
    /// before its insertion and says so — alinéa 5 once inserted (the former alinéa 3, the
    /// new 4, was once replaced, without a word).
    @Test func anAlineaThatBecomesTheNextByAnEarlierInsertion() throws {
        let result = edits("""
        A l'article 3 du même arrêté, les modifications suivantes sont apportées :

        1. un alinéa rédigé comme suit est inséré entre les alinéas 1er et 2 : « Toutefois, une mutualité ne doit pas organiser ce service. »;

        2. l'alinéa 4, qui devient l'alinéa 5 est remplacé par ce qui suit : « Elles ne pourront obtenir la personnalité juridique qu'à condition de participer. »
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.targetAddress) == ["art. 3", "art. 3, al. 5"])
        #expect(result.edits.last?.notes.contains("alinéa 4 as numbered before the alinéa(s) that art. 1, 1° of this act inserts: alinéa 5 once inserted") == true,
                "\(result.edits.last?.notes ?? [])")
        // Without an insertion before it, the remark changes nothing.
        let alone = edits("Dans l'article 3 du même arrêté, l'alinéa 4, qui devient l'alinéa 5, est remplacé par ce qui suit : « X. »")
        #expect(alone.edits.first?.targetAddress == "art. 3, al. 4")
    }

    /// Record 69 (2019200191, art. 6): « il est inséré un article L3352-1 … : " Art.
    /// L.3352-1. … " »: one number typed two ways; the article takes the instruction's.
    @Test func anArticleNumberTypedTwoWays() throws {
        let result = edits("Dans le Chapitre II du même code, il est inséré un article L3352-1, rédigé comme suit :\n\n« Art. L.3352-1. Le droit de tirage est fixé. »")
        let edit = try #require(result.edits.first)
        #expect(edit.error == nil)
        guard case .insertUnits(_, let fragment, _)? = edit.change, case .articles(let articles) = fragment.content else {
            Issue.record("not an article inserted: \(String(describing: edit.change))")
            return
        }
        #expect(articles.map(\.number) == ["L3352-1"])
        #expect(edit.notes.contains("the new text is headed « Art. L.3352-1. »: numbered L3352-1, as the instruction gives it"))
    }

    /// 2023040026, art. 1: « Dans l'annexe 2 du décret du 7 novembre 2013 …, » then
    /// Justel's « (Image non reprise …) »: an instruction cut short is an error, and the
    /// placeholder Justel's, not « a provision of this act ».
    @Test func anInstructionCutShortAndAnImage() throws {
        let result = edits("Dans l'annexe 2 du décret du 7 novembre 2013 définissant le paysage de l'enseignement supérieur,\n\n(Image non reprise pour des raisons techniques, voir M.B. du 16-03-2023, p. 31956)")
        #expect(result.edits.first?.error == "the instruction stops after its place (« … le paysage de l'enseignement supérieur, »): what it changes is not in this text")
        #expect(result.diagnostics.map(\.message).contains("Justel prints « (Image non reprise pour des raisons techniques, voir M.B. du… » in place of this alinéa's text: not read"))
        #expect(!result.diagnostics.contains { $0.message.contains("provision") })
    }
}
