import Foundation
import ChronolexModel
import ChronolexTimeline
import Testing

/// Session 33: « l'alinéa unique » applies when the article (or §) has exactly one alinéa,
/// and is an error naming the count otherwise (it was refused when read, « matches no known
/// instruction form »). The reading: `ChronolexAmendmentsTests/OnlyAlineaTests.swift`.
@Suite("« L'alinéa unique », applied only to the one alinéa")
struct OnlyAlineaTimelineTests {
    static func fixture(_ instructions: String) throws -> Fixture {
        try Fixture(base: OperationTests.base, amending: [OperationTests.amending(instructions)])
    }

    @Test func replacedWhenTheArticleHasOne() throws {
        let fixture = try Self.fixture("**Art. 1er.** L'alinéa unique de l'article 1er du même arrêté est remplacé par ce qui suit : « Le présent arrêté s'applique aux épreuves. »")
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-06-01") == "Article 1er. Le présent arrêté s'applique aux épreuves.\n")
    }

    @Test func wordsInTheOnlyAlinea() throws {
        let fixture = try Self.fixture("**Art. 1er.** Dans l'alinéa unique de l'article 1er du même arrêté, le mot « publics » est remplacé par le mot « privés ».")
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-06-01") == "Article 1er. Le présent arrêté s'applique aux essais. Il vise les essais privés.\n")
    }

    /// Art. 4 has three alinéas: which one is not said — an error that names the count, the
    /// article unamended.
    @Test func anArticleOfSeveralAlineas() throws {
        let fixture = try Self.fixture("**Art. 1er.** Dans l'alinéa unique de l'article 4 du même arrêté, le mot « public » est remplacé par le mot « ouvert ».")
        #expect(fixture.failures == ["Art. 1: the instruction says « l'alinéa unique » but art. 4 has 3 alinéas"])
        #expect(fixture.text("4", at: "2021-06-01")?.contains("Le registre est public.") == true)
    }

    /// In a § (art. 3, § 2 has one alinéa, § 1er two); without its § in an article of §§, an error.
    @Test func inAParagraph() throws {
        let one = try Self.fixture("**Art. 1er.** Dans l'article 3, § 2, du même arrêté, l'alinéa unique est remplacé par ce qui suit : « La demande est introduite par voie électronique. »")
        #expect(one.failures.isEmpty, "\(one.failures)")
        #expect(one.text("3", at: "2021-06-01")?.contains("§ 2. La demande est introduite par voie électronique.") == true, "\(one.text("3", at: "2021-06-01") ?? "")")
        let two = try Self.fixture("**Art. 1er.** Dans l'article 3, § 1er, du même arrêté, l'alinéa unique est abrogé.")
        #expect(two.failures == ["Art. 1: the instruction says « l'alinéa unique » but art. 3, § 1 has 2 alinéas"])
        let none = try Self.fixture("**Art. 1er.** L'alinéa unique de l'article 3 du même arrêté est abrogé.")
        #expect(none.failures == ["Art. 1: art. 3 has paragraphs; the instruction cites « l'alinéa unique » without its §"])
    }

    /// « l'alinéa unique, devenant l'alinéa 1er, est remplacé » then « l'article est complété
    /// par un alinéa » (2024200360, art. 6): the one alinéa replaced, then the new one after it.
    @Test func becomesTheFirstBeforeAnAlineaAdded() throws {
        let fixture = try Self.fixture("""
        **Art. 1er.** A l'article 1er du même arrêté, les modifications suivantes sont apportées :

        1° l'alinéa unique, devenant l'alinéa 1er, est remplacé par ce qui suit : « Le présent arrêté s'applique aux épreuves. »;

        2° l'article est complété par un alinéa rédigé comme suit : « Il vise les épreuves publiques. »
        """)
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-06-01") == "Article 1er. Le présent arrêté s'applique aux épreuves.\nIl vise les épreuves publiques.\n")
    }

    /// Once another act has given the article a second alinéa, « l'alinéa unique » no longer
    /// names one: an error, not the first.
    @Test func afterAnotherActAddedAnAlinea() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [
            OperationTests.amending("**Art. 1er.** L'article 1er du même arrêté est complété par un alinéa rédigé comme suit : « Il vise aussi les essais privés. »"),
            OperationTests.amending("**Art. 1er.** L'alinéa unique de l'article 1er du même arrêté est abrogé.", date: "2021-03-01", published: "2021-03-10", numac: "2021200100",
                                    entry: "Le présent arrêté entre en vigueur le 1er avril 2021."),
        ])
        #expect(fixture.failures == ["Art. 1: the instruction says « l'alinéa unique » but art. 1 has 2 alinéas"])
    }
}
