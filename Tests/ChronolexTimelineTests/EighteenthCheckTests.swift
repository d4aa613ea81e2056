import ChronolexAmendments
import ChronolexModel
import Testing
@testable import ChronolexTimeline

/// The eighteenth check (a draw of 40 edits, docs/real-legislation.md; not the probes of
/// `HandCheck18Tests`), applied: what its wrong record did once.
@Suite("Eighteenth check (a draw of 40 edits), applied")
struct EighteenthCheckTests {
    /// Record 222 (2021030266, art. 3, 4°): « le 5° est complété par les mots " , sauf pour
    /// le soin des cheveux effectué dans leur établissement " » on a 5° that ends « … et les
    /// barbiers ; » once gave « barbiers , sauf … établissement; », without a word.
    @Test func wordsCompletingAPointThatEndsWithASpacedSemicolon() throws {
        let fixture = try Fixture(base: baseAct("**Art. 8.** Sont visés :\n\n1° les esthéticiens ;\n\n5° les coiffeurs et les barbiers ;\n\n6° les tatoueurs."), amending: [OperationTests.amending(
            "**Art. 1er.** À l'article 8 du même arrêté, le 5° est complété par les mots « , sauf pour le soin des cheveux effectué dans leur établissement ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let text = try #require(fixture.text("8", at: "2021-01-01"))
        #expect(text.contains("5° les coiffeurs et les barbiers, sauf pour le soin des cheveux effectué dans leur établissement ;\n"), "\(text)")
    }
}
