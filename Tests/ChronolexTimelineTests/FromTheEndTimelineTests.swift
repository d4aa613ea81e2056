import ChronolexAmendments
import ChronolexModel
import Testing

/// « la dernière phrase », « l'avant-dernière phrase », applied: counted from the end of the
/// unit's sentences when the edit applies (look 31).
@Suite("Sentences counted from the end, applied")
struct FromTheEndTimelineTests {
    static let cited = "de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
    static let base = baseAct("**Article 1er.** Une phrase. Deux phrases. Trois phrases.\n\n**Art. 2.** Texte deux.")
    static func amending(_ body: String) -> String { OperationTests.amending("**Art. 1er.** " + body) }

    @Test func theLastAndTheOneBefore() throws {
        let last = try Fixture(base: Self.base, amending: [Self.amending("Dans l'article 1er \(Self.cited), la dernière phrase est abrogée.")])
        #expect(last.failures.isEmpty, "\(last.failures)")
        #expect(last.text("1", at: "2021-06-01") == "Article 1er. Une phrase. Deux phrases.\n")
        let before = try Fixture(base: Self.base, amending: [Self.amending("Dans l'article 1er \(Self.cited), dans l'avant-dernière phrase, le mot « Deux » est remplacé par le mot « Quatre ».")])
        #expect(before.failures.isEmpty, "\(before.failures)")
        #expect(before.text("1", at: "2021-06-01") == "Article 1er. Une phrase. Quatre phrases. Trois phrases.\n")
        // More sentences counted from the end than the unit has: an error.
        let short = baseAct("**Article 1er.** Une phrase.\n\n**Art. 2.** Texte deux.")
        let none = try Fixture(base: short, amending: [Self.amending("Dans l'article 1er \(Self.cited), l'avant-dernière phrase est abrogée.")])
        #expect(none.failures == ["Art. 1: the instruction counts 2 sentence(s) from the end of art. 1, which has 1"], "\(none.failures)")
    }
}
