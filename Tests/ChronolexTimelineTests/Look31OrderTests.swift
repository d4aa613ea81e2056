import ChronolexAmendments
import ChronolexModel
@testable import ChronolexTimeline
import Testing

/// Two acts of the same day, published the same day, that change the same article (look 31:
/// applied in the order of their files' names, without a word, the Moniteur's page unused).
/// Field guide, section 5: then the order of the texts — the page they stand on, or an
/// instruction's history clause naming the other; where nothing orders them, said.
@Suite("Look 31: acts of the same day published the same day")
struct Look31OrderTests {
    static let cited = "de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
    static let base = baseAct("**Article 1er.** Le montant est de cent euros.\n\n**Art. 2.** Texte deux.")

    /// Act R replaces art. 1 with a text that still says « cent euros »; act W changes « cent
    /// euros » into « cinquante euros ». Both of 1 June 2020, published 10 June 2020.
    static func act(_ numac: String, page: String?, _ body: String) -> String {
        let text = amendingAct(date: "2020-06-01", published: "2020-06-10", numac: numac, body + "\n\n**Art. 9.** Le présent arrêté entre en vigueur le 1er janvier 2021.\n")
        guard let page else { return text }
        return text.replacingOccurrences(of: "modifies: 2020200001", with: "modifies: 2020200001\npage: \(page)")
    }
    static func replacing(page: String? = nil, history: String = "") -> String {
        act("2020200110", page: page, "**Art. 1er.** L'article 1er \(cited)\(history) est remplacé par ce qui suit : « Art. 1er. Le montant est de cent euros à mille euros. »")
    }
    static func words(page: String? = nil) -> String {
        act("2020200120", page: page, "**Art. 1er.** Dans l'article 1er \(cited), les mots « cent euros » sont remplacés par les mots « cinquante euros ».")
    }

    /// Nothing orders them: the order given, and a warning on the second.
    @Test func nothingOrdersThem() throws {
        let fixture = try Fixture(base: Self.base, amending: [Self.replacing(), Self.words()])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-06-01") == "Article 1er. Le montant est de cinquante euros à mille euros.\n")
        #expect(fixture.warnings.count == 1 && fixture.warnings[0].hasPrefix("Art. 1: applied after the arrêté du Gouvernement du 1er juin 2020 (2020200110), an act of the same day published the same day"),
                "\(fixture.warnings)")
    }

    /// The page of the Moniteur orders them, whatever the order of the files.
    @Test func thePageOrdersThem() throws {
        let fixture = try Fixture(base: Self.base, amending: [Self.replacing(page: "3000"), Self.words(page: "1000")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.warnings.isEmpty, "\(fixture.warnings)")
        #expect(fixture.text("1", at: "2021-06-01") == "Article 1er. Le montant est de cent euros à mille euros.\n")
    }

    /// « L'article 1er …, modifié par l'arrêté du Gouvernement du 1er juin 2020, est remplacé »:
    /// the act recalls another act of its own day, which came first.
    @Test func aHistoryClauseOrdersThem() throws {
        let replacing = Self.replacing(history: ", modifié par l'arrêté du Gouvernement du 1er juin 2020,")
        let fixture = try Fixture(base: Self.base, amending: [replacing, Self.words()])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.warnings.isEmpty, "\(fixture.warnings)")
        #expect(fixture.text("1", at: "2021-06-01") == "Article 1er. Le montant est de cent euros à mille euros.\n")
    }

    /// Acts of the same day that change different articles: nothing said.
    @Test func differentArticles() throws {
        let other = Self.act("2020200130", page: nil, "**Art. 1er.** Dans l'article 2 \(Self.cited), le mot « deux » est remplacé par le mot « trois ».")
        let fixture = try Fixture(base: Self.base, amending: [Self.words(), other])
        #expect(fixture.failures.isEmpty && fixture.warnings.isEmpty, "\(fixture.failures) \(fixture.warnings)")
    }
}
